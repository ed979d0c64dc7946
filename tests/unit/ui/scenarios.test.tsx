/** @jest-environment ./tests/unit/ui/support/jsdomEnvironment.js */
// The project team's scenarios page, on the app's own repositories against the SharePoint emulator: a scenario
// starts from the proposals; centralising a function moves exactly the FTE the answers hold, out of the kontor and
// sektor that had it; saving stores one item in Scenarier that reads back as shown; a name already taken is
// refused before anything is written; scenarios are compared side by side and exported to a workbook that reads
// back; a removed scenario leaves SharePoint. Only the browser's edge is replaced: jsdom has no
// `URL.createObjectURL`, so the test takes the Blob there.
import { fireEvent, screen, within } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { defaultMunicipalityConfig } from '../../../src/domain';
import { SharePointScenarioStore } from '../../../src/sharepoint/repositories/scenarioStore';
import { ScenariosPage } from '../../../src/ui/scenarios/ScenariosPage';
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
});
