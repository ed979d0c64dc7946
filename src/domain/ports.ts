import { type ComparisonEntry, type PublishedComparison } from './aggregation/comparison';
import { type CountedDashboard } from './aggregation/dashboardView';
import { type MunicipalityConfig } from './config/types';
import { type ConsultationRound } from './consultation/types';
import { type AppError } from './errors';
import { type ReviewRights } from './inventory/actor';
import { type AnswerFigures, type Inventory } from './inventory/types';
import { type Unit } from './organisation/types';
import { type Period } from './periods';

// The stores the tab and the scripts need, declared here so the SharePoint layer implements them and the
// domain and UI never see HTTP. Every method rejects with an AppError (conflict, forbidden, throttled, ...).

/** Supplies bearer tokens, so the same SharePoint code runs with a dev token, MSAL in a browser, or a script's token. */
export interface TokenProvider {
  /**
   * A bearer token for SharePoint at `resource` (the site's origin, e.g. `https://kommun.sharepoint.com`).
   * @throws AppError `unauthenticated` when no token can be had (the user must sign in again).
   */
  getToken(resource: string): Promise<string>;
}

/** Everything the manager's form needs, loaded together. */
export interface ManagerForm {
  /** The municipality configuration (taxonomy, labels, categories). */
  readonly config: MunicipalityConfig;
  /** Every period, oldest first. */
  readonly periods: readonly Period[];
  /** The period open on the requested day, or `null` between rounds. */
  readonly period: Period | null;
  /** The units the manager leads (usually one). */
  readonly units: readonly Unit[];
  /** The manager's inventories of `period`, with their lines; empty when `period` is `null`. */
  readonly inventories: readonly Inventory[];
  /** What they review: the sektorer and kontor they head, and whether they are in the project team. */
  readonly review: ReviewRights;
  /**
   * The consultation rounds open on the requested day, of whatever period (a round may follow a period that has
   * closed), oldest first: read with the form, so the start page tells of one without a request more.
   */
  readonly rounds: readonly ConsultationRound[];
}

/**
 * A period as a reviewer's pages read it, without the lines (docs/data-model.md, "Queries and their request
 * budgets"): the organisation, the inventories the signed-in user may read with their statuses, and their answers'
 * figures when asked for.
 */
export interface PeriodStatuses {
  /** Every unit of the organisation, checked and derived (`buildOrganisation`). */
  readonly units: Unit[];
  /**
   * Every inventory of the period the signed-in user may read, with its decisions and status but no lines and
   * `version` `''`: for showing and counting, never for saving.
   */
  readonly inventories: Inventory[];
  /**
   * The answer's figures (`answerFigures`: no free text) of each of `inventories` that has readable ones, by
   * inventory id. Read along with the statuses for a small period; a region's in one more request when first
   * asked for, since reading them takes longer than a page may hold the tab's main thread.
   * @throws AppError as mapped at the edge.
   */
  readonly figures: () => Promise<ReadonlyMap<string, AnswerFigures>>;
}

/** Why an item is left out of everything the app shows and counts. */
export type IgnoredReason =
  /** Its keys claim another unit (or period) than the unit folder that holds it, or it lies in no unit folder. */
  | 'outsideUnitFolder'
  /** It (or an item of its inventory) has values the app cannot read; `error` says which. */
  | 'unreadable'
  /** A second inventory, or a second line for one function, in the same unit folder. */
  | 'duplicate'
  /**
   * An approval's copy of the figures it approved cannot be read (`error` says why): the approval stands, but
   * its figures do not count, as if it kept none.
   */
  | 'unreadableFigures';

/** An item a person could write but that does not count, so that what is counted is only what its owner wrote. */
export interface IgnoredItem {
  /** The list's title, e.g. `Inventeringsrader`. */
  readonly list: string;
  /** The SharePoint item ID (or the store's). */
  readonly itemId: number;
  /** The unit whose folder holds it, or `null` when it lies in none. */
  readonly unitId: string | null;
  /** The inventory it claims to belong to. */
  readonly claims: string;
  /** Why it is left out. */
  readonly reason: IgnoredReason;
  /** For `unreadable`: what is wrong, with an issue per column. */
  readonly error?: AppError;
}

/** Everything a dashboard needs for one period: the organisation, the inventories with lines, the configuration. */
export interface DashboardData {
  /** The municipality configuration. */
  readonly config: MunicipalityConfig;
  /** Every period, oldest first. */
  readonly periods: readonly Period[];
  /** The units (of the sektor, when one was asked for). */
  readonly units: readonly Unit[];
  /** The period's inventories the signed-in user may read, with their lines and decisions. */
  readonly inventories: readonly Inventory[];
  /** Items read but left out (and, for a damaged inventory, the whole inventory), for whoever checks the data. */
  readonly ignored: readonly IgnoredItem[];
}

