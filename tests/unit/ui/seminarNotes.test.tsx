/** @jest-environment ./tests/unit/ui/support/jsdomEnvironment.js */
// The project team's notes from a kontor's seminars beside the kontor's progress on the review list, on the app's
// own repositories against the SharePoint emulator: the kontor's head and its sektor's read them, per kontor and
// function; the head of another kontor sees none of them, because SharePoint gives them nothing to read.
import { screen, within } from '@testing-library/react';
import { SharePointBookingStore } from '../../../src/sharepoint/repositories/bookingStore';
import { PEOPLE, periodsAround } from '../../e2e/lib/managerSite';
import { renderManagerApp, servicesFor, until } from './support/app';
import { spFor } from './support/exports';
import { TestNetwork } from './support/network';
import { startSite, type TestSite } from './support/site';

jest.setTimeout(90_000);

const period = periodsAround(new Date()).current;
let site: TestSite;
beforeAll(async () => {
  site = await startSite(new Date());
  await new SharePointBookingStore(spFor(site, PEOPLE.petra)).addNote({
    periodId: period.id,
    kontorId: 'K1',
    functionId: 'ekonomi',
    theme: 'Budgetuppföljning',
    body: 'Cheferna saknar en controller nära verksamheten.',
    slotId: null,
  });
});
afterAll(() => site?.close());
afterEach(() => {
  window.location.hash = '';
});

async function openReview(upn: string) {
  window.location.hash = '#/granska';
  const view = renderManagerApp(servicesFor(site, { upn, network: new TestNetwork() }));
  await until(() => screen.getByRole('heading', { level: 2, name: 'Inte inskickade' }), { within: 30_000 });
  return view;
}

describe('seminar notes on the review list', () => {
  it.each([PEOPLE.karl, PEOPLE.sara])('shows %s the kontor’s notes beside its progress', async (upn) => {
    const view = await openReview(upn);
    await until(() => screen.getByRole('heading', { level: 2, name: 'Anteckningar från seminarierna' }));
    const kontor = screen.getByRole('region', { name: 'Äldreomsorg' });
    expect(within(kontor).getByText('Cheferna saknar en controller nära verksamheten.')).toBeDefined();
    expect(within(kontor).getByText(/Budgetuppföljning/)).toBeDefined();
    view.unmount();
  });

  it('shows the head of another kontor nothing of them', async () => {
    const services = servicesFor(site, { upn: PEOPLE.kurt, network: new TestNetwork() });
    expect((await (await services.bookings()).store.listNotes(period.id, null)).items).toEqual([]);
    const view = await openReview(PEOPLE.kurt);
    expect(screen.queryByRole('heading', { name: 'Anteckningar från seminarierna' })).toBeNull();
    expect(screen.queryByText('Cheferna saknar en controller nära verksamheten.')).toBeNull();
    view.unmount();
  });
});
