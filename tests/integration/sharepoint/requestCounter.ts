// Counts, in this process, the REST requests sent to one SharePoint origin — the client-side twin of the emulator's
// request statistics, for live mode, where nobody can count at the server. It observes the network edge only
// (globalThis.fetch, which PnPjs's fetch behaviours call), so the code under test runs exactly as in production.

/** Requests counted since the last reset, and in all. */
export interface RequestCounter {
  /** Requests since the last `reset` (a `$batch` is one). */
  requests(): number;
  /** Operations inside the `$batch`es counted since the last `reset`. */
  batchOperations(): number;
  /** Starts counting again from zero. */
  reset(): void;
  /** Requests since the counter was installed, resets notwithstanding. */
  total(): { readonly requests: number; readonly batchOperations: number };
  /** Puts the original fetch back. */
  stop(): void;
}

// PnPjs writes each part of a $batch as `Content-Type: application/http` followed by its request line
// (@pnp/sp/batching.js), inside changesets or not; SharePoint counts the same parts.
function operationsIn(body: unknown): number {
  if (typeof body !== 'string') return 0;
  return body.match(/^Content-Type: application\/http\s*$/gim)?.length ?? 0;
}

function urlOf(input: Parameters<typeof fetch>[0]): URL | null {
  try {
    return new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
  } catch {
    return null;
  }
}

/**
 * Wraps globalThis.fetch to count requests to `<origin>/…/_api/…`. As the emulator does, a request answered 429 or
 * 503 (throttled or busy; PnPjs retries it after Retry-After) or never answered is not counted: the budgets are
 * about the requests the code makes, not about how often the service asked it to come back.
 */
export function countRequests(options: { readonly origin: string }): RequestCounter {
  const original = globalThis.fetch;
  const counts = { requests: 0, batchOperations: 0 };
  const totals = { requests: 0, batchOperations: 0 };
  const counting: typeof fetch = async (input, init) => {
    const response = await original(input, init);
    const url = urlOf(input);
    if (
      url !== null &&
      url.origin === options.origin &&
      /\/_api\//i.test(url.pathname) &&
      response.status !== 429 &&
      response.status !== 503
    ) {
      const operations = /\/_api\/\$batch$/i.test(url.pathname) ? operationsIn(init?.body) : 0;
      counts.requests++;
      counts.batchOperations += operations;
      totals.requests++;
      totals.batchOperations += operations;
    }
    return response;
  };
  globalThis.fetch = counting;
  return {
    requests: () => counts.requests,
    batchOperations: () => counts.batchOperations,
    reset: () => {
      counts.requests = 0;
      counts.batchOperations = 0;
    },
    total: () => ({ ...totals }),
    stop: () => {
      if (globalThis.fetch === counting) globalThis.fetch = original;
    },
  };
}
