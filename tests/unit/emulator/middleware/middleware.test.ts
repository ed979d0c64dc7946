import { FaultInjector } from '../../../../emulators/sharepoint/middleware/faults';
import { RequestStats } from '../../../../emulators/sharepoint/middleware/stats';
import { Throttle } from '../../../../emulators/sharepoint/middleware/throttle';

describe('fault injection', () => {
  it('repeats the same faults for the same seed and differs for another seed', () => {
    const sequence = (seed: number) => {
      const faults = new FaultInjector({ errorRate: 0.3, dropRate: 0.2, seed });
      return Array.from({ length: 200 }, () => faults.next().kind);
    };
    expect(sequence(42)).toEqual(sequence(42));
    expect(sequence(42)).not.toEqual(sequence(43));
    const kinds = sequence(42);
    const share = (kind: string) => kinds.filter((k) => k === kind).length / kinds.length;
    expect(share('drop')).toBeGreaterThan(0.1);
    expect(share('drop')).toBeLessThan(0.3);
    expect(share('error')).toBeGreaterThan(0.2);
    expect(share('error')).toBeLessThan(0.4);
  });

  it('injects nothing at rate 0, always at rate 1, and restarts the sequence on a new seed', () => {
    const faults = new FaultInjector({ latencyMs: 25 });
    expect(faults.next()).toEqual({ kind: 'none', latencyMs: 25 });
    faults.configure({ errorRate: 1 });
    expect(faults.next().kind).toBe('error');
    faults.configure({ errorRate: 0, dropRate: 0.5, seed: 9 });
    const first = [faults.next().kind, faults.next().kind, faults.next().kind];
    faults.configure({ seed: 9 });
    expect([faults.next().kind, faults.next().kind, faults.next().kind]).toEqual(first);
    expect(() => faults.configure({ errorRate: 1.5 })).toThrow(/between 0 and 1/);
  });
});

describe('throttling', () => {
  it('allows the limit per user per one-second window and tells when to retry', () => {
    const throttle = new Throttle(2);
    const t = 10_000_250;
    expect(throttle.take('anna', t)).toMatchObject({ kind: 'allowed', remaining: 1 });
    expect(throttle.take('anna', t + 10)).toMatchObject({ kind: 'allowed', remaining: 0 });
    expect(throttle.take('anna', t + 20)).toEqual({ kind: 'throttled', limit: 2, retryAfterSeconds: 1 });
    expect(throttle.take('erik', t + 20)).toMatchObject({ kind: 'allowed' });
    expect(throttle.take('anna', t + 760)).toMatchObject({ kind: 'allowed', remaining: 1 });
  });

  it('is off at 0 and can be turned on at run time', () => {
    const throttle = new Throttle(0);
    for (let i = 0; i < 100; i++) expect(throttle.take('anna', 5).kind).toBe('allowed');
    throttle.setLimit(1);
    expect(throttle.enabled).toBe(true);
    expect(throttle.take('anna', 5).kind).toBe('allowed');
    expect(throttle.take('anna', 6).kind).toBe('throttled');
  });
});

describe('request statistics', () => {
  it('counts requests per user, batch operations and bytes until reset', () => {
    const stats = new RequestStats();
    stats.countRequest('anna');
    stats.countRequest('anna');
    stats.countRequest('erik');
    stats.countBatchOperations(20);
    stats.countBytes({ plain: 9_000, sent: 1_200 });
    stats.countBytes({ plain: 300, sent: 300 });
    expect(stats.snapshot()).toEqual({
      requests: 3,
      batchOperations: 20,
      byUser: { anna: 2, erik: 1 },
      bytesPlain: 9_300,
      bytesSent: 1_500,
    });
    stats.reset();
    expect(stats.snapshot()).toEqual({
      requests: 0,
      batchOperations: 0,
      byUser: {},
      bytesPlain: 0,
      bytesSent: 0,
    });
  });
});
