/** @jest-environment ./tests/unit/ui/support/jsdomEnvironment.js */
// Interviews and group seminars on the app's own repositories and Graph client, against the SharePoint emulator and
// the local Graph receiver: Karl, kontorschef of K1, books a group seminar for two of his managers — the domain's
// problems are named before anything is written — and each gets an invitation with a Teams meeting; he rebooks it
// and both are sent the move; he downloads it as an .ics file and cancels it. An invitation Graph refused is sent
// again from the page. The project team offers a time and writes a seminar note. Only the browser's edge is
// replaced: jsdom has no `URL.createObjectURL`, so the test takes the file there.
import { fireEvent, screen, within } from '@testing-library/react';
import { randomUUID } from 'node:crypto';
import { devIdentityTokenProvider } from '../../../src/auth';
import { stockholmInstant, type ManagerForm, type TimeSlot } from '../../../src/domain';
import { cancelMeeting, createGraphClient, createMeeting, updateMeeting } from '../../../src/graph';
import { SharePointBookingStore } from '../../../src/sharepoint/repositories/bookingStore';
import { BookingsPage } from '../../../src/ui/bookings/BookingsPage';
import { bookingServices } from '../../../src/ui/bookings/bookingServices';
import { receiverDoors } from '../../support/receiverDoors';
import { ADMIN, PEOPLE, periodsAround } from '../../e2e/lib/managerSite';
import { renderInApp, until } from './support/app';
import { bytesOf, captureDownloads } from './support/downloads';
import { spFor } from './support/exports';
import { startSite, type TestSite } from './support/site';

jest.setTimeout(90_000);

const period = periodsAround(new Date()).current;
/** A Swedish day ten days ahead, so that every time offered on it is still to come. */
const day = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
const at = (time: string) => stockholmInstant({ date: day, time })!;
/** The same instant as the Graph receiver writes it, with milliseconds. */
const graphTime = (time: string) => new Date(at(time)).toISOString();

let site: TestSite;
const downloads = captureDownloads();
const doors = () => receiverDoors(site.receiverUrl);
const store = (upn: string) => new SharePointBookingStore(spFor(site, upn));

const seminar = (id: string, start: string, end: string, extra: Partial<TimeSlot> = {}): TimeSlot => ({
  id,
  kind: 'gruppseminarium',
  start: at(start),
  end: at(end),
  location: 'Rådhuset',
  online: true,
  capacity: 4,
  hostUpn: PEOPLE.petra,
  ...extra,
});

beforeAll(async () => {
  site = await startSite(new Date());
  const team = store(PEOPLE.petra);
  await team.addSlot(period.id, seminar('t-fm', '09:00', '11:00'));
  await team.addSlot(period.id, seminar('t-em', '13:00', '15:00'));
  await team.addSlot(period.id, seminar('t-kv', '16:00', '17:00', { kind: 'intervju', location: null }));
});
afterAll(() => site?.close());

/** The page as the composition root would give it to `upn`: the lists, and their own calendar through Graph. */
async function render(upn: string) {
  const form: ManagerForm = await site.repos(upn).inventories.loadMine({ upn, on: new Date().toISOString() });
  const graph = createGraphClient({
    graphUrl: site.graphUrl,
    tokens: devIdentityTokenProvider({ emulatorUrl: site.url, upn }),
  });
  const services = bookingServices({
    store: store(upn),
    calendar: {
      create: (meeting) => createMeeting(graph, meeting),
      update: (ref, changes) => updateMeeting(graph, ref, changes),
      cancel: (ref, comment) => cancelMeeting(graph, ref, comment),
    },
    upn,
    now: () => new Date(),
    newId: () => randomUUID(),
  });
  const view = renderInApp(
    <BookingsPage
      services={async () => services}
      form={form}
      period={period}
      locale="sv"
      onBack={() => undefined}
      now={new Date().toISOString()}
    />,
  );
  await until(() => screen.getByRole('heading', { level: 1, name: 'Intervjuer och gruppseminarier' }));
  await until(() => expect(screen.queryByText('Läser tider och bokningar…')).toBeNull(), { within: 30_000 });
  return view;
}

const status = () => screen.getAllByRole('status').map((s) => s.textContent ?? '');
const k1Bookings = async () => (await store(PEOPLE.karl).listBookings(period.id, 'K1')).items;

