import { type MunicipalityConfig } from '../config/types';
import { type DashboardData } from '../ports';
import { firstLineMissionFromIndex } from '../firstLine/mission';
import { type FirstLineMission } from '../firstLine/types';
import { buildIndex } from './accumulators';
import { aggregateFromIndex } from './aggregate';
import { publishedComparisons, type ComparisonEntry } from './comparison';
import { type MunicipalityAggregate } from './types';

/**
 * The figures the dashboard shows: every area but the kontor one by one, and without the list of who has not
 * submitted (the review pages have it). At a region's size those two are most of the aggregate (2.6 MB of
 * 3 MB at 3,500 units), which the tab would otherwise take over from the worker in one long task.
 */
export type DashboardAggregate = Omit<MunicipalityAggregate, 'kontor' | 'missing'>;

/**
 * What the dashboard shows of a period: the configuration, the areas' figures, and the comparisons the project
 * team may publish (one per area, kontor too). It is plain data (no maps, no functions), so it can be counted
 * on another thread and handed over by `postMessage`.
 */
export interface DashboardView {
  readonly config: MunicipalityConfig;
  readonly aggregate: DashboardAggregate;
  readonly comparisons: readonly ComparisonEntry[];
  /** The first-line managers' mission: their figures and the chefsnära stöd proposals, per area. */
  readonly firstLine: FirstLineMission;
}

/** The dashboard of a period's figures, as read by `DashboardRepository.loadFigures`. */
export function dashboardView(data: DashboardData, periodId: string): DashboardView {
  const { config, units, inventories } = data;
  const index = buildIndex({ units, inventories, config, periodId });
  const whole = aggregateFromIndex(index, periodId);
  const { kontor: _kontor, missing: _missing, ...shown } = whole;
  return {
    config,
    aggregate: shown,
    comparisons: publishedComparisons(whole),
    firstLine: firstLineMissionFromIndex(index, periodId),
  };
}

/**
 * The form of a counted dashboard as the project team's tab stores it (`Översikter`). Raise it whenever the figures'
 * shape or meaning changes: an overview counted by other code is then counted again, never shown.
 * `tests/unit/domain/dashboardViewFormat.test.ts` holds it to the aggregation's source.
 */
export const dashboardViewFormat = 3;

/** A dashboard and when it was counted. */
export interface CountedDashboard {
  readonly view: DashboardView;
  /** When it was counted (ISO). */
  readonly countedAt: string;
  /** Whether nothing it counts has changed since; `false` for a stored one shown while it is counted again. */
  readonly current: boolean;
}
