import { type SPFI } from '@pnp/sp';
import { type SupportFunction } from '../../domain/config/types';
import { AppError } from '../../domain/errors';
import { type Inventory } from '../../domain/inventory/types';
import { runInBatches, readGroups, valuesOf, type BatchOperation, type CollectionQuery } from '../batch';
import { toAppError } from '../errors';
import { inventoryCreationValues } from '../mapping/summary';
import { lineCreationValues, type ScopeNames } from '../mapping/lines';
import { unitFromItem } from '../mapping/organisation';
import { type InventoryState, type ItemState } from '../mapping/version';
import { eq } from '../odata';
import { configurationFrom, configurationQueries } from './configuration';
import { addInUnitFolder, scopeNames } from './creation';
import { unitsWhere } from './queries';

// Creating items in a unit's folder, and what creation and decisions copy onto them (the unit's names), in a
// module the repository loads on first use: a manager's tab opens without it (bench/bundle). Inventories and lines
// are created when a period starts (createPeriodInventories); a save creates one only for a unit added since or a
// function added to the taxonomy, and a reviewer's decision is an item created here.

/**
 * The configuration, the inventory's unit with the names of it, its sektor and kontor (which items copy for
 * SharePoint's views), and `extra` reads, all in one request.
 * @throws AppError `notFound` when the unit is not in Organisation.
 */
export async function withUnit<K extends string>(
  sp: SPFI,
  inventory: Inventory,
  extra: Readonly<Record<K, CollectionQuery[]>>,
) {
  const codes = new Set([
    inventory.unitId,
    inventory.sektorId,
    ...(inventory.kontorId ? [inventory.kontorId] : []),
  ]);
  const read = await readGroups(sp, {
    ...extra,
    scopeConfig: configurationQueries,
    scopeUnits: [...codes].map((code) => unitsWhere(eq('UnitCode', code))),
  });
  const units = new Map(
    read.scopeUnits
      .flat()
      .map(unitFromItem)
      .map((u) => [u.id, u]),
  );
  const unit = units.get(inventory.unitId);
  if (unit === undefined)
    throw new AppError('notFound', { message: `Unit ${inventory.unitId} is not in Organisation.` });
  return {
    read,
    configuration: await configurationFrom(read.scopeConfig),
    unit,
    names: scopeNames(unit, units),
  };
}

/**
 * Runs creations in `$batch`es of 100 and gives the new items' IDs.
 * @throws AppError for the first creation that failed.
 */
export async function createAll(sp: SPFI, operations: readonly BatchOperation<number>[]): Promise<number[]> {
  const outcomes = await runInBatches(sp, operations);
  const failed = outcomes.find((o) => !o.ok);
  if (failed && !failed.ok) throw await toAppError(failed.error);
  return valuesOf(outcomes);
}

/** The names and function labels creation copies onto items, read in one request. */
async function creationContext(sp: SPFI, inventory: Inventory) {
  const { configuration, names } = await withUnit(sp, inventory, {});
  return { config: configuration.config, names };
}

/**
 * Creates the inventory's item and its lines' items in its unit's folder (two requests) and gives their state: a
 * version for items that do not hold the answer yet (fingerprint ''), so that the save writes them.
 */
export async function createItems(sp: SPFI, inventory: Inventory): Promise<InventoryState> {
  const { config, names } = await creationContext(sp, inventory);
  const functions = config.taxonomy.functions.filter((fn) =>
    inventory.lines.some((l) => l.functionId === fn.id),
  );
  const operations: BatchOperation<number>[] = [
    (b) =>
      addInUnitFolder(b, {
        list: 'inventeringar',
        unitCode: inventory.unitId,
        values: inventoryCreationValues(inventory, names),
        describe: inventory.id,
      }),
    ...lineCreations(inventory, { functions, names }),
  ];
  const ids = await createAll(sp, operations);
  return {
    item: [ids[0]!, 1, ''],
    lines: Object.fromEntries(functions.map((fn, i) => [fn.id, [ids[i + 1]!, 1, ''] as ItemState])),
    answer: 'notStarted',
  };
}

/** Creates the items of lines the inventory has no item for (two requests) and gives the state with them. */
export async function createLineItems(
  sp: SPFI,
  request: { inventory: Inventory; state: InventoryState; functionIds: readonly string[] },
): Promise<InventoryState> {
  const { inventory, state, functionIds } = request;
  const { config, names } = await creationContext(sp, inventory);
  const functions = functionIds.map(
    (id) => config.taxonomy.functions.find((fn) => fn.id === id) ?? { id, label: { sv: id, en: id } },
  );
  const ids = await createAll(sp, lineCreations(inventory, { functions, names }));
  const lines = { ...state.lines };
  functions.forEach((fn, i) => {
    lines[fn.id] = [ids[i]!, 1, ''];
  });
  return { ...state, lines };
}

/** One operation per function that creates its line item in the unit's folder (the ID comes back). */
function lineCreations(
  inventory: Inventory,
  { functions, names }: { functions: readonly Pick<SupportFunction, 'id' | 'label'>[]; names: ScopeNames },
): BatchOperation<number>[] {
  return functions.map(
    (fn) => (b) =>
      addInUnitFolder(b, {
        list: 'inventeringsrader',
        unitCode: inventory.unitId,
        values: lineCreationValues({ inventory, fn, names }),
        describe: `${inventory.id} ${fn.id}`,
      }),
  );
}
