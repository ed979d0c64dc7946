import { type FirstLineMissionSettings } from '../config/types';
import { type AreaLevel, type Mean } from '../aggregation/types';
import { type LocalizedText } from '../i18n/locale';

/** One admin-hour category in an area, against its reference figure. */
export interface AdminHoursByCategory {
  /** The category (`adminHourCategories`). */
  readonly categoryId: string;
  /** Mean hours per week over the managers who answered the category, to the hundredth; `null` below `minAnswers`. */
  readonly hours: Mean;
  /** The reference, hours per week; `null` when the configuration gives the category none. */
  readonly reference: number | null;
  /** `hours − reference` (negative: below it); `null` when either is not known. */
  readonly difference: number | null;
}

/** The administrative time of an area's first-line managers. */
export interface FirstLineAdminHours {
  /** Per category, in configuration order. */
  readonly byCategory: readonly AdminHoursByCategory[];
  /** Mean total hours per week over the managers who answered any category, to the hundredth. */
  readonly total: Mean;
  /**
   * The categories that have a reference, together: what the proposal compares. A category without a reference is
   * shown but not compared.
   */
  readonly compared: {
    /** How many categories have a reference. */
    readonly categories: number;
    /** The fewest answers behind any of their means (the managers who answered any category when none has one). */
    readonly n: number;
    /** The sum of their mean hours per week; `null` below `minAnswers` or when no category has a reference. */
    readonly hours: number | null;
    /** The sum of their references; `null` when no category has one. */
    readonly reference: number | null;
    /** `hours − reference`: above the reference when positive; `null` when either is not known. */
    readonly excess: number | null;
  };
}

/** The span of control (medarbetarspann) of an area's first-line managers. */
export interface FirstLineSpan {
  /** Managers who answered. */
  readonly n: number;
  /** The unweighted mean; `null` below `minAnswers`. */
  readonly mean: number | null;
  /** The widest; `null` below `minAnswers` (a maximum is always one unit's own answer). */
  readonly max: number | null;
  /** The configured limit (`spanLimit`). */
  readonly limit: number;
  /** Managers whose span is above the limit; `null` below `minAnswers`. */
  readonly aboveLimit: number | null;
  /** `aboveLimit / n`; `null` below `minAnswers`. */
  readonly shareAboveLimit: number | null;
}

/** The chefsnära stöd an area's first-line managers have access to today. */
export interface FirstLineChefsnaraStod {
  /** FTE in total, exact to the hundredth (shown at any n, as on the dashboards). */
  readonly arsarbetare: number;
  /** FTE per manager who answered, to the hundredth; `value` is `null` below `minAnswers`. */
  readonly perManager: Mean;
}

/** Every first-line figure of one area. */
export interface FirstLineFigures {
  /** Reporting units with a first-line section. */
  readonly respondents: number;
  /** Administrative hours per week against the references. */
  readonly adminHours: FirstLineAdminHours;
  /** Span of control against the limit. */
  readonly medarbetarspann: FirstLineSpan;
  /** Chefsnära stöd available today. */
  readonly chefsnaraStod: FirstLineChefsnaraStod;
}

/** Which rule produced a chefsnära stöd proposal (docs/domain.md, "The first-line managers' mission"). */
export type ChefsnaraStodRule =
  | 'insufficientData'
  | 'keepWithinReference'
  | 'keepAtCap'
  | 'raiseForHours'
  | 'raiseForSpan'
  | 'raiseForHoursAndSpan';

/** What a proposal says: raise chefsnära stöd, keep today's level, or too few answers to say. */
export type ChefsnaraStodProposalKind = 'raise' | 'keep' | 'insufficientData';

/** The figures a chefsnära stöd proposal rests on, each with its n. */
export interface ChefsnaraStodEvidence {
  /** Reporting units with a first-line section. */
  readonly respondents: number;
  /** Administrative time in the categories that have a reference (`FirstLineAdminHours.compared`). */
  readonly adminHours: {
    /** Admin-hour categories configured. */
    readonly categories: number;
    /** Of those, the categories with a reference (compared). */
    readonly compared: number;
    /** The fewest answers behind the compared means. */
    readonly n: number;
    /** Sum of the compared categories' mean hours per week; `null` when not known. */
    readonly hours: number | null;
    /** Sum of their references; `null` when no category has one. */
    readonly reference: number | null;
    /** `hours − reference`; `null` when either is not known. */
    readonly excess: number | null;
  };
  /** Span of control against the limit. */
  readonly medarbetarspann: {
    /** Managers who answered. */
    readonly n: number;
    /** The limit. */
    readonly limit: number;
    /** Managers above the limit; `null` below `minAnswers`. */
    readonly aboveLimit: number | null;
    /** `aboveLimit / n`; `null` below `minAnswers`. */
    readonly shareAboveLimit: number | null;
  };
  /** Chefsnära stöd today. */
  readonly chefsnaraStod: {
    /** Managers who answered. */
    readonly n: number;
    /** FTE in total. */
    readonly arsarbetare: number;
    /** FTE per manager, to the hundredth; `null` below `minAnswers`. */
    readonly perManager: number | null;
  };
}

/** A proposal of chefsnära stöd per first-line manager for one area. */
export interface ChefsnaraStodProposal {
  /** Raise, keep, or too few answers. */
  readonly proposal: ChefsnaraStodProposalKind;
  /** The rule that decided. */
  readonly rule: ChefsnaraStodRule;
  /** The figures behind it. */
  readonly evidence: ChefsnaraStodEvidence;
  /** FTE per manager today; `null` when not known. */
  readonly todayPerManager: number | null;
  /** FTE per manager proposed, never below today's; `null` without a proposal. */
  readonly proposedPerManager: number | null;
  /** `proposedPerManager − todayPerManager`, never negative; `null` without a proposal. */
  readonly addedPerManager: number | null;
  /** `addedPerManager` times the managers who answered: the FTE to add in the area; `null` without a proposal. */
  readonly addedArsarbetare: number | null;
  /** Whether `maxArsarbetarePerManager` held the proposal below what the rules alone would give. */
  readonly capped: boolean;
  /** The figures, the rule and its thresholds, and the arithmetic, in words. */
  readonly explanation: LocalizedText;
}

/** The first-line managers' figures and the chefsnära stöd proposal of one area. */
export interface FirstLineArea {
  /** Which level. */
  readonly level: AreaLevel;
  /** The sektor or kontor unit id; `kommun` for the whole municipality. */
  readonly id: string;
  /** Name of the area. */
  readonly name: string;
  /** The sektor the area lies in (its own id for a sektor; `null` for the kommun). */
  readonly sektorId: string | null;
  /** The figures. */
  readonly figures: FirstLineFigures;
  /** The proposal, made on this area's own figures. */
  readonly proposal: ChefsnaraStodProposal;
}

/** The first-line managers' mission: administration, span of control and chefsnära stöd, per area. */
export interface FirstLineMission {
  /** The period. */
  readonly periodId: string;
  /** The settings used: reference figures with their source, and the rules' thresholds. */
  readonly settings: FirstLineMissionSettings;
  /** The whole municipality. */
  readonly kommun: FirstLineArea;
  /** Each sektor, in organisation order. */
  readonly sektorer: readonly FirstLineArea[];
  /** Each kontor, in organisation order. */
  readonly kontor: readonly FirstLineArea[];
  /**
   * The sektorer's `addedArsarbetare` summed: what the kommun adds when each sektor gets its own proposal (the
   * kommun's own proposal averages the sektorer out).
   */
  readonly addedArsarbetareBySektorer: number;
}
