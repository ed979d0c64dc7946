/** @jest-environment ./tests/unit/ui/support/jsdomEnvironment.js */
// The managers' comparison on the app's own repositories against a SharePoint emulator: the project team publishes
// from the dashboard; a manager whose inventory is submitted follows the start page's link to their comparison, and
// its tables show what an independent count of the stored answers gives, beside their own answer; a group of fewer
// than five counted units says so, with its n, and shows no figure. The tests are the steps of one journey, in order:
// the managers read what the first one publishes.
import { fireEvent, screen, within } from '@testing-library/react';
import { defaultMunicipalityConfig, formatNumber, type InventoryLine } from '../../../src/domain';
import { ManagerApp } from '../../../src/ui/app/ManagerApp';
import { ServicesContext } from '../../../src/ui/services';
import { chef, managerOrganisation, PEOPLE, periodsAround, submitAnswered } from '../../e2e/lib/managerSite';
import { renderInApp, servicesFor, until } from './support/app';
import { TestNetwork } from './support/network';
import { startSite, type TestSite } from './support/site';

jest.setTimeout(60_000);

const config = defaultMunicipalityConfig();
const units = managerOrganisation();
const period = periodsAround(new Date()).current;
const firstFunction = config.taxonomy.functions[0]!;

// Anna (E1) and five more enheter of K1 submit; FTE in the first function of 0.1 × the unit's number.
const answering: readonly [string, string, number][] = [
  [PEOPLE.anna, 'E1', 1],
  ...[8, 9, 10, 11, 12].map((n): [string, string, number] => [chef(n), `E${n}`, n]),
];
const withFte =
  (n: number) =>
  (line: InventoryLine): InventoryLine =>
    line.functionId === firstFunction.id
      ? {
          ...line,
          persons: 2,
          arsarbetare: n / 10,
          roles: [{ roleId: firstFunction.roles[0]!.id, arsarbetare: n / 10 }],
        }
      : line;

let site: TestSite;
beforeAll(async () => {
  HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
  site = await startSite(new Date());
  for (const [upn, unitId, n] of answering) {
    await submitAnswered(site.repos(upn), {
      config,
      units,
      periodId: period.id,
      unitId,
      upn,
      answer: withFte(n),
    });
  }
});
afterAll(() => site?.close());
beforeEach(() => {
  window.location.hash = '';
});

function openAs(upn: string, hash: string) {
  window.location.hash = hash;
  const services = servicesFor(site, { upn, network: new TestNetwork() });
  renderInApp(
    <ServicesContext.Provider value={services}>
      <ManagerApp services={services} locale="sv" />
    </ServicesContext.Provider>,
  );
  return services;
}

const two = (value: number) =>
  formatNumber(value, 'sv', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

// Support FTE per 100 employees of K1, counted here from the answers as docs/domain.md defines it: the FTE of the
// units that answered over every employee of the kontor's units (answered or not).
function k1Per100(): number {
  const k1 = units.filter((u) => u.kontorId === 'K1');
  const headcount = k1.reduce((sum, u) => sum + u.headcount, 0);
  const fte = answering.reduce((sum, [, , n]) => sum + n / 10, 0);
  return (fte / headcount) * 100;
}

describe('the comparison', () => {
  it('is published by the project team from the dashboard', async () => {
    openAs(PEOPLE.petra, '#/oversikt');
    await until(() => screen.getByRole('button', { name: 'Publicera jämförelser' }));
    fireEvent.click(screen.getByRole('button', { name: 'Publicera jämförelser' }));
    await until(() => screen.getByText(/Jämförelserna är publicerade: \d+ områden ändrade, 0 oförändrade\./));
    const done = screen.getByText(/Jämförelserna är publicerade/);
    expect(done.closest('[role="status"]')).not.toBeNull();
  });

  it("shows the manager's unit beside its kontor, sektor and the kommun, with n", async () => {
    openAs(PEOPLE.anna, '#/');
    const card = await (async () => {
      await until(() => screen.getByRole('region', { name: 'Hemtjänst Norr' }));
      return screen.getByRole('region', { name: 'Hemtjänst Norr' });
    })();
    fireEvent.click(
      within(card).getByRole('link', { name: 'Jämför Hemtjänst Norr med kontor, sektor och kommun' }),
    );
    await until(() => screen.getByRole('heading', { level: 1, name: 'Jämförelse: Hemtjänst Norr' }));
    expect(window.location.hash).toBe('#/jamforelse/E1');
    await until(() => screen.getByRole('table', { name: 'Årsarbetare i stöd per 100 anställda' }));
    const table = screen.getByRole('table', { name: 'Årsarbetare i stöd per 100 anställda' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Mått',
      'Din enhet: Hemtjänst Norr',
      'Äldreomsorg (n = 6)',
      'Välfärd (n = 6)',
      `${config.municipality.name.sv} (n = 6)`,
    ]);
    const row = within(table).getByRole('row', { name: new RegExp(`^${firstFunction.label.sv}`) });
    const cells = within(row)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    // Anna's own: 0.1 FTE over her unit's 24 employees.
    expect(cells[0]).toBe(two((0.1 / 24) * 100));
    expect(cells[1]).toBe(two(k1Per100()));
    expect(screen.getByText(/Områdenas siffror publicerades senast/)).toBeTruthy();
    // Her own quality is her own answer (n = 1); the kontor's is a mean of six.
    const quality = screen.getByRole('table', { name: 'Kvalitet i stödet' });
    const qualityRow = within(quality).getByRole('row', { name: new RegExp(`^${firstFunction.label.sv}`) });
    expect(
      within(qualityRow)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['3,0 (n = 1)', '3,0 (n = 6)', '3,0 (n = 6)', '3,0 (n = 6)']);
  });

  it('says a group of fewer than five counted units is too small to show, with its n', async () => {
    // O'Neil's kontor has only his returned inventory: nothing counts there.
    openAs(PEOPLE.oneil, '#/jamforelse/E3');
    await until(() => screen.getByRole('table', { name: 'Årsarbetare i stöd per 100 anställda' }));
    const table = screen.getByRole('table', { name: 'Årsarbetare i stöd per 100 anställda' });
    expect(within(table).getByRole('columnheader', { name: 'Kultur & fritid (n = 0)' })).toBeTruthy();
    const cells = within(within(table).getAllByRole('row')[1]!).getAllByRole('cell');
    expect(cells[1]?.textContent).toBe('för få enheter för att visa (n = 0)');
    expect(screen.getByText('Din enhets svar räknas först när det är inskickat eller godkänt.')).toBeTruthy();
  });
});
