import { AppError } from '../../domain/errors';
import { type BatchOutcome } from '../batch';
import { toAppError } from '../errors';

/** Progress of a long write: how many of the total are done. */
export type ProgressListener = (done: number, total: number) => void;

/**
 * Succeeds when every operation did; otherwise fails with the first failure as an `AppError` whose message says
 * how many failed and that running again finishes the job (the writers are idempotent).
 * @throws AppError with the first failure's code.
 */
export async function requireAllSucceeded(
  outcomes: readonly BatchOutcome<unknown>[],
  what: string,
): Promise<void> {
  const failures = outcomes.flatMap((o) => (o.ok ? [] : [o.error]));
  if (failures.length === 0) return;
  const first = await toAppError(failures[0]);
  throw new AppError(first.code, {
    message: `${failures.length} of ${outcomes.length} writes of ${what} failed; the rest are stored and running again finishes the job. First: ${first.message}`,
    cause: first,
    retryAfterSeconds: first.retryAfterSeconds,
    issues: first.issues,
  });
}
