/** Requests served: a `$batch` is one request; its parts are counted as operations. */
export interface StatsSnapshot {
  requests: number;
  batchOperations: number;
  byUser: Record<string, number>;
}

/** Counts SharePoint API requests since start or the last reset. */
export class RequestStats {
  private requests = 0;
  private batchOperations = 0;
  private byUser: Record<string, number> = {};

  /** Counts one request (a `$batch` too) of a user. */
  countRequest(upn: string): void {
    this.requests++;
    this.byUser[upn] = (this.byUser[upn] ?? 0) + 1;
  }

  /** Counts the operations inside a `$batch`. */
  countBatchOperations(count: number): void {
    this.batchOperations += count;
  }

  snapshot(): StatsSnapshot {
    return { requests: this.requests, batchOperations: this.batchOperations, byUser: { ...this.byUser } };
  }

  reset(): void {
    this.requests = 0;
    this.batchOperations = 0;
    this.byUser = {};
  }
}
