/** The outcome of counting one request against a user's rate. */
export type ThrottleDecision =
  | { kind: 'allowed'; limit: number; remaining: number; resetSeconds: number }
  | { kind: 'throttled'; limit: number; retryAfterSeconds: number };

/**
 * `--throttle`: at most `limit` requests per second per user, counted in fixed one-second windows, the way
 * SharePoint Online throttles per user; 0 turns it off.
 */
export class Throttle {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(private limit: number) {}

  /** Changes the limit (0 = off); counting starts afresh. */
  setLimit(limit: number): void {
    this.limit = limit;
    this.windows.clear();
  }

  /** Whether throttling is on. */
  get enabled(): boolean {
    return this.limit > 0;
  }

  /** Counts one request of `user` at `now` (ms). */
  take(user: string, now: number): ThrottleDecision {
    if (this.limit <= 0) return { kind: 'allowed', limit: 0, remaining: 0, resetSeconds: 0 };
    const windowStart = Math.floor(now / 1000) * 1000;
    let window = this.windows.get(user);
    if (!window || window.start !== windowStart) {
      window = { start: windowStart, count: 0 };
      this.windows.set(user, window);
    }
    const resetSeconds = Math.max(1, Math.ceil((windowStart + 1000 - now) / 1000));
    if (window.count >= this.limit)
      return { kind: 'throttled', limit: this.limit, retryAfterSeconds: resetSeconds };
    window.count++;
    return { kind: 'allowed', limit: this.limit, remaining: this.limit - window.count, resetSeconds };
  }
}
