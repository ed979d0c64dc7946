/** @jest-environment ./tests/unit/ui/support/jsdomEnvironment.js */
// The project team's settings page on the app's own repositories against a SharePoint emulator: what is saved is
// what the next load (anyone's) shows; what breaks a rule is shown at its field and summarised, and nothing is
// stored; a function managers have answered on cannot be removed; someone else's save in between is reported and
// the edits stay; a manager outside the project team is refused by SharePoint itself.
import { fireEvent, screen, within } from '@testing-library/react';
import { type Inventory, type MunicipalityConfig } from '../../../src/domain';
import { SharePointSettingsRepository } from '../../../src/sharepoint/repositories';
import { createSharePointClient } from '../../../src/sharepoint/client';
import { devIdentityTokenProvider } from '../../../src/auth';
import { SettingsPage } from '../../../src/ui/settings/SettingsPage';
import { settingsServices } from '../../../src/ui/settings/settingsServices';
import { ADMIN, PEOPLE } from '../../e2e/lib/managerSite';
import { renderInApp, renderManagerApp, servicesFor, until } from './support/app';
import { TestNetwork } from './support/network';
import { startSite, type TestSite } from './support/site';

jest.setTimeout(60_000);

let site: TestSite;
beforeAll(async () => {
  site = await startSite(new Date());
});
afterAll(() => site?.close());

// The repository class itself: saving over what was read (`expected`) is the class's, not the port's.
const storeOf = (upn: string) =>
  new SharePointSettingsRepository(
    createSharePointClient({
      siteUrl: site.siteUrl,
      tokens: devIdentityTokenProvider({ emulatorUrl: site.url, upn }),
    }),
  );
const storedConfig = (): Promise<MunicipalityConfig> => storeOf(ADMIN).getConfig();

async function open(upn: string, options: { projectTeam: boolean }) {
  const repos = site.repos(upn);
  const services = () =>
    Promise.resolve(
      settingsServices({ store: storeOf(upn), loadFigures: (query) => repos.dashboard.loadFigures(query) }),
    );
  const view = renderInApp(
    <SettingsPage
      services={services}
      projectTeam={options.projectTeam}
      locale="sv"
      onBack={() => undefined}
    />,
  );
  await until(() => screen.getByRole('heading', { level: 1, name: 'Inställningar' }));
  await until(() => screen.getByRole('button', { name: 'Spara inställningarna' }));
  return view;
}

const group = (name: string) => screen.getByRole('group', { name });
const type = (input: HTMLElement, value: string) => fireEvent.change(input, { target: { value } });
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Spara inställningarna' }));

