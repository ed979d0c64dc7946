/** @jest-environment ./tests/unit/ui/support/jsdomEnvironment.js */
// The dashboard on the app's own repositories against a SharePoint emulator: its figures read from one summary per
// unit and counted in the tab equal an independent sum of the stored lines; the area can be changed; the project
// team's thresholds change the proposals at once, without a request.
import { act, fireEvent, screen, within } from '@testing-library/react';
import {
  defaultMunicipalityConfig,
  formatNumber,
  type CountedDashboard,
  type Inventory,
} from '../../../src/domain';
import { DashboardPage, type DashboardPageProps } from '../../../src/ui/dashboard/DashboardPage';
import { ADMIN, managerOrganisation, periodsAround, submitAnswered } from '../../e2e/lib/managerSite';
import { loadOverview, type OverviewLoad } from '../../../src/sharepoint/repositories/storedOverview';
import { renderInApp, until } from './support/app';
import { spFor } from './support/exports';
import { TestNetwork } from './support/network';
import { startSite, type TestSite } from './support/site';
import { submitOwnStaff } from './support/ownStaff';

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
  const full = await site.repos(ADMIN).dashboard.load({ periodId: period.id });
  const network = new TestNetwork();
  const sp = spFor(site, ADMIN, network);
  let reads = 0;
  const earlier: CountedDashboard[] = [];
  const loads: Promise<OverviewLoad>[] = [];
  // What the tab's worker runs, here on this thread (jsdom has no workers), kept to see when it has stored.
  const load: DashboardPageProps['load'] = (query, { useStore = false, onEarlier } = {}) =>
    new Promise((resolve, reject) => {
      reads += 1;
      const show = (dashboard: CountedDashboard) => {
        if (dashboard.current) return resolve(dashboard);
        earlier.push(dashboard);
        onEarlier?.(dashboard);
      };
      const loaded = loadOverview(sp, query, { useStore, show, settle: 0 });
      loads.push(loaded);
      loaded.catch(reject);
    });
  const rendered = renderInApp(
    <DashboardPage
      period={period}
      load={load}
      canAdjustThresholds={options.canAdjust}
      locale="sv"
      onBack={() => undefined}
    />,
  );
  await until(() => screen.getByRole('table', { name: /Stöd per funktion/ }));
  return {
    full,
    reads: () => reads,
    network,
    earlier,
    // Inside act: the load may still show what it counted once it is over.
    finished: async () => {
      let done: OverviewLoad[] = [];
      await act(async () => {
        done = await Promise.all(loads);
      });
      return done;
    },
    unmount: () => rendered.unmount(),
  };
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

  it('opens the project team’s overview with the figures last counted, and counts again once an answer changes', async () => {
    const total = () =>
      within(
        within(screen.getByRole('table', { name: /Stöd per funktion/ })).getByRole('row', {
          name: /^Totalt/,
        }),
      ).getAllByRole('cell')[0]?.textContent;
    const status = () =>
      screen
        .getAllByRole('status')
        .map((s) => s.textContent ?? '')
        .join(' ');

    // A look counts and stores what it counted, unless a test before has stored it already.
    const first = await render({ canAdjust: true });
    const [firstLoad] = await first.finished();
    expect([
      { source: 'counted', written: true },
      { source: 'stored', written: false },
    ]).toContainEqual(firstLoad);
    const counted = total();
    expect(status()).toMatch(/^Räknat /);
    first.unmount();

    // Nothing has changed: the stored overview is shown as it is, in two requests and without counting.
    const second = await render({ canAdjust: true });
    expect(await second.finished()).toEqual([{ source: 'stored', written: false }]);
    expect(total()).toBe(counted);
    expect(second.network.sent).toHaveLength(2);
    expect(second.earlier).toHaveLength(0);
    second.unmount();

    // A manager submits: the stored figures come first, marked as earlier, then the new count.
    const waiting = first.full.inventories.find((i) => i.status !== 'submitted' && i.status !== 'approved')!;
    const unit = first.full.units.find((u) => u.id === waiting.unitId)!;
    const staffed = defaultMunicipalityConfig().taxonomy.functions.find((fn) => fn.roles.length > 0)!;
    await submitAnswered(site.repos(unit.manager!.upn), {
      config: defaultMunicipalityConfig(),
      units: managerOrganisation(),
      periodId: period.id,
      unitId: unit.id,
      upn: unit.manager!.upn,
      answer: (line) =>
        line.functionId === staffed.id
          ? {
              ...line,
              persons: 2,
              arsarbetare: 1.25,
              roles: [{ roleId: staffed.roles[0]!.id, arsarbetare: 1.25 }],
            }
          : line,
    });
    const third = await render({ canAdjust: true });
    expect(await third.finished()).toEqual([{ source: 'counted', written: true }]);
    expect(third.earlier).toHaveLength(1);
    await until(() => expect(total()).not.toBe(counted));
    expect(total()).toBe(
      formatNumber(countedFte(third.full.inventories, new Set(third.full.units.map((u) => u.id))), 'sv', {
        maximumFractionDigits: 1,
        minimumFractionDigits: 1,
      }),
    );
  });

  it('shows the first-line managers’ mission with the figures the stored sections give', async () => {
    await submitOwnStaff(site);
    const { full } = await render({ canAdjust: false });
    // Worked out here from the stored first-line sections of the answers that count, not by the app's code.
    const sections = full.inventories
      .filter((i) => i.status === 'submitted' || i.status === 'approved')
      .map((i) => i.firstLine)
      .filter((f) => f !== null && f.chefsnaraStodArsarbetare !== null);
    const stod = sections.reduce((sum, f) => sum + Math.round((f!.chefsnaraStodArsarbetare ?? 0) * 100), 0);
    expect(sections.length).toBeGreaterThanOrEqual(5);
    const mission = screen.getByRole('region', { name: 'Första linjens uppdrag' });
    const perManager = formatNumber(stod / 100 / sections.length, 'sv', {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    expect(within(mission).getByText(`${perManager} årsarbetare (n = ${sections.length})`)).toBeDefined();
    const parts = within(mission).getByRole('table', { name: /^Förslaget per sektor/ });
    expect(within(parts).getAllByRole('row')).toHaveLength(
      1 + full.units.filter((u) => u.kind === 'sektor').length,
    );
  });
});
