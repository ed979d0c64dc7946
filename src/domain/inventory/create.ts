import { type Unit } from '../organisation/types';
import { type FirstLineSection, type Inventory, type InventoryLine } from './types';

/** The id of a unit's inventory in a period; stable, so the same inventory is found again. */
export function inventoryId(periodId: string, unitId: string): string {
  return `${periodId}:${unitId}`;
}

/** A not-started inventory for a unit in a period, carrying the unit's sektor, kontor and manager. */
export function emptyInventory(unit: Unit, periodId: string): Inventory {
  return {
    id: inventoryId(periodId, unit.id),
    periodId,
    unitId: unit.id,
    sektorId: unit.sektorId,
    kontorId: unit.kontorId,
    managerUpn: unit.manager?.upn ?? null,
    status: 'notStarted',
    version: '',
    revision: '',
    decisions: [],
    lines: [],
    firstLine: null,
    updatedAt: null,
    updatedBy: null,
    submittedBy: null,
    submittedAt: null,
  };
}

/** An unanswered line for a function. */
export function emptyLine(functionId: string): InventoryLine {
  return {
    functionId,
    persons: null,
    arsarbetare: null,
    roles: [],
    supportLocations: [],
    quality: null,
    competenceNow: null,
    competenceNeeded: null,
    competenceGap: '',
    placement: null,
    comment: '',
  };
}

/** An unanswered first-line section. */
export function emptyFirstLine(): FirstLineSection {
  return { adminHours: {}, chefsnaraStodArsarbetare: null, medarbetarspann: null, lackingSupport: '' };
}

/** The inventory's line for a function, or `null` when the function is not answered. */
export function lineFor(inventory: Inventory, functionId: string): InventoryLine | null {
  return inventory.lines.find((line) => line.functionId === functionId) ?? null;
}
