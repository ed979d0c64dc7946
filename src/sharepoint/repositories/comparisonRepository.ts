import { type SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import { type ComparisonEntry, type PublishedComparison } from '../../domain/aggregation';
import { type ComparisonRepository } from '../../domain/ports';
import { pageSize, readAll, runInBatches, type BatchOperation, type CollectionQuery } from '../batch';
import { atEdge, toAppError } from '../errors';
import { listByKey } from '../lists';
import {
  comparisonFromItem,
  comparisonSelect,
  comparisonToItem,
  publishedAtColumn,
} from '../mapping/comparison';
import { itemDiffers, itemIdOf, type SpItem } from '../mapping/values';
import { eq } from '../odata';

// The published comparisons in Jämförelser (docs/data-model.md, "The manager's comparison"). Requests: `load` 1
// (the period's items of at most three scopes, by the indexed PeriodId and ScopeKey); `publish` 1 reading the
// period's items + 1 `$batch` per 100 changed items (one at Gävle's size: 1 + sektorer + kontor ≈ 40 items).

function periodItems(periodId: string, scopeKeys?: readonly string[]): CollectionQuery {
  const scopes =
    scopeKeys === undefined ? '' : ` and (${scopeKeys.map((key) => eq('ScopeKey', key)).join(' or ')})`;
  return (sp) =>
    listByKey(sp, 'jamforelser')
      .items.select(...comparisonSelect)
      .filter(`${eq('PeriodId', periodId)}${scopes}`)
      .top(pageSize);
}

// A second item of one scope can only come from SharePoint's own form; the newest publication wins.
function newestByScope(items: readonly PublishedComparison[]): PublishedComparison[] {
  const byScope = new Map<string, PublishedComparison>();
  for (const item of items) {
    const seen = byScope.get(item.scopeKey);
    if (seen === undefined || item.publishedAt > seen.publishedAt) byScope.set(item.scopeKey, item);
  }
  return [...byScope.values()];
}

/** The comparisons on SharePoint. */
export class SharePointComparisonRepository implements ComparisonRepository {
  constructor(private readonly sp: SPFI) {}

  /** The period's published entries of `scopeKeys`, newest per scope; one request. @throws AppError */
  load(query: { periodId: string; scopeKeys: readonly string[] }): Promise<PublishedComparison[]> {
    return atEdge(async () => {
      if (query.scopeKeys.length === 0) return [];
      const [items = []] = await readAll(this.sp, [periodItems(query.periodId, query.scopeKeys)]);
      return newestByScope(items.map(comparisonFromItem));
    });
  }

  /**
   * Creates or updates the period's items by ScopeKey, writing only those whose figures changed (they get `at`
   * as their publication time); other scopes' items are left as they are. Two requests at Gävle's size.
   * @throws AppError `forbidden` for anyone but the project team and IT.
   */
  publish(query: {
    periodId: string;
    entries: readonly ComparisonEntry[];
    at: string;
  }): Promise<{ written: number; unchanged: number }> {
    return atEdge(async () => {
      const [existing = []] = await readAll(this.sp, [periodItems(query.periodId)]);
      const byScope = new Map<string, SpItem>();
      for (const item of existing) {
        const key = String(item.ScopeKey);
        if (!byScope.has(key)) byScope.set(key, item);
      }
      const operations: BatchOperation<unknown>[] = [];
      for (const entry of query.entries) {
        const body = comparisonToItem(query.periodId, entry);
        const item = byScope.get(entry.scopeKey);
        if (item !== undefined && !itemDiffers(item, body)) continue;
        const written = { ...body, ...publishedAtColumn(query.at) };
        operations.push(
          item === undefined
            ? (b) => listByKey(b, 'jamforelser').items.add(written)
            : (b) => listByKey(b, 'jamforelser').items.getById(itemIdOf(item)).update(written),
        );
      }
      const outcomes = await runInBatches(this.sp, operations);
      const failed = outcomes.find((o) => !o.ok);
      if (failed !== undefined && !failed.ok) throw await toAppError(failed.error);
      return { written: operations.length, unchanged: query.entries.length - operations.length };
    });
  }
}
