import { type Unit } from '../organisation/types';
import { type Booking, type InvitationState, type Invitee, type SeminarNote, type TimeSlot } from './types';

/** A time as offered in the list, with what an update needs to tell whether someone else changed it first. */
export interface OfferedSlot {
  readonly periodId: string;
  readonly slot: TimeSlot;
  /** The list item's id. */
  readonly itemId: number;
  /** The item's version when read: an update of an older one is refused as a conflict. */
  readonly version: number;
}

/** What is read together: items that count, and how many were left out. */
export interface Listed<T> {
  readonly items: T[];
  /**
   * Items left out: changed by hand so that they cannot be read, a booking or note whose kontor is not the folder
   * holding it, or a booking that no longer holds its time.
   */
  readonly ignored: number;
}

/** What the bookings page shows of a period, read together. */
export interface BookingsView {
  readonly slots: Listed<OfferedSlot>;
  readonly bookings: Listed<Booking>;
  readonly notes: Listed<SeminarNote>;
  /** The units of the kontor asked for, or every unit. */
  readonly units: Unit[];
}

/** A booking to make: `slot` for some managers of one kontor, booked by `organizer`. */
export interface BookingRequest {
  readonly periodId: string;
  readonly kontorId: string;
  readonly slot: TimeSlot;
  readonly organizer: Invitee;
  readonly managers: readonly Invitee[];
}

/** Where a booking's invitation stands after a calendar call. */
export interface InvitationUpdate {
  readonly state: InvitationState;
  /** The organiser's calendar event, once made. */
  readonly eventId: string | null;
  readonly joinUrl: string | null;
}

/** What a seminar note says. */
export type NoteText = Pick<SeminarNote, 'functionId' | 'theme' | 'body' | 'slotId'>;

/** What a seminar note says and where it belongs. */
export type NoteContent = NoteText & Pick<SeminarNote, 'periodId' | 'kontorId'>;

/**
 * The offered times, the kontor's bookings and the seminar notes (Tider, Bokningar, Seminarieanteckningar;
 * docs/bookings.md). SharePoint decides who may do what: the project team offers times and writes notes, a
 * kontor's head books in the kontor's folder only, and one time is booked once. Every method rejects with an
 * AppError: `conflict` when the time was booked by someone else first or the item changed since it was read,
 * `notFound` or `forbidden` where the signed-in user may not read or write.
 */
export interface BookingStore {
  /**
   * The period's offered times, and the bookings, notes and units of one kontor or (`null`) of every kontor the
   * signed-in user may read, in one request.
   */
  load(periodId: string, kontorId: string | null): Promise<BookingsView>;
  /** The period's offered times, earliest first. */
  listSlots(periodId: string): Promise<Listed<OfferedSlot>>;
  /** Offers a new time. */
  addSlot(periodId: string, slot: TimeSlot): Promise<OfferedSlot>;
  /** Changes an offered time, if nobody has changed it since it was read. */
  updateSlot(offered: OfferedSlot, slot: TimeSlot): Promise<OfferedSlot>;
  /** The period's bookings of one kontor, or of every kontor the signed-in user may read (`null`). */
  listBookings(periodId: string, kontorId: string | null): Promise<Listed<Booking>>;
  /** Books a time in the kontor's folder; its invitation is `sending` until `setInvitation` says otherwise. */
  book(request: BookingRequest): Promise<Booking>;
  /** Moves a booking to another time, freeing the one it held; one more change (SEQUENCE) for the calendars. */
  rebook(booking: Booking, slot: TimeSlot): Promise<Booking>;
  /** Cancels a booking and frees its time; nothing is deleted. */
  cancel(booking: Booking): Promise<Booking>;
  /** Records where the booking's calendar invitation stands. */
  setInvitation(booking: Booking, update: InvitationUpdate): Promise<Booking>;
  /** The units of a kontor, whose managers it may book (`bookableManagers`); every unit for `null`. */
  units(kontorId: string | null): Promise<Unit[]>;
  /** The period's seminar notes of one kontor, or of every kontor the signed-in user may read (`null`). */
  listNotes(periodId: string, kontorId: string | null): Promise<Listed<SeminarNote>>;
  /** Adds a note in the kontor's folder. */
  addNote(content: NoteContent): Promise<SeminarNote>;
  /** Changes what a note says (it stays in its kontor), if nobody has changed it since it was read. */
  updateNote(note: SeminarNote, text: NoteText): Promise<SeminarNote>;
  /** Removes a note, if nobody has changed it since it was read. */
  removeNote(note: SeminarNote): Promise<void>;
}