describe('a kontorschef books', () => {
  it('a group seminar for two managers, naming what stands in the way first; both are invited to a Teams meeting', async () => {
    const view = await render(PEOPLE.karl);
    expect(screen.getByRole('heading', { level: 2, name: 'Bokningar för Äldreomsorg' })).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: /^Boka Gruppseminarium .* kl\. 09\.00–11\.00$/ }));
    const dialog = () => screen.getByRole('dialog');
    const confirm = () => within(dialog()).getByRole('button', { name: 'Boka och skicka inbjudan' });

    fireEvent.click(confirm());
    expect(within(dialog()).getByText('Välj minst en chef.')).toBeDefined();
    fireEvent.click(within(dialog()).getByRole('checkbox', { name: 'Anna Berg' }));
    expect(within(dialog()).getByText('Ett gruppseminarium är för minst två chefer.')).toBeDefined();
    expect(await k1Bookings()).toEqual([]);

    fireEvent.click(within(dialog()).getByRole('checkbox', { name: 'Erik Lund' }));
    fireEvent.click(confirm());
    await until(() =>
      expect(status()).toContainEqual(expect.stringMatching(/kl\. 09\.00–11\.00: Inbjudan är skickad\.$/)),
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    // The button that opened the dialog went with the time booked: focus is on the booking, not lost.
    await until(() =>
      expect(document.activeElement?.textContent).toMatch(/^Gruppseminarium .* 09\.00–11\.00$/),
    );

    const [booked] = await k1Bookings();
    expect(booked).toMatchObject({ slotId: 't-fm', invitation: 'sent', sequence: 0 });
    expect(booked!.managers.map((m) => m.upn)).toEqual([PEOPLE.anna, PEOPLE.erik]);
    expect(booked!.joinUrl).toMatch(/^https:\/\//);
    for (const upn of [PEOPLE.anna, PEOPLE.erik, PEOPLE.petra]) {
      const sent = await doors().invitations(upn);
      expect(sent.map((i) => ({ kind: i.kind, start: i.start, joinUrl: i.joinUrl }))).toEqual([
        { kind: 'invitation', start: graphTime('09:00'), joinUrl: booked!.joinUrl },
      ]);
    }
    view.unmount();
  });

  it('rebooks it to another time, which both managers are sent, downloads it as .ics and cancels it', async () => {
    const view = await render(PEOPLE.karl);
    fireEvent.click(screen.getByRole('button', { name: /^Boka om Gruppseminarium .* kl\. 09\.00–11\.00$/ }));
    fireEvent.click(
      within(screen.getByRole('dialog')).getByRole('radio', { name: /kl\. 13\.00–15\.00, Rådhuset/ }),
    );
    fireEvent.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Boka om och skicka ändringen' }),
    );
    await until(() =>
      expect(status()).toContainEqual(expect.stringMatching(/kl\. 13\.00–15\.00: Inbjudan är skickad\.$/)),
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    const [moved] = await k1Bookings();
    expect(moved).toMatchObject({ slotId: 't-em', sequence: 1, invitation: 'sent' });
    for (const upn of [PEOPLE.anna, PEOPLE.erik]) {
      const last = (await doors().invitations(upn)).at(-1)!;
      expect({ kind: last.kind, start: last.start, sequence: last.sequence }).toEqual({
        kind: 'update',
        start: graphTime('13:00'),
        sequence: 1,
      });
    }
    // The morning is free again; the afternoon is no longer offered to book.
    expect(
      screen.getByRole('button', { name: /^Boka Gruppseminarium .* kl\. 09\.00–11\.00$/ }),
    ).toBeDefined();
    expect(screen.queryByRole('button', { name: /^Boka Gruppseminarium .* kl\. 13\.00–15\.00$/ })).toBeNull();

    fireEvent.click(
      screen.getByRole('button', { name: /^Hämta \.ics-fil: Gruppseminarium .* 13\.00–15\.00$/ }),
    );
    await until(() =>
      expect(status()).toContainEqual(expect.stringMatching(/^Sparade gruppseminarium-.+\.ics\.$/)),
    );
    const ics = new TextDecoder().decode(await bytesOf(downloads.blobs.at(-1)!));
    expect(ics).toContain('METHOD:REQUEST');
    expect(ics).toContain('SEQUENCE:1');
    expect(ics).toContain(`DTSTART:${at('13:00').replace(/[-:]/g, '')}`);

    fireEvent.click(screen.getByRole('button', { name: /^Avboka Gruppseminarium .* 13\.00–15\.00$/ }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Avboka' }));
    await until(() =>
      expect(status()).toContainEqual(expect.stringMatching(/Avbokad; deltagarna har fått avbokningen\.$/)),
    );
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(await k1Bookings()).toEqual([
      expect.objectContaining({ cancelled: true, sequence: 2, invitation: 'sent' }),
    ]);
    expect((await doors().invitations(PEOPLE.anna)).at(-1)).toMatchObject({ kind: 'cancellation' });
    view.unmount();
  });

  it('keeps a booking whose invitation Graph refused, and sends it again from the page', async () => {
    const view = await render(PEOPLE.karl);
    await doors().fault('events', 500);
    fireEvent.click(screen.getByRole('button', { name: /^Boka Intervju .* kl\. 16\.00–17\.00$/ }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('checkbox', { name: 'Maria Mångd' }));
    fireEvent.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Boka och skicka inbjudan' }),
    );
    await until(() => screen.getByText(/^Kalendern svarade: .+ Skicka igen, eller hämta \.ics-filen/));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(status()).toContainEqual(expect.stringMatching(/16\.00–17\.00: Inbjudan kom inte fram\.$/));
    expect((await k1Bookings()).find((b) => b.slotId === 't-kv')).toMatchObject({ invitation: 'failed' });
    expect(await doors().invitations(PEOPLE.maria)).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: /^Skicka igen: Intervju .* 16\.00–17\.00$/ }));
    await until(() =>
      expect(status()).toContainEqual(expect.stringMatching(/16\.00–17\.00: Inbjudan är skickad\.$/)),
    );
    expect(screen.queryByRole('button', { name: /^Skicka igen/ })).toBeNull();
    expect((await k1Bookings()).find((b) => b.slotId === 't-kv')).toMatchObject({ invitation: 'sent' });
    expect((await doors().invitations(PEOPLE.maria)).map((i) => i.kind)).toEqual(['invitation']);
    view.unmount();
  });
});

