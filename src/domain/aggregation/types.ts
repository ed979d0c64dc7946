import { type MunicipalityConfig, type Placement, type SupportLocation } from '../config/types';
import { type LocalizedText } from '../i18n/locale';
import { type Inventory, type InventoryStatus } from '../inventory/types';
import { type Unit, type UnitKind } from '../organisation/types';

/** What every aggregation reads: the organisation, the inventories and the configuration. */
export interface AggregationInput {
  /** The checked organisation (`buildOrganisation`). */
  readonly units: readonly Unit[];
  /** Inventories; those of other periods or unknown units are skipped (and counted in diagnostics). */
  readonly inventories: readonly Inventory[];
  /** The municipality's configuration. */
  readonly config: MunicipalityConfig;
  /** The period to aggregate. */
  readonly periodId: string;
}

/** The level an aggregate covers. */
export type AreaLevel = 'kommun' | 'sektor' | 'kontor';

/** Where support staff sit: the level of the unit that reported them (`central` for a central sektor's units). */
export type StaffLocation = Exclude<SupportLocation, 'extern'>;

/** Every staff location, nearest first (a unit's own staff are never external). */
export const staffLocations: readonly StaffLocation[] = ['egenEnhet', 'kontor', 'sektor', 'central'];

/** A mean and the answers it rests on. */
export interface Mean {
  /** Answers (one per unit). */
  readonly n: number;
  /** The unweighted mean, or `null` when `n < minAnswers` (shown as "för få svar": too few to show). */
  readonly value: number | null;
}

/** Submission progress of an area's units. */
export interface ProgressSummary {
  /**
   * Units that can answer: every unit except vacant ones without an inventory (they have nobody to answer); each
   * has exactly one status, `notStarted` without an inventory.
   */
  readonly total: number;
  /** Units per status; sums to `total`. */
  readonly byStatus: Readonly<Record<InventoryStatus, number>>;
  /** Units submitted or approved. */
  readonly submittedOrApproved: number;
  /** `submittedOrApproved / total`, or `null` when `total` is 0. */
  readonly share: number | null;
  /** Vacant units (no manager) without an inventory: counted apart, outside `total`. */
  readonly vacant: number;
}

/** Competence answers of one function in an area (one answer per unit, both scores given). */
export interface CompetenceSummary {
  /** Units that gave both scores. */
  readonly n: number;
  /** Mean competence today (1–5); `null` below `minAnswers`. */
  readonly now: number | null;
  /** Mean competence needed (1–5); `null` below `minAnswers`. */
  readonly needed: number | null;
  /** Share (0–1) of the units whose need is above today's level; `null` below `minAnswers`. */
  readonly shareWithShortfall: number | null;
  /**
   * Mean shortfall: mean of max(0, needed − now) over the `n` units, so a surplus in one unit does not cancel a
   * shortfall in another; `null` below `minAnswers`.
   */
  readonly meanShortfall: number | null;
}

/** Figures of one support function in an area. */
export interface FunctionSummary {
  /** The function. */
  readonly functionId: string;
  /** Own staff, persons. */
  readonly persons: number;
  /** Own staff, FTE (exact to the hundredth). */
  readonly arsarbetare: number;
  /** FTE per 100 employees (headcount) of all units in the area, or `null` when it has no employees. */
  readonly per100Employees: number | null;
  /** FTE by role (roles not reported are absent). */
  readonly arsarbetareByRole: Readonly<Record<string, number>>;
  /** Reporting units that answered this function. */
  readonly unitsReporting: number;
  /** Of those, units with own staff (persons > 0). */
  readonly unitsWithStaff: number;
  /** Quality of the support received (1–5), one answer per unit. */
  readonly quality: Mean;
  /** Competence today and needed. */
  readonly competence: CompetenceSummary;
  /** Placement votes. */
  readonly placementVotes: Readonly<Record<Placement, number>>;
  /** Units that say they receive support from each location (a unit may name several). */
  readonly receivedFrom: Readonly<Record<SupportLocation, number>>;
}

/** The first-line managers' answers in an area. */
export interface FirstLineSummary {
  /** Reporting units with a first-line section. */
  readonly respondents: number;
  /** Mean hours per week by admin category, over those who answered the category. */
  readonly adminHours: Readonly<Record<string, Mean>>;
  /** Mean total administrative hours per week, over those who answered any category. */
  readonly adminHoursTotal: Mean;
  /** Span of control (medarbetarspann): mean and largest, both `null` below `minAnswers`. */
  readonly medarbetarspann: {
    readonly n: number;
    readonly mean: number | null;
    readonly max: number | null;
  };
  /** Chefsnära stöd available, total FTE. */
  readonly chefsnaraStodArsarbetare: number;
}

