// The kommun dashboard of a region ten times Gävle's size (3,500 units, 20 functions, ≈ 60,000 answered lines) in
// Chromium through the Teams host: on the start page, with what the project team reviews counted, while the
// dashboard loads, and while the project team tries another threshold, the tab's main thread never runs a task
// longer than 200 ms (PerformanceObserver `longtask`), so typing, scrolling and a screen reader never wait on the
// figures. The same for the scenarios page on the same site: while it reads and indexes the region, and while a
// function's choice changes and the scenario is counted again.
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { twentyFunctionConfig, fillSite } from '../../bench/backend/site';
import { generateMunicipality } from '../../scripts/lib/demo/generateMunicipality';
import { writeInventories } from '../../src/sharepoint/writers';
import { browserSuite } from '../e2e/lib/browserSuite';
import { openHostAt, unanswered } from '../e2e/lib/hostPage';
import { periodsAround } from '../e2e/lib/managerSite';

// Filling 3,500 units through SharePoint's REST API takes a minute or two on a small machine.
jest.setTimeout(400_000);

const PROJECT_TEAM = 'projekt@kommun.example';
const LONGEST_TASK_MS = 200;

let page: Page | undefined;

const suite = browserSuite({
  afterEachTest: async () => {
    if (page !== undefined) expect(await unanswered(page)).toBe(0);
    page = undefined;
  },
  tab: {
    fill: async (admin) => {
      const { current, earlier } = periodsAround(new Date());
      const municipality = generateMunicipality({
        units: 3_500,
        seed: 2018,
        config: twentyFunctionConfig(),
        periodId: current.id,
      });
      // The generated answers keep their own dates; the period is the open one, so the tab shows it.
      const period = { ...municipality.periods[0]!, opensOn: current.opensOn, closesOn: current.closesOn };
      await fillSite(admin, {
        units: municipality.units,
        config: municipality.config,
        period,
        projectTeam: [PROJECT_TEAM],
      });
      await writeInventories(admin, municipality.inventories);
      return { config: municipality.config, units: municipality.units, current: period, earlier };
    },
  },
});

/** Records every page's long tasks from its start, in `window.longTasks`. */
async function recordLongTasks(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const tasks: LongTask[] = [];
    (window as unknown as { longTasks: LongTask[] }).longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        tasks.push({ start: Math.round(entry.startTime), ms: Math.round(entry.duration) });
    }).observe({ type: 'longtask' });
  });
}

/** A long task: when it started (ms since the page's time origin) and how long it took. */
interface LongTask {
  readonly start: number;
  readonly ms: number;
}

/** The long tasks recorded since the last call, once the page has been idle. */
async function longTasks(frame: Frame): Promise<LongTask[]> {
  return frame.evaluate(
    () =>
      new Promise<LongTask[]>((resolve) => {
        // Idle means the work that the last change started has run: two frames and an idle callback later.
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            requestIdleCallback(() => {
              const tasks = (window as unknown as { longTasks: LongTask[] }).longTasks;
              resolve(tasks.splice(0));
            }),
          ),
        );
      }),
  );
}

/** How long each task took. */
const durations = (tasks: readonly LongTask[]): number[] => tasks.map((task) => task.ms);

