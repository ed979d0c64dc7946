// The reviewer's pages as people who do not use a mouse, a big screen or the default colours meet them: axe-core
// finds nothing on the list and on a unit's review in each Teams theme and language (through the local Teams host);
// a 360 px phone needs no sideways scrolling and a thumb reaches everything; a decision can be made by keyboard
// alone; the list of who has not submitted is copied to the clipboard and downloaded as a CSV a Swedish Excel opens.
import { readFileSync } from 'node:fs';
import type { BrowserContextOptions, Frame, Page } from 'playwright-core';
import { type Inventory } from '../../src/domain';
import { axeViolations, type AxeViolation } from './lib/axe';
import { screenshotPath } from './lib/browser';
import { browserSuite } from './lib/browserSuite';
import { openHostAt as openHost, outOfReach, sidewaysScroll, THEMES, unanswered } from './lib/hostPage';
import { chef, PEOPLE, submitAnswered } from './lib/managerSite';

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

/** Opens the host as `upn` at a fragment of the tab; the host's answers are checked after the test. */
function openHostAt(
  page: Page,
  upn: string,
  options: { theme: (typeof THEMES)[number]; locale: 'sv-se' | 'en-us'; hash: string },
): Promise<Frame> {
  hostPage = page;
  return openHost(page, suite.tab, { as: upn, ...options });
}

/** The manager answers every question and submits, through the app's repository (what their tab sends). */
function submitAs(upn: string, unitId: string): Promise<Inventory> {
  const { config, units, current } = suite.tab.site;
  return submitAnswered(suite.tab.repos(upn), { config, units, periodId: current.id, unitId, upn });
}

beforeAll(async () => {
  // Submitted units for Karl (kontorschef of K1) to review: one per test that decides, one to look at.
  await Promise.all([submitAs(chef(8), 'E8'), submitAs(chef(9), 'E9'), submitAs(chef(10), 'E10')]);
});

describe("the reviewer's pages in the Teams host", () => {
  it('have no axe violations on the list and on a unit, in every Teams theme and language', async () => {
    const page = await newPage();
    const found: Record<string, AxeViolation[]> = {};
    for (const locale of ['sv-se', 'en-us'] as const) {
      const en = locale === 'en-us';
      for (const theme of THEMES) {
        const list = await openHostAt(page, PEOPLE.karl, { theme, locale, hash: '#/granska' });
        await list
          .getByRole('heading', {
            level: 2,
            name: en ? 'How far the units have come' : 'Hur långt enheterna har kommit',
          })
          .waitFor();
        await list
          .getByRole('heading', { level: 2, name: en ? 'Not submitted' : 'Inte inskickade' })
          .waitFor();
        const onList = await axeViolations(list);
        if (onList.length > 0) found[`${locale} ${theme} list`] = onList;
        await page
          .locator('#app-frame')
          .screenshot({ path: screenshotPath(`review-list-${theme}-${locale}`) });

        await list.getByRole('link', { name: 'Hemtjänst 9' }).click();
        const heading = list.getByRole('heading', {
          level: 1,
          name: en ? 'Review Hemtjänst 9' : 'Granska Hemtjänst 9',
        });
        await heading.waitFor();
        await list.getByRole('button', { name: en ? 'Approve' : 'Godkänn' }).waitFor();
        const onUnit = await axeViolations(list);
        if (onUnit.length > 0) found[`${locale} ${theme} unit`] = onUnit;
        await page
          .locator('#app-frame')
          .screenshot({ path: screenshotPath(`review-unit-${theme}-${locale}`) });
        expect(await list.evaluate(() => document.documentElement.lang)).toBe(en ? 'en' : 'sv');
        expect(await unanswered(page)).toBe(0);
      }
    }
    expect(found).toEqual({});
  }, 240_000);

  it('returns an inventory by keyboard alone, the comment asked for where it is missing', async () => {
    const page = await newPage();
    const frame = await openHostAt(page, PEOPLE.karl, {
      theme: 'default',
      locale: 'sv-se',
      hash: '#/granska/E10',
    });
    await frame.getByRole('heading', { level: 1, name: 'Granska Hemtjänst 10' }).waitFor();
    const focused = () =>
      frame.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return `${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? el.textContent?.trim() ?? ''}`;
      });
    // From the heading, Tab by Tab to the return button, past the comment.
    await frame.getByRole('heading', { level: 1 }).focus();
    let stops = 0;
    while (!(await focused()).startsWith('button Skicka tillbaka')) {
      await page.keyboard.press('Tab');
      if (++stops > 20) throw new Error(`the return button was not reached; at ${await focused()}`);
    }
    await page.keyboard.press('Enter');
    // The comment is required: the field says so and has the focus.
    await frame.getByText('Skriv en kommentar till chefen om vad som behöver ändras.').waitFor();
    expect(await focused()).toMatch(/^textarea/);
    await page.keyboard.type('Komplettera HR med rollerna.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('button Skicka tillbaka');
    await page.keyboard.press('Enter');
    const done = frame.getByRole('status').filter({ hasText: 'Inventeringen är skickad tillbaka' });
    await done.waitFor();
    // The outcome has the focus, so a screen reader says it and the keyboard goes on from there.
    expect(
      await done.evaluate((el) => el.contains(document.activeElement) || el === document.activeElement),
    ).toBe(true);
    const stored = await suite.tab.repos(PEOPLE.karl).inventories.get(suite.tab.site.current.id, 'E10');
    expect(stored?.status).toBe('returned');
    expect(stored?.decisions.at(-1)?.comment).toBe('Komplettera HR med rollerna.');
  });
});

