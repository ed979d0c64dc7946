// The consultation round in Chromium through the local Teams host: a manager follows the start page's link to
// their unit's answers, sees what the round moves of the unit's own staff (the FTE this test sums from the stored
// lines) and answers; the project team sees the tally; the reviewer of another sektor opening the rounds page sees
// none of it, and SharePoint (the emulator, as that person) denies them the answer item itself. axe-core finds
// nothing in any Teams theme or language, and a 360 px phone needs no sideways scrolling. The routes `#/remiss/…`
// and `#/remisser` are the app's (src/ui/app).
import type { Frame, Page } from 'playwright-core';
import {
  defaultMunicipalityConfig,
  roundFromScenario,
  swedishDate,
  type InventoryLine,
} from '../../src/domain';
import { toAppError } from '../../src/sharepoint/errors';
import { listByKey } from '../../src/sharepoint/lists';
import { answerKey } from '../../src/sharepoint/mapping/consultation';
import { itemIdOf, type SpItem } from '../../src/sharepoint/mapping/values';
import { eq } from '../../src/sharepoint/odata';
import { SharePointConsultationStore } from '../../src/sharepoint/repositories/consultationStore';
import { SharePointScenarioStore } from '../../src/sharepoint/repositories/scenarioStore';
import { screenshotPath } from './lib/browser';
import { axeInEveryTheme, hostSuite, phone } from './lib/hostSuite';
import { outOfReach, sidewaysScroll, type THEMES } from './lib/hostPage';
import { ADMIN, chef, fillManagerSite, PEOPLE, submitAnswered } from './lib/managerSite';

jest.setTimeout(120_000);

const config = defaultMunicipalityConfig();
const ekonomi = config.taxonomy.functions.find((f) => f.id === 'ekonomi')!;
const controller = ekonomi.roles.find((r) => r.id === 'controller')!;
const ROUND = 'r-e2e';
const E8 = 'E8';
const COMMENT = 'Controllern behövs nära verksamheten.';

const host = hostSuite({
  // Hemtjänst 8 (K1, sektor Välfärd) has 1,5 åa controllers of its own; the round centralises Ekonomi and gathers
  // HR in the sektor, and keeps every other function close.
  fill: async (admin, reposAs) => {
    const site = await fillManagerSite(admin, { today: new Date(), reposAs });
    await submitAnswered(reposAs(chef(8)), {
      config,
      units: site.units,
      periodId: site.current.id,
      unitId: E8,
      upn: chef(8),
      answer: (line: InventoryLine) =>
        line.functionId === 'ekonomi'
          ? { ...line, persons: 2, arsarbetare: 1.5, roles: [{ roleId: controller.id, arsarbetare: 1.5 }] }
          : line,
    });
    const scenario = await new SharePointScenarioStore(admin).create({
      id: 's-e2e',
      name: 'Samlad ekonomi',
      periodId: site.current.id,
      overrides: {
        ...Object.fromEntries(config.taxonomy.functions.map((f) => [f.id, 'verksamhetsnara' as const])),
        ekonomi: 'centralisera',
        hr: 'samordnaSektor',
      },
    });
    await new SharePointConsultationStore(admin).openRound(
      roundFromScenario(scenario.definition, {
        config: site.config,
        proposals: [],
        id: ROUND,
        closesOn: swedishDate(new Date(Date.now() + 14 * 86_400_000).toISOString()),
        openedAt: new Date().toISOString(),
      }),
    );
    return site;
  },
});

async function open(
  page: Page,
  options: { as: string; hash: string; theme?: (typeof THEMES)[number]; locale?: 'sv-se' | 'en-us' },
): Promise<Frame> {
  return host.open(page, {
    as: options.as,
    theme: options.theme ?? 'default',
    locale: options.locale ?? 'sv-se',
    hash: options.hash,
  });
}

/** The answers page of Hemtjänst 8, once its proposals show. */
async function openAnswers(page: Page, options: Partial<Parameters<typeof open>[1]> = {}): Promise<Frame> {
  const frame = await open(page, { as: chef(8), hash: `#/remiss/${ROUND}/${E8}`, ...options });
  await frame.getByRole('heading', { level: 2 }).first().waitFor({ timeout: 60_000 });
  return frame;
}

/** The rounds page, once the round's answers are counted. */
async function openRounds(page: Page, options: Partial<Parameters<typeof open>[1]> = {}): Promise<Frame> {
  const frame = await open(page, { as: PEOPLE.petra, hash: '#/remisser', ...options });
  await frame.getByRole('table').first().waitFor({ timeout: 60_000 });
  return frame;
}

/** A row of the summary, as its cells' texts, by the proposal's name. */
async function summaryRow(frame: Frame, name: string): Promise<string[]> {
  const row = frame
    .getByRole('table', { name: 'Svar per förslag' })
    .getByRole('row')
    .filter({ hasText: name });
  return row.getByRole('cell').allTextContents();
}

