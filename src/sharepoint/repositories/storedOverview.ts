import { type SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/folders';
import '@pnp/sp/files';
import {
  dashboardView,
  dashboardViewFormat,
  type CountedDashboard,
  type DashboardQuery,
  type DashboardView,
} from '../../domain';
import { runInBatches, valuesOf } from '../batch';
import { atEdge, statusOf } from '../errors';
import { listByKey, listServerRelativeUrl, siteUrlOf } from '../lists';
import { type ListKey } from '../schema';
import { SharePointDashboardRepository } from './dashboardRepository';

// The overview the project team's tab last counted, kept as one JSON file per period in Översikter
// (docs/data-model.md, "Dashboards at region scale"), so that it opens in two requests at any size. A stored
// overview is shown as current only when no list it counts has changed since: SharePoint keeps, per list, when an
// item was last changed (LastItemModifiedDate) and last deleted (LastItemDeletedDate), to the second.

/** Every list whose items the dashboards count: a change to any of them dates a stored overview. */
const countedLists: readonly ListKey[] = [
  'organisation',
  'perioder',
  'stodfunktioner',
  'mottagarprofil',
  'installningar',
  'inventeringar',
  'inventeringsrader',
  'granskningsbeslut',
];

/** The counted lists' last changes, by list. */
type ChangeMarks = Readonly<Record<string, string>>;

/** What Översikter holds for a period. */
interface StoredOverview {
  readonly format: number;
  readonly periodId: string;
  readonly countedAt: string;
  /** The counted lists' last changes, as read before the figures were. */
  readonly marks: ChangeMarks;
  readonly view: DashboardView;
}

/**
 * SharePoint's change dates are whole seconds, so a change in the same second as the last one leaves them as they
 * were. The figures are read at least this long after the marks: by then every change within the marks' second is
 * in what is read, and any later one moves a mark.
 */
const settleMs = 1000;

/** The counted lists' last changes: one `$batch`. */
async function readChangeMarks(sp: SPFI): Promise<ChangeMarks> {
  const lists = valuesOf(
    await runInBatches(
      sp,
      countedLists.map(
        (key) => (b: SPFI) =>
          listByKey(b, key).select('LastItemModifiedDate', 'LastItemDeletedDate')<Record<string, unknown>>(),
      ),
    ),
  );
  return Object.fromEntries(
    countedLists.map((key, i) => [
      key,
      `${String(lists[i]!.LastItemModifiedDate)} ${String(lists[i]!.LastItemDeletedDate)}`,
    ]),
  );
}

const folderUrl = (sp: SPFI) => listServerRelativeUrl(siteUrlOf(sp), 'oversikter');

const fileName = (periodId: string) => `${periodId}.json`;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A stored overview of the period in this code's form, or `null` (none, another form, or not one at all). */
function storedFrom(text: string, periodId: string): StoredOverview | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(value) || value.format !== dashboardViewFormat || value.periodId !== periodId) return null;
  const { countedAt, marks, view } = value;
  if (typeof countedAt !== 'string' || Number.isNaN(Date.parse(countedAt))) return null;
  if (!isRecord(marks) || !isRecord(view)) return null;
  if (!isRecord(view.config) || !isRecord(view.aggregate) || !Array.isArray(view.comparisons)) return null;
  return value as unknown as StoredOverview;
}

/** The period's stored overview, or `null`: one request. SharePoint hides the library from all but its readers. */
async function readStored(sp: SPFI, periodId: string): Promise<StoredOverview | null> {
  try {
    const url = `${folderUrl(sp)}/${fileName(periodId)}`;
    return storedFrom(await sp.web.getFileByServerRelativePath(url).getText(), periodId);
  } catch (error) {
    if (statusOf(error) === 404) return null;
    throw error;
  }
}

/** Stores the period's overview, replacing the one before; one request. */
async function writeStored(sp: SPFI, stored: StoredOverview): Promise<void> {
  await sp.web
    .getFolderByServerRelativePath(folderUrl(sp))
    .files.addUsingPath(fileName(stored.periodId), JSON.stringify(stored), { Overwrite: true });
}

const sameMarks = (a: ChangeMarks, b: ChangeMarks): boolean =>
  countedLists.every((key) => a[key] !== undefined && a[key] === b[key]);

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How `loadOverview` went. */
export interface OverviewLoad {
  /** Where the figures it ended with came from. */
  readonly source: 'stored' | 'counted';
  /** Whether it stored what it counted. */
  readonly written: boolean;
}

/**
 * Reads and counts a period's dashboard (`dashboardView` of `loadFigures`) and gives it to `show`. With
 * `useStore` (the project team, the whole kommun), the overview stored in Översikter comes first: shown as it is
 * when nothing it counts has changed (2 requests, at once), else shown as earlier figures while the period is
 * counted again and stored. Storing is best effort: the counted figures are shown whether or not it succeeds.
 * @throws AppError
 */
export async function loadOverview(
  sp: SPFI,
  query: DashboardQuery,
  options: {
    readonly useStore: boolean;
    readonly show: (dashboard: CountedDashboard) => void;
    readonly now?: () => Date;
    readonly settle?: number;
  },
): Promise<OverviewLoad> {
  return atEdge(() => load(sp, query, options));
}

async function load(
  sp: SPFI,
  query: DashboardQuery,
  options: Parameters<typeof loadOverview>[2],
): Promise<OverviewLoad> {
  const { show, now = () => new Date(), settle = settleMs } = options;
  const repository = new SharePointDashboardRepository(sp);
  const count = async () => dashboardView(await repository.loadFigures(query), query.periodId);
  if (!options.useStore || query.sektorId !== undefined) {
    show({ view: await count(), countedAt: now().toISOString(), current: true });
    return { source: 'counted', written: false };
  }
  const [marks, stored] = await Promise.all([readChangeMarks(sp), readStored(sp, query.periodId)]);
  const markedAt = performance.now();
  if (stored !== null && sameMarks(stored.marks, marks)) {
    show({ view: stored.view, countedAt: stored.countedAt, current: true });
    return { source: 'stored', written: false };
  }
  if (stored !== null) show({ view: stored.view, countedAt: stored.countedAt, current: false });
  await wait(settle - (performance.now() - markedAt));
  const countedAt = now().toISOString();
  const view = await count();
  show({ view, countedAt, current: true });
  try {
    await writeStored(sp, { format: dashboardViewFormat, periodId: query.periodId, countedAt, marks, view });
    return { source: 'counted', written: true };
  } catch {
    // reason: the figures are shown; an overview not stored is counted again next time.
    return { source: 'counted', written: false };
  }
}
