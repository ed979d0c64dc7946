/** @jest-environment ./tests/unit/ui/support/jsdomEnvironment.js */
// The manager's start page on the app's own repositories against a SharePoint emulator: their unit(s), the period
// with its closing date and days left, the status the domain computes, progress, a returned inventory's comment,
// and their earlier periods, read-only.
import { fireEvent, screen, within } from '@testing-library/react';
import { PEOPLE, RETURN_COMMENT } from '../../e2e/lib/managerSite';
import { renderManagerApp, servicesFor, until } from './support/app';
import { TestNetwork } from './support/network';
import { startSite, type TestSite } from './support/site';

jest.setTimeout(60_000);

let site: TestSite;
beforeAll(async () => {
  site = await startSite(new Date());
});
afterAll(() => site?.close());
beforeEach(() => {
  window.location.hash = '';
});

async function openAs(upn: string, options: { locale?: 'sv' | 'en' } = {}) {
  const network = new TestNetwork();
  const services = servicesFor(site, { upn, network });
  const view = renderManagerApp(services, options);
  await until(() => screen.getByRole('heading', { level: 1 }));
  return { network, services, view };
}

describe('the start page', () => {
  it("shows the manager's unit with the period, its last day, days left, status and progress, in 2 requests", async () => {
    const { network } = await openAs(PEOPLE.anna);
    expect(network.sent).toEqual(['POST /_api/$batch', 'POST /_api/$batch']);
    const card = screen.getByRole('region', { name: 'Hemtjänst Norr' });
    expect(within(card).getByText('Inventering i år')).toBeTruthy();
    // The period closes 14 days from today (managerSite.ts).
    expect(within(card).getByText(/\(14 dagar kvar\)/)).toBeTruthy();
    expect(within(card).getByText('Ej påbörjad')).toBeTruthy();
    expect(within(card).getByRole('progressbar').getAttribute('aria-valuenow')).toBe('0');
    expect(within(card).getByText('0 av 16')).toBeTruthy();
    expect(within(card).getByText('Avsnittet för första linjens chef')).toBeTruthy();
    expect(within(card).getByRole('button', { name: 'Fyll i Hemtjänst Norr' })).toBeTruthy();
  });

  it('lets a manager of two units pick one', async () => {
    await openAs(PEOPLE.maria);
    expect(screen.getByText('Du är chef för 2 enheter. Välj den enhet du vill fylla i.')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Dagverksamhet Berget' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Fyll i Dagverksamhet Dalen' }));
    await until(() => screen.getByRole('heading', { level: 1, name: 'Inventering för Dagverksamhet Dalen' }));
    expect(window.location.hash).toBe('#/enhet/E6');
  });

  it("shows a returned inventory's status and the reviewer's comment", async () => {
    await openAs(PEOPLE.oneil);
    const card = screen.getByRole('region', { name: "Öster & Väster's #1" });
    expect(within(card).getByText('Återsänd')).toBeTruthy();
    expect(
      within(card).getByRole('heading', { name: 'Granskaren har skickat tillbaka inventeringen' }),
    ).toBeTruthy();
    expect(within(card).getByText(RETURN_COMMENT)).toBeTruthy();
    expect(within(card).getByText('16 av 16')).toBeTruthy();
    expect(within(card).getByRole('button', { name: "Fortsätt med Öster & Väster's #1" })).toBeTruthy();
  });

  it('opens an earlier period read-only, with one more request', async () => {
    const { network } = await openAs(PEOPLE.anna);
    fireEvent.click(screen.getByRole('button', { name: 'Visa Hemtjänst Norr, Inventering i fjol' }));
    await until(() =>
      screen.getByRole('heading', { level: 1, name: 'Inventering för Hemtjänst Norr, Inventering i fjol' }),
    );
    expect(network.sent).toHaveLength(3);
    expect(screen.getByText('En inventering från en tidigare period. Den kan bara läsas.')).toBeTruthy();
    const persons = screen.getAllByRole('textbox', { name: 'Antal personer' });
    expect(persons).toHaveLength(16);
    expect((persons[0] as HTMLInputElement).value).toBe('0');
    expect((persons[0] as HTMLInputElement).readOnly).toBe(true);
    expect(screen.queryByRole('button', { name: 'Skicka in' })).toBeNull();
  });

  it('speaks English when asked', async () => {
    await openAs(PEOPLE.anna, { locale: 'en' });
    const card = screen.getByRole('region', { name: 'Hemtjänst Norr' });
    expect(within(card).getByText('Not started')).toBeTruthy();
    expect(within(card).getByText('0 of 16')).toBeTruthy();
    expect(within(card).getByRole('button', { name: 'Fill in Hemtjänst Norr' })).toBeTruthy();
  });

  it('tells someone outside the managers that the app is not for them', async () => {
    const network = new TestNetwork();
    renderManagerApp(servicesFor(site, { upn: 'nobody@kommun.example', network }));
    await until(() => screen.getByText(/Du har inte tillgång till Stödinventering/));
    expect(screen.queryByRole('button', { name: 'Försök igen' })).toBeNull();
  });
});
