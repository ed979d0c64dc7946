import { type SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import { type MunicipalityConfig } from '../../domain/config/types';
import { emptyInventory } from '../../domain/inventory/create';
import { type Unit } from '../../domain/organisation/types';
import { type Period } from '../../domain/periods';
import { atEdge } from '../errors';
import { listByKey } from '../lists';
import { inventoryCreationValues } from '../mapping/summary';
import { lineCreationValues, partitionOf } from '../mapping/lines';
import { itemIdOf, type SpItem, textOrNull } from '../mapping/values';
import { eq } from '../odata';
import { pageSize, readAll, runInBatches, type BatchOperation, type CollectionQuery } from '../batch';
import { addInUnitFolder, scopeNames } from '../repositories/creation';
import { requireAllSucceeded, type ProgressListener } from './outcomes';

/** Options for `createPeriodInventories`. */
export interface CreatePeriodInventoriesOptions {
  /** The period to create inventories for. */
  readonly period: Period;
  /** The whole organisation (names of sektorer and kontor are copied from it); units without a manager are skipped. */
  readonly units: readonly Unit[];
  /** The configuration: one line per function of its taxonomy. */
  readonly config: MunicipalityConfig;
  /** Called after each `$batch` with the units done and the units to do. */
  readonly onProgress?: ProgressListener;
}

/** What `createPeriodInventories` did. */
export interface CreatePeriodInventoriesResult {
  /** Inventory items created. */
  readonly created: number;
  /** Inventory items that were there already. */
  readonly existing: number;
  /** Existing inventories whose manager was changed to the unit's current manager. */
  readonly updated: number;
  /** Line items created (for new inventories, and missing lines of existing ones). */
  readonly linesCreated: number;
}

function existingInventories(periodId: string): CollectionQuery {
  return (sp) =>
    listByKey(sp, 'inventeringar')
      .items.select('ID', 'InventoryKey', 'SektorCode', 'KontorCode', 'ManagerUpn', 'ManagerName')
      .filter(eq('PeriodId', periodId))
      .top(pageSize);
}
function existingLines(partition: string): CollectionQuery {
  return (sp) =>
    listByKey(sp, 'inventeringsrader')
      .items.select('ID', 'InventoryKey', 'FunctionId')
      .filter(eq('Partition', partition))
      .top(pageSize);
}

/**
 * Creates, for every unit with a manager, its inventory of the period and one line per configured function,
 * INSIDE the unit's folder in Inventeringar and Inventeringsrader (the folders exist: `ensureUnitAccess` made
 * them), so they carry the folder's permissions. Idempotent and resumable: it first reads what exists (the
 * period's inventories and the lines of the units' partitions) and creates only what is missing, so a run
 * after an interruption finishes the job and a second run writes nothing — except that an existing inventory
 * whose unit has a new manager gets the new ManagerUpn/ManagerName. Writes in `$batch`es of ≤ 100.
 * @throws AppError `notFound` when a unit's folder is missing; any failure after the others are stored.
 */
export function createPeriodInventories(
  sp: SPFI,
  options: CreatePeriodInventoriesOptions,
): Promise<CreatePeriodInventoriesResult> {
  return atEdge(async () => {
    const { period, units, config, onProgress } = options;
    const byId = new Map(units.map((u) => [u.id, u]));
    const managed = units.filter((u) => u.manager !== null).sort((a, b) => a.id.localeCompare(b.id));
    const inventories = managed.map((unit) => ({ unit, inventory: emptyInventory(unit, period.id) }));
    const [found = []] = await readAll(sp, [existingInventories(period.id)]);
    // Lines sit in the partition their inventory had when created, which differs from the unit's current one if
    // the unit has moved since; both are read, so no line is ever created twice.
    const partitions = new Set(inventories.map(({ inventory }) => partitionOf(inventory)));
    for (const item of found) {
      const kontor = textOrNull(typeof item.KontorCode === 'string' ? item.KontorCode : null);
      partitions.add(
        partitionOf({ periodId: period.id, sektorId: String(item.SektorCode), kontorId: kontor }),
      );
    }
    const lineResults = await readAll(sp, [...partitions].sort().map(existingLines));
    // Keys compared without case, as SharePoint compares the unit folders' names: `e1159` is E1159's.
    const keyOf = (inventoryKey: unknown, functionId?: unknown) =>
      `${String(inventoryKey)}|${functionId === undefined ? '' : String(functionId)}`.toLowerCase();
    const existing = new Map<string, SpItem>(found.map((item) => [keyOf(item.InventoryKey), item]));
    const lines = new Set(lineResults.flat().map((item) => keyOf(item.InventoryKey, item.FunctionId)));

    const operations: BatchOperation<unknown>[] = [];
    const lastOperationOfUnit: number[] = [];
    let created = 0;
    let updated = 0;
    let linesCreated = 0;
    for (const { unit, inventory } of inventories) {
      const names = scopeNames(unit, byId);
      const item = existing.get(keyOf(inventory.id));
      if (item === undefined) {
        created++;
        operations.push((b) =>
          addInUnitFolder(b, {
            list: 'inventeringar',
            unitCode: unit.id,
            values: inventoryCreationValues(inventory, names),
            describe: `the inventory ${inventory.id}`,
          }),
        );
      } else if (
        textOrNull(String(item.ManagerUpn ?? '')) !== inventory.managerUpn ||
        textOrNull(String(item.ManagerName ?? '')) !== names.managerName
      ) {
        updated++;
        const id = itemIdOf(item);
        const body = { ManagerUpn: inventory.managerUpn, ManagerName: names.managerName };
        operations.push((b) => listByKey(b, 'inventeringar').items.getById(id).update(body));
      }
      for (const fn of config.taxonomy.functions) {
        if (lines.has(keyOf(inventory.id, fn.id))) continue;
        linesCreated++;
        operations.push((b) =>
          addInUnitFolder(b, {
            list: 'inventeringsrader',
            unitCode: unit.id,
            values: lineCreationValues({ inventory, fn, names }),
            describe: `the line ${fn.id} of ${inventory.id}`,
          }),
        );
      }
      lastOperationOfUnit.push(operations.length);
    }
    const unitsDone = (done: number): number => lastOperationOfUnit.filter((last) => last <= done).length;
    onProgress?.(unitsDone(0), inventories.length);
    const outcomes = await runInBatches(sp, operations, {
      onBatch: (done) => onProgress?.(unitsDone(done), inventories.length),
    });
    await requireAllSucceeded(outcomes, `the inventories of ${period.id}`);
    return { created, existing: inventories.length - created, updated, linesCreated };
  });
}