describe("the reviewer's pages on a small screen", () => {
  it('need no sideways scrolling on a 360 px phone, with everything in reach', async () => {
    const page = await newPage({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    await page.goto(suite.tab.address({ as: PEOPLE.sara }));
    const toReview = page.getByRole('region', { name: 'Att granska' });
    await toReview.getByText('Inte inskickade').waitFor();
    expect(await sidewaysScroll(page)).toBe(0);
    expect(await outOfReach(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('review-360-start'), fullPage: true });

    await toReview.getByRole('link', { name: 'Till granskningslistan' }).tap();
    await page.getByRole('heading', { level: 2, name: 'Inte inskickade' }).waitFor();
    expect(await sidewaysScroll(page)).toBe(0);
    expect(await outOfReach(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('review-360-list'), fullPage: true });
    // A filter by thumb: the support function, then the units whose answer to it is complete.
    await page.getByRole('combobox', { name: 'Stödfunktion' }).selectOption({ label: 'Ekonomi' });
    await page.getByRole('combobox', { name: 'Svar på stödfunktionen' }).selectOption({ label: 'Besvarad' });
    await page.getByText(/^Visar \d+ av 12 enheter\.$/).waitFor();
    expect(await sidewaysScroll(page)).toBe(0);
    expect(await outOfReach(page)).toEqual([]);

    await page.getByRole('link', { name: 'Hemtjänst 8' }).tap();
    await page.getByRole('heading', { level: 1, name: 'Granska Hemtjänst 8' }).waitFor();
    await page.getByRole('button', { name: 'Godkänn' }).waitFor();
    expect(await sidewaysScroll(page)).toBe(0);
    expect(await outOfReach(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('review-360-unit') });
    await page.getByRole('button', { name: 'Godkänn' }).tap();
    const dialog = page.getByRole('alertdialog', { name: 'Godkänna inventeringen?' });
    await dialog.waitFor();
    expect(await outOfReach(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('review-360-confirm'), animations: 'disabled' });
    await dialog.getByRole('button', { name: 'Ja, godkänn' }).tap();
    await page.getByText('Inventeringen är godkänd. Beslutet är sparat.').waitFor();
    expect(await sidewaysScroll(page)).toBe(0);
  });
});

describe('who has not submitted, to copy and download', () => {
  it('copies a tab-separated list and says so, and downloads a CSV for a Swedish Excel', async () => {
    const context = (await suite.newContext({ acceptDownloads: true })).context;
    const origin = new URL(suite.tab.url).origin;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const page = await context.newPage();
    await page.goto(suite.tab.address({ as: PEOPLE.karl, hash: '#/granska' }));
    const section = page.getByRole('region', { name: 'Inte inskickade' });
    await section.getByRole('button', { name: 'Kopiera' }).click();
    await section
      .getByRole('status')
      .filter({ hasText: /^Listan är kopierad \(\d+ rader\)/ })
      .waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const rows = copied.split('\r\n').map((line) => line.split('\t'));
    expect(rows[0]).toEqual(['Sektor', 'Kontor', 'Enhet', 'Chef', 'E-post', 'Status', 'Dagar kvar']);
    expect(rows).toContainEqual([
      'Välfärd',
      'Äldreomsorg',
      'Hemtjänst Norr',
      'Anna Berg',
      PEOPLE.anna,
      'Ej påbörjad',
      expect.stringMatching(/^\d+$/),
    ]);
    // Karl's list holds no unit that has submitted.
    expect(rows.some((r) => r[2] === 'Hemtjänst 9')).toBe(false);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('button', { name: 'Ladda ner (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`ej-inskickade-${suite.tab.site.current.id}.csv`);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(csv[0]).toBe('Sektor;Kontor;Enhet;Chef;E-post;Status;Dagar kvar');
    expect(csv.length).toBe(rows.length + 1); // and a line break after the last row
    await section
      .getByRole('status')
      .filter({ hasText: /^Filen ej-inskickade-.*\.csv är nedladdad\.$/ })
      .waitFor();
  });
});
