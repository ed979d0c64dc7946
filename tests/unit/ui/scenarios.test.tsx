/** @jest-environment ./tests/unit/ui/support/jsdomEnvironment.js */
// The project team's scenarios page, on the app's own repositories against the SharePoint emulator: a scenario
// starts from the proposals; centralising a function moves exactly the FTE the answers hold, out of the kontor and
// sektor that had it; saving stores one item in Scenarier that reads back as shown; a name already taken is
// refused before anything is written; scenarios are compared side by side and exported to a workbook that reads
// back; a removed scenario leaves SharePoint. Only the browser's edge is replaced: jsdom has no
// `URL.createObjectURL`, so the test takes the Blob there. jsdom has no workers either: the page counts on this
// thread unless given another, and the last test gives it one that answers when the test says, through the
// worker's own messages' encoding and a structured clone, as the dashboard's worker would.
import { act, fireEvent, screen, within } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import {
  AppError,
  buildScenarioBase,
  defaultMunicipalityConfig,
  scenarioOutcome,
  type DashboardQuery,
  type ScenarioDefinition,
  type ScenarioOutcome,
} from '../../../src/domain';
import { SharePointScenarioStore } from '../../../src/sharepoint/repositories/scenarioStore';
import { ScenariosPage } from '../../../src/ui/scenarios/ScenariosPage';
import { scenarioServices, type ScenarioCounting } from '../../../src/ui/scenarios/scenarioServices';
import {
  fromOutcomeData,
  outcomeData,
  outcomeKeys,
  scenarioUnits,
} from '../../../src/workers/dashboardProtocol';
import { ADMIN, PEOPLE, periodsAround } from '../../e2e/lib/managerSite';
import { renderInApp, servicesFor, until } from './support/app';
import { spFor } from './support/exports';
import { TestNetwork } from './support/network';
import { bytesOf, captureDownloads } from './support/downloads';
import { submitOwnStaff } from './support/ownStaff';
import { startSite, type TestSite } from './support/site';

jest.setTimeout(90_000);

const period = periodsAround(new Date()).current;
const config = defaultMunicipalityConfig();
const first = config.taxonomy.functions.find((fn) => fn.roles.length > 0)!;

let site: TestSite;
const { blobs } = captureDownloads();

beforeAll(async () => {
  site = await startSite(new Date());
  await submitOwnStaff(site);
});
afterAll(() => site?.close());

async function render() {
  const services = servicesFor(site, { upn: PEOPLE.petra, network: new TestNetwork() });
  const view = renderInApp(
    <ScenariosPage period={period} services={services.scenarios} locale="sv" onBack={() => undefined} />,
  );
  await until(() => screen.getByRole('heading', { level: 2, name: 'Vad scenariot innebär' }), {
    within: 30_000,
  });
  return view;
}

const storedNames = async () =>
  (await new SharePointScenarioStore(spFor(site, ADMIN)).list(period.id)).scenarios.map(
    (s) => s.definition.name,
  );
/** The scrolling box of a table, inside the section of the same name. */
const table = (name: string) => screen.getAllByRole('region', { name }).at(-1)!;
/** A row of a table as its cells' texts, found by its header cell. */
const row = (region: HTMLElement, header: string) =>
  within(within(region).getByRole('rowheader', { name: header }).closest('tr')!)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

