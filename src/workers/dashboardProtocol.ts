// The messages between the tab and the dashboard's worker. The worker reads and counts a period's figures (the
// dashboards' and the scenarios'); the tab keeps the sign-in, so the worker asks it for every token instead of
// holding one.
import {
  AppError,
  asAppError,
  type AppErrorCode,
  type CountedDashboard,
  type DashboardQuery,
  type MunicipalityConfig,
  type ScenarioBase,
  type ScenarioDefinition,
  type ScenarioOutcome,
  type UnitLoss,
} from '../domain';

/** An error as it crosses threads: an `AppError`'s code and developer message. */
export interface ErrorData {
  readonly code: AppErrorCode;
  readonly message: string;
}

/** From the tab to the worker. */
export type ToWorker =
  | {
      readonly kind: 'load';
      readonly id: number;
      readonly siteUrl: string;
      readonly query: DashboardQuery;
      /** Whether to begin with the overview stored in Översikter (the project team's). */
      readonly useStore: boolean;
    }
  /** Read the period's figures and keep them indexed for scenarios, under this message's id, until released. */
  | {
      readonly kind: 'indexScenarios';
      readonly id: number;
      readonly siteUrl: string;
      readonly query: DashboardQuery;
    }
  /** Count each scenario's choices from the index kept under `index`. */
  | {
      readonly kind: 'countScenarios';
      readonly id: number;
      readonly index: number;
      readonly scenarios: readonly ScenarioDefinition[];
    }
  | { readonly kind: 'releaseScenarios'; readonly index: number }
  | { readonly kind: 'token'; readonly id: number; readonly token: string }
  | { readonly kind: 'tokenFailed'; readonly id: number; readonly error: ErrorData };

/** From the worker to the tab. */
export type FromWorker =
  /** Figures to show; the load is over with the first `current` ones (stored ones may come first while it counts). */
  | { readonly kind: 'shown'; readonly id: number; readonly dashboard: CountedDashboard }
  | {
      readonly kind: 'scenariosIndexed';
      readonly id: number;
      readonly config: MunicipalityConfig;
      readonly units: ScenarioUnits;
    }
  /** The outcomes, in the order the scenarios were asked. */
  | { readonly kind: 'scenariosCounted'; readonly id: number; readonly outcomes: readonly OutcomeData[] }
  | { readonly kind: 'failed'; readonly id: number; readonly error: ErrorData }
  | { readonly kind: 'needToken'; readonly id: number; readonly resource: string };

/** An error as it is sent to the other thread. */
export function errorData(error: unknown): ErrorData {
  const { code, message } = asAppError(error);
  return { code, message };
}

/** The error a thread was sent. */
export function fromErrorData(error: ErrorData): AppError {
  return new AppError(error.code, { message: error.message });
}

// An outcome is plain data and would cross as it is, but at a region's scale its units' losses are most of it
// (3,500 units × 20 functions: ≈ 45,000 moves, 3.6 MB), and receiving that structured clone held the tab's thread
// for 80–150 ms in Chromium on a busy two-core machine. As columns of numbers it took 5–40 ms, rebuilding the
// objects included; the units' names, the same for every scenario, cross once with the index.

/** The index's units, once per index: a loss names its unit by its position here. */
export interface ScenarioUnits {
  readonly ids: readonly string[];
  readonly names: readonly string[];
  readonly sektorIds: readonly string[];
  readonly kontorIds: readonly (string | null)[];
}

/** A scenario's outcome as it crosses to the tab: as `ScenarioOutcome`, with its units' losses in columns. */
export interface OutcomeData extends Omit<ScenarioOutcome, 'unitLosses'> {
  readonly unitLosses: {
    /** Per unit losing support, its position in `ScenarioUnits`. */
    readonly unit: Uint32Array;
    /** Per unit, how many of the moves below are its (they follow in order). */
    readonly moves: Uint16Array;
    /** Per move, the function's position in the configuration. */
    readonly functionIndex: Uint16Array;
    readonly persons: Float64Array;
    readonly arsarbetare: Float64Array;
    /** Per move, 1 when it goes to a central function, 0 when to the sektor. */
    readonly central: Uint8Array;
  };
}

/** The units of an index, as they cross once. */
export function scenarioUnits(base: ScenarioBase): ScenarioUnits {
  const units = base.unitStatuses.map((s) => s.unit);
  return {
    ids: units.map((u) => u.id),
    names: units.map((u) => u.name),
    sektorIds: units.map((u) => u.sektorId),
    kontorIds: units.map((u) => u.kontorId),
  };
}

/** Positions by id, to write `OutcomeData`: built once per index. */
export interface OutcomeKeys {
  readonly units: ReadonlyMap<string, number>;
  readonly functions: ReadonlyMap<string, number>;
}

/** The positions `outcomeData` writes, for an index's units and configuration. */
export function outcomeKeys(units: ScenarioUnits, config: MunicipalityConfig): OutcomeKeys {
  return {
    units: new Map(units.ids.map((id, i) => [id, i])),
    functions: new Map(config.taxonomy.functions.map((f, i) => [f.id, i])),
  };
}

function position(positions: ReadonlyMap<string, number>, id: string): number {
  const found = positions.get(id);
  if (found === undefined)
    throw new AppError('unexpected', {
      message: `A scenario's outcome names ${id}, which its index does not hold`,
    });
  return found;
}

/** An outcome as it is sent to the tab. @throws AppError when a loss names a unit or function the index lacks */
export function outcomeData(outcome: ScenarioOutcome, keys: OutcomeKeys): OutcomeData {
  const losses = outcome.unitLosses;
  const count = losses.reduce((sum, loss) => sum + loss.functions.length, 0);
  const columns = {
    unit: new Uint32Array(losses.length),
    moves: new Uint16Array(losses.length),
    functionIndex: new Uint16Array(count),
    persons: new Float64Array(count),
    arsarbetare: new Float64Array(count),
    central: new Uint8Array(count),
  };
  let move = 0;
  losses.forEach((loss, i) => {
    columns.unit[i] = position(keys.units, loss.unitId);
    columns.moves[i] = loss.functions.length;
    for (const f of loss.functions) {
      columns.functionIndex[move] = position(keys.functions, f.functionId);
      columns.persons[move] = f.persons;
      columns.arsarbetare[move] = f.arsarbetare;
      columns.central[move] = f.to === 'central' ? 1 : 0;
      move++;
    }
  });
  return { ...outcome, unitLosses: columns };
}

/** The outcome the worker sent, as it counted it; `functionIds` in configuration order. */
export function fromOutcomeData(
  data: OutcomeData,
  context: { readonly units: ScenarioUnits; readonly functionIds: readonly string[] },
): ScenarioOutcome {
  const { units, functionIds } = context;
  const columns = data.unitLosses;
  const unitLosses: UnitLoss[] = [];
  let move = 0;
  columns.unit.forEach((u, i) => {
    const functions: UnitLoss['functions'][number][] = [];
    for (const end = move + (columns.moves[i] ?? 0); move < end; move++) {
      functions.push({
        functionId: functionIds[columns.functionIndex[move] ?? 0] ?? '',
        persons: columns.persons[move] ?? 0,
        arsarbetare: columns.arsarbetare[move] ?? 0,
        to: columns.central[move] === 1 ? 'central' : 'sektor',
      });
    }
    unitLosses.push({
      unitId: units.ids[u] ?? '',
      unitName: units.names[u] ?? '',
      sektorId: units.sektorIds[u] ?? '',
      kontorId: units.kontorIds[u] ?? null,
      functions,
    });
  });
  return { ...data, unitLosses };
}
