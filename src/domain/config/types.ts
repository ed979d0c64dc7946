import { type LocalizedText } from '../i18n/locale';
import { type UnitKind } from '../organisation/types';

/** The three kinds of process in the seed: deliver to citizens, steer, or support. */
export type ProcessType = 'huvudprocess' | 'styrprocess' | 'stodprocess';

/** Every process type. */
export const processTypes: readonly ProcessType[] = ['huvudprocess', 'styrprocess', 'stodprocess'];

/** A group of support functions (e.g. Stöd, Styrning, Chefsnära) and the kind of process it serves. */
export interface ProcessGroup {
  /** Stable id, e.g. `stod`. */
  readonly id: string;
  /** The kind of process the group's functions belong to. */
  readonly processType: ProcessType;
  /** Name shown to people. */
  readonly label: LocalizedText;
}

/** A role within a support function, e.g. controller within Ekonomi. */
export interface SupportRole {
  /** Stable id, unique across the whole taxonomy, e.g. `controller`. */
  readonly id: string;
  /** Name shown to people. */
  readonly label: LocalizedText;
}

/** A support function a unit reports on, e.g. Ekonomi, with its roles. */
export interface SupportFunction {
  /** Stable id, e.g. `ekonomi`; inventory lines are keyed by it. */
  readonly id: string;
  /** The process group it belongs to. */
  readonly groupId: string;
  /** Name shown to people. */
  readonly label: LocalizedText;
  /** The roles that do the work; may be empty. */
  readonly roles: readonly SupportRole[];
}

/** The configurable function taxonomy. */
export interface Taxonomy {
  /** The process groups, in display order. */
  readonly processGroups: readonly ProcessGroup[];
  /** The support functions, in display order. */
  readonly functions: readonly SupportFunction[];
}

/** Where support a unit receives sits (several may apply), and where reported staff sit. */
export type SupportLocation = 'egenEnhet' | 'kontor' | 'sektor' | 'central' | 'extern';

/** Every support location, nearest first. */
export const supportLocations: readonly SupportLocation[] = [
  'egenEnhet',
  'kontor',
  'sektor',
  'central',
  'extern',
];

/** The label of a support location. */
export interface LocationOption {
  /** Which location. */
  readonly id: SupportLocation;
  /** Name shown to people. */
  readonly label: LocalizedText;
}

/** A manager's view of where a function belongs (verksamhetsnära stöd). */
export type Placement = 'verksamhetsnara' | 'samordnaSektor' | 'centralisera';

/** Every placement view, closest first. */
export const placements: readonly Placement[] = ['verksamhetsnara', 'samordnaSektor', 'centralisera'];

/** The label of a placement view. */
export interface PlacementOption {
  /** Which placement. */
  readonly id: Placement;
  /** Name shown to people. */
  readonly label: LocalizedText;
}

/** A category of first-line administrative work (after SKR's study), e.g. HR or ekonomi. */
export interface AdminHourCategory {
  /** Stable id, e.g. `hr`. */
  readonly id: string;
  /** Name shown to people. */
  readonly label: LocalizedText;
}

/** One role every sector should have to be a mottagare, and how much of it. */
export interface ReceiverRequirement {
  /** The function the role belongs to. */
  readonly functionId: string;
  /** The role. */
  readonly roleId: string;
  /** The least FTE (årsarbetare) of the role each sector should have. */
  readonly minArsarbetare: number;
}

/** The mottagare profile: the roles each sector needs to receive steering from the kommundirektör. */
export interface ReceiverProfile {
  /** Which units' staff count as present in a sector (e.g. only the sector's and offices' own staff). */
  readonly countedUnitKinds: readonly UnitKind[];
  /** The required roles. */
  readonly requirements: readonly ReceiverRequirement[];
}

/** Thresholds of the verksamhetsnära proposal rules (see docs/domain.md). */
export interface ProposalThresholds {
  /** Fewest placement votes before any proposal is made. */
  readonly minVotes: number;
  /** Least share (0–1) of `verksamhetsnara` votes to propose keeping the function close. */
  readonly keepCloseMinShare: number;
  /** Least mean quality (1–5) for keeping it close; below it the proposal is to coordinate in the sector. */
  readonly keepCloseMinQuality: number;
  /** Least share (0–1) of `centralisera` votes to propose centralising. */
  readonly centraliseMinShare: number;
  /** Fewest units with own staff in the function for it to count as fragmented. */
  readonly fragmentedMinUnits: number;
  /** Mean FTE per staffed unit below which the function counts as fragmented. */
  readonly fragmentedBelowArsarbetare: number;
  /** Mean quality (1–5) below which a fragmented function is proposed for centralisation. */
  readonly lowQualityBelow: number;
}

/** One admin-hour category's reference figure: the hours per week first-line managers' own are compared with. */
export interface AdminHoursReference {
  /** The admin-hour category (`adminHourCategories`). */
  readonly categoryId: string;
  /** Reference hours per week. */
  readonly hoursPerWeek: number;
}

/**
 * The first-line managers' mission: the reference figures their administrative time is compared with and the
 * thresholds of the chefsnära stöd proposals (see docs/domain.md, "The first-line managers' mission").
 */
export interface FirstLineMissionSettings {
  /** Where the reference figures come from (a study and year, or the municipality's own decision), shown with them. */
  readonly referenceSource: LocalizedText;
  /** Reference hours per week by admin-hour category; a category without one is shown but not compared. */
  readonly referenceHours: readonly AdminHoursReference[];
  /** Fewest first-line managers' answers before a proposal is made; never below `minAnswers` (5). */
  readonly minRespondents: number;
  /** Hours per week above the reference that are tolerated before more chefsnära stöd is proposed. */
  readonly excessHoursTolerance: number;
  /** Hours of a full-time week: excess hours per week divided by it give FTE. */
  readonly fullTimeWeekHours: number;
  /** The widest span of control (medarbetarspann) within the limit; wider spans are above it. */
  readonly spanLimit: number;
  /** Least share (0–1) of first-line managers above the span limit that calls for more chefsnära stöd. */
  readonly spanMinShareAbove: number;
  /** FTE per manager a span above the limit adds to the proposal. */
  readonly spanRaiseArsarbetare: number;
  /** The most chefsnära stöd per manager (FTE) a proposal raises to; it never lowers today's level. */
  readonly maxArsarbetarePerManager: number;
}

/** Everything that differs between municipalities, as one value; the Gävle-like default ships as JSON. */
export interface MunicipalityConfig {
  /** The format version of this value. */
  readonly schemaVersion: 1;
  /** The municipality's name. */
  readonly municipality: { readonly name: LocalizedText };
  /** Process groups and support functions. */
  readonly taxonomy: Taxonomy;
  /** Labels of the support locations. */
  readonly locations: readonly LocationOption[];
  /** Labels of the placement views. */
  readonly placements: readonly PlacementOption[];
  /** Categories of first-line administrative hours. */
  readonly adminHourCategories: readonly AdminHourCategory[];
  /** The mottagare profile. */
  readonly receiverProfile: ReceiverProfile;
  /** Thresholds of the verksamhetsnära proposals. */
  readonly proposalThresholds: ProposalThresholds;
  /** Sectors whose staff provide support for the whole kommun (counted as `central` rather than `sektor`). */
  readonly centralSektorIds: readonly string[];
  /**
   * The first-line managers' mission. Optional only because configurations stored before it existed lack it:
   * `validateMunicipalityConfig` fills in the shipped default, so every validated configuration has it.
   */
  readonly firstLineMission?: FirstLineMissionSettings;
}
