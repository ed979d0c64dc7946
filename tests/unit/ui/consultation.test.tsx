/** @jest-environment ./tests/unit/ui/support/jsdomEnvironment.js */
// The consultation round on the app's own repositories against the SharePoint emulator: the project team opens a
// round from a saved scenario; a manager finds it on the start page, sees what it moves of their unit's own staff
// (the FTE this test sums from the unit's stored lines) and answers; a disagreement asks for its reason before it
// can be saved; the project team's summary counts the answer, a reviewer of the unit's kontor sees it, and the
// reviewer of another sektor gets none of it from SharePoint.
import { fireEvent, screen, within } from '@testing-library/react';
import { randomUUID } from 'node:crypto';
import { defaultMunicipalityConfig, type ManagerForm, type SupportFunction } from '../../../src/domain';
import { SharePointConsultationStore } from '../../../src/sharepoint/repositories/consultationStore';
import { SharePointScenarioStore } from '../../../src/sharepoint/repositories/scenarioStore';
import { ConsultationAnswerPage } from '../../../src/ui/consultation/ConsultationAnswerPage';
import { ConsultationRoundsPage } from '../../../src/ui/consultation/ConsultationRoundsPage';
import { consultationServices } from '../../../src/ui/consultation/consultationServices';
import { ADMIN, chef, PEOPLE, periodsAround } from '../../e2e/lib/managerSite';
import { renderInApp, renderManagerApp, servicesFor, until } from './support/app';
import { spFor } from './support/exports';
import { TestNetwork } from './support/network';
import { ownStaff, submitOwnStaff } from './support/ownStaff';
import { startSite, type TestSite } from './support/site';

jest.setTimeout(90_000);

const period = periodsAround(new Date()).current;
const E8 = 'E8';
let site: TestSite;
let first: SupportFunction;

beforeAll(async () => {
  site = await startSite(new Date());
  first = await submitOwnStaff(site);
  // Only the first function moves (centralised), and HR is gathered in the sektor: Hemtjänst 8 has no HR staff.
  const config = defaultMunicipalityConfig().taxonomy.functions;
  await new SharePointScenarioStore(spFor(site, PEOPLE.petra)).create({
    id: 's-remiss',
    name: 'Samlad ekonomi',
    periodId: period.id,
    overrides: {
      ...Object.fromEntries(config.map((fn) => [fn.id, 'verksamhetsnara' as const])),
      [first.id]: 'centralisera',
      hr: 'samordnaSektor',
    },
  });
});
afterAll(() => site?.close());
beforeEach(() => {
  window.location.hash = '';
});

const services = (upn: string) => {
  const network = new TestNetwork();
  return async () =>
    consultationServices({
      store: new SharePointConsultationStore(spFor(site, upn, network)),
      scenarios: new SharePointScenarioStore(spFor(site, upn, network)),
      upn,
      now: () => new Date(),
      newId: () => randomUUID(),
      loadFigures: (query) => site.repos(upn, network).dashboard.loadFigures(query),
    });
};

const formOf = (upn: string): Promise<ManagerForm> =>
  site.repos(upn).inventories.loadMine({ upn, on: new Date().toISOString() });

async function renderRounds(upn: string) {
  const view = renderInApp(
    <ConsultationRoundsPage
      services={services(upn)}
      form={await formOf(upn)}
      period={period}
      locale="sv"
      onBack={() => undefined}
      now={new Date().toISOString()}
    />,
  );
  await until(() => screen.getByRole('heading', { level: 2, name: 'Rundor i perioden' }));
  return view;
}

/** The cells of the summary's row of a proposal. */
const summaryRow = (name: string) =>
  within(
    within(screen.getByRole('table', { name: 'Svar per förslag' }))
      .getByRole('rowheader', { name })
      .closest('tr')!,
  )
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

