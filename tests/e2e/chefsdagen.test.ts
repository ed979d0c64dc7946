// Chefsdagen in Chromium through the local Teams host: the project team opens it from the start page by keyboard,
// chooses a saved scenario, and goes through every slide with the keys; the scenario's slide moves per sektor what
// this test sums from the stored answers itself; the PowerPoint file unzips into one slide per slide shown, with
// the figures in its speaker notes; axe-core finds nothing on the page or in the presentation in any Teams theme or
// language; and a 360 px phone needs no sideways scrolling.
import { readFile } from 'node:fs/promises';
import type { Frame, Page } from 'playwright-core';
import { defaultMunicipalityConfig, type InventoryLine } from '../../src/domain';
import { SharePointScenarioStore } from '../../src/sharepoint/repositories/scenarioStore';
import { readZip } from '../unit/package/readZip';
import { screenshotPath } from './lib/browser';
import { axeInEveryTheme, hostSuite, phone } from './lib/hostSuite';
import { outOfReach, sidewaysScroll, type THEMES } from './lib/hostPage';
import { ADMIN, chef, fillManagerSite, PEOPLE, submitAnswered } from './lib/managerSite';

jest.setTimeout(120_000);

const config = defaultMunicipalityConfig();
const ekonomi = config.taxonomy.functions.find((f) => f.id === 'ekonomi')!;
const controller = ekonomi.roles.find((r) => r.id === 'controller')!;
/** Own controllers in Ekonomi, per unit and its manager, in two sektorer. */
const staff: readonly { unitId: string; upn: string; fte: number }[] = [
  { unitId: 'E8', upn: chef(8), fte: 1.5 },
  { unitId: 'E2', upn: PEOPLE.erik, fte: 1 },
  { unitId: 'K2', upn: PEOPLE.kurt, fte: 2 },
];

const host = hostSuite({
  fill: async (admin, reposAs) => {
    const site = await fillManagerSite(admin, { today: new Date(), reposAs });
    for (const s of staff) {
      await submitAnswered(reposAs(s.upn), {
        config,
        units: site.units,
        periodId: site.current.id,
        unitId: s.unitId,
        upn: s.upn,
        answer: (line: InventoryLine) =>
          line.functionId === 'ekonomi'
            ? {
                ...line,
                persons: 2,
                arsarbetare: s.fte,
                roles: [{ roleId: controller.id, arsarbetare: s.fte }],
              }
            : line,
      });
    }
    await new SharePointScenarioStore(admin).create({
      id: 's-samlad-ekonomi',
      name: 'Samlad ekonomi',
      periodId: site.current.id,
      overrides: { ekonomi: 'centralisera' },
    });
    return site;
  },
});

async function openChefsdagen(
  page: Page,
  options: { theme?: (typeof THEMES)[number]; locale?: 'sv-se' | 'en-us' } = {},
): Promise<Frame> {
  const en = options.locale === 'en-us';
  const frame = await host.open(page, {
    as: PEOPLE.petra,
    theme: options.theme ?? 'default',
    locale: options.locale ?? 'sv-se',
    hash: '#/chefsdagen',
  });
  await frame
    .getByRole('button', { name: en ? 'Start the presentation' : 'Starta presentationen' })
    .waitFor({ timeout: 60_000 });
  return frame;
}

/** Starts the presentation with the saved scenario, and gives its dialog. */
async function present(frame: Frame, en = false) {
  await frame.getByRole('combobox', { name: 'Scenario' }).selectOption({ label: 'Samlad ekonomi' });
  await frame.getByRole('button', { name: en ? 'Start the presentation' : 'Starta presentationen' }).click();
  const dialog = frame.getByRole('dialog', { name: 'Presentation' });
  await dialog.waitFor({ timeout: 60_000 });
  return dialog;
}

/** Per sektor name, the FTE of Ekonomi the stored answers hold, summed here (a submitted answer counts). */
async function ekonomiBySektor(): Promise<Map<string, string>> {
  const { units, inventories } = await host.suite.tab
    .repos(ADMIN)
    .dashboard.load({ periodId: host.suite.tab.site.current.id });
  const byId = new Map(units.map((u) => [u.id, u]));
  const hundredths = new Map<string, number>();
  for (const unit of units.filter((u) => u.kind === 'sektor')) hundredths.set(unit.name, 0);
  for (const inventory of inventories.filter((i) => i.status === 'submitted' || i.status === 'approved')) {
    const sektor = byId.get(byId.get(inventory.unitId)!.sektorId)!.name;
    for (const line of inventory.lines.filter((l) => l.functionId === 'ekonomi'))
      hundredths.set(sektor, (hundredths.get(sektor) ?? 0) + Math.round((line.arsarbetare ?? 0) * 100));
  }
  return new Map([...hundredths].map(([name, h]) => [name, (h / 100).toFixed(2).replace('.', ',')] as const));
}

