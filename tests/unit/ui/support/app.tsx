import { devIdentityTokenProvider } from '../../../../src/auth';
import {
  cancelMeeting,
  createGraphClient,
  createMeeting,
  graphActivityNotifier,
  graphChannelPoster,
  updateMeeting,
  workflowsPoster,
} from '../../../../src/graph';
import { SharePointBookingStore } from '../../../../src/sharepoint/repositories/bookingStore';
import { SharePointConsultationStore } from '../../../../src/sharepoint/repositories/consultationStore';
import { bookingServices } from '../../../../src/ui/bookings/bookingServices';
import { consultationServices } from '../../../../src/ui/consultation/consultationServices';
import { DEV_BOARD_CHANNEL_ID, DEV_TEAM_ID } from '../../../../emulators/graph';
import { SharePointReminderStore } from '../../../../src/sharepoint/repositories/reminderStore';
import { personalTabEntityId, unitDeepLink } from '../../../../src/teams';
import { reminderServices } from '../../../../src/ui/review/reminderServices';
import { boardServices } from '../../../../src/ui/board/boardServices';
import { SharePointPublicationStore } from '../../../../src/sharepoint/repositories/publicationStore';
// Rendering the manager's pages in jsdom with the services the composition root would give them, except that the
// storage, the network state and the clock are the test's.
import { act, configure, getConfig, render, type RenderResult } from '@testing-library/react';
import { type ReactElement } from 'react';
import { boardDeepLink, type CountedDashboard, type Locale } from '../../../../src/domain';
import { SharePointComparisonRepository } from '../../../../src/sharepoint/repositories/comparisonRepository';
import { loadOverview } from '../../../../src/sharepoint/repositories/storedOverview';
import { AppRoot } from '../../../../src/ui/AppRoot';
import { ManagerApp } from '../../../../src/ui/app/ManagerApp';
import { settingsServices } from '../../../../src/ui/settings/settingsServices';
import { scenarioServices } from '../../../../src/ui/scenarios/scenarioServices';
import { SharePointScenarioStore } from '../../../../src/sharepoint/repositories/scenarioStore';
import { loadPresentation, loadWorkbook } from '../../../../src/exports';
import { randomUUID } from 'node:crypto';
import {
  ServicesContext,
  type BackupStorage,
  type Connectivity,
  type ManagerServices,
} from '../../../../src/ui/services';
import { exportServicesFor, spFor } from './exports';
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

/** The app's manifest id in the links the tests' reminders carry. */
export const TEST_APP_ID = 'b4c1c0de-0000-4000-8000-000000000001';

/** The app's Graph client acting as `upn`, to the site process's local receiver, through `network`. */
function graphFor(site: TestSite, upn: string, network: TestNetwork) {
  const graph = createGraphClient({
    graphUrl: site.graphUrl,
    tokens: devIdentityTokenProvider({ emulatorUrl: site.url, upn }),
  });
  graph.using(network.behavior());
  return graph;
}

