import {
  buildScenarioBase,
  scenarioOutcome,
  type DashboardData,
  type DashboardQuery,
  type MunicipalityConfig,
  type Period,
  type ScenarioBase,
  type ScenarioDefinition,
  type ScenarioOutcome,
  type ScenarioStore,
} from '../../domain';

// What the scenarios page needs from outside src/ui: the composition root wires Scenarier (src/sharepoint), the
// dashboards' figures (one summary per unit) and the workbook (src/exports, ExcelJS loaded when first used).

/** The answers a period's scenarios are worked out from, read once per visit to the page. */
export interface ScenarioFigures {
  readonly config: MunicipalityConfig;
  /** The period's index with its staff rows: every scenario's outcome is counted from it without reading again. */
  readonly base: ScenarioBase;
  /** What a scenario would move, counted from `base`. */
  readonly outcome: (scenario: ScenarioDefinition) => ScenarioOutcome;
}

/** The project team's scenarios page. */
export interface ScenarioServices {
  readonly store: ScenarioStore;
  /** Reads the period's answers and indexes them for scenarios. */
  figures(periodId: string): Promise<ScenarioFigures>;
  /** The workbook comparing `outcomes`, as a file to save. */
  workbook(
    outcomes: readonly ScenarioOutcome[],
    context: { config: MunicipalityConfig; period: Period },
  ): Promise<{
    readonly name: string;
    readonly bytes: Uint8Array;
  }>;
  /** A new scenario's id. */
  newId(): string;
}

/** The parts `scenarioServices` is built from. */
export interface ScenarioParts {
  readonly store: ScenarioStore;
  readonly loadFigures: (query: DashboardQuery) => Promise<DashboardData>;
  readonly workbookBytes: (input: {
    outcomes: readonly ScenarioOutcome[];
    config: MunicipalityConfig;
    period: Period;
    createdAt: string;
    createdBy: string | null;
  }) => Promise<Uint8Array>;
  readonly upn: string;
  readonly now: () => Date;
  readonly randomId: () => string;
}

/** The scenarios page's services on the given parts. */
export function scenarioServices(parts: ScenarioParts): ScenarioServices {
  return {
    store: parts.store,
    figures: async (periodId) => {
      const { config, units, inventories } = await parts.loadFigures({ periodId });
      const base = buildScenarioBase({ config, units, inventories, periodId });
      return { config, base, outcome: (scenario) => scenarioOutcome(base, scenario) };
    },
    workbook: async (outcomes, { config, period }) => {
      const createdAt = parts.now().toISOString();
      const bytes = await parts.workbookBytes({ outcomes, config, period, createdAt, createdBy: parts.upn });
      return { name: `Scenarier ${period.id} ${createdAt.slice(0, 10)}.xlsx`, bytes };
    },
    newId: () => `s-${parts.randomId()}`,
  };
}
