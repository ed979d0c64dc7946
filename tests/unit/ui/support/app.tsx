// Rendering the manager's pages in jsdom with the services the composition root would give them, except that the
// storage, the network state and the clock are the test's.
import { act, render, type RenderResult } from '@testing-library/react';
import { type ReactElement } from 'react';
import { type Locale } from '../../../../src/domain';
import { AppRoot } from '../../../../src/ui/AppRoot';
import { ManagerApp } from '../../../../src/ui/app/ManagerApp';
import { type BackupStorage, type Connectivity, type ManagerServices } from '../../../../src/ui/services';
import { type TestNetwork } from './network';
import { type TestSite } from './site';

/** localStorage as a Map the test can read, and that survives a "reload" (a new render with the same storage). */
export class MemoryStorage implements BackupStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

/** `navigator.onLine` and its events, switched by the test. */
export class TestConnectivity implements Connectivity {
  private online = true;
  private readonly listeners = new Set<(online: boolean) => void>();
  isOnline(): boolean {
    return this.online;
  }
  subscribe(listener: (online: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  /** Goes on- or offline, telling the listeners as the browser's events do. */
  set(online: boolean): void {
    this.online = online;
    act(() => this.listeners.forEach((listener) => listener(online)));
  }
}

/** Services for `upn` on the test site, through `network`. */
export function servicesFor(
  site: TestSite,
  options: { upn: string; network: TestNetwork; storage?: MemoryStorage; connectivity?: TestConnectivity },
): ManagerServices & { storage: MemoryStorage; connectivity: TestConnectivity } {
  return {
    upn: options.upn,
    inventories: site.repos(options.upn, options.network).inventories,
    storage: options.storage ?? new MemoryStorage(),
    connectivity: options.connectivity ?? new TestConnectivity(),
    now: () => new Date(),
  };
}

/** Renders inside the app's one FluentProvider. */
export function renderInApp(ui: ReactElement, options: { locale?: Locale } = {}): RenderResult {
  return render(<AppRoot locale={options.locale ?? 'sv'}>{ui}</AppRoot>);
}

/** Renders the manager's tab as main.tsx does. */
export function renderManagerApp(services: ManagerServices, options: { locale?: Locale } = {}): RenderResult {
  const locale = options.locale ?? 'sv';
  return renderInApp(<ManagerApp services={services} locale={locale} />, { locale });
}

// The platform's, not Jest's: the tests fake timers for the debounce, while the emulator answers in real time.
const realSetImmediate = globalThis.setImmediate;
const realNow = () => performance.timeOrigin + performance.now();

/**
 * Lets real I/O (the emulator's answers) and React's updates happen until `check` passes (returns without
 * throwing), turn by turn of the event loop; gives up after 10 s of real time with `check`'s last error.
 */
export async function until(check: () => void, options: { within?: number } = {}): Promise<void> {
  const deadline = realNow() + (options.within ?? 10_000);
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (realNow() > deadline) throw error;
    }
    await act(async () => {
      await new Promise<void>((resolve) => realSetImmediate(resolve));
    });
  }
}

/** Fake timers for the debounce, leaving the event loop's own turns (the network) and the clock's reading real. */
export function useDebounceTimers(): void {
  jest.useFakeTimers({
    doNotFake: ['setImmediate', 'clearImmediate', 'nextTick', 'queueMicrotask', 'performance'],
  });
}

/** Moves the fake timers on by `ms`, inside `act` so React sees the updates they cause. */
export function advance(ms: number): void {
  act(() => {
    jest.advanceTimersByTime(ms);
  });
}
