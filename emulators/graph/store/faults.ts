/** The routes a fault can be set on. */
export const FAULT_ROUTES = ['channelMessage', 'activity', 'events', 'workflows'] as const;
export type FaultRoute = (typeof FAULT_ROUTES)[number];

/** The statuses a fault can answer with. */
export const FAULT_STATUSES = [400, 401, 403, 429, 500, 503] as const;
export type FaultStatus = (typeof FAULT_STATUSES)[number];

/** One fault as a request meets it. */
export interface Fault {
  readonly route: FaultRoute;
  readonly status: FaultStatus;
  /** For 429 and 503. */
  readonly retryAfterSeconds: number;
}

interface Pending extends Fault {
  remaining: number;
}

/** Faults set through the side door, answered in the order they were set, `count` requests each. */
export class FaultQueue {
  private pending: Pending[] = [];

  add(fault: Fault & { count: number }): void {
    const { count, ...rest } = fault;
    this.pending.push({ ...rest, remaining: count });
  }

  /** The fault the next request of `route` meets, if any (and one fewer of it is left). */
  take(route: FaultRoute): Fault | undefined {
    const next = this.pending.find((fault) => fault.route === route);
    if (!next) return undefined;
    next.remaining -= 1;
    if (next.remaining === 0) this.pending = this.pending.filter((fault) => fault !== next);
    return { route: next.route, status: next.status, retryAfterSeconds: next.retryAfterSeconds };
  }

  reset(): void {
    this.pending = [];
  }
}
