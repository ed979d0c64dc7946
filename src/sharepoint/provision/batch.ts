import { type SPFI } from '@pnp/sp';
import '@pnp/sp/batching';

/** One request of a batch: builds a FRESH fluent chain from the batched client and starts it. */
export type BatchOperation<T> = (batched: SPFI) => Promise<T>;

/** The outcome of one operation of a batch. */
export type BatchOutcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown };

/** SharePoint's limit of operations per `$batch`. */
export const maxBatchOperations = 100;

/**
 * Runs operations as `$batch`es of at most 100, in order (SharePoint executes a batch's parts one after another,
 * so a later part may use what an earlier one created), and gives each operation's outcome. A part that fails
 * does not stop the others, as in SharePoint; a batch request that fails as a whole fails all its parts.
 */
export async function runInBatches<T>(
  sp: SPFI,
  operations: readonly BatchOperation<T>[],
  options: { readonly onBatch?: (done: number, total: number) => void } = {},
): Promise<BatchOutcome<T>[]> {
  const outcomes: BatchOutcome<T>[] = [];
  for (let start = 0; start < operations.length; start += maxBatchOperations) {
    const chunk = operations.slice(start, start + maxBatchOperations);
    const [batched, execute] = sp.batched({ maxRequests: maxBatchOperations });
    // Each part needs its own chain: PnPjs silently drops one of two calls made on the same queryable.
    const pending = chunk.map((operation) => {
      let started: Promise<T>;
      try {
        // Started synchronously: PnPjs registers a part only if it is started before execute() is called.
        started = operation(batched);
      } catch (error) {
        started = Promise.reject(error);
      }
      return started.then(
        (value): BatchOutcome<T> => ({ ok: true, value }),
        (error: unknown): BatchOutcome<T> => ({ ok: false, error }),
      );
    });
    try {
      await execute();
    } catch (error) {
      // reason: when the $batch request itself fails, PnPjs never settles its parts; they all failed with it.
      outcomes.push(...chunk.map((): BatchOutcome<T> => ({ ok: false, error })));
      options.onBatch?.(outcomes.length, operations.length);
      continue;
    }
    outcomes.push(...(await Promise.all(pending)));
    options.onBatch?.(outcomes.length, operations.length);
  }
  return outcomes;
}

/** The values of successful outcomes; throws the first failure. */
export function valuesOf<T>(outcomes: readonly BatchOutcome<T>[]): T[] {
  return outcomes.map((outcome) => {
    if (!outcome.ok) throw outcome.error;
    return outcome.value;
  });
}
