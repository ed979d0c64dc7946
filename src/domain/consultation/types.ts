import { type Placement } from '../config/types';
import { type LocalizedText } from '../i18n/locale';
import { type IsoDate } from '../periods';
import { type ChoiceSource } from '../scenarios/types';

/**
 * A manager's answer to a proposal: they agree (instämmer) or disagree (instämmer inte). Not named `Verdict`: that is
 * the reviewer's decision on an inventory (approved, returned).
 */
export type ConsultationVerdict = 'agree' | 'disagree';

/** Every consultation verdict, in the order the page offers them. */
export const consultationVerdicts: readonly ConsultationVerdict[] = ['agree', 'disagree'];

/** One function's placement as the round asked about it, frozen when the round opened. */
export interface RoundChoice {
  readonly functionId: string;
  /** The function's name when the round opened, so the round reads the same after the taxonomy changes. */
  readonly label: LocalizedText;
  /** Where the function's own staff would go. */
  readonly placement: Placement;
  /** Whether it followed the kommun's proposal or the project team chose it. */
  readonly source: ChoiceSource;
}

/**
 * A consultation round (remissrunda) on a scenario: its choices frozen as they were shown when it opened, so that
 * later edits of the scenario, the taxonomy or the answers never change what the managers were asked.
 */
export interface ConsultationRound {
  /** Stable id, e.g. `r-3f9c…`; unique on the site. */
  readonly id: string;
  /** The period whose answers the scenario rested on. */
  readonly periodId: string;
  /** The scenario the round was opened on. */
  readonly scenarioId: string;
  /** The scenario's name when the round opened. */
  readonly name: string;
  /** When it was opened (ISO instant). */
  readonly openedAt: string;
  /** Every function of the taxonomy when it opened, in its order. */
  readonly choices: readonly RoundChoice[];
  /** The last day to answer (a Swedish date, inclusive). */
  readonly closesOn: IsoDate;
  /** Closed by the project team, whatever the date. */
  readonly closed: boolean;
}

/** A round as stored, with what a change needs to find it. */
export interface StoredRound extends ConsultationRound {
  /** The list item's id. */
  readonly itemId: number;
}

/** A manager's answer to one proposal of a round; an empty comment is no comment. */
export interface ProposalAnswer {
  /** The proposal: a function of the round whose placement moves support. */
  readonly functionId: string;
  /** `null` while the manager has not taken a side. */
  readonly verdict: ConsultationVerdict | null;
  readonly comment: string;
}

/** A unit's answers to a round, as its manager gives them. */
export interface UnitAnswers {
  readonly roundId: string;
  readonly unitId: string;
  /** At most one per proposal; proposals left blank are absent. */
  readonly answers: readonly ProposalAnswer[];
  /** Opaque version from the store; `''` before the first save. A save of an older one is a conflict. */
  readonly version: string;
}

/** A unit's answers as a reader of many units gets them, with the unit placed by the organisation. */
export interface ReadAnswers extends UnitAnswers {
  readonly unitName: string;
  /** The unit's sektor in the organisation, never what the answer item's columns say. */
  readonly sektorId: string;
  readonly kontorId: string | null;
}

/** Why an answer item does not count. */
export type IgnoredAnswerReason =
  /** Its key names another unit than the unit folder that holds it, or it lies in no unit folder. */
  | 'outsideUnitFolder'
  /** Its key names another round than the one read. */
  | 'otherRound'
  /** Its unit is not in the organisation, or not in the sektor read. */
  | 'unknownUnit'
  /** Its answers cannot be read, or break the answers' rules (`answerProblems`). */
  | 'unreadable'
  /** A second item for the unit and round in one folder; the first one counts. */
  | 'duplicate';

/** An answer item a person could write but that does not count, so the tally is only what the units' managers said. */
export interface IgnoredAnswer {
  /** The store's id of the item. */
  readonly itemId: number;
  /** The unit whose folder holds it, or `null`. */
  readonly unitId: string | null;
  /** The key it claims (`<roundId>:<unitCode>`). */
  readonly claims: string;
  readonly reason: IgnoredAnswerReason;
}

/** The answers a reader may read, and what was read but does not count. */
export interface ListedAnswers {
  readonly answers: readonly ReadAnswers[];
  /** Names of the units, sektorer and kontor read with them, by id. */
  readonly names: ReadonlyMap<string, string>;
  readonly ignored: readonly IgnoredAnswer[];
}

/** What a proposal means for one unit: its own staff in the function, and where they would go. */
export interface ProposalImpact {
  readonly functionId: string;
  readonly label: LocalizedText;
  readonly placement: Exclude<Placement, 'verksamhetsnara'>;
  /** Where the unit's own staff would go; `null` when they would stay (they are at that level already). */
  readonly to: 'sektor' | 'central' | null;
  /** Own staff that would move, persons. */
  readonly persons: number;
  /** Own staff that would move, FTE (årsarbetare), exact to the hundredth. */
  readonly arsarbetare: number;
  /** Whether the proposal moves any of the unit's own staff. */
  readonly touches: boolean;
}

/** What a round means for one unit. */
export interface UnitImpact {
  readonly unitId: string;
  /**
   * Which answer it is counted from: `counted` the one the dashboards count (as the project team's scenario did),
   * `draft` the unit's current lines while no answer of it counts yet, `none` without an inventory.
   */
  readonly basis: 'counted' | 'draft' | 'none';
  /** Every proposal of the round: those touching the unit first, each group in the round's order. */
  readonly proposals: readonly ProposalImpact[];
}

/** Verdicts and comments on one proposal in some set of units. */
export interface VerdictCounts {
  readonly agree: number;
  readonly disagree: number;
  /** Answers with a comment. */
  readonly commented: number;
  /** Units that answered the proposal (a verdict, a comment or both). */
  readonly units: number;
}

/** One comment on a proposal, with whose it is. */
export interface ProposalComment {
  readonly unitId: string;
  readonly unitName: string;
  readonly sektorId: string;
  readonly verdict: ConsultationVerdict | null;
  readonly comment: string;
}

/** The answers to one proposal, in all and per sektor. */
export interface ProposalTally extends VerdictCounts {
  readonly functionId: string;
  readonly label: LocalizedText;
  readonly placement: Exclude<Placement, 'verksamhetsnara'>;
  /** Per sektor with any answer to the proposal, by sektor id. */
  readonly bySektor: readonly (VerdictCounts & { readonly sektorId: string })[];
  /** In the order of the units' answers read. */
  readonly comments: readonly ProposalComment[];
}

/** A round's answers summarised per proposal. */
export interface RoundTally {
  /** One per proposal, in the round's order. */
  readonly proposals: readonly ProposalTally[];
  /** Units whose answers count, with at least one proposal answered. */
  readonly unitsAnswered: number;
  /** Units whose answers were left out whole because they break the rules (`answerProblems`), by unit id. */
  readonly refused: readonly string[];
}