/** The message a field's input is described by (Fluent's Field links its validationMessage). */
function describedBy(input: HTMLElement): string {
  return (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

// Counted from every stored line of every period, not with the page's own rule.
async function answeredHrLines(): Promise<number> {
  const repos = site.repos(ADMIN);
  const periods = await repos.settings.listPeriods();
  const inventories: Inventory[] = [];
  for (const period of periods)
    inventories.push(...(await repos.dashboard.load({ periodId: period.id })).inventories);
  return inventories
    .flatMap((i) => i.lines)
    .filter(
      (l) => l.functionId === 'hr' && (l.persons !== null || l.arsarbetare !== null || l.quality !== null),
    ).length;
}

describe('the settings page', () => {
  it('saves the taxonomy, a period and the thresholds, and the next load shows them', async () => {
    const view = await open(PEOPLE.petra, { projectTeam: true });
    const ekonomi = group('Stödfunktion Ekonomi');
    type(within(ekonomi).getByRole('textbox', { name: 'Namn på svenska' }), 'Ekonomi och lön');
    fireEvent.click(screen.getByRole('button', { name: 'Flytta ned HR' }));
    await until(() => expect(screen.getByText('HR är nu nummer 3 av', { exact: false })).toBeTruthy());
    type(screen.getByRole('textbox', { name: 'Minsta antal svar om placering' }), '3');
    type(screen.getByRole('textbox', { name: 'Andel för att centralisera (%)' }), '45');
    const periods = await storeOf(ADMIN).listPeriods();
    const last = periods.at(-1)!;
    const period = group(`Period ${last.name.sv}`);
    const closes = within(period).getByLabelText('Stänger (sista dag)');
    type(closes, '2099-12-31');
    save();
    await until(() => screen.getByText('Inställningarna är sparade.'));

    const stored = await storedConfig();
    expect(stored.taxonomy.functions.find((f) => f.id === 'ekonomi')?.label.sv).toBe('Ekonomi och lön');
    expect(stored.taxonomy.functions.map((f) => f.id).indexOf('hr')).toBe(2);
    expect(stored.proposalThresholds.minVotes).toBe(3);
    expect(stored.proposalThresholds.centraliseMinShare).toBe(0.45);
    expect((await storeOf(ADMIN).listPeriods()).at(-1)?.closesOn).toBe('2099-12-31');

    view.unmount();
    await open(PEOPLE.petra, { projectTeam: true });
    expect(
      within(group('Stödfunktion Ekonomi och lön')).getByRole('textbox', { name: 'Namn på svenska' }),
    ).toBeTruthy();
    expect(
      (screen.getByRole('textbox', { name: 'Minsta antal svar om placering' }) as HTMLInputElement).value,
    ).toBe('3');
    expect(
      (screen.getByRole('textbox', { name: 'Andel för att centralisera (%)' }) as HTMLInputElement).value,
    ).toBe('45');
  });

  it('shows what breaks a rule at its field and in a summary, and stores nothing', async () => {
    const before = await storedConfig();
    await open(PEOPLE.petra, { projectTeam: true });
    const it_ = within(group('Stödfunktion IT'));
    const name = it_.getByRole('textbox', { name: 'Namn på svenska' });
    type(name, '');
    const share = screen.getByRole('textbox', { name: 'Andel för verksamhetsnära (%)' });
    type(share, '150');
    const votes = screen.getByRole('textbox', { name: 'Minsta antal svar om placering' });
    type(votes, 'många');
    save();
    await until(() => screen.getByText('Rätta 3 fel innan du sparar:'));
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(name)).toContain('Benämning saknas på sv.');
    expect(describedBy(share)).toContain('Ange ett värde mellan 0 och 100.');
    expect(describedBy(votes)).toContain('Ange ett tal');
    expect(await storedConfig()).toEqual(before);
  });

  it('saves the first-line mission’s reference and rules, and refuses a share above 100 %', async () => {
    await open(PEOPLE.petra, { projectTeam: true });
    const mission = screen.getByRole('region', { name: 'Första linjens uppdrag' });
    const share = within(mission).getByRole('textbox', {
      name: 'Andel chefer över spannet som kräver mer stöd (%)',
    });
    type(share, '120');
    save();
    await until(() => expect(describedBy(share)).toContain('Ange ett värde mellan 1 och 100.'));
    type(share, '40');
    type(within(mission).getByRole('textbox', { name: 'Största medarbetarspann' }), '25');
    type(
      within(mission).getByRole('textbox', { name: 'Referens för HR och personal, timmar per vecka' }),
      '4,5',
    );
    save();
    await until(() => screen.getByText('Inställningarna är sparade.'));
    const stored = (await storedConfig()).firstLineMission!;
    expect(stored.spanMinShareAbove).toBe(0.4);
    expect(stored.spanLimit).toBe(25);
    expect(stored.referenceHours.find((r) => r.categoryId === 'hr')?.hoursPerWeek).toBe(4.5);
  });

  it('refuses to remove a function managers have answered on, with the count, and removes one without answers', async () => {
    const answered = await answeredHrLines();
    expect(answered).toBeGreaterThan(0);
    const view = await open(PEOPLE.petra, { projectTeam: true });
    await until(() => within(group('Stödfunktion HR')).getByText(`${answered} besvarade rader`));
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort HR' }));
    await until(() =>
      within(group('Stödfunktion HR')).getByText(
        `HR har ${answered} besvarade rader och kan inte tas bort. Byt namn på den eller flytta den i stället.`,
      ),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Lägg till stödfunktion' }));
    const added = group('Stödfunktion (utan namn)');
    type(within(added).getByRole('textbox', { name: 'Id' }), 'klimat');
    type(within(added).getByRole('textbox', { name: 'Namn på svenska' }), 'Klimat');
    type(within(group('Stödfunktion Klimat')).getByRole('textbox', { name: 'Namn på engelska' }), 'Climate');
    save();
    await until(() => screen.getByText('Inställningarna är sparade.'));
    expect((await storedConfig()).taxonomy.functions.map((f) => f.id)).toContain('klimat');

    view.unmount();
    await open(PEOPLE.petra, { projectTeam: true });
    await until(() => within(group('Stödfunktion Klimat')).getByText('Inga besvarade rader'));
    expect(within(group('Stödfunktion Klimat')).getByRole('textbox', { name: 'Id' })).toHaveProperty(
      'readOnly',
      true,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort Klimat' }));
    await until(() => expect(screen.queryByRole('group', { name: 'Stödfunktion Klimat' })).toBeNull());
    save();
    await until(() => screen.getByText('Inställningarna är sparade.'));
    const stored = await storedConfig();
    expect(stored.taxonomy.functions.map((f) => f.id)).not.toContain('klimat');
    expect(stored.taxonomy.functions.map((f) => f.id)).toContain('hr');
  });

  it('refuses at the moment of saving a removal of a function answered on since the page was read', async () => {
    const current = await storedConfig();
    const services = settingsServices({
      store: storeOf(PEOPLE.petra),
      loadFigures: (query) => site.repos(PEOPLE.petra).dashboard.loadFigures(query),
    });
    const without = {
      ...current,
      taxonomy: {
        ...current.taxonomy,
        functions: current.taxonomy.functions.filter((f) => f.id !== 'hr'),
      },
      receiverProfile: {
        ...current.receiverProfile,
        requirements: current.receiverProfile.requirements.filter((r) => r.functionId !== 'hr'),
      },
    };
    const outcome = await services.saveConfig(without, current);
    expect(outcome).toEqual({
      kind: 'blocked',
      removals: [{ functionId: 'hr', answeredLines: await answeredHrLines() }],
    });
    expect(await storedConfig()).toEqual(current);
  });

  it('reports someone else’s save in between, keeps the edits, and saves them when asked', async () => {
    await open(PEOPLE.petra, { projectTeam: true });
    const fewest = screen.getByRole('textbox', { name: 'Minsta antal enheter för splittrat stöd' });
    type(fewest, '9');
    const theirs = await storedConfig();
    await storeOf(ADMIN).saveConfig(
      { ...theirs, proposalThresholds: { ...theirs.proposalThresholds, lowQualityBelow: 2 } },
      { expected: theirs },
    );
    save();
    await until(() => screen.getByText('Någon annan har ändrat inställningarna', { exact: false }));
    expect((fewest as HTMLInputElement).value).toBe('9');
    expect((await storedConfig()).proposalThresholds.fragmentedMinUnits).not.toBe(9);
    fireEvent.click(screen.getByRole('button', { name: 'Spara mina ändringar ändå' }));
    await until(() => screen.getByText('Inställningarna är sparade.'));
    expect((await storedConfig()).proposalThresholds.fragmentedMinUnits).toBe(9);
  });

  it('tells a manager outside the project team, and SharePoint refuses their save', async () => {
    const before = await storedConfig();
    await open(PEOPLE.anna, { projectTeam: false });
    screen.getByText('Du är inte med i projektgruppen', { exact: false });
    type(screen.getByRole('textbox', { name: 'Minsta antal svar om placering' }), '42');
    save();
    await until(() => screen.getByText('Inställningarna kunde inte sparas.'));
    expect(await storedConfig()).toEqual(before);
  });
});

describe('the settings route', () => {
  it('is linked from the overview for the project team and opens in the tab', async () => {
    window.location.hash = '#/oversikt';
    renderManagerApp(servicesFor(site, { upn: PEOPLE.petra, network: new TestNetwork() }));
    const link = await findLink('Inställningar');
    fireEvent.click(link);
    await until(() => screen.getByRole('heading', { level: 1, name: 'Inställningar' }));
    expect(window.location.hash).toBe('#/installningar');
    expect(screen.queryByText('Du är inte med i projektgruppen', { exact: false })).toBeNull();
  });
});

async function findLink(name: string): Promise<HTMLElement> {
  let link: HTMLElement | undefined;
  await until(() => {
    link = screen.getByRole('link', { name });
  });
  return link!;
}