describe('the project team', () => {
  it('offers a time and writes a seminar note for a kontor', async () => {
    const view = await render(PEOPLE.petra);
    const offer = within(screen.getByRole('region', { name: 'Erbjud en tid' }));
    fireEvent.click(offer.getByRole('button', { name: 'Erbjud tiden' }));
    expect(offer.getByText('Ange ett datum och en tid.')).toBeDefined();
    fireEvent.change(offer.getByLabelText(/^Datum/), { target: { value: day } });
    fireEvent.change(offer.getByLabelText(/^Börjar/), { target: { value: '10:00' } });
    fireEvent.change(offer.getByLabelText(/^Slutar/), { target: { value: '09:00' } });
    fireEvent.click(offer.getByRole('button', { name: 'Erbjud tiden' }));
    expect(offer.getByText('Tiden måste sluta efter att den börjar.')).toBeDefined();
    fireEvent.change(offer.getByLabelText(/^Slutar/), { target: { value: '11:30' } });
    expect(
      offer.getByText(/^petra\.projekt@kommun\.example leder redan Gruppseminarium .* 09\.00–11\.00\.$/),
    ).toBeDefined();
    fireEvent.change(offer.getByLabelText(/^Börjar/), { target: { value: '11:00' } });
    fireEvent.change(offer.getByLabelText(/^Lokal/), { target: { value: 'Stadshuset, rum 4' } });
    fireEvent.click(offer.getByRole('button', { name: 'Erbjud tiden' }));
    await until(() =>
      expect(status()).toContainEqual(expect.stringMatching(/^Erbjöd Gruppseminarium .* 11\.00–11\.30\.$/)),
    );
    const offered = (await store(ADMIN).listSlots(period.id)).items.map((s) => s.slot);
    expect(offered).toContainEqual(
      expect.objectContaining({
        start: at('11:00'),
        end: at('11:30'),
        location: 'Stadshuset, rum 4',
        online: true,
      }),
    );

    const notes = within(screen.getByRole('region', { name: 'Anteckningar från seminarierna' }));
    fireEvent.change(notes.getByRole('combobox', { name: 'Kontor' }), { target: { value: 'K1' } });
    fireEvent.change(notes.getByRole('combobox', { name: 'Stödfunktion' }), { target: { value: 'ekonomi' } });
    fireEvent.change(notes.getByRole('textbox', { name: /^Tema/ }), {
      target: { value: 'Budgetuppföljning' },
    });
    fireEvent.change(notes.getByRole('textbox', { name: /^Anteckning/ }), {
      target: { value: 'Controllern sitter i sektorn.\nMånadsbokslutet tar två dagar.' },
    });
    fireEvent.click(notes.getByRole('button', { name: 'Spara anteckningen' }));
    await until(() => expect(status()).toContain('Sparade Budgetuppföljning.'));
    expect((await store(PEOPLE.karl).listNotes(period.id, 'K1')).items).toEqual([
      expect.objectContaining({
        functionId: 'ekonomi',
        theme: 'Budgetuppföljning',
        body: expect.stringMatching(/^Controllern/),
      }),
    ]);
    expect((await store(PEOPLE.kurt).listNotes(period.id, null)).items).toEqual([]);
    view.unmount();
  });
});
