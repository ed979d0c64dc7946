import { type SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import { type ConsultationStore } from '../../domain/consultation/store';
import {
  type ConsultationRound,
  type IgnoredAnswer,
  type ListedAnswers,
  type ReadAnswers,
  type StoredRound,
  type UnitAnswers,
} from '../../domain/consultation/types';
import { AppError } from '../../domain/errors';
import { type Unit } from '../../domain/organisation/types';
import { pageSize, readAll, readGroups, type CollectionQuery } from '../batch';
import { atEdge, statusOf } from '../errors';
import { folderRootsOf, listByKey } from '../lists';
import {
  answerCreationValues,
  answerKey,
  answerPartition,
  answerSelect,
  answersFromItem,
  answersItemVersion,
  answersToItem,
  answersVersion,
  answersVersionAfter,
  decodeAnswersVersion,
  placeSelect,
  roundFromItem,
  roundToItem,
  unitPlaceFromItem,
  type UnitPlace,
} from '../mapping/consultation';
import { placementOf } from '../mapping/folders';
import { ifMatch, itemIdOf, type SpItem } from '../mapping/values';
import { eq, or } from '../odata';
import { addInUnitFolder } from './creation';
import { roundSelect } from './queries';

// The consultation rounds (Remissrundor: every manager reads, the project team writes) and the units' answers
// (Remissvar: a folder per unit, its manager answers there, its reviewers read it). Who reads what is SharePoint's
// to say: a reader gets the answers of the folders they may read, and an answer counts only in the unit whose
// folder holds it and whose key names it (mapping/folders.ts). Every query starts with an indexed equality:
// PeriodId for rounds, AnswerKey for one unit, Partition (`<roundId>:<sektorCode>`) for a sektor, RoundId for all.
// docs/consultation.md has the requests per action.

function answersWhere(filter: string): CollectionQuery {
  return (sp) =>
    listByKey(sp, 'remissvar')
      .items.select(...answerSelect)
      .filter(filter)
      .top(pageSize);
}

function roundsOf(periodId: string): CollectionQuery {
  return (sp) =>
    listByKey(sp, 'remissrundor')
      .items.select(...roundSelect)
      .filter(eq('PeriodId', periodId))
      .top(pageSize);
}

function placesWhere(filter: string | null): CollectionQuery {
  return (sp) => {
    const items = listByKey(sp, 'organisation').items.select(...placeSelect);
    return (filter === null ? items : items.filter(filter)).top(pageSize);
  };
}

const byId = (a: SpItem, b: SpItem): number => itemIdOf(a) - itemIdOf(b);

/** Remissrundor and Remissvar on SharePoint. */
export class SharePointConsultationStore implements ConsultationStore {
  constructor(private readonly sp: SPFI) {}

  /** One request: the item, with its unique RoundId. @throws AppError as mapped at the edge */
  openRound(round: ConsultationRound): Promise<StoredRound> {
    return atEdge(async () => {
      const data = (await listByKey(this.sp, 'remissrundor').items.add(roundToItem(round))) as SpItem;
      return { ...round, itemId: itemIdOf(data) };
    });
  }

  /** One request, written whatever changed since: closing twice closes. @throws AppError as mapped at the edge */
  closeRound(round: StoredRound): Promise<StoredRound> {
    return atEdge(async () => {
      await listByKey(this.sp, 'remissrundor').items.getById(round.itemId).update({ Closed: true });
      return { ...round, closed: true };
    });
  }

  /** One request, by the indexed PeriodId. @throws AppError as mapped at the edge */
  listRounds(periodId: string): Promise<{ rounds: StoredRound[]; unreadable: number }> {
    return atEdge(async () => {
      const [items = []] = await readAll(this.sp, [roundsOf(periodId)]);
      const read = items.sort(byId).map(roundFromItem);
      const rounds = read.filter((r): r is StoredRound => r !== undefined && r.periodId === periodId);
      return { rounds, unreadable: read.length - rounds.length };
    });
  }

  /** One request, by the indexed AnswerKey. @throws AppError as mapped at the edge */
  loadAnswers(roundId: string, unitId: string): Promise<UnitAnswers | null> {
    return atEdge(() => this.read(roundId, unitId));
  }

  /**
   * An update is one request (a MERGE with IF-MATCH); a 412 costs one more, to read `theirs`. The first save is
   * two: the unit's sektor and kontor names for SharePoint's views, with a check that no answers were stored
   * meanwhile (another tab of the same manager), then the item created in the unit's folder.
   * @throws AppError `conflict` with `mine` and `theirs`; as mapped at the edge otherwise.
   */
  saveAnswers(
    answers: UnitAnswers,
    context: { readonly round: ConsultationRound; readonly unit: Unit },
  ): Promise<UnitAnswers> {
    return atEdge(async () => {
      if (answers.version === '') return this.create(answers, context);
      const at = decodeAnswersVersion(answers.version);
      if (at === undefined)
        throw new AppError('unexpected', { message: `Not an answers version: ${answers.version}` });
      try {
        const merged = (await listByKey(this.sp, 'remissvar')
          .items.getById(at.itemId)
          .update(answersToItem(answers.answers), ifMatch(at.version))) as { etag?: unknown };
        return { ...answers, version: answersVersionAfter(at, merged.etag) };
      } catch (error) {
        if (statusOf(error) !== 412) throw error;
        throw await this.conflict(answers, error);
      }
    });
  }

  /**
   * One request at any size up to 5,000 units: the answers (by Partition for a sektor, by RoundId for all) with
   * the units that place them (Organisation by SektorCode, or all of it). A reviewer gets only the folders they
   * may read: SharePoint leaves the others out.
   * @throws AppError as mapped at the edge.
   */
  listAnswers(roundId: string, sektorId: string | null): Promise<ListedAnswers> {
    return atEdge(async () => {
      const read = await readGroups(this.sp, {
        answers: [
          answersWhere(
            sektorId === null ? eq('RoundId', roundId) : eq('Partition', answerPartition(roundId, sektorId)),
          ),
        ],
        places: [
          placesWhere(sektorId === null ? null : or(eq('SektorCode', sektorId), eq('UnitCode', sektorId))),
        ],
      });
      const places = new Map<string, UnitPlace>();
      for (const item of read.places.flat()) {
        const place = unitPlaceFromItem(item);
        if (place !== undefined) places.set(place.id.toLowerCase(), place);
      }
      const { answers, ignored } = this.owned(read.answers.flat(), { roundId, sektorId, places });
      return { answers, ignored, names: new Map([...places.values()].map((p) => [p.id, p.name])) };
    });
  }

  /** The answers items that count, each unit's first, and why the others do not. */
  private owned(
    items: readonly SpItem[],
    context: { roundId: string; sektorId: string | null; places: ReadonlyMap<string, UnitPlace> },
  ): { answers: ReadAnswers[]; ignored: IgnoredAnswer[] } {
    const root = folderRootsOf(this.sp).remissvar;
    const answers: ReadAnswers[] = [];
    const ignored: IgnoredAnswer[] = [];
    const seen = new Set<string>();
    for (const item of [...items].sort(byId)) {
      const place = placementOf(item, root, { keyColumn: 'AnswerKey' });
      const itemId = itemIdOf(item);
      if (!place.owned) {
        ignored.push({ itemId, unitId: place.unitId, claims: place.claims, reason: 'outsideUnitFolder' });
        continue;
      }
      const skip = (reason: IgnoredAnswer['reason']) =>
        ignored.push({ itemId, unitId: place.unitId, claims: place.key, reason });
      const unit = context.places.get(place.unitId.toLowerCase());
      const read = answersFromItem(item);
      const version = answersItemVersion(item);
      if (place.key.toLowerCase() !== answerKey(context.roundId, place.unitId).toLowerCase())
        skip('otherRound');
      else if (unit === undefined || (context.sektorId !== null && unit.sektorId !== context.sektorId))
        skip('unknownUnit');
      else if (seen.has(unit.id.toLowerCase())) skip('duplicate');
      else if (read === undefined || version === undefined) skip('unreadable');
      else {
        seen.add(unit.id.toLowerCase());
        answers.push({
          roundId: context.roundId,
          unitId: unit.id,
          unitName: unit.name,
          sektorId: unit.sektorId,
          kontorId: unit.kontorId,
          answers: read,
          version,
        });
      }
    }
    return { answers, ignored };
  }

  private async read(roundId: string, unitId: string): Promise<UnitAnswers | null> {
    const [items = []] = await readAll(this.sp, [answersWhere(eq('AnswerKey', answerKey(roundId, unitId)))]);
    return this.answersIn(items, { roundId, unitId });
  }

  /**
   * The unit's answers among items read by its key: the first in its own folder whose key names it.
   * @throws AppError `invalid` when they cannot be read: the manager sees why rather than a blank round.
   */
  private answersIn(
    items: readonly SpItem[],
    context: { roundId: string; unitId: string },
  ): UnitAnswers | null {
    const root = folderRootsOf(this.sp).remissvar;
    const key = answerKey(context.roundId, context.unitId).toLowerCase();
    const item = [...items].sort(byId).find((i) => {
      const place = placementOf(i, root, { keyColumn: 'AnswerKey' });
      return place.owned && place.key.toLowerCase() === key;
    });
    if (item === undefined) return null;
    const answers = answersFromItem(item);
    const version = answersItemVersion(item);
    if (answers === undefined || version === undefined) {
      throw new AppError('invalid', {
        message: `Remissvar item ${itemIdOf(item)} (${key}) has answers the app cannot read.`,
      });
    }
    return { roundId: context.roundId, unitId: context.unitId, answers, version };
  }

  private async create(
    answers: UnitAnswers,
    context: { readonly round: ConsultationRound; readonly unit: Unit },
  ): Promise<UnitAnswers> {
    const { round, unit } = context;
    const codes = [unit.sektorId, ...(unit.kontorId === null ? [] : [unit.kontorId])];
    const read = await readGroups(this.sp, {
      existing: [answersWhere(eq('AnswerKey', answerKey(round.id, unit.id)))],
      names: [placesWhere(or(...codes.map((code) => eq('UnitCode', code))))],
    });
    if (this.answersIn(read.existing.flat(), { roundId: round.id, unitId: unit.id }) !== null)
      throw await this.conflict(answers, undefined);
    const names = new Map(
      read.names.flat().flatMap((item) => {
        const place = unitPlaceFromItem(item);
        return place === undefined ? [] : [[place.id, place.name] as const];
      }),
    );
    const itemId = await addInUnitFolder(this.sp, {
      list: 'remissvar',
      unitCode: unit.id,
      values: answerCreationValues({
        round,
        answers: answers.answers,
        unit,
        sektorName: names.get(unit.sektorId) ?? unit.sektorId,
        kontorName: unit.kontorId === null ? null : (names.get(unit.kontorId) ?? unit.kontorId),
      }),
      describe: answerKey(round.id, unit.id),
    });
    // A new item's first version is 1, in SharePoint as in the emulator.
    return { ...answers, version: answersVersion(itemId, 1) };
  }

  /** The conflict of `mine` with the answers as stored now. */
  private async conflict(mine: UnitAnswers, cause: unknown): Promise<AppError> {
    const theirs = await this.read(mine.roundId, mine.unitId);
    if (theirs === null)
      return new AppError('notFound', {
        message: `The answers ${mine.roundId}:${mine.unitId} were removed.`,
        cause,
      });
    return AppError.conflictOf<UnitAnswers>(
      { mine, theirs },
      { message: `The answers ${mine.roundId}:${mine.unitId} were saved by someone else since read.`, cause },
    );
  }
}
