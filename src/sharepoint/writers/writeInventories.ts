import { type SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import { AppError } from '../../domain/errors';
import { isAnswerStatus } from '../../domain/inventory/review';
import { type Inventory } from '../../domain/inventory/types';

import { atEdge } from '../errors';
import { loginNameOf } from '../provision/unitAccessState';
import { folderRootsOf, listByKey } from '../lists';
import { decisionCreationValues, pinnedTo } from '../mapping/decisionCreation';
import { inventoryToItem, inventoryWrittenColumns } from '../mapping/inventories';
import { summaryColumn, withSummary } from '../mapping/summary';
import { unitFromItem } from '../mapping/organisation';
import { lineToItem, partitionOf } from '../mapping/lines';
import {
  formValues,
  instantText,
  itemDiffers,
  itemIdOf,
  type ItemBody,
  type SpItem,
} from '../mapping/values';
import { eq } from '../odata';
import { assembleInventories } from '../repositories/assemble';
import { pageSize, readGroups, runInBatches, type BatchOperation, type CollectionQuery } from '../batch';
import { configurationFrom, configurationQueries } from '../repositories/configuration';
import { addInUnitFolder, scopeNames } from '../repositories/creation';
import { inventoriesWhere, linesWhere, unitsQuery } from '../repositories/queries';
import { decisionsByPartition, linesByPartition } from '../repositories/readPeriod';
import { requireAllSucceeded, type ProgressListener } from './outcomes';

/** Options for `writeInventories`. */
export interface WriteInventoriesOptions {
  /** Called after each `$batch` with the writes done and the writes to do. */
  readonly onProgress?: ProgressListener;
}

const inventoryColumns = ['ID', 'InventoryKey', ...inventoryWrittenColumns, summaryColumn];

function periodInventories(periodId: string): CollectionQuery {
  return (sp) =>
    listByKey(sp, 'inventeringar')
      .items.select(...inventoryColumns)
      .filter(eq('PeriodId', periodId))
      .top(pageSize);
}

/** The answer a reviewed inventory was decided on: it had been submitted. */
function answered(inventory: Inventory): Inventory {
  return isAnswerStatus(inventory.status) ? inventory : { ...inventory, status: 'submitted' };
}

/**
 * Writes inventories' answers and decisions over their existing items (the demo seed): the inventory item's
 * answer status and first-line columns and every line's answers, with IF-MATCH `*` (the seed owns the data), then
 * the decisions not yet stored, pinned to the revision the answers now have (an approval with the figures of that
 * answer), in each unit's Granskningsbeslut folder with the decider as Author and the decision's time as Created.
 * Only items whose values differ are written and only missing decisions created, so a second run writes nothing.
 * SharePoint keeps Modified and Editor itself; `updatedAt`/`updatedBy` are not written.
 * @throws AppError `notFound` naming the first inventory or line without an item (run `createPeriodInventories`
 * first); any write failure after the others are stored.
 */
export function writeInventories(
  sp: SPFI,
  inventories: readonly Inventory[],
  options: WriteInventoriesOptions = {},
): Promise<void> {
  return atEdge(async () => {
    const periods = [...new Set(inventories.map((i) => i.periodId))].sort();
    const read = await readGroups(sp, {
      inventories: periods.map(periodInventories),
      lines: [...new Set(inventories.map(partitionOf))].sort().map((p) => linesWhere(eq('Partition', p))),
    });
    const items = new Map<string, SpItem>(
      read.inventories.flat().map((item) => [String(item.InventoryKey), item]),
    );
    const lines = new Map<string, SpItem>(
      read.lines.flat().map((item) => [`${String(item.InventoryKey)}|${String(item.FunctionId)}`, item]),
    );
    const operations: BatchOperation<unknown>[] = [];
    const write = (list: 'inventeringar' | 'inventeringsrader', item: SpItem, body: ItemBody): void => {
      if (!itemDiffers(item, body)) return;
      const id = itemIdOf(item);
      operations.push((b) => listByKey(b, list).items.getById(id).update(body));
    };
    for (const inventory of inventories) {
      const item = items.get(inventory.id);
      if (item === undefined) {
        throw new AppError('notFound', {
          message: `No Inventeringar item for ${inventory.id}; run createPeriodInventories first.`,
        });
      }
      const answer = answered(inventory);
      write('inventeringar', item, withSummary(inventoryToItem(answer), answer));
      for (const line of inventory.lines) {
        const lineItem = lines.get(`${inventory.id}|${line.functionId}`);
        if (lineItem === undefined) {
          throw new AppError('notFound', {
            message: `No Inventeringsrader item for ${line.functionId} of ${inventory.id}; run createPeriodInventories first.`,
          });
        }
        write('inventeringsrader', lineItem, lineToItem(line));
      }
    }
    const decided = inventories.filter((i) => i.decisions.length > 0);
    const total = operations.length + decided.reduce((n, i) => n + i.decisions.length, 0);
    options.onProgress?.(0, total);
    const report = (done: number) => options.onProgress?.(done, total);
    await requireAllSucceeded(await runInBatches(sp, operations, { onBatch: report }), 'the inventories');
    if (decided.length > 0) await writeDecisions(sp, decided, { done: operations.length, report });
  });
}

/**
 * Creates the decisions of `inventories` that are not stored yet, pinned to the revisions stored now; approvals
 * with the figures of the answers stored now, as `decide` stores them.
 */
async function writeDecisions(
  sp: SPFI,
  inventories: readonly Inventory[],
  progress: { readonly done: number; readonly report: (done: number) => void },
): Promise<void> {
  const periods = [...new Set(inventories.map((i) => i.periodId))].sort();
  const read = await readGroups(sp, {
    config: configurationQueries,
    // The names a decision copies for SharePoint's views, as the repository's `decide` copies them.
    units: [unitsQuery],
    inventories: periods.map((p) => inventoriesWhere(eq('PeriodId', p))),
    lines: linesByPartition(inventories),
    decisions: decisionsByPartition(inventories),
  });
  const stored = new Map(
    assembleInventories({
      inventoryItems: read.inventories.flat(),
      lineItems: read.lines.flat(),
      decisionItems: read.decisions.flat(),
      functionOrder: (await configurationFrom(read.config)).functionOrder,
      roots: folderRootsOf(sp),
    }).inventories.map((i) => [i.id, i]),
  );
  const units = new Map(read.units.flat().map((item) => [String(item.UnitCode), unitFromItem(item)]));
  const operations: BatchOperation<number>[] = [];
  for (const inventory of inventories) {
    const now = stored.get(inventory.id);
    const unit = units.get(inventory.unitId);
    if (now === undefined || unit === undefined) {
      throw new AppError('notFound', {
        message: `${inventory.id} cannot be read back to pin its decisions.`,
      });
    }
    const scope = scopeNames(unit, units);
    for (const decision of inventory.decisions.slice(now.decisions.length)) {
      const values = [
        ...decisionCreationValues(now, pinnedTo(now, decision), scope),
        ...formValues({
          Author:
            decision.decidedBy === null ? null : JSON.stringify([{ Key: loginNameOf(decision.decidedBy) }]),
          Created: instantText(decision.decidedAt),
        }),
      ];
      operations.push((b) =>
        addInUnitFolder(b, {
          list: 'granskningsbeslut',
          unitCode: now.unitId,
          values,
          describe: `the decision on ${inventory.id}`,
        }),
      );
    }
  }
  const outcomes = await runInBatches(sp, operations, {
    onBatch: (done) => progress.report(progress.done + done),
  });
  await requireAllSucceeded(outcomes, 'the decisions');
}