describe('the consultation round in the Teams host', () => {
  it('is answered by a manager from the start page’s link, with what it moves of the unit’s own staff', async () => {
    const page = await host.newPage();
    const frame = await open(page, { as: chef(8), hash: '#/' });
    const link = frame.getByRole('link', { name: /^Remiss: Samlad ekonomi för Hemtjänst 8 — svara senast / });
    await link.waitFor({ timeout: 60_000 });
    await link.focus();
    await link.press('Enter');
    await frame
      .getByRole('heading', { level: 1, name: 'Remiss: Samlad ekonomi' })
      .waitFor({ timeout: 60_000 });

    // Summed here from the unit's stored lines, not by the app.
    const stored = await host.suite.tab.repos(ADMIN).inventories.get(host.suite.tab.site.current.id, E8);
    const own = stored!.lines.filter((l) => l.functionId === 'ekonomi');
    const fte = own
      .reduce((sum, l) => sum + (l.arsarbetare ?? 0), 0)
      .toFixed(2)
      .replace('.', ',');
    const persons = own.reduce((sum, l) => sum + (l.persons ?? 0), 0);
    const proposal = frame
      .getByRole('region', { name: 'Förslag som berör Hemtjänst 8' })
      .getByRole('region', { name: 'Ekonomi: Centraliseras' });
    await proposal
      .getByText(`${fte} åa (${persons} pers.) av enhetens egna resurser flyttas till en central funktion.`)
      .waitFor();

    await proposal.getByRole('radio', { name: 'Instämmer inte' }).check();
    await proposal.getByRole('textbox', { name: 'Kommentar om Ekonomi' }).fill(COMMENT);
    await frame.getByRole('button', { name: 'Spara svaren' }).click();
    await frame
      .getByRole('status')
      .filter({ hasText: /^Sparat kl\./ })
      .waitFor();
    const answers = await new SharePointConsultationStore(host.suite.tab.sp(ADMIN)).loadAnswers(ROUND, E8);
    expect(answers?.answers).toEqual([{ functionId: 'ekonomi', verdict: 'disagree', comment: COMMENT }]);
    await page.locator('#app-frame').screenshot({ path: screenshotPath('consultation-answer') });
  });

  // After the first test, which answered.
  it('is tallied for the project team', async () => {
    const page = await host.newPage();
    const frame = await openRounds(page);
    await frame.getByText('Enheter som har svarat: 1.').waitFor();
    expect(await summaryRow(frame, 'Ekonomi')).toEqual(['Centraliseras', '0', '1', '1', '1']);
    await frame.getByText(COMMENT).waitFor();
    await page.locator('#app-frame').screenshot({ path: screenshotPath('consultation-summary') });
  });

  it('shows the reviewer of another sektor none of it, and SharePoint denies them the answer', async () => {
    const page = await host.newPage();
    const frame = await open(page, { as: PEOPLE.stina, hash: '#/remisser' });
    await frame.getByText('Enheter som har svarat: 0.').waitFor({ timeout: 60_000 });
    expect(await summaryRow(frame, 'Ekonomi')).toEqual(['Centraliseras', '0', '0', '0', '0']);
    expect(await frame.getByText(COMMENT).count()).toBe(0);

    const [item] = (await listByKey(host.suite.tab.sp(ADMIN), 'remissvar')
      .items.select('ID')
      .filter(eq('AnswerKey', answerKey(ROUND, E8)))()) as SpItem[];
    const denied = await listByKey(host.suite.tab.sp(PEOPLE.stina), 'remissvar')
      .items.getById(itemIdOf(item!))()
      .then(
        () => null,
        (error: unknown) => toAppError(error),
      );
    expect(denied?.code).toBe('notFound');
    const listed = await new SharePointConsultationStore(host.suite.tab.sp(PEOPLE.stina)).listAnswers(
      ROUND,
      null,
    );
    expect(listed.answers).toEqual([]);
  });

  it('has no axe violations in any Teams theme or language', async () => {
    const page = await host.newPage();
    const found = {
      answer: await axeInEveryTheme(page, 'consultation-answer', (options) => openAnswers(page, options)),
      rounds: await axeInEveryTheme(page, 'consultation-rounds', (options) => openRounds(page, options)),
    };
    expect(found).toEqual({ answer: {}, rounds: {} });
  }, 360_000);

  it('fits a 360 px phone: nothing scrolls sideways and every control is within reach', async () => {
    const page = await host.newPage(phone);
    for (const opened of [openAnswers, openRounds]) {
      const frame = await opened(page);
      expect(await sidewaysScroll(frame)).toBe(0);
      expect(await outOfReach(frame)).toEqual([]);
    }
    await page.screenshot({ path: screenshotPath('consultation-360'), fullPage: true });
  });
});
