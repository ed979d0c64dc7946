import { type SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import { AppError } from '../../domain/errors';
import { type Inventory } from '../../domain/inventory/types';
import { atEdge } from '../errors';
import { listByKey } from '../lists';
import { inventoryToItem, inventoryWrittenColumns } from '../mapping/inventories';
import { lineToItem, partitionOf } from '../mapping/lines';
import { type ItemBody, itemDiffers, itemIdOf, type SpItem } from '../mapping/values';
import { eq } from '../odata';
import {
  pageSize,
  readAll,
  writeBatched,
  type CollectionQuery,
  type WriteOperation,
} from '../repositories/batch';
import { linesWhere } from '../repositories/queries';
import { requireAllSucceeded, type ProgressListener } from './outcomes';

/** Options for `writeInventories`. */
export interface WriteInventoriesOptions {
  /** Called after each `$batch` with the writes done and the writes to do. */
  readonly onProgress?: ProgressListener;
}

const inventoryColumns = ['ID', 'InventoryKey', ...inventoryWrittenColumns];

function periodInventories(periodId: string): CollectionQuery {
  return (sp) =>
    listByKey(sp, 'inventeringar')
      .items.select(...inventoryColumns)
      .filter(eq('PeriodId', periodId))
      .top(pageSize);
}

/**
 * Writes inventories' answers and statuses over their existing items (the demo seed): the inventory item's
 * status, review and first-line columns, and every line's answers, with IF-MATCH `*` (the seed owns the data).
 * Only items whose values differ are written, so a second run writes nothing. SharePoint keeps Modified and
 * Editor itself; `updatedAt`/`updatedBy` are not written.
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
    const partitions = [...new Set(inventories.map(partitionOf))].sort();
    const results = await readAll(sp, [
      ...periods.map(periodInventories),
      ...partitions.map((p) => linesWhere(eq('Partition', p))),
    ]);
    const items = new Map<string, SpItem>(
      results
        .slice(0, periods.length)
        .flat()
        .map((item) => [String(item.InventoryKey), item]),
    );
    const lines = new Map<string, SpItem>(
      results
        .slice(periods.length)
        .flat()
        .map((item) => [`${String(item.InventoryKey)}|${String(item.FunctionId)}`, item]),
    );
    const operations: WriteOperation<unknown>[] = [];
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
      write('inventeringar', item, inventoryToItem(inventory));
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
    options.onProgress?.(0, operations.length);
    const outcomes = await writeBatched(sp, operations, { onBatch: options.onProgress });
    await requireAllSucceeded(outcomes, 'the inventories');
  });
}
