// A round and a unit's answers as stored in Remissrundor and Remissvar: JSON the app wrote, in lists people can also
// edit by hand (the project team the rounds, each manager their own answers). What does not have the shape is
// refused whole, never half-read; the caller counts it. The rules an answer must keep (`answerProblems`) are
// checked where the round is known, not here.
import { placements, type Placement } from '../config/types';
import { type LocalizedText } from '../i18n/locale';
import { isValidId } from '../validation/ids';
import { type ChoiceSource } from '../scenarios/types';
import {
  consultationVerdicts,
  type ConsultationRound,
  type ConsultationVerdict,
  type ProposalAnswer,
  type RoundChoice,
} from './types';

/** The format of a round's stored JSON, so a later version can tell an older one. */
export const roundFormat = 'stodinventering.remiss.v1';

/** The format of a unit's stored answers. */
export const answersFormat = 'stodinventering.remissvar.v1';

/** What the Round column holds: the round without what its own columns say (the last day, whether closed). */
export type FrozenRound = Omit<ConsultationRound, 'closesOn' | 'closed'>;

const sources: readonly ChoiceSource[] = ['proposal', 'override', 'noProposal'];

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

function parseJson(text: string, format: string): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(text);
    return isObject(v) && v.format === format ? v : undefined;
  } catch {
    return undefined;
  }
}

function labelOf(v: unknown): LocalizedText | undefined {
  return isObject(v) && isText(v.sv) && isText(v.en) ? { sv: v.sv, en: v.en } : undefined;
}

function choiceOf(v: unknown): RoundChoice | undefined {
  if (!isObject(v)) return undefined;
  const { functionId, placement, source } = v;
  const label = labelOf(v.label);
  if (typeof functionId !== 'string' || !isValidId(functionId) || label === undefined) return undefined;
  if (!placements.includes(placement as Placement) || !sources.includes(source as ChoiceSource))
    return undefined;
  return { functionId, label, placement: placement as Placement, source: source as ChoiceSource };
}

/** The text a round's frozen part is stored as. */
export function storedRoundText(round: ConsultationRound): string {
  const { id, periodId, scenarioId, name, openedAt, choices } = round;
  return JSON.stringify({ format: roundFormat, id, periodId, scenarioId, name, openedAt, choices });
}

/** The frozen round a stored text holds, or `undefined` when it is not one this version can read. */
export function parseStoredRound(text: string): FrozenRound | undefined {
  const v = parseJson(text, roundFormat);
  if (v === undefined) return undefined;
  const { id, periodId, scenarioId, name, openedAt } = v;
  const ids = [id, periodId, scenarioId];
  if (!ids.every((x) => typeof x === 'string' && isValidId(x)) || !isText(name)) return undefined;
  if (typeof openedAt !== 'string' || Number.isNaN(Date.parse(openedAt)) || !Array.isArray(v.choices))
    return undefined;
  const choices = v.choices.map(choiceOf);
  const unique = new Set(choices.map((c) => c?.functionId)).size === choices.length;
  if (!unique || !choices.every((c): c is RoundChoice => c !== undefined)) return undefined;
  return {
    id: id as string,
    periodId: periodId as string,
    scenarioId: scenarioId as string,
    name,
    openedAt,
    choices,
  };
}

function answerOf(v: unknown): ProposalAnswer | undefined {
  if (!isObject(v)) return undefined;
  const { functionId, verdict, comment } = v;
  if (typeof functionId !== 'string' || !isValidId(functionId) || typeof comment !== 'string')
    return undefined;
  if (verdict !== null && !consultationVerdicts.includes(verdict as ConsultationVerdict)) return undefined;
  return { functionId, verdict: verdict as ConsultationVerdict | null, comment };
}

/** The text a unit's answers are stored as. */
export function storedAnswersText(answers: readonly ProposalAnswer[]): string {
  return JSON.stringify({
    format: answersFormat,
    answers: answers.map(({ functionId, verdict, comment }) => ({ functionId, verdict, comment })),
  });
}

/** The answers a stored text holds, or `undefined` when it is not what this version writes. */
export function parseStoredAnswers(text: string): ProposalAnswer[] | undefined {
  const v = parseJson(text, answersFormat);
  if (v === undefined || !Array.isArray(v.answers)) return undefined;
  const answers = v.answers.map(answerOf);
  return answers.every((a): a is ProposalAnswer => a !== undefined) ? answers : undefined;
}
