// The project team's settings page in Chromium through the local Teams host: reached from the overview's link,
// a function is moved with the keyboard and the focus stays on it, axe-core finds nothing in any Teams theme or
// language, and a 360 px phone needs no sideways scrolling with every control within reach.
import type { BrowserContextOptions, Frame, Page } from 'playwright-core';
import { axeViolations, type AxeViolation } from './lib/axe';
import { screenshotPath } from './lib/browser';
import { browserSuite } from './lib/browserSuite';
import { openHostAt, outOfReach, sidewaysScroll, THEMES, unanswered } from './lib/hostPage';
import { PEOPLE } from './lib/managerSite';

jest.setTimeout(120_000);

let hostPage: Page | undefined;
const suite = browserSuite({
  afterEachTest: async () => {
    try {
      if (hostPage !== undefined) expect(await unanswered(hostPage)).toBe(0);
    } finally {
      hostPage = undefined;
    }
  },
});

async function newPage(options: BrowserContextOptions = {}): Promise<Page> {
  // bypassCSP: axe is injected as a script, which the host page's policy (script-src 'self') rightly refuses.
  return (await suite.newContext({ bypassCSP: true, ...options })).context.newPage();
}

async function openSettings(
  page: Page,
  options: { hash?: string; theme?: (typeof THEMES)[number]; locale?: 'sv-se' | 'en-us' } = {},
): Promise<Frame> {
  hostPage = page;
  const en = options.locale === 'en-us';
  const frame = await openHostAt(page, suite.tab, {
    as: PEOPLE.petra,
    theme: options.theme ?? 'default',
    locale: options.locale ?? 'sv-se',
    hash: options.hash ?? '#/installningar',
  });
  await frame.getByRole('heading', { level: 1, name: en ? 'Settings' : 'Inställningar' }).waitFor();
  // Checked once the answered lines are counted, the page's last change after it loads.
  await frame
    .getByText(en ? /^\d+ answered lines$/ : /^\d+ besvarade rader$/)
    .first()
    .waitFor();
  return frame;
}

describe('the settings page in the Teams host', () => {
  it('opens from the overview, and a function moved with the keyboard keeps the focus', async () => {
    const page = await newPage();
    hostPage = page;
    const frame = await openHostAt(page, suite.tab, {
      as: PEOPLE.petra,
      theme: 'default',
      locale: 'sv-se',
      hash: '#/oversikt',
    });
    const link = frame.getByRole('link', { name: 'Inställningar' });
    await link.focus();
    await link.press('Enter');
    await frame.getByRole('heading', { level: 1, name: 'Inställningar' }).waitFor();
    const down = frame.getByRole('button', { name: 'Flytta ned HR' });
    await down.focus();
    await down.press('Enter');
    await frame.getByText('HR är nu nummer 3 av', { exact: false }).waitFor();
    expect(await frame.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Flytta ned HR',
    );
    const legends = await frame.locator('fieldset > legend').allTextContents();
    const functions = legends.filter((l) => l.startsWith('Stödfunktion '));
    expect(functions.indexOf('Stödfunktion HR')).toBe(2);
  });

  it('has no axe violations in any Teams theme or language', async () => {
    const page = await newPage();
    const found: Record<string, AxeViolation[]> = {};
    for (const locale of ['sv-se', 'en-us'] as const) {
      for (const theme of THEMES) {
        const frame = await openSettings(page, { theme, locale });
        const violations = await axeViolations(frame);
        if (violations.length > 0) found[`${locale} ${theme}`] = violations;
        await page.locator('#app-frame').screenshot({ path: screenshotPath(`settings-${theme}-${locale}`) });
        expect(await frame.evaluate(() => document.documentElement.lang)).toBe(locale.slice(0, 2));
      }
    }
    expect(found).toEqual({});
  }, 240_000);

  it('fits a 360 px phone: nothing scrolls sideways and every control is within reach', async () => {
    const page = await newPage({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    const frame = await openSettings(page);
    expect(await sidewaysScroll(frame)).toBe(0);
    expect(await outOfReach(frame)).toEqual([]);
    await page.screenshot({ path: screenshotPath('settings-360'), fullPage: true });
  });
});
