/** @jest-environment ./tests/unit/ui/support/jsdomEnvironment.js */
// The dashboard on the app's own repositories against a SharePoint emulator: its figures read from one summary per
// unit and counted in the tab equal an independent sum of the stored lines; the area can be changed; the project
// team's thresholds change the proposals at once, without a request.
import { fireEvent, screen, within } from '@testing-library/react';
import {
  dashboardView,
  formatNumber,
  type DashboardQuery,
  type DashboardView,
  type Inventory,
} from '../../../src/domain';
import { DashboardPage } from '../../../src/ui/dashboard/DashboardPage';
import { ADMIN, periodsAround } from '../../e2e/lib/managerSite';
import { renderInApp, until } from './support/app';
import { startSite, type TestSite } from './support/site';

jest.setTimeout(60_000);

let site: TestSite;
beforeAll(async () => {
  // jsdom has no canvas and says so on every call; the charts measure text with one, and without it (null, as a
  // browser answers for a context it cannot make) they estimate. The charts are drawn for real in Chromium.
  HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
  site = await startSite(new Date());
});
afterAll(() => site?.close());

const period = periodsAround(new Date()).current;

// The answers that count, by the definition in docs/domain.md, taken from every stored line (not the summaries).
function countedFte(inventories: readonly Inventory[], unitIds: ReadonlySet<string>): number {
  const hundredths = inventories
    .filter((i) => unitIds.has(i.unitId) && (i.status === 'submitted' || i.status === 'approved'))
    .flatMap((i) => i.lines)
    .reduce((sum, line) => sum + Math.round((line.arsarbetare ?? 0) * 100), 0);
  return hundredths / 100;
}

async function render(options: { canAdjust: boolean }) {
  const repos = site.repos(ADMIN);
  let reads = 0;
  const load = async (query: DashboardQuery): Promise<DashboardView> => {
    reads += 1;
    return dashboardView(await repos.dashboard.loadFigures(query), query.periodId);
  };
  renderInApp(
    <DashboardPage
      period={period}
      load={load}
      canAdjustThresholds={options.canAdjust}
      locale="sv"
      onBack={() => undefined}
    />,
  );
  await until(() => screen.getByRole('table', { name: /Stöd per funktion/ }));
  return { full: await repos.dashboard.load({ periodId: period.id }), reads: () => reads };
}

describe('the dashboard', () => {
  it('shows the kommun’s support FTE per function with a total that equals the stored lines', async () => {
    const { full } = await render({ canAdjust: false });
    const table = screen.getByRole('table', { name: /Stöd per funktion/ });
    const total = within(table).getByRole('row', { name: /^Totalt/ });
    const expected = countedFte(full.inventories, new Set(full.units.map((u) => u.id)));
    expect(within(total).getAllByRole('cell')[0]?.textContent).toBe(
      formatNumber(expected, 'sv', { maximumFractionDigits: 1, minimumFractionDigits: 1 }),
    );
    expect(screen.queryByRole('group', { name: /Gränser för förslagen/ })).toBeNull();
  });

  it('shows one sektor when it is chosen, without reading again', async () => {
    const { full, reads } = await render({ canAdjust: false });
    const sektor = full.units.find((u) => u.kind === 'sektor')!;
    fireEvent.change(screen.getByRole('combobox', { name: 'Område' }), { target: { value: sektor.id } });
    const expected = countedFte(
      full.inventories,
      new Set(full.units.filter((u) => u.sektorId === sektor.id).map((u) => u.id)),
    );
    const total = within(screen.getByRole('table', { name: /Stöd per funktion/ })).getByRole('row', {
      name: /^Totalt/,
    });
    expect(within(total).getAllByRole('cell')[0]?.textContent).toBe(
      formatNumber(expected, 'sv', { maximumFractionDigits: 1, minimumFractionDigits: 1 }),
    );
    expect(reads()).toBe(1);
  });

  it('says in words, not colour alone, how each sektor stands against the mottagare profile', async () => {
    await render({ canAdjust: false });
    const matrix = screen.getByRole('table', { name: /Mottagarmatris|Årsarbetare i varje roll/ });
    const cells = within(matrix)
      .getAllByRole('cell')
      .map((c) => c.textContent ?? '');
    expect(cells.some((text) => /^(Uppfyllt|Brist|Ej rapporterat)/.test(text))).toBe(true);
  });

  it('lets the project team try other thresholds, and the proposals follow at once without a request', async () => {
    const { reads } = await render({ canAdjust: true });
    const explanations = () => [...document.querySelectorAll('article p')].map((p) => p.textContent ?? '');
    expect(explanations().every((text) => text.includes('minst 5 svar om placering'))).toBe(true);
    const fewest = screen.getByRole('spinbutton', { name: 'Minsta antal svar om placering' });
    fireEvent.change(fewest, { target: { value: '1' } });
    fireEvent.blur(fewest);
    await until(() =>
      expect(explanations().every((text) => text.includes('minst 1 svar om placering'))).toBe(true),
    );
    expect(reads()).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Återställ gränserna' }));
    await until(() =>
      expect(explanations().every((text) => text.includes('minst 5 svar om placering'))).toBe(true),
    );
  });
});