/** What a dashboard asks for. */
export interface DashboardQuery {
  /** The period. */
  readonly periodId: string;
  /** One sektor only; the whole kommun when left out. */
  readonly sektorId?: string;
}

/** How a dashboard is asked for besides its query. */
export interface DashboardLoadOptions {
  /** Begin with the overview the project team's tab stored (only they may read it). */
  readonly useStore?: boolean;
  /** Stored figures that are no longer current, to show while the period is counted again. */
  readonly onEarlier?: (dashboard: CountedDashboard) => void;
}

/** Reads what the dashboards aggregate. */
export interface DashboardRepository {
  /** The organisation, configuration and the period's inventories (with lines) the signed-in user may read. */
  load(query: DashboardQuery): Promise<DashboardData>;
  /**
   * The same for counting only, in a few requests at any size: each inventory's lines carry the answer's figures
   * without free text, and the status is as the dashboards count it (docs/data-model.md).
   */
  loadFigures(query: DashboardQuery): Promise<DashboardData>;
}

/** Reads and writes inventories. */
export interface InventoryRepository {
  /**
   * The signed-in manager's form: configuration, periods, their units and their inventories of the period
   * open on `on` (an ISO date or instant), and what they review.
   */
  loadMine(query: { readonly upn: string; readonly on: string }): Promise<ManagerForm>;
  /** The unit's inventory in the period, or `null` if none is stored yet. */
  get(periodId: string, unitId: string): Promise<Inventory | null>;
  /** Every inventory of the period the signed-in user may read. */
  listByPeriod(periodId: string): Promise<Inventory[]>;
  /**
   * The period's readable inventories without their lines, with the organisation: what a reviewer's start page and
   * list show, in as many requests as `listByPeriod` at most and a fraction of its bytes (docs/data-model.md).
   */
  listStatusesByPeriod(periodId: string): Promise<PeriodStatuses>;
  /**
   * Stores the manager's answer if its `version` still matches the stored one (`''` creates it) and returns it
   * with the new version, revision and status. Decisions are not stored here.
   * @throws AppError `conflict` with `mine`/`theirs` when someone else saved first.
   */
  save(inventory: Inventory): Promise<Inventory>;
  /**
   * Stores the reviewer's decisions `transition` appended (those not stored yet), where only the unit's reviewers
   * and the project team can write, and returns the inventory as stored with them.
   * @throws AppError `conflict` with `theirs` when the inventory changed, or was decided on, after it was read;
   * `forbidden` when the signed-in user may not decide on the unit.
   */
  decide(inventory: Inventory): Promise<Inventory>;
}

/**
 * Reads the organisation. It is written by the organisation import (`importOrganisation` in src/sharepoint),
 * which needs the site's folders and groups as well, not through this port.
 */
export interface OrganisationRepository {
  /** Every unit, checked and derived (`buildOrganisation`). */
  listUnits(): Promise<Unit[]>;
}

/** Reads and writes the configuration and the periods. */
export interface SettingsRepository {
  /** The municipality configuration (the default until the project team saves one). */
  getConfig(): Promise<MunicipalityConfig>;
  /**
   * Stores a configuration.
   * @throws AppError `invalid` with the issues when it breaks the configuration rules.
   */
  saveConfig(config: MunicipalityConfig): Promise<MunicipalityConfig>;
  /** Every period, oldest first. */
  listPeriods(): Promise<Period[]>;
  /** Stores a period (new or changed). */
  savePeriod(period: Period): Promise<Period>;
}

/** The published comparisons: what a manager sees beside their own unit (docs/data-model.md). */
export interface ComparisonRepository {
  /** The period's published entries of the given scopes (`comparisonScopesOf`: at most three), in one request. */
  load(query: {
    readonly periodId: string;
    readonly scopeKeys: readonly string[];
  }): Promise<PublishedComparison[]>;
  /**
   * Publishes the period's entries, created or updated by scope key; unchanged entries are not written and keep
   * their publication time. Only the project team and IT may write.
   * @throws AppError `forbidden` for anyone else.
   */
  publish(query: {
    readonly periodId: string;
    readonly entries: readonly ComparisonEntry[];
    /** The publication time of what changes (ISO instant). */
    readonly at: string;
  }): Promise<{ readonly written: number; readonly unchanged: number }>;
}
