import { type SPFI } from '@pnp/sp';
import { type MunicipalityConfig } from '../../domain/config/types';
import { type Inventory } from '../../domain/inventory/types';
import { type Unit } from '../../domain/organisation/types';
import { normaliseUpn } from '../../domain/organisation/upn';
import { type Period } from '../../domain/periods';
import { type IgnoredItem } from '../../domain/ports';
import { folderRootsOf } from '../lists';
import { decisionPartitionOf } from '../mapping/decisions';
import { inventoryFromItem } from '../mapping/inventories';
import { partitionOf } from '../mapping/lines';
import { and, eq } from '../odata';
import { outdatedApprovals } from './outdatedApprovals';
import { assembleInventories } from './assemble';
import { readGroups, type CollectionQuery } from '../batch';
import { configurationFrom, configurationQueries } from './configuration';
import { unitsFromItems } from './organisationRepository';
import { decisionsWhere, inventoriesWhere, linesWhere, unitsQuery } from './queries';

/** The lines of inventories, read by their partitions (one query per partition, ≤ 100 per `$batch`). */
export function linesByPartition(
  inventories: readonly Pick<Inventory, 'periodId' | 'sektorId' | 'kontorId'>[],
): CollectionQuery[] {
  const partitions = new Set(inventories.map(partitionOf));
  return [...partitions].sort().map((p) => linesWhere(eq('Partition', p)));
}

/** The decisions on inventories, read by sektor (one query per sektor and period). */
export function decisionsByPartition(
  inventories: readonly Pick<Inventory, 'periodId' | 'sektorId'>[],
): CollectionQuery[] {
  const partitions = new Set(inventories.map(decisionPartitionOf));
  return [...partitions].sort().map((p) => decisionsWhere(eq('Partition', p)));
}

/** A period as read for the dashboards and lists: the organisation and the readable inventories. */
export interface PeriodRead {
  readonly config: MunicipalityConfig;
  readonly periods: Period[];
  /** Every unit of the organisation. */
  readonly units: Unit[];
  /** The period's inventories the signed-in user may read (of one sektor, when asked), assembled. */
  readonly inventories: Inventory[];
  /** Items left out (`assembleInventories`). */
  readonly ignored: IgnoredItem[];
}

/**
 * A period in 1 + ⌈(partitions + sektorer) / 100⌉ requests: one `$batch` with the configuration lists,
 * Organisation and the period's Inventeringar (indexed PeriodId first, then SektorCode), then the lines by
 * Partition (`<period>:<kontor or sektor>`, indexed) and the decisions by sektor, 100 queries per `$batch`.
 * The partitions are those the inventory items name; an item whose columns were rewritten only loses its own
 * lines, never gains another unit's (an item counts only in its unit's folder). When an inventory changed after
 * its latest approval, one more round of ⌈such approvals / 2,500⌉ requests reads the figures those approvals
 * kept (`withApprovedFigures`); with none, not a request more.
 */
export async function readPeriod(
  sp: SPFI,
  query: { readonly periodId: string; readonly sektorId?: string },
): Promise<PeriodRead> {
  const { periodId, sektorId } = query;
  const filter =
    sektorId === undefined
      ? eq('PeriodId', periodId)
      : and(eq('PeriodId', periodId), eq('SektorCode', sektorId));
  const first = await readGroups(sp, {
    config: configurationQueries,
    // The whole tree even for one sektor: the derived sektor and kontor of each unit need every ancestor.
    units: [unitsQuery],
    inventories: [inventoriesWhere(filter)],
  });
  const { config, periods, functionOrder } = await configurationFrom(first.config);
  const units = unitsFromItems(first.units.flat());
  const inventoryItems = first.inventories.flat();
  // Scope columns only route the reads; whatever they say, an item counts only in its own unit's folder.
  const scopes = inventoryItems.flatMap((item) => {
    try {
      return [inventoryFromItem(item).inventory];
    } catch {
      return [];
    }
  });
  const second =
    scopes.length === 0
      ? { lines: [], decisions: [] }
      : await readGroups(sp, { lines: linesByPartition(scopes), decisions: decisionsByPartition(scopes) });
  const managers = new Map(units.map((u) => [u.id, u.manager === null ? null : normaliseUpn(u.manager.upn)]));
  const assembled = assembleInventories({
    inventoryItems,
    lineItems: second.lines.flat(),
    decisionItems: second.decisions.flat(),
    functionOrder,
    roots: folderRootsOf(sp),
    managers,
  });
  return withFiguresOfOutdatedApprovals(sp, { config, periods, units, ...assembled }, managers);
}

/**
 * A read period with the figures of the approvals its answers have moved on from (`withApprovedFigures`); that
 * reader loads only when an approval needs it.
 */
export async function withFiguresOfOutdatedApprovals(
  sp: SPFI,
  read: PeriodRead,
  managers: ReadonlyMap<string, string | null>,
): Promise<PeriodRead> {
  if (outdatedApprovals(read.inventories, managers).length === 0) return read;
  const { withApprovedFigures } = await import('./approvedFigures');
  const { inventories, ignored } = await withApprovedFigures(sp, { ...read, managers });
  return { ...read, inventories, ignored: [...read.ignored, ...ignored] };
}
