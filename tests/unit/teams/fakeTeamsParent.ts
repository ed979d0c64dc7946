// A fake Teams host for teams-js in jsdom, as teams-js's own tests build one (`test/utils.ts`): the tab's window
// is a stand-in handed to teams-js with `app._initialize`, whose parent records every postMessage (and its target
// origin) and answers from the recorded wire fixtures, which the Teams host emulator's tests answer too.
import { app } from '@microsoft/teams-js';
import { stable, type WireExchange, type WireFixture } from '../../fixtures/teams-wire/wire';

/** The local host's origin, as the fixtures were recorded. */
export const HOST_ORIGIN = 'http://127.0.0.1:4000';
/** The tab's origin, as the fixtures were recorded. */
export const TAB_ORIGIN = 'http://127.0.0.1:3000';

/** One message the tab posted to its parent. */
export interface PostedMessage {
  readonly message: Record<string, unknown>;
  readonly targetOrigin: string;
}

type Listener = (event: { data: unknown; origin: string; source: unknown }) => void;

/**
 * A message as canonical JSON: keys sorted, and undefined array members as null (as they are in the JSON fixtures).
 */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** The fake parent window and the tab's window it parents. */
export class FakeTeamsParent {
  /** Everything the tab posted, in order. */
  readonly posted: PostedMessage[] = [];
  /** Requests no fixture exchange matched (a test fails on any). */
  readonly unmatched: Record<string, unknown>[] = [];
  private readonly listeners: Listener[] = [];
  private readonly exchanges: WireExchange[];
  private readonly parentWindow: { postMessage: (message: unknown, targetOrigin: string) => void };
  /** The tab's window as teams-js sees it. */
  readonly tabWindow: Record<string, unknown>;

  constructor(fixtures: readonly WireFixture[], options: { answer?: boolean } = {}) {
    this.exchanges = fixtures.flatMap((f) => f.exchanges);
    const answer = options.answer ?? true;
    this.parentWindow = {
      postMessage: (message, targetOrigin) => {
        const request = message as Record<string, unknown>;
        this.posted.push({ message: request, targetOrigin });
        const exchange = this.exchanges.find((e) => sameRequest(e.request, request));
        if (!exchange) {
          this.unmatched.push(request);
          return;
        }
        if (answer && exchange.response !== null) {
          const response = { ...exchange.response, id: request.id, uuidAsString: request.uuidAsString };
          setTimeout(() => this.deliver(response));
        }
      },
    };
    const tab: Record<string, unknown> = {
      location: { origin: TAB_ORIGIN, href: `${TAB_ORIGIN}/` },
      addEventListener: (type: string, listener: Listener) => {
        if (type === 'message') this.listeners.push(listener);
      },
      removeEventListener: (type: string, listener: Listener) => {
        const at = this.listeners.indexOf(listener);
        if (type === 'message' && at >= 0) this.listeners.splice(at, 1);
      },
      setInterval: (handler: () => void, ms: number) => setInterval(handler, ms),
      clearInterval: (id: ReturnType<typeof setInterval>) => clearInterval(id),
      close: () => undefined,
    };
    tab.self = tab;
    tab.parent = this.parentWindow;
    tab.top = this.parentWindow;
    this.tabWindow = tab;
  }

  /** Hands teams-js the tab's window (call before connecting). */
  install(): void {
    app._initialize(this.tabWindow);
  }

  /** Sends a host event (`themeChange`, `settings.save`) as the host would. */
  sendEvent(event: Record<string, unknown>): void {
    this.deliver(event);
  }

  /** The funcs posted so far. */
  funcs(): string[] {
    return this.posted.map((p) => String(p.message.func));
  }

  private deliver(data: unknown): void {
    for (const listener of [...this.listeners])
      listener({ data, origin: HOST_ORIGIN, source: this.parentWindow });
  }
}

/** A tab window with no parent and no opener: a plain browser tab. */
export function plainBrowserWindow(): Record<string, unknown> {
  const tab: Record<string, unknown> = {
    location: { origin: TAB_ORIGIN, href: `${TAB_ORIGIN}/` },
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    opener: null,
  };
  tab.self = tab;
  tab.parent = tab;
  tab.top = tab;
  return tab;
}

/** Whether a request is the recorded one: the same message but for teams-js's counters, clocks and ids. */
export function sameRequest(recorded: Record<string, unknown>, sent: Record<string, unknown>): boolean {
  return canonical(stable(recorded)) === canonical(stable(sent));
}
