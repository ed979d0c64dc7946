/** How many requests a key may make within a window of seconds. */
export interface RateLimit {
  readonly count: number;
  readonly perSeconds: number;
}

/** What a rate limit decides for one request. */
export type RateDecision =
  { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

/**
 * A sliding window per key (a channel, an app): a request is allowed when fewer than `count` were allowed in the
 * last `perSeconds`; a refused one is told to wait until the oldest of those leaves the window (whole seconds, at
 * least 1, as `Retry-After` carries them). Refused requests do not count.
 */
export class SlidingWindow {
  private readonly allowed = new Map<string, number[]>();

  constructor(private readonly limit: RateLimit) {}

  take(key: string, nowMs: number): RateDecision {
    const windowMs = this.limit.perSeconds * 1000;
    const recent = (this.allowed.get(key) ?? []).filter((at) => at > nowMs - windowMs);
    if (recent.length >= this.limit.count) {
      this.allowed.set(key, recent);
      return {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil((recent[0]! + windowMs - nowMs) / 1000)),
      };
    }
    recent.push(nowMs);
    this.allowed.set(key, recent);
    return { allowed: true };
  }

  reset(): void {
    this.allowed.clear();
  }
}
