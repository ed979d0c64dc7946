// The autosave's timing with Jest's fake timers: one save after typing pauses, one save in flight at a time,
// recovery from each kind of failure as `saveRecovery` says.
import { AppError } from '../../../src/domain';
import { SaveScheduler, type SaveStatus } from '../../../src/ui/autosave/saveScheduler';

interface Harness {
  scheduler: SaveScheduler;
  /** Each status's kind, `slow` for a save that takes long. */
  statuses: string[];
  saves: number;
  online: boolean;
  /** The next saves' outcomes, in order; a save with none left succeeds at once. */
  outcomes: (() => Promise<void>)[];
}

function harness(options: { delayMs?: number; slowAfterMs?: number } = {}): Harness {
  const h: Harness = {
    scheduler: undefined as unknown as SaveScheduler,
    statuses: [],
    saves: 0,
    online: true,
    outcomes: [],
  };
  h.scheduler = new SaveScheduler({
    delayMs: options.delayMs ?? 1500,
    slowAfterMs: options.slowAfterMs ?? 4000,
    isOnline: () => h.online,
    onStatus: (status: SaveStatus) =>
      h.statuses.push(status.kind === 'saving' && status.slow ? 'slow' : status.kind),
    save: () => {
      h.saves++;
      return h.outcomes.shift()?.() ?? Promise.resolve();
    },
  });
  return h;
}

/** A save that waits until the test settles it. */
function pendingSave(): { outcome: () => Promise<void>; resolve: () => void; reject: (e: unknown) => void } {
  let resolve!: () => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { outcome: () => promise, resolve, reject };
}

const flushPromises = () => jest.advanceTimersByTimeAsync(0);

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

it('saves once, after the typing has paused for the delay', async () => {
  const h = harness();
  for (let i = 0; i < 5; i++) {
    h.scheduler.changed();
    await jest.advanceTimersByTimeAsync(1000);
  }
  expect(h.saves).toBe(0);
  await jest.advanceTimersByTimeAsync(499);
  expect(h.saves).toBe(0);
  await jest.advanceTimersByTimeAsync(1);
  expect(h.saves).toBe(1);
  expect(h.statuses.at(-1)).toBe('saved');
});

it('keeps one save in flight and saves what changed meanwhile after it', async () => {
  const h = harness();
  const first = pendingSave();
  h.outcomes.push(first.outcome);
  h.scheduler.changed();
  await jest.advanceTimersByTimeAsync(1500);
  expect(h.saves).toBe(1);
  h.scheduler.changed();
  await jest.advanceTimersByTimeAsync(5000);
  expect(h.saves).toBe(1);
  first.resolve();
  await flushPromises();
  expect(h.statuses.at(-1)).toBe('pending');
  await jest.advanceTimersByTimeAsync(1500);
  expect(h.saves).toBe(2);
  expect(h.statuses.at(-1)).toBe('saved');
});

it('says a long save is slow (PnPjs retrying) and saved when it lands', async () => {
  const h = harness();
  const save = pendingSave();
  h.outcomes.push(save.outcome);
  h.scheduler.changed();
  await jest.advanceTimersByTimeAsync(1500);
  expect(h.statuses.at(-1)).toBe('saving');
  await jest.advanceTimersByTimeAsync(3999);
  expect(h.statuses.at(-1)).toBe('saving');
  await jest.advanceTimersByTimeAsync(1);
  expect(h.statuses.at(-1)).toBe('slow');
  save.resolve();
  await flushPromises();
  expect(h.statuses.at(-1)).toBe('saved');
});

it('waits offline without calling the network, and saves when the browser is online again', async () => {
  const h = harness();
  h.online = false;
  h.scheduler.changed();
  await jest.advanceTimersByTimeAsync(10_000);
  expect(h.saves).toBe(0);
  expect(h.statuses.at(-1)).toBe('offline');
  h.online = true;
  h.scheduler.online();
  await flushPromises();
  expect(h.saves).toBe(1);
  expect(h.statuses.at(-1)).toBe('saved');
});

it('treats a save that fails for want of network as offline, and tries again by itself', async () => {
  const h = harness();
  h.outcomes.push(() => Promise.reject(new AppError('offline')));
  h.scheduler.changed();
  await jest.advanceTimersByTimeAsync(1500);
  expect(h.statuses.at(-1)).toBe('offline');
  // The browser may still believe it is online: the next attempt comes without an online event too.
  await jest.advanceTimersByTimeAsync(15_000);
  expect(h.saves).toBe(2);
  expect(h.statuses.at(-1)).toBe('saved');
});

it('tries again after Retry-After when SharePoint stays busy', async () => {
  const h = harness();
  h.outcomes.push(() => Promise.reject(new AppError('throttled', { retryAfterSeconds: 20 })));
  h.scheduler.changed();
  await jest.advanceTimersByTimeAsync(1500);
  expect(h.statuses.at(-1)).toBe('failed');
  await jest.advanceTimersByTimeAsync(19_999);
  expect(h.saves).toBe(1);
  await jest.advanceTimersByTimeAsync(1);
  expect(h.saves).toBe(2);
  expect(h.statuses.at(-1)).toBe('saved');
});

it('does not retry a refused save by itself, but on request', async () => {
  const h = harness();
  h.outcomes.push(() => Promise.reject(new AppError('forbidden')));
  h.scheduler.changed();
  await jest.advanceTimersByTimeAsync(1500);
  await jest.advanceTimersByTimeAsync(120_000);
  expect(h.saves).toBe(1);
  expect(h.statuses.at(-1)).toBe('failed');
  h.scheduler.retryNow();
  await flushPromises();
  expect(h.saves).toBe(2);
  expect(h.statuses.at(-1)).toBe('saved');
});

it('saves nothing after a conflict until it is resolved', async () => {
  const h = harness();
  h.outcomes.push(() => Promise.reject(new AppError('conflict')));
  h.scheduler.changed();
  await jest.advanceTimersByTimeAsync(1500);
  expect(h.statuses.at(-1)).toBe('conflict');
  h.scheduler.changed();
  h.scheduler.retryNow();
  await jest.advanceTimersByTimeAsync(60_000);
  expect(h.saves).toBe(1);
  h.scheduler.resolved();
  await jest.advanceTimersByTimeAsync(1500);
  expect(h.saves).toBe(2);
});

it('saves at once on flush and reports its failure to the caller', async () => {
  const h = harness();
  h.scheduler.changed();
  await h.scheduler.flush();
  expect(h.saves).toBe(1);
  h.outcomes.push(() => Promise.reject(new AppError('unavailable')));
  h.scheduler.changed();
  await expect(h.scheduler.flush()).rejects.toMatchObject({ code: 'unavailable' });
  await h.scheduler.flush(); // nothing changed since the one that failed was kept pending: saved now
  expect(h.saves).toBe(3);
});
