import {
  bookableManagers,
  bookingIcs,
  bookingProblems,
  invitationIcs,
  invitationText,
  overlaps,
  slotProblems,
  type Booking,
  type Invitee,
  type TimeSlot,
} from '../../../src/domain';
import { chef, managerOrganisation, PEOPLE } from '../../e2e/lib/managerSite';

const now = '2026-12-07T10:00:00Z';
const slot = (id: string, start: string, end: string, extra: Partial<TimeSlot> = {}): TimeSlot => ({
  id,
  kind: 'gruppseminarium',
  start,
  end,
  location: 'Rådhuset, sal 2',
  online: true,
  capacity: 4,
  hostUpn: PEOPLE.petra,
  ...extra,
});
const morning = slot('t1', '2026-12-10T08:00:00Z', '2026-12-10T10:00:00Z');
const units = managerOrganisation();
const k1 = bookableManagers(units, 'K1');
const anna = k1.find((m) => m.upn === PEOPLE.anna)!;
const erik = k1.find((m) => m.upn === PEOPLE.erik)!;
const [chef8, chef9, chef10] = [8, 9, 10].map((n) => k1.find((m) => m.upn === chef(n))!);

function booking(
  itemId: number,
  at: TimeSlot,
  managers: readonly Invitee[],
  extra: Partial<Booking> = {},
): Booking {
  return {
    itemId,
    version: 1,
    periodId: '2026',
    kontorId: 'K1',
    slotId: at.id,
    slot: at,
    organizer: { upn: PEOPLE.karl, name: 'Karl Kontorschef' },
    managers,
    cancelled: false,
    sequence: 0,
    invitation: 'sent',
    eventId: 'ev1',
    joinUrl: 'https://teams.microsoft.com/l/meetup-join/abc',
    ...extra,
  };
}

describe('overlaps', () => {
  it('counts a shared moment, not a session ending as the next starts', () => {
    expect(overlaps(morning, slot('x', '2026-12-10T09:59:00Z', '2026-12-10T11:00:00Z'))).toBe(true);
    expect(overlaps(morning, slot('x', '2026-12-10T10:00:00Z', '2026-12-10T11:00:00Z'))).toBe(false);
    expect(overlaps(morning, slot('x', '2026-12-10T07:00:00Z', '2026-12-10T12:00:00Z'))).toBe(true);
  });
});

describe('slotProblems', () => {
  it('refuses an end not after the start, a capacity below one, and a host in two places', () => {
    expect(slotProblems(slot('t2', morning.end, morning.start, { capacity: 0 }), [])).toEqual([
      { code: 'endNotAfterStart' },
      { code: 'capacity' },
    ]);
    const clash = slot('t3', '2026-12-10T09:00:00Z', '2026-12-10T11:00:00Z', {
      hostUpn: PEOPLE.petra.toUpperCase(),
    });
    expect(slotProblems(clash, [morning])).toEqual([{ code: 'hostBusy', slotId: 't1' }]);
    expect(slotProblems(clash, [{ ...morning, hostUpn: 'annan@kommun.example' }])).toEqual([]);
  });
});

describe('bookableManagers', () => {
  it('lists each manager of the kontor once, in organisation order, and nobody of another kontor', () => {
    expect(k1.map((m) => m.upn)).toContain(PEOPLE.maria);
    expect(k1.filter((m) => m.upn === PEOPLE.maria)).toHaveLength(1);
    expect(k1.map((m) => m.upn)).not.toContain(PEOPLE.oneil);
  });
});

describe('bookingProblems', () => {
  const base = { slot: morning, bookable: k1, bookings: [] as Booking[], now };

  it('accepts a seminar for two of the kontor’s managers', () => {
    expect(bookingProblems({ ...base, managers: [anna, erik] })).toEqual([]);
  });

  it('says what stands in the way, each once', () => {
    const oneil = { upn: PEOPLE.oneil, name: "Örjan O'Neil" };
    expect(bookingProblems({ ...base, managers: [] })).toEqual([{ code: 'noManagers' }]);
    expect(bookingProblems({ ...base, managers: [anna] })).toEqual([{ code: 'tooFew' }]);
    expect(bookingProblems({ ...base, managers: [anna, oneil] })).toEqual([
      { code: 'notInKontor', upn: PEOPLE.oneil },
    ]);
    expect(bookingProblems({ ...base, managers: k1.slice(0, 5) })).toEqual([
      { code: 'overCapacity', capacity: 4 },
    ]);
    expect(bookingProblems({ ...base, managers: [anna, erik], now: morning.start })).toEqual([
      { code: 'past' },
    ]);
  });

  it('refuses a taken slot and a double-booked manager, but not the booking being moved, nor a cancelled one', () => {
    const other = slot('t9', '2026-12-10T09:30:00Z', '2026-12-10T11:00:00Z');
    const taken = booking(1, morning, [chef8!, chef9!]);
    const annas = booking(2, other, [anna, chef10!]);
    const problems = bookingProblems({ ...base, managers: [anna, erik], bookings: [taken, annas] });
    expect(problems).toEqual([{ code: 'slotTaken' }, { code: 'doubleBooked', upn: anna.upn, slotId: 't9' }]);
    expect(bookingProblems({ ...base, managers: [anna, erik], bookings: [annas], rebooking: annas })).toEqual(
      [],
    );
    expect(
      bookingProblems({ ...base, managers: [anna, erik], bookings: [{ ...taken, cancelled: true }] }),
    ).toEqual([]);
  });
});

describe('the invitation', () => {
  const booked = booking(7, morning, [anna, erik]);
  const context = { kontorName: 'Äldreomsorg', hostName: 'Pia Projektledare' };

  it('names the kontor, the managers and the host, and invites the host too', () => {
    const { subject, text, attendees } = invitationText(booked, context);
    expect(subject).toBe('Gruppseminarium om stödfunktioner – Äldreomsorg');
    expect(text).toContain('Anna Berg, Erik Lund');
    expect(text).toContain('Plats: Rådhuset, sal 2.');
    expect(attendees.map((a) => a.upn)).toEqual([anna.upn, erik.upn, PEOPLE.petra]);
  });

  it('becomes an .ics request, and a cancellation with the same UID once cancelled', () => {
    const stamp = now;
    const request = bookingIcs(invitationIcs(booked, { ...context, stamp }));
    const cancelled = bookingIcs(
      invitationIcs({ ...booked, cancelled: true, sequence: 1 }, { ...context, stamp }),
    );
    const uid = (ics: string) => /\r\nUID:(.+)\r\n/.exec(ics)?.[1];
    expect(request).toContain('METHOD:REQUEST');
    expect(cancelled).toContain('METHOD:CANCEL');
    expect(cancelled).toContain('SEQUENCE:1');
    expect(uid(cancelled)).toBe(uid(request));
  });
});
