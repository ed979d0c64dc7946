import {
  parseStoredAnswers,
  parseStoredRound,
  storedAnswersText,
  storedRoundText,
} from '../../domain/consultation/stored';
import {
  type ConsultationRound,
  type ProposalAnswer,
  type StoredRound,
} from '../../domain/consultation/types';
import { type Unit } from '../../domain/organisation/types';
import { isIsoDate, swedishDate } from '../../domain/periods';
import { roundOpen } from '../../domain/consultation/round';
import {
  etagVersion,
  formValues,
  itemIdOf,
  itemVersion,
  type FormValue,
  type ItemBody,
  type SpItem,
} from './values';

// Remissrundor and Remissvar items to and from the domain's rounds and answers. Both lists can be edited by hand
// (the rounds by the project team, each unit's answers by its manager), so every reader gives `undefined` for what
// it cannot read and the caller counts it: a round or an answer is shown whole or not at all.

/** The Remissvar columns the app reads; `FileDirRef` is the unit folder that proves whose an answer is. */
export const answerSelect: readonly string[] = ['ID', 'AnswerKey', 'RoundId', 'Answers', 'FileDirRef'];

/** The key of a unit's answers to a round: `<roundId>:<unitCode>`, the form `placementOf` checks. */
export function answerKey(roundId: string, unitId: string): string {
  return `${roundId}:${unitId}`;
}

/** The partition a sektor's answers to a round are read by: `<roundId>:<sektorCode>`. */
export function answerPartition(roundId: string, sektorId: string): string {
  return `${roundId}:${sektorId}`;
}

/**
 * A round from its item: the frozen choices from the Round column, the last day and whether closed from their own
 * columns (the project team may change those in SharePoint). `undefined` when it cannot be read, or its RoundId
 * and PeriodId columns disagree with what it froze.
 */
export function roundFromItem(item: SpItem): StoredRound | undefined {
  const frozen = typeof item.Round === 'string' ? parseStoredRound(item.Round) : undefined;
  const closesOn = typeof item.ClosesOn === 'string' ? item.ClosesOn : '';
  if (frozen === undefined || frozen.id !== item.RoundId || frozen.periodId !== item.PeriodId)
    return undefined;
  const closed = item.Closed ?? false;
  if (Number.isNaN(Date.parse(closesOn)) || typeof closed !== 'boolean') return undefined;
  // A date-only column comes back as the site's local midnight in UTC: its Swedish date is the one entered.
  return { ...frozen, closesOn: swedishDate(closesOn), closed, itemId: itemIdOf(item) };
}

/** The readable rounds among `items` that managers may answer on `now` (ISO), oldest first. */
export function openRounds(items: readonly SpItem[], now: string): StoredRound[] {
  return [...items]
    .sort((a, b) => itemIdOf(a) - itemIdOf(b))
    .flatMap((item) => {
      const round = roundFromItem(item);
      return round === undefined || !roundOpen(round, now) ? [] : [round];
    });
}

/** The Remissrundor item of a new round; its last day is written as UTC midnight, the same Swedish date. */
export function roundToItem(round: ConsultationRound): ItemBody {
  if (!isIsoDate(round.closesOn)) throw new RangeError(`Not a date: ${round.closesOn}`);
  return {
    Title: round.name,
    PeriodId: round.periodId,
    RoundId: round.id,
    Round: storedRoundText(round),
    ClosesOn: `${round.closesOn}T00:00:00Z`,
    Closed: round.closed,
  };
}

/** An answers item's answers, or `undefined` when they cannot be read. */
export function answersFromItem(item: SpItem): ProposalAnswer[] | undefined {
  return typeof item.Answers === 'string' ? parseStoredAnswers(item.Answers) : undefined;
}

/** The opaque version of a stored answers item: its ID and ETag version. */
export function answersVersion(itemId: number, version: number): string {
  return `${itemId}.${version}`;
}

/** The ID and ETag version in `answersVersion`'s text, or `undefined` when it is not one. */
export function decodeAnswersVersion(version: string): { itemId: number; version: number } | undefined {
  const match = /^(\d+)\.(\d+)$/.exec(version);
  return match === null ? undefined : { itemId: Number(match[1]), version: Number(match[2]) };
}

/** The version of an answers item as read, or `undefined` without an ETag. */
export function answersItemVersion(item: SpItem): string | undefined {
  const version = itemVersion(item);
  return version === null ? undefined : answersVersion(itemIdOf(item), version);
}

/** The version after a MERGE, from the answer's ETag header (`"<guid>,<version>"`), else one up. */
export function answersVersionAfter(previous: { itemId: number; version: number }, etag: unknown): string {
  return answersVersion(previous.itemId, etagVersion(etag) ?? previous.version + 1);
}

/** The names an answers item copies for SharePoint's views: its unit's, sektor's and kontor's. */
export interface AnswerScope {
  readonly unit: Unit;
  readonly sektorName: string;
  readonly kontorName: string | null;
}

/**
 * The text values a unit's answers are created with in its folder (AddValidateUpdateItemUsingPath takes text
 * only, which is all these columns are). The scope columns route SharePoint's views and the sektor's read; they
 * prove nothing (the folder does).
 */
export function answerCreationValues(
  request: { readonly round: ConsultationRound; readonly answers: readonly ProposalAnswer[] } & AnswerScope,
): FormValue[] {
  const { round, unit } = request;
  return formValues({
    Title: unit.name,
    AnswerKey: answerKey(round.id, unit.id),
    RoundId: round.id,
    Partition: answerPartition(round.id, unit.sektorId),
    PeriodId: round.periodId,
    UnitCode: unit.id,
    SektorCode: unit.sektorId,
    SektorName: request.sektorName,
    KontorCode: unit.kontorId,
    KontorName: request.kontorName,
    Answers: storedAnswersText(request.answers),
  });
}

/** The body of an update of a unit's answers. */
export function answersToItem(answers: readonly ProposalAnswer[]): ItemBody {
  return { Answers: storedAnswersText(answers) };
}

/** The Organisation columns a reader of answers needs to place their units. */
export const placeSelect: readonly string[] = ['ID', 'Title', 'UnitCode', 'SektorCode', 'KontorCode'];

/** Where the organisation places a unit. */
export interface UnitPlace {
  readonly id: string;
  readonly name: string;
  readonly sektorId: string;
  readonly kontorId: string | null;
}

/** A unit's place from its Organisation item (a sektor's own item may leave SektorCode empty); `undefined` if broken. */
export function unitPlaceFromItem(item: SpItem): UnitPlace | undefined {
  const { Title, UnitCode, SektorCode, KontorCode } = item;
  if (typeof UnitCode !== 'string' || UnitCode === '' || typeof Title !== 'string') return undefined;
  const sektorId = typeof SektorCode === 'string' && SektorCode !== '' ? SektorCode : UnitCode;
  const kontorId = typeof KontorCode === 'string' && KontorCode !== '' ? KontorCode : null;
  return { id: UnitCode, name: Title, sektorId, kontorId };
}
