// What a browser test file of the manager's tab sets up once and tears down after each test: the tab with its
// SharePoint emulator and Teams host (tab.ts), headless Chromium (browser.ts), and a browser context per person
// that may reach only 127.0.0.1 (hostSession.ts `isolatedContext`), closed after the test that opened it.
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { launchBrowser } from './browser';
import { isolatedContext, type IsolatedContext } from './hostSession';
import { startTab, type RunningTab } from './tab';

/** A test file's tab and browser, and the contexts its running test opened. */
export interface BrowserSuite {
  /** The running tab (started in `beforeAll`). */
  readonly tab: RunningTab;
  /** Chromium (launched in `beforeAll`). */
  readonly browser: Browser;
  /** A new context (a person's browser) that may reach only 127.0.0.1, closed after the running test. */
  newContext(options?: BrowserContextOptions): Promise<IsolatedContext>;
  /** The contexts the running test opened, in order. */
  readonly contexts: readonly IsolatedContext[];
}

/**
 * Registers the file's `beforeAll` (the tab and Chromium, started together), `afterEach` (`afterEachTest`, if
 * given, while the test's pages are still open; then its contexts are closed) and `afterAll`. Call it at the top
 * level of the test file.
 */
export function browserSuite(
  options: { afterEachTest?: () => Promise<void>; tab?: Parameters<typeof startTab>[0] } = {},
): BrowserSuite {
  let tab: RunningTab | undefined;
  let browser: Browser | undefined;
  let contexts: IsolatedContext[] = [];
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started: use it in a test or a hook`);
    return value;
  };

  beforeAll(async () => {
    [tab, browser] = await Promise.all([startTab(options.tab), launchBrowser()]);
  });

  afterEach(async () => {
    try {
      await options.afterEachTest?.();
    } finally {
      await Promise.all(contexts.map(({ context }) => context.close()));
      contexts = [];
    }
  });

  afterAll(async () => {
    await browser?.close();
    await tab?.close();
  });

  return {
    get tab() {
      return started(tab, 'The tab');
    },
    get browser() {
      return started(browser, 'The browser');
    },
    get contexts() {
      return contexts;
    },
    newContext: async (contextOptions) => {
      const isolated = await isolatedContext(started(browser, 'The browser'), contextOptions);
      contexts.push(isolated);
      return isolated;
    },
  };
}
