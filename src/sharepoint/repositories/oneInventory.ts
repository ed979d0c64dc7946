import { AppError } from '../../domain/errors';
import { type Inventory } from '../../domain/inventory/types';
import { type Unit } from '../../domain/organisation/types';
import { normaliseUpn } from '../../domain/organisation/upn';
import { validationIssue } from '../../domain/validation/issues';
import { type CollectionQuery } from '../batch';
import { eq } from '../odata';
import { type Assembled } from './assemble';
import { decisionsWhere, inventoriesWhere, linesWhere } from './queries';

// What reading one inventory takes, for the repository and for deciding (./decide.ts, loaded on demand).

/** Everything about one inventory, by its key: its item, its lines and its decisions. */
export function oneInventory(key: string): {
  inventory: CollectionQuery[];
  lines: CollectionQuery[];
  decisions: CollectionQuery[];
} {
  return {
    inventory: [inventoriesWhere(eq('InventoryKey', key))],
    lines: [linesWhere(eq('InventoryKey', key))],
    decisions: [decisionsWhere(eq('InventoryKey', key))],
  };
}

/** Each unit's manager, for the rule that nobody decides on their own inventory. */
export function managersOf(units: readonly Unit[]): Map<string, string | null> {
  return new Map(units.map((u) => [u.id, u.manager === null ? null : normaliseUpn(u.manager.upn)]));
}

/**
 * The inventory of `key` among assembled ones; a damaged one (an unreadable item, a second line for a function)
 * is reported as it was read, since the form cannot work on it.
 * @throws AppError `invalid` naming the item.
 */
export function assembledOne(assembled: Assembled, key: string): Inventory | null {
  const damaged = assembled.ignored.find((i) => i.claims === key && i.reason !== 'outsideUnitFolder');
  if (damaged !== undefined) {
    throw (
      damaged.error ??
      new AppError('invalid', {
        message: `${damaged.list} item ${damaged.itemId} is a second item for ${key} in its unit's folder.`,
        issues: [
          validationIssue('duplicateLine', {
            path: `${damaged.list}.${damaged.itemId}`,
            params: { id: key },
          }),
        ],
      })
    );
  }
  return assembled.inventories.find((i) => i.id === key) ?? null;
}
