// The dashboards in Chromium through the local Teams host. Six managers of sektor Välfärd submit answers the test
// chooses; the sektorchef's dashboard then shows the sektor's support FTE and FTE per 100 employees as the test
// computes them by hand from those answers and the organisation; the project team lowers nothing and raises the
// fewest answers a proposal needs, and the proposal for Ekonomi changes at once; axe-core finds nothing in any
// Teams theme or language; a 360 px phone needs no sideways scrolling.
import type { BrowserContextOptions, Frame, Page } from 'playwright-core';
import { type InventoryLine, type Placement } from '../../src/domain';
import { axeViolations, type AxeViolation } from './lib/axe';
import { screenshotPath } from './lib/browser';
import { browserSuite } from './lib/browserSuite';
import { openHostAt, outOfReach, sidewaysScroll, THEMES, unanswered } from './lib/hostPage';
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

/** What each manager answers for Ekonomi: own staff and FTE, and where they think it belongs. */
const EKONOMI: Record<string, { upn: string; persons: number; fte: number; placement: Placement }> = {
  E1: { upn: PEOPLE.anna, persons: 2, fte: 1.25, placement: 'verksamhetsnara' },
  E2: { upn: PEOPLE.erik, persons: 1, fte: 0.5, placement: 'verksamhetsnara' },
  E8: { upn: chef(8), persons: 3, fte: 2, placement: 'verksamhetsnara' },
  E9: { upn: chef(9), persons: 0, fte: 0, placement: 'centralisera' },
  E10: { upn: chef(10), persons: 1, fte: 0.75, placement: 'verksamhetsnara' },
  E11: { upn: chef(11), persons: 2, fte: 1.5, placement: 'centralisera' },
};

beforeAll(async () => {
  const { config, units, current } = suite.tab.site;
  await Promise.all(
    Object.entries(EKONOMI).map(([unitId, answer]) =>
      submitAnswered(suite.tab.repos(answer.upn), {
        config,
        units,
        periodId: current.id,
        unitId,
        upn: answer.upn,
        answer: (line): InventoryLine =>
          line.functionId === 'ekonomi'
            ? {
                ...line,
                persons: answer.persons,
                arsarbetare: answer.fte,
                roles: answer.fte > 0 ? [{ roleId: 'ekonomiassistent', arsarbetare: answer.fte }] : [],
                supportLocations: answer.fte > 0 ? ['egenEnhet'] : ['central'],
                placement: answer.placement,
              }
            : line,
      }),
    ),
  );
});

async function newPage(options: BrowserContextOptions = {}): Promise<Page> {
  // bypassCSP: axe is injected as a script, which the host page's policy (script-src 'self') rightly refuses.
  return (await suite.newContext({ bypassCSP: true, ...options })).context.newPage();
}

async function openDashboard(
  page: Page,
  options: { as: string; hash: string; theme?: (typeof THEMES)[number]; locale?: 'sv-se' | 'en-us' },
): Promise<Frame> {
  hostPage = page;
  const frame = await openHostAt(page, suite.tab, {
    theme: 'default',
    locale: 'sv-se',
    ...options,
  });
  await frame.getByRole('heading', { level: 2, name: /^(Nyckeltal|Key figures)$/ }).waitFor();
  return frame;
}

/** The key figures as "term: value" pairs. */
async function keyFigures(frame: Frame): Promise<Record<string, string>> {
  return frame.evaluate(() => {
    const list = document.querySelector('section[aria-labelledby="key-figures"] dl');
    const pairs: Record<string, string> = {};
    for (const dt of list?.querySelectorAll('dt') ?? []) {
      pairs[dt.textContent ?? ''] = dt.nextElementSibling?.textContent ?? '';
    }
    return pairs;
  });
}

/** One decimal with a decimal comma, as Swedish writes it. */
const swedish = (value: number) => value.toFixed(1).replace('.', ',');

