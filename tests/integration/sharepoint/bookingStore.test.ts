// Tider, Bokningar and Seminarieanteckningar as the app uses them, enforced by SharePoint (the emulator, or a
// tenant): the project team offers times; a kontorschef books them for the office's managers in the kontor's folder
// and nowhere else; one time is booked once, even by a kontor that cannot see the other's booking; rebooking and
// cancelling carry the version read, and a cancellation frees the time; the sektor's head reads and cannot change;
// only the project team writes seminar notes, which the kontor's head reads and other kontor never see; an item
// whose KontorCode is not its folder's counts for nobody. Requests are counted per operation:
//   load (times, bookings, notes and units together) 1; listSlots, listBookings, listNotes, units 1 each;
//   addSlot, updateSlot, book, rebook, cancel, setInvitation, addNote, updateNote, removeNote 1 each.
import {
  bookableManagers,
  type AppError,
  type Booking,
  type BookingRequest,
  type Invitee,
  type TimeSlot,
} from '../../../src/domain';
import { listByKey, unitFolderUrl } from '../../../src/sharepoint/lists';
import { formValues } from '../../../src/sharepoint/mapping/values';
import { SharePointBookingStore } from '../../../src/sharepoint/repositories/bookingStore';
import { rejectionOf } from './helpers';
import {
  ANNA,
  ERIK,
  KARL,
  PROJECT_TEAM,
  SARA,
  describeWithPersonas,
  fillSite,
  onSite,
  startBackend,
  type Backend,
  type FilledSite,
} from './fixture';

/** Kontorschef of K2 (sektor S2). */
const KURT = 'kurt.kultur@kommun.example';

let backend: Backend;
let site: FilledSite;
beforeAll(async () => {
  backend = await startBackend();
  site = await fillSite(backend);
});
afterAll(() => backend.close());

const store = (upn: string) => new SharePointBookingStore(backend.sp(upn));
const unit = (id: string) => onSite.unit(id);
const periodId = () => site.period.id;

/** A seminar on 10 March 2031 (a Monday, UTC+1) from `hour` UTC, for up to four managers. */
const seminar = (id: string, hour: number, extra: Partial<TimeSlot> = {}): TimeSlot => ({
  id: `${id}-${periodId()}`,
  kind: 'gruppseminarium',
  start: `2031-03-10T${String(hour).padStart(2, '0')}:00:00Z`,
  end: `2031-03-10T${String(hour + 2).padStart(2, '0')}:00:00Z`,
  location: "Rådhuset, sal 2 & O'Neils rum",
  online: true,
  capacity: 4,
  hostUpn: onSite.upn(PROJECT_TEAM),
  ...extra,
});

const person = (upn: string, name: string): Invitee => ({ upn: onSite.upn(upn), name });

function request(slot: TimeSlot, kontorId: string, organizer: Invitee, managers: Invitee[]): BookingRequest {
  return { periodId: periodId(), kontorId: unit(kontorId), slot, organizer, managers };
}

/** Runs `work` and gives what it resolved with and how many requests it made. */
async function counted<T>(work: () => Promise<T>): Promise<{ value: T; requests: number }> {
  backend.resetRequests();
  const value = await work();
  return { value, requests: backend.requests() };
}

const code = async (promise: Promise<unknown>) => ((await rejectionOf(promise)) as AppError).code;

