/** Requests served: a `$batch` is one request; its parts are counted as operations. */
export interface StatsSnapshot {
  requests: number;
  batchOperations: number;
  byUser: Record<string, number>;
  /** Bytes of the API's answers' bodies as sent (compressed where the client accepted it). */
  bytesSent: number;
  /** The same bodies' bytes before compression. */
  bytesPlain: number;
}

/** Counts SharePoint API requests since start or the last reset. */
export class RequestStats {
  private requests = 0;
  private batchOperations = 0;
  private byUser: Record<string, number> = {};
  private bytesSent = 0;
  private bytesPlain = 0;

  /** Counts one request (a `$batch` too) of a user. */
  countRequest(upn: string): void {
    this.requests++;
    this.byUser[upn] = (this.byUser[upn] ?? 0) + 1;
  }

  /** Counts the operations inside a `$batch`. */
  countBatchOperations(count: number): void {
    this.batchOperations += count;
  }

  /** Counts an API answer's body, as sent and before compression. */
  countBytes(bytes: { readonly plain: number; readonly sent: number }): void {
    this.bytesPlain += bytes.plain;
    this.bytesSent += bytes.sent;
  }

  snapshot(): StatsSnapshot {
    return {
      requests: this.requests,
      batchOperations: this.batchOperations,
      byUser: { ...this.byUser },
      bytesSent: this.bytesSent,
      bytesPlain: this.bytesPlain,
    };
  }

  reset(): void {
    this.requests = 0;
    this.batchOperations = 0;
    this.byUser = {};
    this.bytesSent = 0;
    this.bytesPlain = 0;
  }
}
