// The managers' comparison in Chromium through the local Teams host: the project team publishes from the
// overview; a manager whose inventory is submitted follows the link on their start page's card, and the table of
// support per 100 employees shows what this test counts from the answers it seeded, for their unit, their kontor,
// their sektor and the kommun, with no axe violation in any Teams theme or language. Every browser context may reach only 127.0.0.1.
import type { Page } from 'playwright-core';
import { formatNumber, type InventoryLine } from '../../src/domain';
import { axeViolations, type AxeViolation } from './lib/axe';
import { screenshotPath } from './lib/browser';
import { browserSuite } from './lib/browserSuite';
import { openHostAt, THEMES, unanswered } from './lib/hostPage';
import { openHost } from './lib/hostSession';
import { chef, PEOPLE, submitAnswered } from './lib/managerSite';

jest.setTimeout(120_000);

const suite = browserSuite();

// Anna (E1) and five more enheter of K1; FTE in the first function of 0.1 × the unit's number.
const answering: readonly [string, string, number][] = [
  [PEOPLE.anna, 'E1', 1],
  ...[8, 9, 10, 11, 12].map((n): [string, string, number] => [chef(n), `E${n}`, n]),
];

beforeAll(async () => {
  const { config, units, current } = suite.tab.site;
  const fn = config.taxonomy.functions[0]!;
  for (const [upn, unitId, n] of answering) {
    const answer = (line: InventoryLine): InventoryLine =>
      line.functionId === fn.id
        ? {
            ...line,
            persons: 2,
            arsarbetare: n / 10,
            roles: [{ roleId: fn.roles[0]!.id, arsarbetare: n / 10 }],
          }
        : line;
    await submitAnswered(suite.tab.repos(upn), { config, units, periodId: current.id, unitId, upn, answer });
  }
});

async function newPage(): Promise<Page> {
  // bypassCSP: axe is injected as a script, which the host page's policy (script-src 'self') rightly refuses.
  return (await suite.newContext({ bypassCSP: true })).context.newPage();
}

const two = (value: number) =>
  formatNumber(value, 'sv', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

describe('the comparison in Teams', () => {
  it('the project team publishes, and a manager sees their unit beside their kontor, sektor and kommun as counted here', async () => {
    const { config, units } = suite.tab.site;
    const fn = config.taxonomy.functions[0]!;

    const petra = await openHost((await suite.newContext()).context, suite.tab, { as: PEOPLE.petra });
    await petra.app.getByRole('link', { name: 'Översikt' }).click();
    await petra.app.getByRole('button', { name: 'Publicera jämförelser' }).click();
    await petra.app.getByText(/Jämförelserna är publicerade/).waitFor();

    const page = await newPage();
    const anna = await openHost(page.context(), suite.tab, { as: PEOPLE.anna });
    const card = anna.app.getByRole('region', { name: 'Hemtjänst Norr' });
    await card.getByRole('link', { name: 'Jämför Hemtjänst Norr med kontor, sektor och kommun' }).click();
    const table = anna.app.getByRole('table', { name: 'Årsarbetare i stöd per 100 anställda' });
    await table.waitFor();
    const row = table.getByRole('row', { name: new RegExp(`^${fn.label.sv}`) });
    const cells = await row.getByRole('cell').allTextContents();

    // Counted here from what was seeded: FTE over every employee of the unit, and of every unit of its kontor, its
    // sektor and the kommun (the answers are all in K1, so each area counts the same FTE).
    const headcount = (inArea: (unit: (typeof units)[number]) => boolean) =>
      units.filter(inArea).reduce((sum, u) => sum + u.headcount, 0);
    const fte = answering.reduce((sum, [, , n]) => sum + n / 10, 0);
    const e1 = units.find((u) => u.id === 'E1')!;
    expect(cells.slice(0, 4)).toEqual([
      two((0.1 / e1.headcount) * 100),
      two((fte / headcount((u) => u.kontorId === 'K1')) * 100),
      two((fte / headcount((u) => u.sektorId === e1.sektorId)) * 100),
      two((fte / headcount(() => true)) * 100),
    ]);
    expect(await table.getByRole('columnheader').allTextContents()).toContain('Äldreomsorg (n = 6)');

    expect(await axeViolations(await frameOf(anna.page))).toEqual([]);
    await anna.page.locator('#app-frame').screenshot({ path: screenshotPath('comparison') });
  });

  // After the first test, which published the comparisons.
  it('has no axe violations in any Teams theme or language', async () => {
    const page = await newPage();
    const found: Record<string, AxeViolation[]> = {};
    for (const locale of ['sv-se', 'en-us'] as const) {
      for (const theme of THEMES) {
        const frame = await openHostAt(page, suite.tab, {
          as: PEOPLE.anna,
          theme,
          locale,
          hash: '#/jamforelse/E1',
        });
        await frame.getByRole('table').first().waitFor();
        const violations = await axeViolations(frame);
        if (violations.length > 0) found[`${locale} ${theme}`] = violations;
        await page
          .locator('#app-frame')
          .screenshot({ path: screenshotPath(`comparison-${theme}-${locale}`) });
        expect(await frame.evaluate(() => document.documentElement.lang)).toBe(locale.slice(0, 2));
      }
    }
    expect(await unanswered(page)).toBe(0);
    expect(found).toEqual({});
  }, 240_000);
});

/** The tab's frame inside the host page, for axe. */
async function frameOf(page: Page) {
  const handle = await page.locator('#app-frame').elementHandle();
  const frame = await handle?.contentFrame();
  if (frame === null || frame === undefined) throw new Error('The tab is not framed');
  return frame;
}