describe('the dashboards in the Teams host', () => {
  it("show the sektorchef their sektor's support FTE and FTE per 100 employees as counted by hand", async () => {
    const frame = await openDashboard(await newPage(), { as: PEOPLE.sara, hash: '#/oversikt/S1' });
    // By hand: the FTE the six managers gave, over every employee of every unit in Välfärd (reported or not).
    const fte = Object.values(EKONOMI).reduce((sum, a) => sum + a.fte, 0);
    const employees = suite.tab.site.units
      .filter((u) => u.sektorId === 'S1')
      .reduce((sum, u) => sum + u.headcount, 0);
    expect(employees).toBeGreaterThan(0);
    const figures = await keyFigures(frame);
    expect(figures['Årsarbetare i stöd']).toBe(swedish(fte));
    expect(figures['Årsarbetare i stöd per 100 anställda']).toBe(swedish((fte / employees) * 100));
    await hostPage!.locator('#app-frame').screenshot({ path: screenshotPath('dashboard-sektor') });
  });

  it('let the project team raise the fewest answers a proposal needs, and the proposal changes at once', async () => {
    const frame = await openDashboard(await newPage(), { as: PEOPLE.petra, hash: '#/oversikt' });
    const ekonomi = frame.getByRole('heading', { level: 3, name: /^Ekonomi: / });
    await expect(ekonomi.textContent()).resolves.toBe('Ekonomi: Behåll verksamhetsnära');
    const fewest = frame.getByRole('spinbutton', { name: 'Minsta antal svar om placering' });
    await fewest.fill('50');
    await fewest.press('Enter');
    await frame.getByRole('heading', { level: 3, name: 'Ekonomi: För få svar för ett förslag' }).waitFor();
    await expect(
      frame
        .getByText(/^Med dessa gränser skiljer sig \d+ förslag från de sparade gränsernas\.$/)
        .textContent(),
    ).resolves.not.toMatch(/skiljer sig 0 /);
    await frame.getByRole('button', { name: 'Återställ gränserna' }).click();
    await frame.getByRole('heading', { level: 3, name: 'Ekonomi: Behåll verksamhetsnära' }).waitFor();
  });

  it('open the project team’s overview as last counted, and count again once a manager has submitted', async () => {
    // A first look counts and stores the overview, unless a look before has; the next is the stored one.
    const page = await newPage();
    const requests: string[] = [];
    page.context().on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
    const counted = /^Räknat [^.]+\.$/;
    const stores = () => requests.filter((r) => /AddUsingPath/i.test(r)).length;
    let frame = await openDashboard(page, { as: PEOPLE.petra, hash: '#/oversikt' });
    await frame.getByRole('status').filter({ hasText: counted }).waitFor();
    // Stored after it is shown: give the worker a moment.
    for (let wait = 0; wait < 50 && stores() === 0; wait++) await page.waitForTimeout(100);
    requests.length = 0;
    frame = await openDashboard(page, { as: PEOPLE.petra, hash: '#/oversikt' });
    await frame.getByRole('status').filter({ hasText: counted }).waitFor();
    expect(requests.filter((r) => /Oversikter.+\.json/i.test(r))).toHaveLength(1);
    expect(stores()).toBe(0);
    const before = await keyFigures(frame);

    // E12 submits 4 FTE of Ekonomi: the stored figures come first, said to be counted again, then the new ones.
    const { config, units, current } = suite.tab.site;
    await submitAnswered(suite.tab.repos(chef(12)), {
      config,
      units,
      periodId: current.id,
      unitId: 'E12',
      upn: chef(12),
      answer: (line): InventoryLine =>
        line.functionId === 'ekonomi'
          ? { ...line, persons: 4, arsarbetare: 4, roles: [{ roleId: 'ekonomiassistent', arsarbetare: 4 }] }
          : line,
    });
    requests.length = 0;
    frame = await openDashboard(page, { as: PEOPLE.petra, hash: '#/oversikt' });
    await frame
      .getByRole('status')
      .filter({ hasText: /räknar om/ })
      .waitFor();
    expect(await keyFigures(frame)).toEqual(before);
    await frame.getByRole('status').filter({ hasText: counted }).waitFor();
    const after = await keyFigures(frame);
    const fte = (figures: Record<string, string>) => Number(figures['Årsarbetare i stöd']!.replace(',', '.'));
    expect(fte(after) - fte(before)).toBeCloseTo(4, 5);
    for (let wait = 0; wait < 50 && stores() === 0; wait++) await page.waitForTimeout(100);
    expect(stores()).toBe(1);
  });

  it('have no axe violations in any Teams theme or language', async () => {
    const page = await newPage();
    const found: Record<string, AxeViolation[]> = {};
    for (const locale of ['sv-se', 'en-us'] as const) {
      for (const theme of THEMES) {
        const frame = await openDashboard(page, { as: PEOPLE.petra, hash: '#/oversikt', theme, locale });
        // The charts load in a chunk of their own: checked once they are drawn.
        await frame.locator('svg').first().waitFor();
        const violations = await axeViolations(frame);
        if (violations.length > 0) found[`${locale} ${theme}`] = violations;
        await page.locator('#app-frame').screenshot({ path: screenshotPath(`dashboard-${theme}-${locale}`) });
        expect(await frame.evaluate(() => document.documentElement.lang)).toBe(locale.slice(0, 2));
      }
    }
    expect(found).toEqual({});
  }, 240_000);

  it('fit a 360 px phone: nothing scrolls sideways but the wide tables, and every control is within reach', async () => {
    const page = await newPage({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    const frame = await openDashboard(page, { as: PEOPLE.petra, hash: '#/oversikt' });
    expect(await sidewaysScroll(frame)).toBe(0);
    expect(await outOfReach(frame)).toEqual([]);
    await page.screenshot({ path: screenshotPath('dashboard-360'), fullPage: true });
  });
});