describe('the scenarios page', () => {
  it('centralises a function, shows what moves where, and saves the scenario as shown', async () => {
    const view = await render();
    const choice = screen.getByRole('combobox', { name: new RegExp(`^${first.label.sv}`) });
    expect((choice as HTMLSelectElement).value).toBe('follow');
    fireEvent.change(choice, { target: { value: 'centralisera' } });

    await until(() => expect(row(table('Per sektor'), 'Välfärd')).toEqual(['5,50', '0,00', '5,50', '0,00']));
    const office = row(table('Per kontor'), 'Äldreomsorg');
    expect(office[2]).toBe('5,50');
    expect(screen.getByRole('heading', { name: 'Enheter som förlorar eget stöd (5)' })).toBeDefined();

    fireEvent.change(screen.getByRole('textbox', { name: /^Namn/ }), { target: { value: 'Samlad ekonomi' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara scenario' }));
    await until(() => expect(screen.getAllByRole('status')[0]!.textContent).toMatch(/^Sparat .+\.$/));
    expect(await storedNames()).toEqual(['Samlad ekonomi']);
    const [stored] = (await new SharePointScenarioStore(spFor(site, ADMIN)).list(period.id)).scenarios;
    expect(stored!.definition.overrides).toEqual({ [first.id]: 'centralisera' });
    view.unmount();
  });

  it('refuses a name already taken before writing, compares, exports and removes', async () => {
    const view = await render();
    expect(screen.getByRole('button', { name: 'Öppna Samlad ekonomi' })).toBeDefined();
    fireEvent.change(screen.getByRole('textbox', { name: /^Namn/ }), {
      target: { value: ' SAMLAD ekonomi' },
    });
    expect(screen.getByText('Det finns redan ett scenario med det namnet i perioden.')).toBeDefined();
    expect(screen.getByRole('button', { name: 'Spara scenario' }).getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Spara scenario' }));
    expect(await storedNames()).toEqual(['Samlad ekonomi']);

    fireEvent.click(screen.getByRole('checkbox', { name: 'Jämför Samlad ekonomi' }));
    const comparison = table('Jämför scenarier');
    expect(within(comparison).getByRole('columnheader', { name: 'Samlad ekonomi' })).toBeDefined();
    expect(row(comparison, 'Centraliseras')).toEqual(['–', '5,50']);

    fireEvent.click(screen.getByRole('button', { name: 'Exportera till Excel' }));
    await until(() => expect(screen.getByText(/^Sparade Scenarier .+\.xlsx\.$/)).toBeDefined(), {
      within: 30_000,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await bytesOf(blobs.at(-1)!));
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['Jämförelse', 'Samlad ekonomi']);
    const sheet = workbook.getWorksheet('Samlad ekonomi')!;
    const values: unknown[][] = [];
    sheet.eachRow((r) => values.push((r.values as unknown[]).slice(1)));
    expect(values).toContainEqual(['S1', 'Välfärd', 5.5, 0, 5.5, 0]);

    fireEvent.click(screen.getByRole('button', { name: 'Ta bort Samlad ekonomi' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Ta bort' }));
    await until(() => expect(screen.queryByRole('button', { name: 'Öppna Samlad ekonomi' })).toBeNull());
    expect(await storedNames()).toEqual([]);
    view.unmount();
  });

  it('counts on another thread: one count on its way at a time, a stale answer dropped, a failure shown with its retry', async () => {
    const network = new TestNetwork();
    const repos = site.repos(PEOPLE.petra, network);
    /** Counts waiting for the test to answer them, in the order the page asked. */
    const asked: {
      scenarios: readonly ScenarioDefinition[];
      answer: () => void;
      fail: (e: AppError) => void;
    }[] = [];
    /** What each answer held, and what this thread counts from the same figures. */
    const crossed: { outcome: ScenarioOutcome; here: ScenarioOutcome }[] = [];
    let indexed = 0;
    let released = 0;
    const indexElsewhere = async (query: DashboardQuery): Promise<ScenarioCounting> => {
      const { config, units, inventories } = await repos.dashboard.loadFigures(query);
      const base = buildScenarioBase({ config, units, inventories, periodId: query.periodId });
      const unitTable = structuredClone(scenarioUnits(base));
      const keys = outcomeKeys(scenarioUnits(base), config);
      const functionIds = config.taxonomy.functions.map((f) => f.id);
      indexed++;
      return {
        config,
        count: (scenarios) =>
          new Promise((resolve, reject) =>
            asked.push({
              scenarios,
              answer: () => {
                const sent = structuredClone(
                  scenarios.map((s) => outcomeData(scenarioOutcome(base, s), keys)),
                );
                const outcomes = sent.map((data) => fromOutcomeData(data, { units: unitTable, functionIds }));
                outcomes.forEach((outcome, i) =>
                  crossed.push({ outcome, here: scenarioOutcome(base, scenarios[i]!) }),
                );
                resolve(outcomes);
              },
              fail: reject,
            }),
          ),
        release: () => released++,
      };
    };
    const services = async () =>
      scenarioServices({
        store: new SharePointScenarioStore(spFor(site, PEOPLE.petra, network)),
        loadFigures: (query) => repos.dashboard.loadFigures(query),
        indexElsewhere,
        workbookBytes: async () => new Uint8Array(),
        upn: PEOPLE.petra,
        now: () => new Date(),
        randomId: () => randomUUID(),
      });
    const view = renderInApp(
      <ScenariosPage period={period} services={services} locale="sv" onBack={() => undefined} />,
    );
    const heading = () => screen.queryByRole('heading', { level: 2, name: 'Vad scenariot innebär' });
    const answer = (i: number) => act(async () => asked[i]!.answer());

    // Until the first count answers, the page is still reading.
    await until(() => expect(asked).toHaveLength(1));
    expect(heading()).toBeNull();
    expect(screen.getByText('Läser periodens svar…')).toBeDefined();
    await answer(0);
    await until(() => expect(heading()).not.toBeNull());
    const before = row(table('Per sektor'), 'Välfärd');

    // A second change waits for the first's answer, which is then stale: only the second's is shown.
    const choice = screen.getByRole('combobox', { name: new RegExp(`^${first.label.sv}`) });
    fireEvent.change(choice, { target: { value: 'verksamhetsnara' } });
    await until(() => expect(asked).toHaveLength(2));
    fireEvent.change(choice, { target: { value: 'centralisera' } });
    expect(asked).toHaveLength(2);
    await answer(1);
    await until(() => expect(asked).toHaveLength(3));
    expect(asked[2]!.scenarios[0]!.overrides).toEqual({ [first.id]: 'centralisera' });
    expect(row(table('Per sektor'), 'Välfärd')).toEqual(before);
    await answer(2);
    await until(() => expect(row(table('Per sektor'), 'Välfärd')).toEqual(['5,50', '0,00', '5,50', '0,00']));
    // The stale answer did differ from what stayed shown: dropping it is what kept it off the page.
    expect(crossed[1]!.outcome.sektorer).not.toEqual(crossed[0]!.outcome.sektorer);
    // What crosses is what this thread would have counted.
    for (const { outcome, here } of crossed) expect(outcome).toStrictEqual(here);
    expect(crossed.some(({ outcome }) => outcome.unitLosses.length > 0)).toBe(true);

    // A new name is the same figures: no count, and it shows at once.
    fireEvent.change(screen.getByRole('textbox', { name: /^Namn/ }), { target: { value: 'Utan räkning' } });
    expect(
      within(table('Jämför scenarier')).getByRole('columnheader', { name: 'Utan räkning' }),
    ).toBeDefined();
    expect(asked).toHaveLength(3);

    // A count that fails fails the page with its retry, which reads and indexes again.
    fireEvent.change(choice, { target: { value: 'follow' } });
    await until(() => expect(asked).toHaveLength(4));
    await act(async () => asked[3]!.fail(new AppError('unavailable')));
    await until(() => expect(screen.getByText(/^Svaren eller scenarierna kunde inte läsas\./)).toBeDefined());
    expect(released).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    await until(() => expect(asked).toHaveLength(5));
    expect([indexed, released]).toEqual([2, 1]);
    await answer(4);
    await until(() => expect(heading()).not.toBeNull());
    view.unmount();
    expect(released).toBe(2);
  });
});
