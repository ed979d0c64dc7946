import { buildIndex, type AggregationIndex, type AreaAcc, type StaffRow } from '../aggregation/accumulators';
import { inequalityFromIndex } from '../aggregation/inequality';
import { proposalsFromIndex } from '../aggregation/proposals';
import { readinessFromIndex } from '../aggregation/readiness';
import { fromHundredths } from '../aggregation/rounding';
import { type AggregationInput } from '../aggregation/types';
import { type Unit } from '../organisation/types';
import { destination, resolveChoices } from './choices';
import {
  type AreaMoves,
  type ScenarioChoice,
  type ScenarioDefinition,
  type ScenarioOutcome,
  type UnitLoss,
} from './types';

// A scenario is worked out from the same one-pass index as the dashboard, with each counted line's own staff kept
// (`buildIndex(input, { staff: true })`). The moves are summed in whole hundredths, as the index is, and the
// "after" matrix and inequality come from a copy of the index with the sektorer's sums moved, through the same
// functions that give the dashboard's: so "before" is the dashboard, and a scenario that moves nothing changes
// nothing, by construction rather than by a second implementation.

/** Moves of one area, hundredths, per function index. */
interface MoveAcc {
  readonly area: AreaAcc;
  readonly toSektor: number[];
  readonly toCentral: number[];
}

interface Moving {
  readonly row: StaffRow;
  readonly unit: Unit;
  readonly to: 'sektor' | 'central';
}

function moveAcc(area: AreaAcc, functions: number): MoveAcc {
  return {
    area,
    toSektor: new Array<number>(functions).fill(0),
    toCentral: new Array<number>(functions).fill(0),
  };
}

function add(counters: number[], index: number, by: number): void {
  counters[index] = (counters[index] ?? 0) + by;
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

function areaMoves(
  acc: MoveAcc,
  context: { functionIds: readonly string[]; keepsGathered: boolean },
): AreaMoves {
  const { area, toSektor, toCentral } = acc;
  const gathered = sum(toSektor);
  const centralised = sum(toCentral);
  const leaving = context.keepsGathered ? centralised : gathered + centralised;
  return {
    level: area.level === 'kontor' ? 'kontor' : 'sektor',
    id: area.id,
    name: area.name,
    sektorId: area.sektorId ?? area.id,
    supportBefore: fromHundredths(area.supportArsarbetare),
    supportAfter: fromHundredths(area.supportArsarbetare - leaving),
    toSektor: fromHundredths(gathered),
    toCentral: fromHundredths(centralised),
    functions: context.functionIds.flatMap((functionId, i) => {
      const [s, c] = [toSektor[i] ?? 0, toCentral[i] ?? 0];
      return s === 0 && c === 0
        ? []
        : [{ functionId, toSektor: fromHundredths(s), toCentral: fromHundredths(c) }];
    }),
  };
}

function unitLosses(moving: readonly Moving[], functionIds: readonly string[]): UnitLoss[] {
  const byUnit = new Map<number, Moving[]>();
  // A line that names a function with nobody in it holds no support of the unit's own to lose.
  for (const move of moving.filter((m) => m.row.persons > 0 || m.row.arsarbetare > 0)) {
    const list = byUnit.get(move.row.unitIndex) ?? [];
    list.push(move);
    byUnit.set(move.row.unitIndex, list);
  }
  return [...byUnit.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, moves]) => {
      const { unit } = moves[0] as Moving;
      return {
        unitId: unit.id,
        unitName: unit.name,
        sektorId: unit.sektorId,
        kontorId: unit.kontorId,
        functions: [...moves]
          .sort((a, b) => a.row.functionIndex - b.row.functionIndex)
          .map(({ row, to }) => ({
            functionId: functionIds[row.functionIndex] ?? '',
            persons: row.persons,
            arsarbetare: fromHundredths(row.arsarbetare),
            to,
          })),
      };
    });
}