/** Everything known about one area (the kommun, a sektor or a kontor). */
export interface AreaSummary {
  /** Which level. */
  readonly level: AreaLevel;
  /** The sektor or kontor unit id; `kommun` for the whole municipality. */
  readonly id: string;
  /** Name of the area. */
  readonly name: string;
  /** The sektor the area lies in (its own id for a sektor; `null` for the kommun). */
  readonly sektorId: string | null;
  /** Units in the area. */
  readonly units: number;
  /** Units whose answer counts (`countedAnswer`). */
  readonly reportingUnits: number;
  /** Of those, units counted with their last approved answer because a newer one is in review. */
  readonly reportingFromLastApproval: number;
  /** Employees (headcount) of all units: the base of the per-100 figures. */
  readonly headcount: number;
  /** Employees as FTE of all units. */
  readonly arsarbetare: number;
  /** Employees (headcount) of the reporting units. */
  readonly reportingHeadcount: number;
  /** `reportingHeadcount / headcount`: how much of the area the figures cover; `null` without employees. */
  readonly reportingEmployeeShare: number | null;
  /** Support staff over all functions. */
  readonly support: {
    readonly persons: number;
    /** FTE, exact to the hundredth. */
    readonly arsarbetare: number;
    /** FTE per 100 employees of all units in the area. */
    readonly per100Employees: number | null;
    /** FTE by where the staff sit (the level of the unit that reported them). */
    readonly staffLocation: Readonly<Record<StaffLocation, number>>;
  };
  /** Per function, in configuration order. */
  readonly functions: readonly FunctionSummary[];
  /** First-line section. */
  readonly firstLine: FirstLineSummary;
  /** Submission progress. */
  readonly progress: ProgressSummary;
}

/** A unit that has not submitted. */
export interface MissingSubmission {
  /** The unit. */
  readonly unitId: string;
  /** Its name. */
  readonly unitName: string;
  /** Its level. */
  readonly kind: UnitKind;
  /** Its sektor. */
  readonly sektorId: string;
  /** Its kontor, if any. */
  readonly kontorId: string | null;
  /** Its manager's UPN (for reminders), if the post is filled. */
  readonly managerUpn: string | null;
  /** Its manager's name. */
  readonly managerName: string | null;
  /** How far it got. */
  readonly status: Extract<InventoryStatus, 'notStarted' | 'draft' | 'returned'>;
  /** Vacant and not started: nobody can answer until a manager is appointed (outside the progress base). */
  readonly vacant: boolean;
}

/** A mottagare cell's state: enough, too little although every receiving unit reported, or not known yet. */
export type ReadinessState = 'met' | 'short' | 'notReported';

/** One sektor against one mottagare requirement. */
export interface ReadinessCell {
  /** The function of the required role. */
  readonly functionId: string;
  /** The required role. */
  readonly roleId: string;
  /** FTE required. */
  readonly required: number;
  /** FTE present: own staff in the role in the sektor's receiving units that reported. */
  readonly present: number;
  /** `required − present` when `short`; `null` when met or not reported (the receiving units may hold it). */
  readonly shortfall: number | null;
  /** `met` when present ≥ required; else `notReported` while a receiving unit has not reported, else `short`. */
  readonly state: ReadinessState;
}

/** A receiving unit whose answer does not count yet. */
export interface UnreportedUnit {
  /** The unit. */
  readonly unitId: string;
  /** Its name. */
  readonly name: string;
  /** Its status. */
  readonly status: InventoryStatus;
}

/** One sektor's row of the readiness matrix. */
export interface ReadinessRow {
  /** The sektor. */
  readonly sektorId: string;
  /** Its name. */
  readonly name: string;
  /** One cell per requirement, in configuration order. */
  readonly cells: readonly ReadinessCell[];
  /** Requirements met. */
  readonly metCount: number;
  /** Sum of the shortfalls of `short` cells, FTE. */
  readonly totalShortfall: number;
  /** The sektor's receiving units: its sektor and kontor units and its stab units. */
  readonly receivingUnits: number;
  /** Those whose answer does not count yet (nothing submitted, or no line that counts), in organisation order. */
  readonly unreported: readonly UnreportedUnit[];
}

/** The mottagare readiness matrix: each sektor × each required role. */
export interface ReadinessMatrix {
  /** Unit kinds whose staff count as present (stab units count too). */
  readonly countedUnitKinds: readonly UnitKind[];
  /** The requirements (columns). */
  readonly requirements: readonly {
    readonly functionId: string;
    readonly roleId: string;
    readonly required: number;
  }[];
  /** One row per sektor. */
  readonly rows: readonly ReadinessRow[];
}

/** How spread out a set of values is. */
export interface Dispersion {
  /** Number of values. */
  readonly n: number;
  /** Arithmetic mean, or `null` without values. */
  readonly mean: number | null;
  /** Population standard deviation (the sectors are the whole population, not a sample). */
  readonly standardDeviation: number | null;
  /** Standard deviation / mean; `null` without values or when the mean is 0. */
  readonly coefficientOfVariation: number | null;
  /** Smallest value. */
  readonly min: number | null;
  /** Largest value. */
  readonly max: number | null;
}

