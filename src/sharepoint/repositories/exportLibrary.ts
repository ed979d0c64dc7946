import { type SPFI } from '@pnp/sp';
import { type DashboardQuery } from '../../domain/ports';
import { atEdge } from '../errors';
import { readPeriod } from './readPeriod';
import { SharePointSnapshotRepository } from './snapshotRepository';

// What the tab's exports read and write, in the one chunk the composition root loads when they are first used:
// the period with every line and its free text, as `DashboardRepository.load` reads it (2 requests at 1×), and
// the library Exporter.

/** The period's data for a workbook, and the snapshots' library, on `sp`. */
export function exportLibrary(sp: SPFI) {
  return {
    /** The whole kommun's period with every line. @throws AppError */
    load: (query: DashboardQuery) => atEdge(() => readPeriod(sp, query)),
    snapshots: new SharePointSnapshotRepository(sp),
  };
}
