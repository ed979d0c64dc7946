import { type Unit } from '../organisation/types';
import { type Booking, type Invitee, type TimeSlot } from './types';

// What may be booked (docs/bookings.md). SharePoint enforces who may book for which kontor (the kontor's folder)
// and that a slot is booked once (a unique key); these rules say the rest before anything is written, in words a
// kontorschef can act on.

/** Why a slot the project team offers cannot be saved. */
export type SlotProblem =
  | { readonly code: 'endNotAfterStart' }
  | { readonly code: 'capacity' }
  /** The host already leads another session at that time. */
  | { readonly code: 'hostBusy'; readonly slotId: string };

/** Why a booking cannot be made. */
export type BookingProblem =
  | { readonly code: 'noManagers' }
  /** A group seminar is for two managers or more. */
  | { readonly code: 'tooFew' }
  | { readonly code: 'overCapacity'; readonly capacity: number }
  /** Someone who leads no unit of the kontor: a kontorschef books for their own office only. */
  | { readonly code: 'notInKontor'; readonly upn: string }
  /** Someone already booked in another session at the same time. */
  | { readonly code: 'doubleBooked'; readonly upn: string; readonly slotId: string }
  | { readonly code: 'slotTaken' }
  | { readonly code: 'past' };

/** Whether two sessions share any moment (a session ending when the other starts does not). */
export function overlaps(a: Pick<TimeSlot, 'start' | 'end'>, b: Pick<TimeSlot, 'start' | 'end'>): boolean {
  return Date.parse(a.start) < Date.parse(b.end) && Date.parse(b.start) < Date.parse(a.end);
}

/** What is wrong with a slot among the others the project team offers. */
export function slotProblems(slot: TimeSlot, others: readonly TimeSlot[]): SlotProblem[] {
  const problems: SlotProblem[] = [];
  if (!(Date.parse(slot.end) > Date.parse(slot.start))) problems.push({ code: 'endNotAfterStart' });
  if (!Number.isInteger(slot.capacity) || slot.capacity < 1) problems.push({ code: 'capacity' });
  const busy = others.find(
    (o) => o.id !== slot.id && o.hostUpn.toLowerCase() === slot.hostUpn.toLowerCase() && overlaps(o, slot),
  );
  if (busy !== undefined) problems.push({ code: 'hostBusy', slotId: busy.id });
  return problems;
}

/** The managers a kontorschef may book: those who lead a unit of the kontor, each once, in organisation order. */
export function bookableManagers(units: readonly Unit[], kontorId: string): Invitee[] {
  const seen = new Set<string>();
  const managers: Invitee[] = [];
  for (const unit of units) {
    if (unit.kontorId !== kontorId || unit.manager === null || seen.has(unit.manager.upn)) continue;
    seen.add(unit.manager.upn);
    managers.push({ upn: unit.manager.upn, name: unit.manager.name });
  }
  return managers;
}

/**
 * What stands in the way of booking `slot` for `managers` of a kontor: `bookings` are the period's others the
 * kontorschef can read (their kontor's), `rebooking` the booking being moved, if any.
 */
export function bookingProblems(request: {
  readonly slot: TimeSlot;
  readonly managers: readonly Invitee[];
  readonly bookable: readonly Invitee[];
  readonly bookings: readonly Booking[];
  readonly rebooking?: Booking;
  /** The current instant (ISO). */
  readonly now: string;
}): BookingProblem[] {
  const { slot, managers, rebooking } = request;
  const problems: BookingProblem[] = [];
  if (managers.length === 0) problems.push({ code: 'noManagers' });
  if (slot.kind === 'gruppseminarium' && managers.length === 1) problems.push({ code: 'tooFew' });
  if (managers.length > slot.capacity) problems.push({ code: 'overCapacity', capacity: slot.capacity });
  const bookable = new Set(request.bookable.map((m) => m.upn.toLowerCase()));
  for (const m of managers) {
    if (!bookable.has(m.upn.toLowerCase())) problems.push({ code: 'notInKontor', upn: m.upn });
  }
  if (Date.parse(slot.start) <= Date.parse(request.now)) problems.push({ code: 'past' });
  const others = request.bookings.filter((b) => !b.cancelled && b.itemId !== rebooking?.itemId);
  if (others.some((b) => b.slotId === slot.id)) problems.push({ code: 'slotTaken' });
  for (const m of managers) {
    const clash = others.find(
      (b) => overlaps(b.slot, slot) && b.managers.some((o) => o.upn.toLowerCase() === m.upn.toLowerCase()),
    );
    if (clash !== undefined) problems.push({ code: 'doubleBooked', upn: m.upn, slotId: clash.slotId });
  }
  return problems;
}
