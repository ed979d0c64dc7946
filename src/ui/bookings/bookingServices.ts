import {
  asAppError,
  bookingIcs,
  invitationIcs,
  invitationText,
  swedishDate,
  type AppError,
  type Booking,
  type BookingStore,
  type Invitee,
  type OfferedSlot,
  type TimeSlot,
} from '../../domain';

// What the bookings page needs from outside src/ui: the composition root wires the lists (src/sharepoint) and the
// signed-in user's calendar through Microsoft Graph (src/graph/calendar.ts). A booking is stored first — SharePoint
// decides whether the time is still free — and the invitation follows; when Graph refuses it, the booking stands
// with its invitation `failed`, to be sent again or handed over as an .ics file.

/** A meeting for the organiser's calendar: what `createMeeting` in src/graph takes. */
export interface CalendarMeeting {
  readonly organizerUpn: string;
  readonly subject: string;
  readonly text: string;
  /** ISO 8601 instants. */
  readonly start: string;
  readonly end: string;
  readonly location: string | null;
  readonly attendees: readonly Invitee[];
  /** Whether the event gets a Teams meeting. */
  readonly online: boolean;
}

/** The organiser's event as Graph keeps it. */
export interface CalendarEvent {
  readonly id: string;
  /** The Teams meeting's join URL, if it has one. */
  readonly joinUrl: string | null;
}

/** The organiser's event to change or cancel. */
export interface CalendarRef {
  readonly organizerUpn: string;
  readonly id: string;
}

/** The organiser's calendar, as `createMeeting`, `updateMeeting` and `cancelMeeting` (src/graph) on a Graph client. */
export interface Calendar {
  create(meeting: CalendarMeeting): Promise<CalendarEvent>;
  /** Moves the meeting; Exchange sends every attendee the update. */
  update(
    ref: CalendarRef,
    changes: { readonly start: string; readonly end: string; readonly location: string | null },
  ): Promise<CalendarEvent>;
  /** Cancels the meeting; Exchange sends every attendee the cancellation with `comment`. */
  cancel(ref: CalendarRef, comment: string): Promise<void>;
}

/** The parts `bookingServices` is built from. */
export interface BookingParts {
  readonly store: BookingStore;
  readonly calendar: Calendar;
  /** The signed-in user: the organiser of what they book. */
  readonly upn: string;
  readonly now: () => Date;
  /** A fresh random id (a UUID), for the times offered. */
  readonly newId: () => string;
}

/** A booking as stored after a change, and why its calendar invitation did not go out, if it did not. */
export interface Booked {
  readonly booking: Booking;
  /** `null` when the calendar took the change. */
  readonly calendarError: AppError | null;
}

/** An .ics file to save. */
export interface IcsFile {
  readonly name: string;
  readonly text: string;
}

/** The kontor a booking is for, by the name its invitation gives it. */
export interface KontorName {
  readonly kontorName: string;
}

/** The bookings page's services. */
export interface BookingServices {
  readonly store: BookingStore;
  readonly upn: string;
  /** Offers a new time (`slot` without an id), as the project team. */
  offer(periodId: string, slot: Omit<TimeSlot, 'id'>): Promise<OfferedSlot>;
  /**
   * Books `slot` for `managers` of the kontor, then invites them and the host from the signed-in user's calendar.
   * @throws AppError `conflict` when the time was booked first; the calendar's failure is in `calendarError`.
   */
  book(
    request: KontorName & {
      readonly periodId: string;
      readonly kontorId: string;
      readonly slot: TimeSlot;
      readonly organizer: Invitee;
      readonly managers: readonly Invitee[];
    },
  ): Promise<Booked>;
  /** Moves a booking to `slot`, then moves the meeting. @throws AppError as `book` */
  rebook(booking: Booking, slot: TimeSlot, context: KontorName): Promise<Booked>;
  /** Cancels a booking, then the meeting. @throws AppError `conflict` when the booking changed since read. */
  cancel(booking: Booking, context: KontorName): Promise<Booked>;
  /** Sends what did not reach the calendar again: the invitation, the move or the cancellation. */
  sendAgain(booking: Booking, context: KontorName): Promise<Booked>;
  /** The booking as an .ics file, for a calendar Graph does not reach. */
  ics(booking: Booking, context: KontorName): IcsFile;
}

/** The bookings page's services on the given parts. */
export function bookingServices(parts: BookingParts): BookingServices {
  const { store, calendar, upn } = parts;
  // The host is named by address: the lists keep no project team member's name.
  const context = (booking: Booking, { kontorName }: KontorName) => ({
    kontorName,
    hostName: booking.slot.hostUpn,
  });

  /** Brings the calendar in line with the booking, and records where its invitation stands. */
  const deliver = async (booking: Booking, names: KontorName): Promise<Booked> => {
    const ref =
      booking.eventId === null ? null : { organizerUpn: booking.organizer.upn, id: booking.eventId };
    let event: { eventId: string | null; joinUrl: string | null };
    try {
      if (booking.cancelled) {
        if (ref !== null) await calendar.cancel(ref, `Avbokad av ${booking.organizer.name}.`);
        event = { eventId: booking.eventId, joinUrl: booking.joinUrl };
      } else if (ref === null) {
        const { subject, text, attendees } = invitationText(booking, context(booking, names));
        const { slot } = booking;
        const made = await calendar.create({
          organizerUpn: booking.organizer.upn,
          subject,
          text,
          start: slot.start,
          end: slot.end,
          location: slot.location,
          attendees,
          online: slot.online,
        });
        event = { eventId: made.id, joinUrl: made.joinUrl };
      } else {
        const { start, end, location } = booking.slot;
        const moved = await calendar.update(ref, { start, end, location });
        event = { eventId: moved.id, joinUrl: moved.joinUrl ?? booking.joinUrl };
      }
    } catch (error) {
      const failed = await store.setInvitation(booking, {
        state: 'failed',
        eventId: booking.eventId,
        joinUrl: booking.joinUrl,
      });
      return { booking: failed, calendarError: asAppError(error) };
    }
    return { booking: await store.setInvitation(booking, { state: 'sent', ...event }), calendarError: null };
  };

  return {
    store,
    upn,
    offer: (periodId, slot) => store.addSlot(periodId, { ...slot, id: `t-${parts.newId()}` }),
    book: async ({ kontorName, ...request }) => deliver(await store.book(request), { kontorName }),
    rebook: async (booking, slot, names) => deliver(await store.rebook(booking, slot), names),
    cancel: async (booking, names) => deliver(await store.cancel(booking), names),
    sendAgain: deliver,
    ics: (booking, names) => {
      const stamp = parts.now().toISOString();
      const text = bookingIcs(invitationIcs(booking, { ...context(booking, names), stamp }));
      const cancelled = booking.cancelled ? '-avbokad' : '';
      return { name: `${booking.slot.kind}-${swedishDate(booking.slot.start)}${cancelled}.ics`, text };
    },
  };
}
