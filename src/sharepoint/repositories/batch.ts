import { parseBinderWithErrorCheck, parseODataJSON } from '@pnp/queryable';
import { SPCollection, type ISPCollection, type SPFI } from '@pnp/sp';
import '@pnp/sp/batching';
import '@pnp/sp/webs';
import { type SpItem } from '../mapping/values';

// Reads and writes in `$batch`es of up to 100 operations, SharePoint's limit (PnPjs's default is 20). Each
// operation is built on a fresh chain from the batched client: reusing a chain for two calls in one batch
// silently drops one of them.

/** SharePoint's most operations in one `$batch`. */
export const batchLimit = 100;

/** SharePoint's largest page, the list view threshold. */
export const pageSize = 5000;

/** Builds one read on the batched client it is given (a fresh chain every call). */
export type CollectionQuery = (sp: SPFI) => ISPCollection;

interface Page {
  readonly items: SpItem[];
  readonly nextLink: string | null;
}

// The parser PnPjs's own item iterator uses: the rows and, when the page is not the last, odata.nextLink
// (verbose: d.__next), an absolute URL that is requested exactly as given.
function paged(query: ISPCollection): ISPCollection<Page> {
  return query.using(
    parseBinderWithErrorCheck(async (response): Promise<Page> => {
      const json = (await response.json()) as Record<string, unknown>;
      const verbose = json.d as { __next?: unknown } | undefined;
      const next = verbose?.__next ?? json['odata.nextLink'];
      return {
        items: parseODataJSON(json) as SpItem[],
        nextLink: typeof next === 'string' && next.length > 0 ? next : null,
      };
    }),
  ) as unknown as ISPCollection<Page>;
}

/**
 * Runs reads together: all first pages in `$batch`es of ≤ 100, then all next pages (`odata.nextLink`) the same
 * way, until every query is read to its end. One round costs one HTTP request per 100 queries.
 * @throws the first failure (an HttpRequestError; map it at the repository edge).
 */
export async function readAll(sp: SPFI, queries: readonly CollectionQuery[]): Promise<SpItem[][]> {
  const results: SpItem[][] = queries.map(() => []);
  let round = queries.map((build, index) => ({ index, build }));
  while (round.length > 0) {
    const [batched, execute] = sp.batched({ maxRequests: batchLimit });
    // Handlers are attached before execute(): a failed part must not become an unhandled rejection.
    const settled = Promise.allSettled(round.map(({ build }) => paged(build(batched))()));
    await execute();
    const outcomes = await settled;
    const next: typeof round = [];
    outcomes.forEach((outcome, i) => {
      const { index } = round[i]!;
      if (outcome.status === 'rejected') throw outcome.reason;
      results[index]!.push(...outcome.value.items);
      const link = outcome.value.nextLink;
      if (link !== null) next.push({ index, build: (b) => SPCollection([b.web, link]) });
    });
    round = next;
  }
  return results;
}

/**
 * Runs named groups of reads together, as `readAll` does (so they share its `$batch`es), and gives each group's
 * results under its name, in the group's order: no caller counts positions across groups.
 * @throws the first failure, as `readAll`.
 */
export async function readGroups<K extends string>(
  sp: SPFI,
  groups: Readonly<Record<K, readonly CollectionQuery[]>>,
): Promise<Record<K, SpItem[][]>> {
  const names = Object.keys(groups) as K[];
  const results = await readAll(
    sp,
    names.flatMap((name) => groups[name]),
  );
  const grouped = {} as Record<K, SpItem[][]>;
  let at = 0;
  for (const name of names) {
    grouped[name] = results.slice(at, at + groups[name].length);
    at += groups[name].length;
  }
  return grouped;
}

/** One write on the batched client it is given (a fresh chain every call). */
export type WriteOperation<T> = (sp: SPFI) => Promise<T>;

/**
 * Runs writes in `$batch`es of ≤ 100 operations, one HTTP request each, and reports every outcome (SharePoint's
 * `$batch` is not transactional: each operation succeeds or fails on its own).
 * @throws only when a whole `$batch` request fails (then the outcomes of that batch are unknown).
 */
export async function writeBatched<T>(
  sp: SPFI,
  operations: readonly WriteOperation<T>[],
  options: { readonly onBatch?: (done: number, total: number) => void } = {},
): Promise<PromiseSettledResult<T>[]> {
  const outcomes: PromiseSettledResult<T>[] = [];
  for (let start = 0; start < operations.length; start += batchLimit) {
    const chunk = operations.slice(start, start + batchLimit);
    const [batched, execute] = sp.batched({ maxRequests: batchLimit });
    const settled = Promise.allSettled(chunk.map((operation) => operation(batched)));
    await execute();
    outcomes.push(...(await settled));
    options.onBatch?.(outcomes.length, operations.length);
  }
  return outcomes;
}
