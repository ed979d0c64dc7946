import { type Inventory, type InventoryLine } from '../inventory/types';
import { type Taxonomy } from './types';

// Inventory lines are keyed by function id and stay stored whatever the taxonomy says; a line whose function is
// gone counts nowhere (the aggregation only tallies it as `unknownFunctionLines`). So a function that managers
// have answered on, in any period, is never removed from the taxonomy: it can be renamed or moved instead.

/** Whether a manager has put anything into a line (a figure, a score, a location or a placement view). */
export function isAnsweredLine(line: InventoryLine): boolean {
  return (
    line.persons !== null ||
    line.arsarbetare !== null ||
    line.roles.length > 0 ||
    line.supportLocations.length > 0 ||
    line.quality !== null ||
    line.competenceNow !== null ||
    line.competenceNeeded !== null ||
    line.placement !== null
  );
}

/** The number of answered lines of each function, over the inventories given (every period's, for the rule). */
export function answeredLinesByFunction(inventories: readonly Inventory[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const inventory of inventories) {
    for (const line of inventory.lines) {
      if (isAnsweredLine(line)) counts.set(line.functionId, (counts.get(line.functionId) ?? 0) + 1);
    }
  }
  return counts;
}

/** A function the new taxonomy leaves out although managers have answered on it. */
export interface BlockedRemoval {
  /** The function's id. */
  readonly functionId: string;
  /** How many answered lines it has. */
  readonly answeredLines: number;
}

/** The functions of `before` that `after` leaves out and that have answered lines: the change must not be saved. */
export function blockedRemovals(
  before: Taxonomy,
  after: Taxonomy,
  answered: ReadonlyMap<string, number>,
): BlockedRemoval[] {
  const kept = new Set(after.functions.map((fn) => fn.id));
  return before.functions
    .filter((fn) => !kept.has(fn.id))
    .map((fn) => ({ functionId: fn.id, answeredLines: answered.get(fn.id) ?? 0 }))
    .filter((removal) => removal.answeredLines > 0);
}
