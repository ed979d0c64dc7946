import { parseBinderWithErrorCheck, parseODataJSON } from '@pnp/queryable';
import { SPCollection, type ISPCollection, type SPFI } from '@pnp/sp';
import '@pnp/sp/batching';
import '@pnp/sp/webs';
import { statusOf } from './errors';
import { type SpItem } from './mapping/values';

// The one way this app talks to SharePoint in `$batch`es: up to 100 operations in one HTTP request (SharePoint's
// limit; PnPjs's default is 20), each built on a fresh chain from the batched client — reusing a chain for two
// calls in one batch silently drops one of them.

/** SharePoint's most operations in one `$batch`. */
export const batchLimit = 100;

/** SharePoint's largest page, the list view threshold. */
export const pageSize = 5000;

/** One operation of a batch: builds a FRESH fluent chain from the batched client and starts it. */
export type BatchOperation<T> = (batched: SPFI) => Promise<T>;

/** The outcome of one operation of a batch. */
export type BatchOutcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown };

/**
 * Runs operations as `$batch`es of at most 100, in order (SharePoint executes a batch's parts one after another,
 * so a later part may use what an earlier one created), and gives each operation's outcome. A part that fails
 * does not stop the others, as in SharePoint: its `$batch` is not transactional. A `$batch` request that fails as
 * a whole (no network, throttling beyond the retries) stops the run: its operations and every one not yet sent
 * fail with that error, and nothing more is sent.
 */
export async function runInBatches<T>(
  sp: SPFI,
  operations: readonly BatchOperation<T>[],
  options: { readonly onBatch?: (done: number, total: number) => void } = {},
): Promise<BatchOutcome<T>[]> {
  const outcomes: BatchOutcome<T>[] = [];
  for (let start = 0; start < operations.length; start += batchLimit) {
    const chunk = operations.slice(start, start + batchLimit);
    const [batched, execute] = sp.batched({ maxRequests: batchLimit });
    const pending = chunk.map((operation) => {
      let started: Promise<T>;
      try {
        // Started synchronously: PnPjs registers a part only if it is started before execute() is called.
        started = operation(batched);
      } catch (error) {
        started = Promise.reject(error);
      }
      // Handlers attached before execute(): a failed part must not become an unhandled rejection.
      return started.then(
        (value): BatchOutcome<T> => ({ ok: true, value }),
        (error: unknown): BatchOutcome<T> => ({ ok: false, error }),
      );
    });
    try {
      await execute();
    } catch (error) {
      // reason: when the $batch request itself fails, PnPjs never settles its parts; they all failed with it.
      outcomes.push(...operations.slice(start).map((): BatchOutcome<T> => ({ ok: false, error })));
      options.onBatch?.(outcomes.length, operations.length);
      return outcomes;
    }
    outcomes.push(...(await Promise.all(pending)));
    options.onBatch?.(outcomes.length, operations.length);
  }
  return outcomes;
}

/**
 * The values of successful outcomes.
 * @throws the first failure (an HttpRequestError; map it at the repository edge).
 */
export function valuesOf<T>(outcomes: readonly BatchOutcome<T>[]): T[] {
  return outcomes.map((outcome) => {
    if (!outcome.ok) throw outcome.error;
    return outcome.value;
  });
}

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
 * way, until every query is read to its end. One round costs one HTTP request per 100 queries. The queries at
 * the indexes in `absentAsEmpty` read a list a site provisioned before it existed may lack: its 404 is no rows.
 * @throws the first failure (an HttpRequestError; map it at the repository edge).
 */
export async function readAll(
  sp: SPFI,
  queries: readonly CollectionQuery[],
  absentAsEmpty: ReadonlySet<number> = new Set(),
): Promise<SpItem[][]> {
  const results: SpItem[][] = queries.map(() => []);
  let round = queries.map((build, index) => ({ index, build }));
  while (round.length > 0) {
    const pages = valuesOf(
      await runInBatches(
        sp,
        round.map(
          ({ index, build }): BatchOperation<Page> =>
            (b) =>
              paged(build(b))().catch((error: unknown) => {
                if (absentAsEmpty.has(index) && statusOf(error) === 404) return { items: [], nextLink: null };
                throw error;
              }),
        ),
      ),
    );
    const next: typeof round = [];
    pages.forEach((page, i) => {
      const { index } = round[i]!;
      results[index]!.push(...page.items);
      if (page.nextLink !== null) next.push({ index, build: (b) => SPCollection([b.web, page.nextLink!]) });
    });
    round = next;
  }
  return results;
}

/**
 * Runs named groups of reads together, as `readAll` does (so they share its `$batch`es), and gives each group's
 * results under its name, in the group's order: no caller counts positions across groups. The groups named in
 * `absentAsEmpty` read a list that may not exist yet, as `readAll`'s.
 * @throws the first failure, as `readAll`.
 */
export async function readGroups<K extends string>(
  sp: SPFI,
  groups: Readonly<Record<K, readonly CollectionQuery[]>>,
  options: { readonly absentAsEmpty?: readonly NoInfer<K>[] } = {},
): Promise<Record<K, SpItem[][]>> {
  const names = Object.keys(groups) as K[];
  const reads = names.flatMap((name) => groups[name].map((query) => ({ name, query })));
  const absent = new Set(reads.flatMap((r, i) => (options.absentAsEmpty?.includes(r.name) ? [i] : [])));
  const results = await readAll(
    sp,
    reads.map((r) => r.query),
    absent,
  );
  const grouped = Object.fromEntries(names.map((name) => [name, []])) as unknown as Record<K, SpItem[][]>;
  reads.forEach((r, i) => grouped[r.name].push(results[i]!));
  return grouped;
}
