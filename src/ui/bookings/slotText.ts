import {
  formatDate,
  formatTime,
  type Booking,
  type BookingProblem,
  type Invitee,
  type Locale,
  type TimeSlot,
} from '../../domain';
import { type BookingTranslate } from './bookingStrings';

// How a time, its place, a booking's invitation and a problem with a booking read on the page, in one place so that
// a time is named the same way in a list, a dialog's title and a problem.

/** The words and locale every part of the page writes with. */
export interface Words {
  readonly t: BookingTranslate;
  readonly locale: Locale;
}

/** A time as people read it: `Gruppseminarium 10 mars 2031 kl. 09.00–11.00`, in Swedish time. */
export function slotLabel(slot: Pick<TimeSlot, 'kind' | 'start' | 'end'>, { t, locale }: Words): string {
  const when = t('when', {
    date: formatDate(slot.start, locale, { style: 'long' }),
    start: formatTime(slot.start, locale),
    end: formatTime(slot.end, locale),
  });
  return t('slot', { kind: t(`kind.${slot.kind}`), when });
}

/** Where a time is held: the room, the Teams meeting or both. */
export function placeText(slot: Pick<TimeSlot, 'location' | 'online'>, { t }: Words): string {
  if (slot.location === null) return t(slot.online ? 'place.teams' : 'place.none');
  return slot.online ? t('place.both', { room: slot.location }) : slot.location;
}

/** Where a booking's invitation (or, once cancelled, its cancellation) stands. */
export function invitationWords(booking: Booking, { t }: Words): string {
  return t(`${booking.cancelled ? 'cancellation' : 'invitation'}.${booking.invitation}`);
}

/** A problem with a booking, naming the person and the other time it concerns. */
export function problemText(
  problem: BookingProblem,
  context: Words & { readonly people: readonly Invitee[]; readonly slots: readonly TimeSlot[] },
): string {
  const { t } = context;
  const name = (upn: string) =>
    context.people.find((p) => p.upn.toLowerCase() === upn.toLowerCase())?.name ?? upn;
  switch (problem.code) {
    case 'noManagers':
    case 'tooFew':
    case 'slotTaken':
    case 'past':
      return t(`problem.${problem.code}`);
    case 'overCapacity':
      return t('problem.overCapacity', { capacity: problem.capacity });
    case 'notInKontor':
      return t('problem.notInKontor', { name: name(problem.upn) });
    case 'doubleBooked': {
      const other = context.slots.find((s) => s.id === problem.slotId);
      const slot = other === undefined ? problem.slotId : slotLabel(other, context);
      return t('problem.doubleBooked', { name: name(problem.upn), slot });
    }
  }
}
