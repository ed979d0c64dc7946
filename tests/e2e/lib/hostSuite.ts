// What a test file of the tab inside the local Teams host sets up: the browser suite (browserSuite.ts), pages that
// may inject axe-core, and after each test the check that the host page it opened last answered every message the
// tab sent (its protocol log counts none unanswered or unknown).
import type { BrowserContextOptions, Frame, Page } from 'playwright-core';
import { browserSuite, type BrowserSuite } from './browserSuite';
import { openHostAt, unanswered } from './hostPage';
import { type startTab } from './tab';

/** A host test file's suite. */
export interface HostSuite {
  readonly suite: BrowserSuite;
  /** A page in a new person's browser. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  /** Opens the host on `page` (`openHostAt`); its protocol log is checked after the test. */
  open(page: Page, options: Parameters<typeof openHostAt>[2]): Promise<Frame>;
}

/** Registers the file's hooks (`browserSuite`) with the host's check after each test. Call it at the top level. */
export function hostSuite(tab?: Parameters<typeof startTab>[0]): HostSuite {
  let hostPage: Page | undefined;
  const suite = browserSuite({
    afterEachTest: async () => {
      try {
        if (hostPage !== undefined) expect(await unanswered(hostPage)).toBe(0);
      } finally {
        hostPage = undefined;
      }
    },
    tab,
  });
  return {
    suite,
    // bypassCSP: axe is injected as a script, which the host page's policy (script-src 'self') rightly refuses.
    newPage: async (options = {}) =>
      (await suite.newContext({ bypassCSP: true, acceptDownloads: true, ...options })).context.newPage(),
    open: (page, options) => {
      hostPage = page;
      return openHostAt(page, suite.tab, options);
    },
  };
}
