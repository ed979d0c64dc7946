import { type SPFI } from '@pnp/sp';
import { type MunicipalityConfig } from '../../domain/config/types';
import { answerFigures } from '../../domain/inventory/figures';
import { type AnswerFigures } from '../../domain/inventory/types';
import { type Unit } from '../../domain/organisation/types';
import { type IgnoredItem, type PeriodStatuses } from '../../domain/ports';
import { readGroups } from '../batch';
import { atEdge } from '../errors';
import { folderRootsOf, type FolderRoots } from '../lists';
import { type SpItem } from '../mapping/values';
import { eq } from '../odata';
import { assembleInventories } from './assemble';
import { itemEntries, summaryFigures, withItemStatus, type ItemEntry } from './assembleSummaries';
import { configurationFrom, configurationQueries } from './configuration';
import { managersOf } from './oneInventory';
import { unitsFromItems } from './organisationRepository';
import { inventoryStatusesWhere, inventorySummariesWhere, unitsQuery } from './queries';
import { decisionsByPartition, linesByPartition } from './readPeriod';

// What a reviewer's start page and list show — statuses, units, answered functions — from one item per unit, as the
// dashboards read them (docs/data-model.md, "Queries and their request budgets"): a region's lines are tens of MB
// of JSON, and even its summaries (about 1.3 KB a unit) take the tab's main thread, where its pages run, longer
// than a task may (tests/perf/dashboardAtScale.test.ts).

/**
 * Up to this many readable inventories, their summaries (with their items about 1.9 KB each at 20 functions) come
 * along with the decisions, so the list costs no request of its own: a sektor of a region, 1,400 units, keeps its start page's
 * tasks near 100 ms. Above it — a region's project team — the start page reads statuses only, and the list reads
 * the summaries in one more request.
 */
const summariesAlong = 2_000;

/**
 * Resolves in a task of its own, so that what follows does not lengthen the task that parsed an answer: in the tab
 * this read runs on the pages' thread. A message, not a timer, since browsers throttle the timers of a tab in the
 * background; React's scheduler yields the same way
 * (https://github.com/facebook/react/blob/main/packages/scheduler/src/forks/Scheduler.js).
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** An item's `Summary` is empty only when no save has written it since the column was added. */
function hasSummary(item: SpItem): boolean {
  return item.Summary !== null && item.Summary !== undefined && item.Summary !== '';
}

/**
 * The answers' figures of Inventeringar items read with their summaries, by inventory id: from each summary, or —
 * for an item whose summary is still empty — from its lines, read in one more round by its partitions only. An
 * item whose summary cannot be read (written around the app) has none.
 */
async function figuresOfItems(
  sp: SPFI,
  context: {
    readonly items: readonly SpItem[];
    readonly config: MunicipalityConfig;
    readonly units: ReadonlyMap<string, Unit>;
    readonly functionOrder: ReadonlyMap<string, number>;
    readonly roots: FolderRoots;
  },
): Promise<Map<string, AnswerFigures>> {
  const { config, units, functionOrder, roots } = context;
  const figures = new Map<string, AnswerFigures>();
  const unsummed: ItemEntry[] = [];
  for (const [key, entry] of itemEntries(context.items, { roots, ignored: [] })) {
    if (!hasSummary(entry.item)) {
      unsummed.push(entry);
      continue;
    }
    const read = summaryFigures(entry, { config, units });
    if (read !== null) figures.set(key, read);
  }
  if (unsummed.length === 0) return figures;
  const { lines } = await readGroups(sp, { lines: linesByPartition(unsummed.map((e) => e.inventory)) });
  const lined = assembleInventories({
    inventoryItems: unsummed.map((e) => e.item),
    lineItems: lines.flat(),
    decisionItems: [],
    functionOrder,
    roots,
  });
  for (const inventory of lined.inventories) figures.set(inventory.id, answerFigures(inventory));
  return figures;
}

/**
 * The period's readable inventories without their lines, with the organisation: one `$batch` with the
 * configuration lists, Organisation and the period's Inventeringar (indexed PeriodId; no figures, no free text),
 * then one with the decisions by sektor — and, for at most 2,000 inventories, their summaries. 2 requests, as long
 * as the reviewer's sektorer are fewer than 100. A status compares the decisions with the inventory item's part of the
 * revision, as the dashboards' does (`withItemStatus`). A larger period's figures cost one more request, when the
 * list first asks for them; either way one round more when a summary is still empty.
 */
export async function readPeriodStatuses(
  sp: SPFI,
  query: {
    readonly periodId: string;
    /** The most inventories whose summaries come along with the decisions. @default 2,000 */
    readonly summariesAlongUpTo?: number;
  },
): Promise<PeriodStatuses> {
  const { periodId, summariesAlongUpTo = summariesAlong } = query;
  const inPeriod = eq('PeriodId', periodId);
  const first = await readGroups(sp, {
    config: configurationQueries,
    // The whole tree: the derived sektor and kontor of each unit need every ancestor.
    units: [unitsQuery],
    inventories: [inventoryStatusesWhere(inPeriod)],
  });
  const { config, functionOrder } = await configurationFrom(first.config);
  // A region's organisation and inventories each take a large part of a task to read: one task each.
  await nextTask();
  const units = unitsFromItems(first.units.flat());
  await nextTask();
  const roots = folderRootsOf(sp);
  // Left out as in every read of many inventories; these pages do not list what was left out.
  const ignored: IgnoredItem[] = [];
  const entries = itemEntries(first.inventories.flat(), { roots, ignored });
  const along = entries.size <= summariesAlongUpTo;
  const second =
    entries.size === 0
      ? { decisions: [], summaries: [] }
      : await readGroups(sp, {
          decisions: decisionsByPartition([...entries.values()].map((e) => e.inventory)),
          summaries: along ? [inventorySummariesWhere(inPeriod)] : [],
        });
  const inventories = withItemStatus(entries, {
    decisionItems: second.decisions.flat(),
    roots,
    managers: managersOf(units),
    ignored,
  });
  const context = { config, units: new Map(units.map((u) => [u.id, u])), functionOrder, roots };
  const summaryItems = async (): Promise<SpItem[]> =>
    along
      ? second.summaries.flat()
      : (await readGroups(sp, { summaries: [inventorySummariesWhere(inPeriod)] })).summaries.flat();
  let figures: Promise<ReadonlyMap<string, AnswerFigures>> | undefined;
  return {
    units,
    inventories,
    figures: () => {
      if (figures === undefined) {
        const read = atEdge(async () => figuresOfItems(sp, { ...context, items: await summaryItems() }));
        figures = read;
        // A failed read is not kept: asking again reads again.
        read.catch(() => {
          if (figures === read) figures = undefined;
        });
      }
      return figures;
    },
  };
}
