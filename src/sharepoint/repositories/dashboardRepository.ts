import { type SPFI } from '@pnp/sp';
import { type DashboardData, type DashboardQuery, type DashboardRepository } from '../../domain/ports';
import { atEdge } from '../errors';
import { readPeriod } from './readPeriod';

/**
 * What the dashboards aggregate (`readPeriod`): 350 units × 20 functions: 2 requests; 3,500 units: 4. A
 * partition beyond 5,000 rows costs one more round, never a threshold error; so do inventories changed after
 * their approval (one more request per 2,500 of them), whose approvals' figures count meanwhile.
 */
export class SharePointDashboardRepository implements DashboardRepository {
  constructor(private readonly sp: SPFI) {}

  /**
   * The organisation (of the sektor, when one is asked for), the configuration and the period's readable
   * inventories with lines and decisions, and the items left out. @throws AppError
   */
  load(query: DashboardQuery): Promise<DashboardData> {
    return atEdge(async () => {
      const { config, periods, units, inventories, ignored } = await readPeriod(this.sp, query);
      const { sektorId } = query;
      return {
        config,
        periods,
        units: sektorId === undefined ? units : units.filter((u) => u.sektorId === sektorId),
        inventories,
        ignored,
      };
    });
  }
}
