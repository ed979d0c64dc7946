import { type SPFI } from '@pnp/sp';
import { normaliseUpn } from '../../domain/organisation/upn';
import { readGroups } from '../batch';
import { folderRootsOf } from '../lists';
import { inventoryFromItem } from '../mapping/inventories';
import { and, eq } from '../odata';
import { assembleInventories } from './assemble';
import { assembleSummaries } from './assembleSummaries';
import { configurationFrom, configurationQueries } from './configuration';
import { unitsFromItems } from './organisationRepository';
import { inventorySummariesWhere, unitsQuery } from './queries';
import { latestApprovals } from './outdatedApprovals';
import { decisionsByPartition, linesByPartition, type PeriodRead } from './readPeriod';

/**
 * A period's figures as the dashboards count them, from one item per unit: one `$batch` with the configuration
 * lists, Organisation and the period's Inventeringar with their `Summary` (indexed PeriodId first, then
 * SektorCode), then one with the decisions by sektor, then — when any unit has an approval — one with those
 * approvals' own figures (`withApprovedFigures`, 2,500 a request): 3 requests up to 2,500 approved units, 4 at a
 * region's 3,500. Items without a usable summary get their lines read too (one more round, by their partitions
 * only). Inventories' lines carry figures only (no comments) and their `version` is `''`: for counting, not for
 * saving.
 */
export async function readPeriodFigures(
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
    units: [unitsQuery],
    inventories: [inventorySummariesWhere(filter)],
  });
  const { config, periods, functionOrder } = await configurationFrom(first.config);
  const units = unitsFromItems(first.units.flat());
  const inventoryItems = first.inventories.flat();
  const scopes = inventoryItems.flatMap((item) => {
    try {
      return [inventoryFromItem(item).inventory];
    } catch {
      return [];
    }
  });
  const decisionItems =
    scopes.length === 0
      ? []
      : (await readGroups(sp, { decisions: decisionsByPartition(scopes) })).decisions.flat();
  const managers = new Map(units.map((u) => [u.id, u.manager === null ? null : normaliseUpn(u.manager.upn)]));
  const roots = folderRootsOf(sp);
  const summed = assembleSummaries({
    inventoryItems,
    decisionItems,
    roots,
    managers,
    config,
    units: new Map(units.map((u) => [u.id, u])),
  });
  const fallback =
    summed.withoutSummary.length === 0
      ? { inventories: [], ignored: [] }
      : assembleInventories({
          inventoryItems: summed.withoutSummary,
          lineItems: (
            await readGroups(sp, {
              lines: linesByPartition(summed.withoutSummary.map((item) => inventoryFromItem(item).inventory)),
            })
          ).lines.flat(),
          decisionItems,
          functionOrder,
          roots,
          managers,
        });
  const read: PeriodRead = {
    config,
    periods,
    units,
    inventories: [...summed.inventories, ...fallback.inventories],
    ignored: [...summed.ignored, ...fallback.ignored],
  };
  // Every approved unit counts what its approval kept, not its manager's summary: one more round when any is.
  const approvals = latestApprovals(read.inventories, managers);
  if (approvals.length === 0) return read;
  const { withApprovedFigures } = await import('./approvedFigures');
  const { inventories, ignored } = await withApprovedFigures(sp, { ...read, managers, approvals });
  return { ...read, inventories, ignored: [...read.ignored, ...ignored] };
}
