// A person's browser session with the tab framed by the local Teams host: a Chromium context of its own whose
// every request that would leave 127.0.0.1 is aborted and remembered, the host page for a persona, the app's
// frame, the SharePoint requests the app makes, and the host's count of unanswered protocol messages.
import type {
  Browser,
  BrowserContext,
  BrowserContextOptions,
  FrameLocator,
  Page,
  Request,
} from 'playwright-core';
import { type RunningTab } from './tab';

/**
 * teams-js fetches Microsoft's list of valid origins when its module loads; here it is aborted (no network), which
 * teams-js survives. It is the one request the tab may try to send off this machine.
 */
export const TEAMS_JS_VALID_DOMAINS =
  'https://res.cdn.office.net/teams-js/validDomains/json/validDomains.json';

/** A browser context that may reach only 127.0.0.1. */
export interface IsolatedContext {
  readonly context: BrowserContext;
  /** Every request that tried to reach another host (aborted), in order, as full URLs. */
  readonly offBox: string[];
}

/**
 * Opens a context (1280 × 900 unless `options` say otherwise) whose requests to any host but 127.0.0.1 are aborted
 * and recorded in `offBox`.
 */
export async function isolatedContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<IsolatedContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const offBox: string[] = [];
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    async (route) => {
      offBox.push(route.request().url());
      await route.abort('internetdisconnected');
    },
  );
  return { context, offBox };
}

/** The host page of a persona with the tab in its frame. */
export interface HostSession {
  readonly page: Page;
  /** The tab inside the host (`#app-frame`). */
  readonly app: FrameLocator;
  /** The tab's requests to the SharePoint emulator's `/_api` since the page opened. */
  readonly sharePoint: SharePointRequests;
  /** Reloads the host page (the whole of Teams, as F5 would): its address opens it as the same person again. */
  reload(): Promise<void>;
  /** How many protocol messages the host left unanswered or did not know (`window.teamsHost.unanswered()`). */
  unanswered(): Promise<number>;
  /** The host's log entries of those messages (`status` `unknown` or `refused`), to say which they were. */
  unansweredEntries(): Promise<unknown[]>;
}

/** The UPN in a bearer token's payload (not verified: the emulator does that), or `null`. */
function upnOfBearer(authorization: string | undefined): string | null {
  const token = authorization?.replace(/^Bearer /i, '');
  const payload = token?.split('.')[1];
  if (payload === undefined) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { upn?: unknown };
    return typeof claims.upn === 'string' ? claims.upn.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** A request to the SharePoint API as the browser sent it. */
export interface SharePointRequest {
  readonly method: string;
  readonly url: string;
  /** Whose token it carried. */
  readonly upn: string | null;
}

/**
 * The requests a page sent to the SharePoint API, as the browser saw them (CORS preflights are not requests, and
 * tokens come from the Teams host, not from SharePoint).
 */
export class SharePointRequests {
  private readonly seen: SharePointRequest[] = [];

  constructor(
    page: Page,
    private readonly origin: string,
  ) {
    page.on('request', (request: Request) => {
      const url = new URL(request.url());
      if (url.origin === this.origin && url.pathname.includes('/_api/') && request.method() !== 'OPTIONS') {
        const upn = upnOfBearer(request.headers().authorization);
        this.seen.push({ method: request.method(), url: request.url(), upn });
      }
    });
  }

  /** What was sent (by `upn`'s token, when given), as `METHOD path`, in order. */
  list(upn?: string): string[] {
    return this.of(upn).map(({ method, url }) => `${method} ${new URL(url).pathname}`);
  }

  /** How many were sent (by `upn`'s token, when given). */
  count(upn?: string): number {
    return this.of(upn).length;
  }

  private of(upn: string | undefined): SharePointRequest[] {
    return upn === undefined ? this.seen : this.seen.filter((r) => r.upn === upn.toLowerCase());
  }
}

type HostWindow = { teamsHost: { signedIn(): boolean } };

/**
 * Waits until the host page has signed in the person its address names (`?as=`: a persona at once, any other UPN
 * through the host's server), or fails with what the host said when it could not.
 */
export async function signedIn(page: Page): Promise<void> {
  const alerts = page.locator('#alerts');
  await page.waitForFunction(
    () =>
      'teamsHost' in window &&
      ((window as unknown as HostWindow).teamsHost.signedIn() ||
        (document.getElementById('alerts')?.textContent ?? '') !== ''),
  );
  if (!(await page.evaluate(() => (window as unknown as HostWindow).teamsHost.signedIn()))) {
    throw new Error(`The host signed nobody in: ${await alerts.textContent()}`);
  }
}

/** Opens the host as a person in `context` (a new page), optionally at a unit by deep link (`sub`). */
export async function openHost(
  context: BrowserContext,
  tab: RunningTab,
  options: Parameters<RunningTab['hostAddress']>[0],
): Promise<HostSession> {
  const page = await context.newPage();
  const sharePoint = new SharePointRequests(page, new URL(tab.emulator.url).origin);
  await page.goto(tab.hostAddress(options), { waitUntil: 'domcontentloaded' });
  await signedIn(page);
  return {
    page,
    app: page.locator('#app-frame').contentFrame(),
    sharePoint,
    reload: async () => {
      await page.reload({ waitUntil: 'domcontentloaded' });
      await signedIn(page);
    },
    unanswered: () =>
      page.evaluate(() =>
        (window as unknown as { teamsHost: { unanswered(): number } }).teamsHost.unanswered(),
      ),
    unansweredEntries: () =>
      page.evaluate(() =>
        (window as unknown as { teamsHost: { log(): { status: string }[] } }).teamsHost
          .log()
          .filter((entry) => entry.status === 'unknown' || entry.status === 'refused'),
      ),
  };
}
