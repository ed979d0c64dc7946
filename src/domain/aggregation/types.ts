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
  /** Statuses whose content counts in the figures (progress always counts every unit). @default ['submitted', 'approved'] */
  readonly countedStatuses?: readonly InventoryStatus[];
}

/** The level an aggregate covers. */
export type AreaLevel = 'kommun' | 'sektor' | 'kontor';

/** Submission progress of an area's units. */
export interface ProgressSummary {
  /** Units in the area (every unit has exactly one status, `notStarted` without an inventory). */
  readonly total: number;
  /** Units per status; sums to `total`. */
  readonly byStatus: Readonly<Record<InventoryStatus, number>>;
  /** Units submitted or approved. */
  readonly submittedOrApproved: number;
  /** `submittedOrApproved / total`, or `null` for an empty area. */
  readonly share: number | null;
}

/** Figures of one support function in an area. */
export interface FunctionSummary {
  /** The function. */
  readonly functionId: string;
  /** Own staff, persons. */
  readonly persons: number;
  /** Own staff, FTE. */
  readonly arsarbetare: number;
  /** FTE per 100 employees (headcount) of the reporting units, or `null` when none reported. */
  readonly per100Employees: number | null;
  /** FTE by role (roles not reported are absent). */
  readonly arsarbetareByRole: Readonly<Record<string, number>>;
  /** Counted inventories that answered this function. */
  readonly unitsReporting: number;
  /** Of those, units with own staff (persons > 0). */
  readonly unitsWithStaff: number;
  /** Quality of support received: answers and mean (1–5). */
  readonly quality: { readonly responses: number; readonly mean: number | null };
  /** Competence now and needed (1–5): answers, means, mean gap (needed − now) and units with a positive gap. */
  readonly competence: {
    readonly responses: number;
    readonly meanNow: number | null;
    readonly meanNeeded: number | null;
    readonly meanGap: number | null;
    readonly unitsWithGap: number;
  };
  /** Placement votes. */
  readonly placementVotes: Readonly<Record<Placement, number>>;
  /** How many units receive support from each location (a unit may name several). */
  readonly receivedFrom: Readonly<Record<SupportLocation, number>>;
}

/** The first-line managers' answers in an area. */
export interface FirstLineSummary {
  /** Counted inventories with a first-line section. */
  readonly respondents: number;
  /** Mean hours per week by admin category (over those who answered the category). */
  readonly adminHoursMean: Readonly<Record<string, number | null>>;
  /** Mean total administrative hours per week. */
  readonly adminHoursTotalMean: number | null;
  /** Span of control (medarbetarspann): answers, mean and largest. */
  readonly medarbetarspann: {
    readonly responses: number;
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
  /** Units whose inventory counts. */
  readonly reportingUnits: number;
  /** Employees (headcount) of all units. */
  readonly headcount: number;
  /** Employees as FTE of all units. */
  readonly arsarbetare: number;
  /** Employees (headcount) of the reporting units: the base of the per-100 figures. */
  readonly reportingHeadcount: number;
  /** Support staff over all functions. */
  readonly support: {
    readonly persons: number;
    readonly arsarbetare: number;
    /** FTE per 100 employees of the reporting units. */
    readonly per100Employees: number | null;
    /** FTE by where the staff sit (the level of the reporting unit; `central` for central sectors). */
    readonly byLocation: Readonly<Record<SupportLocation, number>>;
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
}

/** One sektor against one mottagare requirement. */
export interface ReadinessCell {
  /** The function of the required role. */
  readonly functionId: string;
  /** The required role. */
  readonly roleId: string;
  /** FTE required. */
  readonly required: number;
  /** FTE present (own staff in the role in the counted unit kinds). */
  readonly present: number;
  /** `max(0, required − present)`. */
  readonly shortfall: number;
  /** Whether `present ≥ required`. */
  readonly met: 'met' | 'notMet';
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
  /** Sum of shortfalls, FTE. */
  readonly totalShortfall: number;
}

/** The mottagare readiness matrix: each sektor × each required role. */
export interface ReadinessMatrix {
  /** Unit kinds whose staff counted as present. */
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
  /** Spread of support FTE per 100 employees across sectors (sectors without reports are left out). */
  readonly supportPer100Employees: Dispersion;
  /** Spread of present FTE across sectors, per mottagare requirement. */
  readonly receiverRoles: readonly {
    readonly functionId: string;
    readonly roleId: string;
    readonly dispersion: Dispersion;
  }[];
}

/** Which rule produced a placement proposal. */
export type ProposalRule =
  | 'insufficientData'
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
  /** Answers about quality. */
  readonly qualityResponses: number;
  /** Mean quality (1–5). */
  readonly qualityMean: number | null;
  /** Units with own staff in the function. */
  readonly unitsWithStaff: number;
  /** Own staff FTE in total. */
  readonly arsarbetare: number;
  /** FTE per unit with own staff: small means fragmented. */
  readonly meanArsarbetarePerStaffedUnit: number | null;
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
  /** The rule in words, with the figures. */
  readonly explanation: LocalizedText;
}

/** Inputs that were skipped, so a dashboard can say the figures are partial. */
export interface AggregationDiagnostics {
  /** Inventories of the period whose unit is not in the organisation. */
  readonly unknownUnitInventories: number;
  /** Inventories replaced by a later one for the same unit and period. */
  readonly duplicateInventories: number;
  /** Lines whose function is not in the configuration. */
  readonly unknownFunctionLines: number;
}

/** Everything the dashboards, cards and exports show, as plain serialisable data. */
export interface MunicipalityAggregate {
  /** The period. */
  readonly periodId: string;
  /** Statuses whose content counted. */
  readonly countedStatuses: readonly InventoryStatus[];
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