/** How unequal the sectors are (coefficient of variation; see docs/domain.md for why). */
export interface InequalityReport {
  /** The measure used. */
  readonly measure: 'coefficientOfVariation';
  /**
   * Spread across sectors of support FTE per 100 employees of the units that reported (not of all employees, so a
   * sector that has answered less does not look poorer); sectors without reports are left out.
   */
  readonly supportPer100ReportingEmployees: Dispersion;
  /**
   * Spread of present FTE across sectors, per mottagare requirement, over the sectors whose receiving units have
   * all reported (the dispersion's `n` says how many).
   */
  readonly receiverRoles: readonly {
    readonly functionId: string;
    readonly roleId: string;
    readonly dispersion: Dispersion;
  }[];
}

/** Which rule produced a placement proposal. */
export type ProposalRule =
  | 'insufficientData'
  | 'tie'
  | 'keepCloseMajority'
  | 'centraliseMajority'
  | 'centraliseFragmented'
  | 'coordinateCloseLowQuality'
  | 'coordinateMixed';

/** The counts a proposal rests on. */
export interface ProposalEvidence {
  /** Placement votes. */
  readonly votes: Readonly<Record<Placement, number>>;
  /** Sum of the votes. */
  readonly totalVotes: number;
  /** Quality answers and their mean (1–5, one answer per unit). */
  readonly quality: Mean;
  /** Units with own staff in the function. */
  readonly unitsWithStaff: number;
  /** Own staff FTE in total. */
  readonly arsarbetare: number;
  /** FTE per unit with own staff (n = `unitsWithStaff`): small means fragmented. */
  readonly arsarbetarePerStaffedUnit: Mean;
}

/** A verksamhetsnära proposal for one function in the kommun or one sektor. */
export interface PlacementProposal {
  /** The function. */
  readonly functionId: string;
  /** The area: the kommun, or a sektor. */
  readonly scope: { readonly level: 'kommun' } | { readonly level: 'sektor'; readonly sektorId: string };
  /** Keep close, coordinate in the sector, centralise; or too few answers. */
  readonly proposal: Placement | 'insufficientData';
  /** The rule that decided. */
  readonly rule: ProposalRule;
  /** The counts behind it. */
  readonly evidence: ProposalEvidence;
  /** The rule in words, with every side's share, n and what is known of quality. */
  readonly explanation: LocalizedText;
}

/** Why a stored line was left out of the figures (it breaks a rule the form enforces). */
export type LineProblem =
  'notANumber' | 'negative' | 'personsNotWhole' | 'fteAbovePersons' | 'rolesAboveFte' | 'scoreOutOfRange';

/** A stored line left out of the figures, for the project team to correct. */
export interface ExcludedLine {
  /** The unit. */
  readonly unitId: string;
  /** The line's function. */
  readonly functionId: string;
  /** The first rule it breaks. */
  readonly problem: LineProblem;
}

/** Inputs that were skipped, so a dashboard can say the figures are partial. */
export interface AggregationDiagnostics {
  /** Inventories of the period whose unit is not in the organisation. */
  readonly unknownUnitInventories: number;
  /** Inventories replaced by a later one for the same unit and period. */
  readonly duplicateInventories: number;
  /** Lines whose function is not in the configuration. */
  readonly unknownFunctionLines: number;
  /** Role figures whose role is not in the line's function (the line's FTE still counts). */
  readonly unknownRoles: number;
  /** Units whose counted answer has no line that counts (none at all, or every one excluded): not reporting. */
  readonly emptyAnswers: readonly string[];
  /** Lines that break a rule of the form, left out of every figure. */
  readonly excludedLines: readonly ExcludedLine[];
}

/** Everything the dashboards, cards and exports show, as plain serialisable data. */
export interface MunicipalityAggregate {
  /** The period. */
  readonly periodId: string;
  /** The whole municipality. */
  readonly kommun: AreaSummary;
  /** Each sektor, in organisation order. */
  readonly sektorer: readonly AreaSummary[];
  /** Each kontor, in organisation order. */
  readonly kontor: readonly AreaSummary[];
  /** Units that have not submitted. */
  readonly missing: readonly MissingSubmission[];
  /** The mottagare readiness matrix. */
  readonly readiness: ReadinessMatrix;
  /** Inequality across sectors. */
  readonly inequality: InequalityReport;
  /** Verksamhetsnära proposals for the kommun and for each sektor. */
  readonly proposals: {
    readonly kommun: readonly PlacementProposal[];
    readonly sektorer: readonly PlacementProposal[];
  };
  /** What was skipped. */
  readonly diagnostics: AggregationDiagnostics;
}