describe('the kommun dashboard at ten times the size', () => {
  it(`counts what the project team reviews, loads, and follows a threshold, without a main-thread task over ${LONGEST_TASK_MS} ms`, async () => {
    const { context } = await suite.newContext();
    await recordLongTasks(context);
    page = await context.newPage();
    const frame = await openHostAt(page, suite.tab, {
      as: PROJECT_TEAM,
      theme: 'default',
      locale: 'sv-se',
      hash: '#/',
    });
    // The start page first, with what the project team reviews counted, as a person comes to the overview.
    await frame.getByText('Inskickade, väntar på granskning').waitFor({ timeout: 120_000 });
    const onStartPage = await longTasks(frame);
    // Timed from the tab's DOMContentLoaded on: evaluating the tab's scripts before it (about 150 ms on a small
    // machine) is the same at any size, and the bundle budget holds it; what follows reads and counts the region.
    const scriptsRun = await frame.evaluate(
      () =>
        (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
          .domContentLoadedEventEnd,
    );
    expect(scriptsRun).toBeGreaterThan(0);
    const startPage = onStartPage.filter((task) => task.start >= scriptsRun);

    const loadStarted = Date.now();
    await frame.evaluate(() => {
      window.location.hash = '#/oversikt';
    });
    await frame.getByRole('heading', { level: 2, name: 'Nyckeltal' }).waitFor({ timeout: 120_000 });
    const loadMs = Date.now() - loadStarted;
    const whileLoading = await longTasks(frame);
    // The whole region is counted: every one of the generated units that can answer.
    await expect(
      frame
        .getByText(/^\d[\d\s]* av 3\s?\d{3} enheter som kan svara/)
        .first()
        .textContent(),
    ).resolves.toMatch(/av 3\s?\d{3}/);

    const fewest = frame.getByRole('spinbutton', { name: 'Minsta antal svar om placering' });
    await fewest.fill('4000');
    await fewest.press('Enter');
    await frame.getByText(/^Med dessa gränser skiljer sig [1-9]\d* förslag/).waitFor();
    const whileChanging = await longTasks(frame);

    console.log(
      `10× start page: long tasks ${JSON.stringify(durations(startPage))} ms, and before, while the tab's ` +
        `scripts ran, ${JSON.stringify(durations(onStartPage.filter((task) => task.start < scriptsRun)))} ms\n` +
        `10× kommun dashboard: shown after ${loadMs} ms; long tasks while loading ` +
        `${JSON.stringify(durations(whileLoading))} ms, while changing a threshold ` +
        `${JSON.stringify(durations(whileChanging))} ms`,
    );
    expect(durations(startPage).filter((ms) => ms > LONGEST_TASK_MS)).toEqual([]);
    expect(durations(whileLoading).filter((ms) => ms > LONGEST_TASK_MS)).toEqual([]);
    expect(durations(whileChanging).filter((ms) => ms > LONGEST_TASK_MS)).toEqual([]);
  });

  it(`reads the scenarios page's figures and counts a changed choice without a main-thread task over ${LONGEST_TASK_MS} ms`, async () => {
    const { context } = await suite.newContext();
    await recordLongTasks(context);
    page = await context.newPage();
    const frame = await openHostAt(page, suite.tab, {
      as: PROJECT_TEAM,
      theme: 'default',
      locale: 'sv-se',
      hash: '#/',
    });
    // The start page is the other test's; timed here is what the scenarios page adds.
    await frame.getByText('Inskickade, väntar på granskning').waitFor({ timeout: 120_000 });
    await longTasks(frame);

    const loadStarted = Date.now();
    await frame.evaluate(() => {
      window.location.hash = '#/scenarier';
    });
    await frame
      .getByRole('heading', { level: 2, name: 'Vad scenariot innebär' })
      .waitFor({ timeout: 120_000 });
    const loadMs = Date.now() - loadStarted;
    const whileLoading = await longTasks(frame);

    // One function moved away from its proposal, so that the tables must change.
    const choice = frame.getByRole('combobox').first();
    const centralise = suite.tab.site.config.placements.find((p) => p.id === 'centralisera')!.label.sv;
    const proposed = (await choice.locator('option').first().textContent()) ?? '';
    const sektorer = frame.getByRole('region', { name: 'Per sektor' }).last();
    const before = await sektorer.textContent();
    const changed = Date.now();
    await choice.selectOption(proposed.includes(centralise) ? 'verksamhetsnara' : 'centralisera');
    const region = await sektorer.elementHandle();
    await frame.waitForFunction(([shown, was]) => shown?.textContent !== was, [region, before] as const, {
      timeout: 60_000,
    });
    const countMs = Date.now() - changed;
    const whileCounting = await longTasks(frame);

    console.log(
      `10× scenarios: shown after ${loadMs} ms, a changed choice counted and shown after ${countMs} ms; long ` +
        `tasks while loading ${JSON.stringify(durations(whileLoading))} ms, while counting ` +
        `${JSON.stringify(durations(whileCounting))} ms`,
    );
    expect(durations(whileLoading).filter((ms) => ms > LONGEST_TASK_MS)).toEqual([]);
    expect(durations(whileCounting).filter((ms) => ms > LONGEST_TASK_MS)).toEqual([]);
  });
});
