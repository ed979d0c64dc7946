import { type SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import { type Unit } from '../../domain/organisation/types';
import { unitCodeKey } from '../../domain/organisation/unitCodes';
import { atEdge } from '../errors';
import { listByKey } from '../lists';
import { unitToItem } from '../mapping/organisation';
import { itemDiffers, itemIdOf, type SpItem } from '../mapping/values';
import { readAll, runInBatches, type BatchOperation } from '../batch';
import { unitsQuery } from '../repositories/queries';
import { requireAllSucceeded, type ProgressListener } from './outcomes';

/** What `upsertUnits` did. */
export interface UpsertUnitsResult {
  /** Units added to Organisation. */
  readonly created: number;
  /** Units whose item was changed. */
  readonly updated: number;
  /** Units whose item already held exactly these values (not written). */
  readonly unchanged: number;
}

/**
 * Makes the Organisation items of `units` hold their values, keyed by UnitCode in any case: adds new units,
 * updates changed ones, leaves unchanged ones alone (a second run writes nothing). Units not in `units` are kept —
 * inventories refer to them; the import decides about removals. Reads all units once, then writes in `$batch`es
 * of ≤ 100.
 * @throws AppError when a write fails (the others are stored; running again finishes the job).
 */
export function upsertUnits(
  sp: SPFI,
  units: readonly Unit[],
  options: { readonly onProgress?: ProgressListener } = {},
): Promise<UpsertUnitsResult> {
  return atEdge(async () => {
    const [items = []] = await readAll(sp, [unitsQuery]);
    // By code without regard to case: UnitCode is unique in SharePoint's sense, so adding `e1159` next to
    // `E1159` would fail on every run.
    const byCode = new Map<string, SpItem>();
    for (const item of items) {
      const key = unitCodeKey(String(item.UnitCode));
      if (!byCode.has(key)) byCode.set(key, item);
    }
    const operations: BatchOperation<unknown>[] = [];
    let created = 0;
    let updated = 0;
    for (const unit of units) {
      const body = unitToItem(unit);
      const existing = byCode.get(unitCodeKey(unit.id));
      if (existing === undefined) {
        created++;
        operations.push((b) => listByKey(b, 'organisation').items.add(body));
      } else if (itemDiffers(existing, body)) {
        updated++;
        const id = itemIdOf(existing);
        operations.push((b) => listByKey(b, 'organisation').items.getById(id).update(body));
      }
    }
    options.onProgress?.(0, operations.length);
    const outcomes = await runInBatches(sp, operations, { onBatch: options.onProgress });
    await requireAllSucceeded(outcomes, 'Organisation');
    return { created, updated, unchanged: units.length - created - updated };
  });
}
