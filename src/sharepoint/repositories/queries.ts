import { type SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import { type Inventory } from '../../domain/inventory/types';
import { listByKey } from '../lists';
import { functionSelect } from '../mapping/functions';
import {
  inventoryExpand,
  inventoryFromItem,
  inventorySelect,
  inventoryToItem,
  withLines,
} from '../mapping/inventories';
import { lineFromItem, lineSelect, lineToItem } from '../mapping/lines';
import { organisationSelect } from '../mapping/organisation';
import { periodSelect } from '../mapping/periods';
import { requirementSelect } from '../mapping/receiverProfile';
import { settingSelect } from '../mapping/settings';
import { fingerprint, itemVersion, type SpItem } from '../mapping/values';
import { encodeVersion, type ItemState } from '../mapping/version';
import { AppError } from '../../domain/errors';
import { validationIssue } from '../../domain/validation/issues';
import { type ListKey } from '../schema/types';
import { pageSize, type CollectionQuery } from './batch';

// Every read the repositories make, as fresh chains. Each list query that can grow filters on an indexed column
// first (docs/data-model.md, "Queries and their request budgets") and pages by 5,000.

function all(key: ListKey, select: readonly string[]): CollectionQuery {
  return (sp: SPFI) =>
    listByKey(sp, key)
      .items.select(...select)
      .top(pageSize);
}

/** Every period. */
export const periodsQuery = all('perioder', periodSelect);
/** Every setting. */
export const settingsQuery = all('installningar', settingSelect);
/** Every support function. */
export const functionsQuery = all('stodfunktioner', functionSelect);
/** Every mottagare requirement. */
export const requirementsQuery = all('mottagarprofil', requirementSelect);
/** Every unit (paged by ID, 5,000 a page). */
export const unitsQuery = all('organisation', organisationSelect);

/** Units matching an OData filter whose first clause is on an indexed column. */
export function unitsWhere(filter: string): CollectionQuery {
  return (sp) => unitsQuery(sp).filter(filter);
}

/** Inventories matching an OData filter whose first clause is on an indexed column. */
export function inventoriesWhere(filter: string): CollectionQuery {
  return (sp) =>
    listByKey(sp, 'inventeringar')
      .items.select(...inventorySelect)
      .expand(...inventoryExpand)
      .filter(filter)
      .top(pageSize);
}

/** Inventory lines matching an OData filter whose first clause is on an indexed column. */
export function linesWhere(filter: string): CollectionQuery {
  return (sp) =>
    listByKey(sp, 'inventeringsrader')
      .items.select(...lineSelect)
      .filter(filter)
      .top(pageSize);
}

function stateOf(item: SpItem, id: number, body: Record<string, unknown>): ItemState {
  return [id, itemVersion(item) ?? 0, fingerprint(body)];
}

/**
 * Inventories from their items and their lines' items, each with its lines (in the configuration's order) and
 * a version holding every item's ID, ETag version and fingerprint. Lines of inventories not among `inventories`
 * are left out (a reviewer may read lines of more units than they asked for).
 * @throws AppError `invalid` naming the item when an item cannot be read or a function has two lines.
 */
export function assembleInventories(read: {
  /** Inventeringar items. */
  readonly inventoryItems: readonly SpItem[];
  /** Inventeringsrader items (of these inventories and maybe others). */
  readonly lineItems: readonly SpItem[];
  /** Each function's position in the taxonomy. */
  readonly functionOrder: ReadonlyMap<string, number>;
}): Inventory[] {
  const { inventoryItems, lineItems, functionOrder } = read;
  const byKey = new Map<
    string,
    { lines: Map<string, ItemState>; stored: ReturnType<typeof lineFromItem>[] }
  >();
  const stored = inventoryItems.map((item) => ({ item, ...inventoryFromItem(item) }));
  for (const { inventory } of stored) byKey.set(inventory.id, { lines: new Map(), stored: [] });
  for (const item of lineItems) {
    const line = lineFromItem(item);
    const entry = byKey.get(line.inventoryKey);
    if (entry === undefined) continue;
    if (entry.lines.has(line.line.functionId)) {
      throw new AppError('invalid', {
        message: `Inventeringsrader item ${line.itemId} is a second line for ${line.line.functionId} in ${line.inventoryKey}.`,
        issues: [
          validationIssue('duplicateLine', {
            path: `Inventeringsrader.${line.itemId}.FunctionId`,
            params: { id: line.line.functionId },
          }),
        ],
      });
    }
    entry.lines.set(line.line.functionId, stateOf(item, line.itemId, lineToItem(line.line)));
    entry.stored.push(line);
  }
  return stored.map(({ item, itemId, inventory }) => {
    const entry = byKey.get(inventory.id)!;
    const version = encodeVersion({
      item: stateOf(item, itemId, inventoryToItem(inventory)),
      lines: Object.fromEntries(entry.lines),
    });
    return withLines({ ...inventory, version }, { lines: entry.stored.map((s) => s.line), functionOrder });
  });
}