/** The sektorer's running sums after the moves, for the "after" matrix and inequality. */
function movedSektorer(
  index: AggregationIndex,
  context: { readonly moving: readonly Moving[]; readonly sektorLevelReceives: boolean },
): Map<string, AreaAcc> {
  const receiver = new Map([...index.sektorer].map(([id, s]) => [id, [...s.receiver]]));
  const centralised = new Map<string, number>();
  for (const { row, unit, to } of context.moving) {
    const present = receiver.get(unit.sektorId);
    if (present === undefined) continue;
    const receivesAfter = to === 'sektor' && context.sektorLevelReceives;
    const sign = (receivesAfter ? 1 : 0) - (row.receiving ? 1 : 0);
    for (const [requirement, hundredths] of row.receiver) add(present, requirement, sign * hundredths);
    if (to === 'central')
      centralised.set(unit.sektorId, (centralised.get(unit.sektorId) ?? 0) + row.arsarbetare);
  }
  return new Map(
    [...index.sektorer].map(([id, s]) => [
      id,
      {
        ...s,
        receiver: receiver.get(id) ?? s.receiver,
        supportArsarbetare: s.supportArsarbetare - (centralised.get(id) ?? 0),
      },
    ]),
  );
}

/**
 * What a scenario would move, from an index built with its staff rows (`buildIndex(input, { staff: true })`):
 * per sektor and kontor the FTE gathered in the sektor or centralised, the units that would lose support sitting
 * in their own unit, and the mottagare matrix and the inequality before and after.
 */
export function scenarioOutcome(index: ScenarioBase, scenario: ScenarioDefinition): ScenarioOutcome {
  const { config } = index;
  const functionIds = config.taxonomy.functions.map((f) => f.id);
  const choices: ScenarioChoice[] = resolveChoices(scenario, {
    config,
    proposals: proposalsFromIndex(index).kommun,
  });
  const sektorer = new Map([...index.sektorer].map(([id, s]) => [id, moveAcc(s, functionIds.length)]));
  const kontor = new Map([...index.kontor].map(([id, k]) => [id, moveAcc(k, functionIds.length)]));
  const moving: Moving[] = [];
  for (const row of index.staff) {
    const { unit } = index.unitStatuses[row.unitIndex] ?? {};
    const choice = choices[row.functionIndex];
    if (unit === undefined || choice === undefined) continue;
    const to = destination(row, unit, choice.placement);
    if (to === null) continue;
    moving.push({ row, unit, to });
    const counters = to === 'sektor' ? 'toSektor' : 'toCentral';
    const office = unit.kontorId === null ? undefined : kontor.get(unit.kontorId);
    for (const area of [sektorer.get(unit.sektorId), office]) {
      if (area !== undefined) add(area[counters], row.functionIndex, row.arsarbetare);
    }
  }
  const sektorLevelReceives = config.receiverProfile.countedUnitKinds.includes('sektor');
  const after: AggregationIndex = {
    ...index,
    sektorer: movedSektorer(index, { moving, sektorLevelReceives }),
  };
  const centralised = sum(moving.filter((m) => m.to === 'central').map((m) => m.row.arsarbetare));
  return {
    scenario,
    choices,
    totalArsarbetare: fromHundredths(index.kommun.supportArsarbetare),
    centralised: fromHundredths(centralised),
    sektorer: [...sektorer.values()].map((acc) => areaMoves(acc, { functionIds, keepsGathered: true })),
    kontor: [...kontor.values()].map((acc) => areaMoves(acc, { functionIds, keepsGathered: false })),
    unitLosses: unitLosses(moving, functionIds),
    readiness: { before: readinessFromIndex(index), after: readinessFromIndex(after) },
    inequality: { before: inequalityFromIndex(index), after: inequalityFromIndex(after) },
  };
}

/** A period's answers indexed for scenarios: what `scenarioOutcome` counts from, each time without reading again. */
export type ScenarioBase = AggregationIndex;

/** The index of a period's answers with each counted line's own staff: one pass, O(units + lines). */
export function buildScenarioBase(input: AggregationInput): ScenarioBase {
  return buildIndex(input, { staff: true });
}

/** The outcomes of several scenarios over one period's answers, indexed once. */
export function scenarioOutcomes(
  input: AggregationInput,
  scenarios: readonly ScenarioDefinition[],
): ScenarioOutcome[] {
  const base = buildScenarioBase(input);
  return scenarios.map((scenario) => scenarioOutcome(base, scenario));
}
