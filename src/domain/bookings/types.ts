/** What is booked: an interview with one or a few managers, or a group seminar with several. */
export type SessionKind = 'intervju' | 'gruppseminarium';

/** Every session kind. */
export const sessionKinds: readonly SessionKind[] = ['intervju', 'gruppseminarium'];

/** A time the project team offers, which one kontor books. */
export interface TimeSlot {
  /** Stable id, unique over the list (SharePoint refuses a second item with it). */
  readonly id: string;
  readonly kind: SessionKind;
  /** ISO 8601 instants. */
  readonly start: string;
  readonly end: string;
  /** The room, or `null` for a Teams meeting only. */
  readonly location: string | null;
  /** Whether the booking gets a Teams meeting. */
  readonly online: boolean;
  /** The most managers the session takes. */
  readonly capacity: number;
  /** Who from the project team leads it (a UPN), invited with the managers. */
  readonly hostUpn: string;
}

/** A person invited. */
export interface Invitee {
  readonly upn: string;
  readonly name: string;
}

/** Where the calendar invitation of a booking stands. */
export type InvitationState =
  /** Booked in SharePoint; the invitation is on its way (or was interrupted: send again). */
  | 'sending'
  /** The organiser's calendar has the event and the attendees their invitations. */
  | 'sent'
  /** Graph refused it: nothing reached the attendees; send again, or use the .ics file. */
  | 'failed';

/** A slot booked by a kontor for some of its managers. */
export interface Booking {
  /** The list item's id. */
  readonly itemId: number;
  /** The item's version when read: a change to an older one is refused as a conflict. */
  readonly version: number;
  readonly periodId: string;
  /** The kontor whose folder holds it: only its kontorschef (and the project team) may change it. */
  readonly kontorId: string;
  readonly slotId: string;
  /** Copied from the slot when booked, so the invitation and a rebooking need no second read. */
  readonly slot: TimeSlot;
  readonly organizer: Invitee;
  readonly managers: readonly Invitee[];
  readonly cancelled: boolean;
  /** 0 when booked, one more with every rebooking and with the cancellation (the .ics file's SEQUENCE). */
  readonly sequence: number;
  readonly invitation: InvitationState;
  /** The organiser's calendar event, once Graph has made it. */
  readonly eventId: string | null;
  readonly joinUrl: string | null;
}

/** What the project team noted from a kontor's seminar, about one stödfunktion or the kontor in general. */
export interface SeminarNote {
  readonly periodId: string;
  /** The kontor whose folder holds it: its head and its sektor's read it. */
  readonly kontorId: string;
  /** The stödfunktion it is about, or `null` for the kontor in general (Allmänt). */
  readonly functionId: string | null;
  readonly theme: string;
  readonly body: string;
  /** The seminar it came from, if it is tied to one. */
  readonly slotId: string | null;
  /** The list item's id. */
  readonly itemId: number;
  /** The item's version when read: a change to an older one is refused as a conflict. */
  readonly version: number;
}