describeWithPersonas({ name: 'booking times', personas: [PROJECT_TEAM, KARL, KURT, SARA] }, () => {
  const karl = person(KARL, 'Karl Kontorschef');
  const kurt = person(KURT, 'Kurt Kultur');
  const twoOfK1 = [person(ANNA, 'Anna Berg'), person(ERIK, 'Erik Lund')];
  let morning: TimeSlot;
  let afternoon: TimeSlot;
  let booked: Booking;

  it('the project team offers times; every manager reads them', async () => {
    const team = store(PROJECT_TEAM);
    const added = await counted(() => team.addSlot(periodId(), seminar('fm', 8)));
    expect(added.requests).toBe(1);
    morning = added.value.slot;
    afternoon = (await team.addSlot(periodId(), seminar('em', 13, { location: null, online: true }))).slot;

    const moved = await counted(() => team.updateSlot(added.value, { ...morning, capacity: 5 }));
    expect(moved.requests).toBe(1);
    morning = moved.value.slot;
    expect(await code(team.updateSlot(added.value, { ...morning, capacity: 3 }))).toBe('conflict');

    const read = await counted(() => store(KARL).listSlots(periodId()));
    expect(read.requests).toBe(1);
    expect(read.value.items.map((s) => s.slot)).toEqual([morning, afternoon]);
    expect(await code(store(KARL).addSlot(periodId(), seminar('egen', 16)))).toBe('forbidden');
  });

  it('karl books for two of K1; kurt is refused the same time although he cannot see that booking', async () => {
    const made = await counted(() => store(KARL).book(request(morning, 'K1', karl, twoOfK1)));
    expect(made.requests).toBe(1);
    booked = made.value;
    expect(booked).toMatchObject({
      kontorId: unit('K1'),
      slotId: morning.id,
      invitation: 'sending',
      sequence: 0,
    });

    const read = await counted(() => store(KARL).listBookings(periodId(), unit('K1')));
    expect(read.requests).toBe(1);
    expect(read.value).toEqual({ items: [booked], ignored: 0 });

    expect((await store(KURT).listBookings(periodId(), null)).items).toEqual([]);
    expect(await code(store(KURT).book(request(morning, 'K2', kurt, [person(KURT, 'Kurt Kultur')])))).toBe(
      'conflict',
    );
    expect((await store(PROJECT_TEAM).listBookings(periodId(), null)).items).toEqual([booked]);
  });

  it('kurt neither reads nor writes K1’s folder, and karl cannot book in K2’s', async () => {
    expect((await store(KURT).listBookings(periodId(), unit('K1'))).items).toEqual([]);
    expect(await code(store(KURT).rebook(booked, afternoon))).toBe('notFound');
    expect(await code(store(KURT).cancel(booked))).toBe('notFound');
    expect(await code(store(KURT).book(request(afternoon, 'K1', kurt, twoOfK1)))).toBe('notFound');
    expect(await code(store(KARL).book(request(afternoon, 'K2', karl, [kurt])))).toBe('notFound');
    expect((await store(PROJECT_TEAM).listBookings(periodId(), null)).items).toEqual([booked]);
  });

  it('sara, the sektor’s head, reads K1’s bookings and cannot change them', async () => {
    expect((await store(SARA).listBookings(periodId(), unit('K1'))).items).toEqual([booked]);
    expect(await code(store(SARA).rebook(booked, afternoon))).toBe('forbidden');
    expect(await code(store(SARA).cancel(booked))).toBe('forbidden');
    expect(await code(store(SARA).book(request(afternoon, 'K1', karl, twoOfK1)))).toBe('forbidden');
  });

  it('records the invitation, rebooks and cancels with the version read; a cancellation frees the time', async () => {
    const k = store(KARL);
    const sent = await counted(() =>
      k.setInvitation(booked, { state: 'sent', eventId: 'event-1', joinUrl: 'https://teams.example/m/1' }),
    );
    expect(sent.requests).toBe(1);
    expect(await code(k.rebook(booked, afternoon))).toBe('conflict');

    const moved = await counted(() => k.rebook(sent.value, afternoon));
    expect(moved.requests).toBe(1);
    expect(moved.value).toMatchObject({
      slotId: afternoon.id,
      sequence: 1,
      invitation: 'sending',
      eventId: 'event-1',
    });
    expect((await k.listBookings(periodId(), unit('K1'))).items).toEqual([moved.value]);

    // The morning is free again: kurt books it.
    const kurts = await store(KURT).book(request(morning, 'K2', kurt, [kurt]));
    expect(await code(k.rebook(moved.value, morning))).toBe('conflict');

    const cancelled = await counted(() => k.cancel(moved.value));
    expect(cancelled.requests).toBe(1);
    expect(cancelled.value).toMatchObject({ cancelled: true, sequence: 2 });
    expect(await code(k.cancel(moved.value))).toBe('conflict');
    expect((await k.listBookings(periodId(), unit('K1'))).items).toEqual([cancelled.value]);

    // Nothing was deleted, and the afternoon can be booked again, by karl as by anyone.
    const again = await k.book(request(afternoon, 'K1', karl, twoOfK1));
    expect(
      (await store(PROJECT_TEAM).listBookings(periodId(), null)).items.map((b) => b.itemId).sort(),
    ).toEqual([cancelled.value.itemId, again.itemId, kurts.itemId].sort());
    await k.cancel(again);
    await store(KURT).cancel(kurts);
  });

  it('counts, and never shows, a booking whose kontor is not its folder’s or that no longer holds its time', async () => {
    const team = store(PROJECT_TEAM);
    const claimed = (await team.addSlot(periodId(), seminar('kvall', 17))).slot;
    const late = (await team.addSlot(periodId(), seminar('sen', 19))).slot;
    // karl writes in his own folder what the app never would: a booking, holding its time, that claims K2.
    const answer = await listByKey(backend.sp(KARL), 'bokningar').addValidateUpdateItemUsingPath(
      formValues({
        Title: 'Falsk',
        PeriodId: periodId(),
        KontorCode: unit('K2'),
        SlotId: claimed.id,
        SlotKey: claimed.id,
        Booking: JSON.stringify({ slot: claimed, organizer: karl, managers: [kurt] }),
        Invitation: 'Skickad',
      }),
      unitFolderUrl(backend.siteUrl, 'bokningar', unit('K1')),
    );
    expect(answer.every((v) => !v.HasException)).toBe(true);
    for (const kontorId of [unit('K1'), unit('K2')]) {
      const read = await team.listBookings(periodId(), kontorId);
      expect({ kontorId, slots: read.items.map((b) => b.slotId) }).toEqual({
        kontorId,
        slots: expect.not.arrayContaining([claimed.id]),
      });
    }
    expect((await team.listBookings(periodId(), unit('K2'))).ignored).toBe(1);
    expect((await team.listBookings(periodId(), null)).ignored).toBe(1);

    // A booking whose SlotKey was rewritten by hand no longer keeps others from its time.
    const real = await store(KARL).book(request(late, 'K1', karl, twoOfK1));
    expect(real.slotId).toBe(late.id);
    await listByKey(backend.sp(KARL), 'bokningar').items.getById(real.itemId).update({ SlotKey: 'ledig' });
    const k1 = await store(KARL).listBookings(periodId(), unit('K1'));
    expect(k1.items.map((b) => b.itemId)).not.toContain(real.itemId);
    expect(k1.ignored).toBe(1);
  });
});

