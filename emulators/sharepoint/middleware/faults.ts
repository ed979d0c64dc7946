/** Fault injection settings; rates are 0..1. */
export interface FaultSettings {
  /** Added to every SharePoint request. @default 0 */
  latencyMs?: number;
  /** Share of requests answered 503 Server Too Busy with Retry-After. @default 0 */
  errorRate?: number;
  /** Share of requests whose connection is dropped without an answer. @default 0 */
  dropRate?: number;
  /** Seed of the random sequence, so a run can be repeated exactly. @default 1 */
  seed?: number;
}

/** What to do to one request. */
export type FaultDecision = { kind: 'none' | 'error' | 'drop'; latencyMs: number };

/**
 * Deterministic fault injection: a seeded PRNG (mulberry32) draws once per request in arrival order, so the
 * same seed and the same request sequence give the same faults.
 */
export class FaultInjector {
  private settings: Required<FaultSettings> = { latencyMs: 0, errorRate: 0, dropRate: 0, seed: 1 };
  private state = 1;

  constructor(settings: FaultSettings = {}) {
    this.configure(settings);
  }

  /** Replaces the settings; a new seed restarts the sequence. */
  configure(settings: FaultSettings): void {
    const next = { ...this.settings, ...settings };
    for (const rate of [next.errorRate, next.dropRate]) {
      if (!(rate >= 0 && rate <= 1)) throw new Error(`A fault rate must be between 0 and 1, not ${rate}.`);
    }
    if (settings.seed !== undefined || this.settings.seed !== next.seed) this.state = next.seed >>> 0 || 1;
    this.settings = next;
  }

  /** The current settings. */
  current(): Required<FaultSettings> {
    return { ...this.settings };
  }

  /** The fault (if any) for the next request. */
  next(): FaultDecision {
    const { latencyMs, errorRate, dropRate } = this.settings;
    if (errorRate === 0 && dropRate === 0) return { kind: 'none', latencyMs };
    const draw = this.random();
    if (draw < dropRate) return { kind: 'drop', latencyMs };
    if (draw < dropRate + errorRate) return { kind: 'error', latencyMs };
    return { kind: 'none', latencyMs };
  }

  private random(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
}