describe('the consultation round', () => {
  it('is opened by the project team from a saved scenario, its choices frozen as they resolve', async () => {
    const view = await renderRounds(PEOPLE.petra);
    expect((screen.getByRole('combobox', { name: 'Scenario' }) as HTMLSelectElement).value).toBe('s-remiss');
    fireEvent.click(screen.getByRole('button', { name: 'Öppna remissrundan' }));
    await until(() => screen.getByText('Remissrundan Samlad ekonomi är öppen.'));
    await until(() => screen.getByText('Enheter som har svarat: 0.'));
    const { rounds } = await new SharePointConsultationStore(spFor(site, ADMIN)).listRounds(period.id);
    expect(rounds.map((r) => [r.name, r.scenarioId, r.closed])).toEqual([
      ['Samlad ekonomi', 's-remiss', false],
    ]);
    const moving = rounds[0]!.choices.filter((c) => c.placement !== 'verksamhetsnara');
    expect(moving.map((c) => [c.functionId, c.placement, c.source]).sort()).toEqual(
      [
        [first.id, 'centralisera', 'override'],
        ['hr', 'samordnaSektor', 'override'],
      ].sort(),
    );
    expect(summaryRow(first.label.sv)).toEqual(['Centraliseras', '0', '0', '0', '0']);
    view.unmount();
  });

  it('is on the manager’s start page, a link to the unit’s answers', async () => {
    const [round] = (await formOf(chef(8))).rounds;
    const network = new TestNetwork();
    const view = renderManagerApp(servicesFor(site, { upn: chef(8), network }));
    await until(() => screen.getByRole('region', { name: 'Hemtjänst 8' }));
    // In the form's own 2 requests.
    expect(network.sent).toEqual(['POST /_api/$batch', 'POST /_api/$batch']);
    const link = screen.getByRole('link', {
      name: /^Remiss: Samlad ekonomi för Hemtjänst 8 — svara senast \d+ \p{L}+ \d{4}$/u,
    });
    expect(link.getAttribute('href')).toBe(`#/remiss/${round!.id}/${E8}`);
    view.unmount();
  });

  it('shows the manager what it moves of their unit’s own staff, and takes their answer', async () => {
    const form = await formOf(chef(8));
    const [round] = form.rounds;
    // Summed here from the unit's stored lines, not by the code under test.
    const stored = await site.repos(ADMIN).inventories.get(period.id, E8);
    const own = stored!.lines.filter((l) => l.functionId === first.id);
    const fte = own.reduce((sum, l) => sum + (l.arsarbetare ?? 0), 0);
    const persons = own.reduce((sum, l) => sum + (l.persons ?? 0), 0);
    expect(fte).toBe(ownStaff[8]);
    const view = renderInApp(
      <ConsultationAnswerPage
        services={services(chef(8))}
        form={form}
        unitId={E8}
        roundId={round!.id}
        locale="sv"
        onBack={() => undefined}
      />,
    );
    await until(() => screen.getByRole('heading', { level: 2, name: 'Förslag som berör Hemtjänst 8' }));
    const touching = screen.getByRole('region', { name: 'Förslag som berör Hemtjänst 8' });
    const proposal = within(touching).getByRole('region', { name: `${first.label.sv}: Centraliseras` });
    expect(
      within(proposal).getByText(
        `${fte.toFixed(2).replace('.', ',')} åa (${persons} pers.) av enhetens egna resurser flyttas till en central funktion.`,
      ),
    ).toBeTruthy();
    const others = screen.getByRole('region', { name: 'Övriga förslag' });
    expect(within(others).getByText('Inga av enhetens egna resurser flyttas.')).toBeTruthy();

    const verdict = within(proposal).getByRole('radiogroup', { name: `Ditt svar om ${first.label.sv}` });
    fireEvent.click(within(verdict).getByRole('radio', { name: 'Instämmer inte' }));
    expect(within(proposal).getByText('Skriv varför du inte instämmer.')).toBeTruthy();
    const save = screen.getByRole('button', { name: 'Spara svaren' });
    expect(save.getAttribute('aria-disabled')).toBe('true');
    fireEvent.change(within(proposal).getByRole('textbox', { name: `Kommentar om ${first.label.sv}` }), {
      target: { value: 'Ekonomen behövs nära verksamheten.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Spara svaren' }));
    await until(() => expect(screen.getByRole('status').textContent).toMatch(/^Sparat kl\. \d\d[:.]\d\d\.$/));
    const answers = await new SharePointConsultationStore(spFor(site, ADMIN)).loadAnswers(round!.id, E8);
    expect(answers?.answers).toEqual([
      { functionId: first.id, verdict: 'disagree', comment: 'Ekonomen behövs nära verksamheten.' },
    ]);
    view.unmount();
  });

  it('is summarised for the project team and the unit’s reviewers, and shows another sektor’s reviewer nothing', async () => {
    for (const upn of [PEOPLE.petra, PEOPLE.karl]) {
      const view = await renderRounds(upn);
      await until(() => screen.getByText('Enheter som har svarat: 1.'));
      expect({ upn, row: summaryRow(first.label.sv) }).toEqual({
        upn,
        row: ['Centraliseras', '0', '1', '1', '1'],
      });
      const detail = screen.getByRole('region', { name: `${first.label.sv}: Centraliseras` });
      expect(within(detail).getByRole('listitem').textContent).toBe(
        'Hemtjänst 8 (Välfärd), Instämmer inte: Ekonomen behövs nära verksamheten.',
      );
      view.unmount();
    }
    const view = await renderRounds(PEOPLE.stina);
    await until(() => screen.getByText('Enheter som har svarat: 0.'));
    expect(summaryRow(first.label.sv)).toEqual(['Centraliseras', '0', '0', '0', '0']);
    expect(screen.queryByText(/Ekonomen behövs/)).toBeNull();
    view.unmount();
  });
});
