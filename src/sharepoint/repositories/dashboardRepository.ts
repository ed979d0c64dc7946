import { type SPFI } from '@pnp/sp';
import { type DashboardData, type DashboardQuery, type DashboardRepository } from '../../domain/ports';
import { atEdge } from '../errors';
import { type PeriodRead } from './readPeriod';

function forQuery(read: PeriodRead, query: DashboardQuery): DashboardData {
  const { config, periods, units, inventories, ignored } = read;
  const { sektorId } = query;
  return {
    config,
    periods,
    units: sektorId === undefined ? units : units.filter((u) => u.sektorId === sektorId),
    inventories,
    ignored,
  };
}

/**
 * What the dashboards aggregate. `load` reads every line (`readPeriod`; 350 units × 20 functions: 2 requests,
 * 3,500 units: 4); `loadFigures` one summary per unit (`readPeriodFigures`: 2 requests at either size). One more
 * round when an approval's figures are needed, never a threshold error.
 */
export class SharePointDashboardRepository implements DashboardRepository {
  constructor(private readonly sp: SPFI) {}

  /**
   * The organisation (of the sektor, when one is asked for), the configuration and the period's readable
   * inventories with lines and decisions, and the items left out. @throws AppError
   */
  load(query: DashboardQuery): Promise<DashboardData> {
    return atEdge(async () => {
      // Loaded on first use, as the figures' reader below: the tab builds this repository at start for the few
      // who open the overview.
      const { readPeriod } = await import('./readPeriod');
      return forQuery(await readPeriod(this.sp, query), query);
    });
  }

  /** The same with figures-only lines from each inventory's summary. @throws AppError */
  loadFigures(query: DashboardQuery): Promise<DashboardData> {
    return atEdge(async () => {
      const { readPeriodFigures } = await import('./readFigures');
      return forQuery(await readPeriodFigures(this.sp, query), query);
    });
  }
}