describeWithPersonas({ name: 'a kontor’s managers', personas: [KARL] }, () => {
  it('are read from Organisation by the kontor, in one request', async () => {
    const read = await counted(() => store(KARL).units(unit('K1')));
    expect(read.requests).toBe(1);
    expect(bookableManagers(read.value, unit('K1')).map((m) => m.upn)).toEqual(
      expect.arrayContaining([onSite.upn(ANNA), onSite.upn(ERIK), onSite.upn(KARL)]),
    );
    expect(read.value.every((u) => u.kontorId === unit('K1'))).toBe(true);
  });
});

describeWithPersonas({ name: 'seminar notes', personas: [PROJECT_TEAM, KARL, KURT, SARA] }, () => {
  it('only the project team writes them; karl and sara read K1’s, kurt none of them', async () => {
    const team = store(PROJECT_TEAM);
    const content = {
      periodId: periodId(),
      kontorId: unit('K1'),
      functionId: 'ekonomi',
      theme: 'Budgetuppföljning',
      body: 'Controllern sitter i sektorn; "månadsbokslut" tar två dagar & mer.',
      slotId: null,
    };
    const added = await counted(() => team.addNote(content));
    expect(added.requests).toBe(1);
    const general = await team.addNote({ ...content, functionId: null, theme: 'Allmänt om stödet' });

    const changed = await counted(() =>
      team.updateNote(added.value, { ...content, theme: 'Budget och prognos', body: 'Ny text' }),
    );
    expect(changed.requests).toBe(1);
    expect(await code(team.updateNote(added.value, { ...content, body: 'Gammal' }))).toBe('conflict');

    const read = await counted(() => store(KARL).listNotes(periodId(), unit('K1')));
    expect(read.requests).toBe(1);
    expect(read.value).toEqual({ items: [changed.value, general], ignored: 0 });
    expect((await store(SARA).listNotes(periodId(), unit('K1'))).items).toHaveLength(2);
    expect((await store(KURT).listNotes(periodId(), unit('K1'))).items).toEqual([]);
    expect((await store(KURT).listNotes(periodId(), null)).items).toEqual([]);

    expect(await code(store(KARL).addNote(content))).toBe('forbidden');
    expect(await code(store(KARL).updateNote(general, content))).toBe('forbidden');
    expect(await code(store(KARL).removeNote(general))).toBe('forbidden');
    expect(await code(store(KURT).addNote(content))).toBe('notFound');

    expect(await code(team.removeNote(added.value))).toBe('conflict');
    const removed = await counted(() => team.removeNote(changed.value));
    expect(removed.requests).toBe(1);
    expect((await store(KARL).listNotes(periodId(), unit('K1'))).items).toEqual([general]);
  });

  it('the page’s read takes times, bookings, notes and units in one request', async () => {
    const read = await counted(() => store(KARL).load(periodId(), unit('K1')));
    expect(read.requests).toBe(1);
    expect(read.value.slots.items.length).toBeGreaterThan(0);
    expect(read.value.notes.items.map((n) => n.theme)).toEqual(['Allmänt om stödet']);
    expect(read.value.units.every((u) => u.kontorId === unit('K1'))).toBe(true);
  });
});
