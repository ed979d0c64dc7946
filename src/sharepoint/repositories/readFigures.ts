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
import {
  decisionsByPartition,
  linesByPartition,
  withFiguresOfOutdatedApprovals,
  type PeriodRead,
} from './readPeriod';

/**
 * A period's figures as the dashboards count them, from one item per unit: one `$batch` with the configuration
 * lists, Organisation and the period's Inventeringar with their `Summary` (indexed PeriodId first, then
 * SektorCode), then one with the decisions by sektor — 2 requests at any size up to 5,000 units a page. Items
 * without a usable summary get their lines read (one more round, by their partitions only); approvals the answer
 * has moved on from get their figures read (`withApprovedFigures`). Inventories' lines carry figures only (no
 * comments) and their `version` is `''`: for counting, not for saving.
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
  const { config, periods, functionOrder } = configurationFrom(first.config);
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
  return withFiguresOfOutdatedApprovals(sp, read, managers);
}
