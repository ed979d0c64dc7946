import { type SPFI } from '@pnp/sp';
import { type DashboardData, type DashboardQuery, type DashboardRepository } from '../../domain/ports';
import { atEdge } from '../errors';
import { inventoryFromItem } from '../mapping/inventories';
import { and, eq } from '../odata';
import { readAll } from './batch';
import { configurationFrom, configurationQueries } from './configuration';
import { linesByPartition } from './inventoryRepository';
import { unitsFromItems } from './organisationRepository';
import { assembleInventories, inventoriesWhere, unitsQuery } from './queries';

/**
 * What the dashboards aggregate, in 1 + ⌈partitions / 100⌉ requests: one `$batch` with the configuration lists,
 * Organisation and the period's Inventeringar (indexed PeriodId first, then SektorCode), then the lines by
 * Partition (`<period>:<kontor or sektor>`, indexed), 100 partitions per `$batch`. 350 units × 20 functions: 2
 * requests; 3,500 units: 4. A partition beyond 5,000 rows costs one more round, never a threshold error.
 */
export class SharePointDashboardRepository implements DashboardRepository {
  constructor(private readonly sp: SPFI) {}

  /** The organisation, configuration and the period's readable inventories with lines. @throws AppError */
  load(query: DashboardQuery): Promise<DashboardData> {
    return atEdge(async () => {
      const { periodId, sektorId } = query;
      const inventoriesFilter =
        sektorId === undefined
          ? eq('PeriodId', periodId)
          : and(eq('PeriodId', periodId), eq('SektorCode', sektorId));
      const results = await readAll(this.sp, [
        ...configurationQueries,
        // The whole tree even for one sektor: the derived sektor and kontor of each unit need every ancestor.
        unitsQuery,
        inventoriesWhere(inventoriesFilter),
      ]);
      const { config, periods, functionOrder } = configurationFrom(results);
      const allUnits = unitsFromItems(results[4] ?? []);
      const units = sektorId === undefined ? allUnits : allUnits.filter((u) => u.sektorId === sektorId);
      const inventoryItems = results[5] ?? [];
      const scopes = inventoryItems.map((item) => inventoryFromItem(item).inventory);
      const lineItems = scopes.length === 0 ? [] : (await readAll(this.sp, linesByPartition(scopes))).flat();
      const inventories = assembleInventories({ inventoryItems, lineItems, functionOrder });
      return { config, periods, units, inventories };
    });
  }
}