/** Services for `upn` on the test site, through `network`. */
export function servicesFor(
  site: TestSite,
  options: { upn: string; network: TestNetwork; storage?: MemoryStorage; connectivity?: TestConnectivity },
): ManagerServices & { storage: MemoryStorage; connectivity: TestConnectivity } {
  const repos = site.repos(options.upn, options.network);
  return {
    upn: options.upn,
    inventories: repos.inventories,
    // On this thread: jsdom has no workers, and the tab's worker runs this same load. Figures are read without
    // waiting for SharePoint's change dates to settle (`settleMs`): nothing else writes while a test reads.
    dashboard: {
      loadView: (query, { useStore = false, onEarlier } = {}) =>
        new Promise((resolve, reject) => {
          const show = (dashboard: CountedDashboard) =>
            (dashboard.current ? resolve : onEarlier)?.(dashboard);
          const sp = spFor(site, options.upn, options.network);
          loadOverview(sp, query, { useStore, show, settle: 0 }).catch(reject);
        }),
    },
    exports: exportServicesFor(site, options.upn, options.network),
    comparisons: new SharePointComparisonRepository(spFor(site, options.upn, options.network)),
    // Sammanställningar on the test site; the board's channel on the site process's local Graph receiver, through
    // Graph as `upn` or through the receiver's seeded Workflows flow.
    board: async () => {
      const graph = graphFor(site, options.upn, options.network);
      return boardServices({
        store: new SharePointPublicationStore(spFor(site, options.upn, options.network)),
        graph: graphChannelPoster(graph, { teamId: DEV_TEAM_ID, channelId: DEV_BOARD_CHANNEL_ID }),
        workflows: (url) => workflowsPoster(url),
        link: (scopeKey, label) =>
          boardDeepLink({ appId: TEST_APP_ID, channelId: DEV_BOARD_CHANNEL_ID, scopeKey, label }),
        now: () => new Date(),
      });
    },
    // Påminnelser on the test site; the activity feed on the site process's local Graph receiver.
    reminders: async () => {
      const graph = graphFor(site, options.upn, options.network);
      return reminderServices({
        store: new SharePointReminderStore(spFor(site, options.upn, options.network)),
        notifier: (dueDate) =>
          graphActivityNotifier(graph, {
            dueDate,
            link: (unitId) => unitDeepLink({ appId: TEST_APP_ID, entityId: personalTabEntityId, unitId }),
          }),
        now: () => new Date(),
      });
    },
    // Scenarier on the test site; the workbook built here, as the tab builds it.
    scenarios: async () =>
      scenarioServices({
        store: new SharePointScenarioStore(spFor(site, options.upn, options.network)),
        loadFigures: (query) => repos.dashboard.loadFigures(query),
        workbookBytes: async (input) => (await loadWorkbook()).scenarioWorkbookBytes(input),
        upn: options.upn,
        now: () => new Date(),
        randomId: () => randomUUID(),
      }),
    settings: async () =>
      settingsServices({ store: repos.settings, loadFigures: (query) => repos.dashboard.loadFigures(query) }),
    // Tider and Bokningar on the test site; the invitations in the site process's local Graph receiver.
    bookings: async () => {
      const graph = graphFor(site, options.upn, options.network);
      return bookingServices({
        store: new SharePointBookingStore(spFor(site, options.upn, options.network)),
        calendar: {
          create: (meeting) => createMeeting(graph, meeting),
          update: (ref, changes) => updateMeeting(graph, ref, changes),
          cancel: (ref, comment) => cancelMeeting(graph, ref, comment),
        },
        upn: options.upn,
        now: () => new Date(),
        newId: () => randomUUID(),
      });
    },
    consultation: async () =>
      consultationServices({
        store: new SharePointConsultationStore(spFor(site, options.upn, options.network)),
        scenarios: new SharePointScenarioStore(spFor(site, options.upn, options.network)),
        upn: options.upn,
        now: () => new Date(),
        newId: () => randomUUID(),
        loadFigures: (query) => repos.dashboard.loadFigures(query),
        loadInventory: (periodId, unitId) => repos.inventories.get(periodId, unitId),
      }),
    presentation: async () => ({
      pptx: async (slides, locale) => (await loadPresentation()).presentationPptxBytes(slides, { locale }),
    }),
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
  return renderInApp(
    <ServicesContext.Provider value={services}>
      <ManagerApp services={services} locale={locale} />
    </ServicesContext.Provider>,
    { locale },
  );
}

// The platform's, not Jest's: the tests fake timers for the debounce, while the emulator answers in real time.
const realSetImmediate = globalThis.setImmediate;
const realNow = () => performance.timeOrigin + performance.now();

/**
 * Lets real I/O (the emulator's answers) and React's updates happen until `check` passes (returns without
 * throwing), turn by turn of the event loop; gives up after 10 s of real time with `check`'s error.
 */
export async function until(check: () => void, options: { within?: number } = {}): Promise<void> {
  const deadline = realNow() + (options.within ?? 10_000);
  for (;;) {
    if (passes(check)) return;
    if (realNow() > deadline) {
      // Once more with Testing Library's own error, which prints the page.
      check();
      return;
    }
    await act(async () => {
      await new Promise<void>((resolve) => realSetImmediate(resolve));
      // PnPjs starts each request in a zero-delay timeout, which fake timers schedule 1 ms ahead when it is set
      // while they run: let 1 ms pass, as a real network round trip would.
      if (fakeTimers()) await jest.advanceTimersByTimeAsync(1);
    });
  }
}

/**
 * Whether `check` passes, with Testing Library's errors left bare meanwhile: its usual error prints the whole page,
 * which on the form costs more than the query, on every turn that `until` waits.
 */
function passes(check: () => void): boolean {
  const { getElementError } = getConfig();
  configure({
    getElementError: (message) =>
      Object.assign(new Error(message ?? ''), { name: 'TestingLibraryElementError' }),
  });
  try {
    check();
    return true;
  } catch {
    return false;
  } finally {
    configure({ getElementError });
  }
}

/**
 * What `promise` gives, waiting for it as `until` waits: under fake timers a PnPjs request (the test reading what
 * SharePoint stored) starts only once the timers move on.
 */
export async function settled<T>(promise: Promise<T>, options: { within?: number } = {}): Promise<T> {
  const box: { outcome?: { ok: true; value: T } | { ok: false; error: unknown } } = {};
  promise.then(
    (value) => (box.outcome = { ok: true, value }),
    (error: unknown) => (box.outcome = { ok: false, error }),
  );
  await until(() => {
    if (box.outcome === undefined) throw new Error('The promise has not settled yet.');
  }, options);
  const { outcome } = box;
  if (outcome === undefined || !outcome.ok) throw outcome?.error;
  return outcome.value;
}

/** Whether Jest's fake timers are installed (the test of @testing-library/dom's own `waitFor`). */
function fakeTimers(): boolean {
  return Object.prototype.hasOwnProperty.call(setTimeout, 'clock');
}

/** Fake timers (and `Date`) for the debounce, leaving the event loop's own turns (the network) and `performance` real. */
export function useDebounceTimers(): void {
  jest.useFakeTimers({
    doNotFake: ['setImmediate', 'clearImmediate', 'nextTick', 'queueMicrotask', 'performance'],
  });
}

/**
 * Moves the fake timers on by `ms`, inside `act` so React sees the updates they cause. Asynchronously: as in a
 * browser, promise callbacks run between two timers (PnPjs's batching relies on it; the synchronous
 * `advanceTimersByTime` would run a save's request timers before its own promise callbacks).
 */
export async function advance(ms: number): Promise<void> {
  await act(async () => {
    await jest.advanceTimersByTimeAsync(ms);
  });
}
