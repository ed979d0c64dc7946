// What a test file of the tab inside the local Teams host sets up: the browser suite (browserSuite.ts), pages that
// may inject axe-core, and after each test the check that the host page it opened last answered every message the
// tab sent (its protocol log counts none unanswered or unknown); and the checks every view gets: axe in every
// theme and language, and a phone.
import type { BrowserContextOptions, Frame, Page } from 'playwright-core';
import { axeViolations, type AxeViolation } from './axe';
import { screenshotPath } from './browser';
import { browserSuite, type BrowserSuite } from './browserSuite';
import { openHostAt, THEMES, unanswered } from './hostPage';
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

/** A phone held upright, by touch. */
export const phone: BrowserContextOptions = {
  viewport: { width: 360, height: 740 },
  hasTouch: true,
  isMobile: true,
};

/**
 * axe-core on a view in every Teams theme and both languages, with a screenshot of each (`<name>-<theme>-<locale>`):
 * the violations by `<locale> <theme>`, empty when there are none. `show` opens the view in the theme and language.
 */
export async function axeInEveryTheme(
  page: Page,
  name: string,
  show: (options: { theme: (typeof THEMES)[number]; locale: 'sv-se' | 'en-us' }) => Promise<Frame>,
): Promise<Record<string, AxeViolation[]>> {
  const found: Record<string, AxeViolation[]> = {};
  for (const locale of ['sv-se', 'en-us'] as const) {
    for (const theme of THEMES) {
      const frame = await show({ theme, locale });
      const violations = await axeViolations(frame);
      if (violations.length > 0) found[`${locale} ${theme}`] = violations;
      await page.locator('#app-frame').screenshot({ path: screenshotPath(`${name}-${theme}-${locale}`) });
    }
  }
  return found;
}