describe('Chefsdagen in the Teams host', () => {
  it('is reached by keyboard and runs through every slide by keyboard; the scenario moves what the answers hold', async () => {
    const page = await host.newPage({ viewport: { width: 1280, height: 720 } });
    const frame = await host.open(page, {
      as: PEOPLE.petra,
      theme: 'default',
      locale: 'sv-se',
      hash: '#/',
    });
    const link = frame.getByRole('link', { name: 'Chefsdagen: presentationen' });
    await link.waitFor({ timeout: 60_000 });
    await link.focus();
    await link.press('Enter');
    const dialog = await present(frame);

    const live = dialog.locator('[aria-live="polite"]');
    const titles: string[] = [];
    for (let n = 1; ; n++) {
      await frame.waitForFunction(
        (want) => document.querySelector('[aria-live="polite"]')?.textContent?.startsWith(want),
        `Bild ${n} av `,
      );
      const said = (await live.textContent()) ?? '';
      const [, total, title] = /^Bild \d+ av (\d+): (.+)$/.exec(said)!;
      titles.push(title!);
      if (title === 'Scenariot Samlad ekonomi') {
        const slide = dialog.getByRole('region', { name: title });
        const centralised = new Map<string, string>();
        for (const row of await slide.locator('table tbody tr').all())
          centralised.set(
            (await row.locator('th').textContent()) ?? '',
            (await row.locator('td').nth(2).textContent()) ?? '',
          );
        expect(centralised).toEqual(await ekonomiBySektor());
        await page.locator('#app-frame').screenshot({ path: screenshotPath('chefsdagen-scenario') });
      }
      if (n === Number(total)) break;
      await page.keyboard.press(n % 2 === 0 ? 'ArrowRight' : 'Space');
    }
    expect(titles).toEqual([
      'Stödinventeringen i Gävle kommun',
      'Hur många har svarat',
      'Mottagarmatrisen: når sektorerna profilen?',
      'Förslagen: var stödet ska finnas',
      'Scenariot Samlad ekonomi',
      'Första linjens chefer: uppdraget',
    ]);
    await page.keyboard.press('Home');
    await frame.waitForFunction(() =>
      document.querySelector('[aria-live="polite"]')?.textContent?.startsWith('Bild 1 av 6'),
    );
    await page.keyboard.press('Escape');
    await frame.getByRole('button', { name: 'Starta presentationen' }).waitFor();
    expect(await dialog.count()).toBe(0);
  });

  it('downloads a PowerPoint file with the slides shown and their figures in the speaker notes', async () => {
    const page = await host.newPage();
    const frame = await openChefsdagen(page);
    const dialog = await present(frame);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Ladda ned PowerPoint' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      `stodinventering-chefsdagen-${host.suite.tab.site.current.id}.pptx`,
    );
    const files = readZip(new Uint8Array(await readFile((await download.path())!)));
    const slides = [...files.keys()].filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    expect(slides).toHaveLength(6);
    const text = (name: string) => files.get(name)!.toString('utf8');
    expect(text('ppt/slides/slide5.xml')).toContain('Scenariot Samlad ekonomi');
    const notes = text('ppt/notesSlides/notesSlide5.xml');
    const total = [...(await ekonomiBySektor()).values()].reduce(
      (sum, fte) => sum + Math.round(Number(fte.replace(',', '.')) * 100),
      0,
    );
    expect(notes).toContain(`${(total / 100).toFixed(2).replace('.', ',')} årsarbetare centraliseras`);
  });

  it('has no axe violations on the page or in the presentation, in any Teams theme or language', async () => {
    const page = await host.newPage();
    const found = {
      page: await axeInEveryTheme(page, 'chefsdagen', (options) => openChefsdagen(page, options)),
      presentation: await axeInEveryTheme(page, 'chefsdagen-presentation', async (options) => {
        const frame = await openChefsdagen(page, options);
        await present(frame, options.locale === 'en-us');
        await page.keyboard.press('End');
        // The buttons fade between their disabled and enabled colours: contrast is measured once they have.
        await frame.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
        return frame;
      }),
    };
    expect(found).toEqual({ page: {}, presentation: {} });
  }, 240_000);

  it('fits a 360 px phone: nothing scrolls sideways and every control is within reach', async () => {
    const page = await host.newPage(phone);
    const frame = await openChefsdagen(page);
    expect(await sidewaysScroll(frame)).toBe(0);
    expect(await outOfReach(frame)).toEqual([]);
    const dialog = await present(frame);
    await dialog.getByRole('button', { name: 'Nästa' }).tap();
    expect(await sidewaysScroll(frame)).toBe(0);
    expect(await outOfReach(frame)).toEqual([]);
    await page.screenshot({ path: screenshotPath('chefsdagen-360'), fullPage: true });
  });
});
