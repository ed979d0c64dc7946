import {
  asAppError,
  buildScenarioBase,
  scenarioOutcome,
  type AppError,
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
// dashboards' figures (one summary per unit), the dashboard's worker that counts from them (src/workers) and the
// workbook (src/exports, ExcelJS loaded when first used).

/** What a count gives: the outcomes in the order the scenarios were asked, or why there are none. */
export type Counted =
  | { readonly kind: 'counted'; readonly outcomes: readonly ScenarioOutcome[] }
  | { readonly kind: 'failed'; readonly error: AppError };

/** Counts scenarios for one part of the page: the scenario open, or the ones compared. */
export interface ScenarioCounter {
  /**
   * Counts `scenarios` and gives `answer` the result: at once where counted on this thread, else when the worker
   * answers. A count asked of the same counter before then makes this answer stale, and it is dropped.
   */
  count(scenarios: readonly ScenarioDefinition[], answer: (result: Counted) => void): void;
}

/** The answers a period's scenarios are worked out from, read and indexed once per visit to the page. */
export interface ScenarioFigures {
  readonly config: MunicipalityConfig;
  /** A counter of its own for each part of the page, so that one part's newer count never drops another's. */
  counter(): ScenarioCounter;
  /** Lets go of the index, which the worker holds until then: call it when the page is left. */
  release(): void;
}

/** A period's figures read and indexed on another thread (the dashboard's worker), which counts from them there. */
export interface ScenarioCounting {
  readonly config: MunicipalityConfig;
  /** The outcomes of `scenarios`, in order. @throws AppError */
  count(scenarios: readonly ScenarioDefinition[]): Promise<readonly ScenarioOutcome[]>;
  /** Lets the other thread drop the index. */
  release(): void;
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
  /** The period's figures, read and counted on this thread when `indexElsewhere` is not given. */
  readonly loadFigures: (query: DashboardQuery) => Promise<DashboardData>;
  /**
   * Reads and indexes the figures on the dashboard's worker, which then counts there: at a region's scale a count
   * would hold the tab's thread for longer than a frame at every change of a choice. Not given where there are no
   * workers (jsdom).
   */
  readonly indexElsewhere?: (query: DashboardQuery) => Promise<ScenarioCounting>;
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

/** Counts on this thread, with the function the worker runs. */
function countedHere(base: ScenarioBase, scenarios: readonly ScenarioDefinition[]): Counted {
  try {
    return { kind: 'counted', outcomes: scenarios.map((scenario) => scenarioOutcome(base, scenario)) };
  } catch (error) {
    return { kind: 'failed', error: asAppError(error) };
  }
}

/**
 * A counter on another thread. One count is on its way at a time: while it is, the newest count asked waits in
 * place of any before it, so that the worker never counts choices already changed again; and an answer is given
 * only when no newer count was asked since.
 */
function latestOnly(
  count: (scenarios: readonly ScenarioDefinition[]) => Promise<readonly ScenarioOutcome[]>,
): ScenarioCounter {
  let asked = 0;
  let busy = false;
  let waiting:
    { scenarios: readonly ScenarioDefinition[]; answer: (result: Counted) => void; turn: number } | undefined;
  const next = (): void => {
    const ask = waiting;
    waiting = undefined;
    busy = ask !== undefined;
    if (ask === undefined) return;
    count(ask.scenarios)
      .then(
        (outcomes): Counted => ({ kind: 'counted', outcomes }),
        (error: unknown): Counted => ({ kind: 'failed', error: asAppError(error) }),
      )
      .then((result) => {
        if (ask.turn === asked) ask.answer(result);
        next();
      });
  };
  return {
    count: (scenarios, answer) => {
      const turn = ++asked;
      // Nothing to count: answered here, and still newer than any count on its way.
      if (scenarios.length === 0) {
        waiting = undefined;
        answer({ kind: 'counted', outcomes: [] });
        return;
      }
      waiting = { scenarios, answer, turn };
      if (!busy) next();
    },
  };
}

/** The scenarios page's services on the given parts. */
export function scenarioServices(parts: ScenarioParts): ScenarioServices {
  return {
    store: parts.store,
    figures: async (periodId) => {
      if (parts.indexElsewhere !== undefined) {
        const counting = await parts.indexElsewhere({ periodId });
        return {
          config: counting.config,
          counter: () => latestOnly((scenarios) => counting.count(scenarios)),
          release: () => counting.release(),
        };
      }
      const { config, units, inventories } = await parts.loadFigures({ periodId });
      const base = buildScenarioBase({ config, units, inventories, periodId });
      return {
        config,
        counter: () => ({ count: (scenarios, answer) => answer(countedHere(base, scenarios)) }),
        release: () => undefined,
      };
    },
    workbook: async (outcomes, { config, period }) => {
      const createdAt = parts.now().toISOString();
      const bytes = await parts.workbookBytes({ outcomes, config, period, createdAt, createdBy: parts.upn });
      return { name: `Scenarier ${period.id} ${createdAt.slice(0, 10)}.xlsx`, bytes };
    },
    newId: () => `s-${parts.randomId()}`,
  };
}
