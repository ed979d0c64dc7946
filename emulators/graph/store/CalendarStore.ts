// What the calendars hold: each meeting once, as its organizer last sent it, and the items that show it in
// mailboxes (the organizer's event and each attendee's copy, each with its own id and change key), as Exchange
// keeps an organizer's item and delivers a copy to every attendee. And what every attendee was sent, so that a
// test can read what reached whom.

/** A person as an event names them. */
export interface MailAddress {
  readonly address: string;
  readonly name: string;
}

/** An attendee of a meeting. */
export interface MeetingAttendee {
  readonly emailAddress: MailAddress;
  readonly type: 'required' | 'optional';
}

/** A meeting as its organizer last sent it. */
export interface Meeting {
  readonly iCalUId: string;
  /** The id of the organizer's event (gone from the calendar once cancelled or deleted). */
  readonly eventId: string;
  readonly organizer: MailAddress;
  /** The organizer's object id, which the Teams join URL carries. */
  readonly organizerOid: string;
  readonly subject: string;
  readonly body: { readonly contentType: 'text' | 'html'; readonly content: string };
  /** Instants, ms since the epoch. */
  readonly start: number;
  readonly end: number;
  /** The zones the request named (`originalStartTimeZone`, `originalEndTimeZone`). */
  readonly startZone: string;
  readonly endZone: string;
  readonly location: string | null;
  readonly attendees: readonly MeetingAttendee[];
  readonly allowNewTimeProposals: boolean;
  readonly joinUrl: string | null;
  /** iCalendar's SEQUENCE: 0 when created, one more for each update or cancellation sent. */
  readonly sequence: number;
  readonly cancelled: boolean;
  readonly history: readonly MeetingChange[];
}

/** One thing the organizer sent about a meeting, and to whom. */
export interface MeetingChange {
  readonly kind: 'created' | 'updated' | 'cancelled';
  readonly sequence: number;
  readonly at: string;
  /** The attendees' addresses it went to. */
  readonly sentTo: readonly string[];
  readonly comment: string | null;
}

/** An item in a mailbox's calendar that shows a meeting. */
export interface CalendarItem {
  readonly id: string;
  /** The mailbox's UPN, lower case. */
  readonly mailbox: string;
  readonly iCalUId: string;
  readonly isOrganizer: boolean;
  /** An attendee's copy whose meeting was cancelled, or that the organizer took the attendee off. */
  readonly cancelled: boolean;
  readonly changeKey: string;
  readonly createdMs: number;
  readonly modifiedMs: number;
}

/** What an attendee received, as their inbox would show it. */
export interface Invitation {
  readonly kind: 'invitation' | 'update' | 'cancellation';
  readonly iCalUId: string;
  /** The id of the attendee's own copy of the meeting. */
  readonly eventId: string;
  readonly sequence: number;
  readonly sentDateTime: string;
  readonly from: MailAddress;
  readonly subject: string;
  /** UTC, ISO 8601. */
  readonly start: string;
  readonly end: string;
  readonly location: string | null;
  readonly joinUrl: string | null;
  /** The organizer's words with a cancellation. */
  readonly comment: string | null;
}

// As the rest of the receiver: a stand-in keeps what a developer looks at, not a mailbox's whole history.
const KEEP = 1000;

/** The receiver's calendars, in memory only. */
export class CalendarStore {
  private meetings = new Map<string, Meeting>();
  private items = new Map<string, CalendarItem>();
  private inboxes = new Map<string, Invitation[]>();

  meeting(iCalUId: string): Meeting | undefined {
    return this.meetings.get(iCalUId);
  }

  /** Every meeting, oldest first. */
  allMeetings(): readonly Meeting[] {
    return [...this.meetings.values()];
  }

  saveMeeting(meeting: Meeting): void {
    this.meetings.set(meeting.iCalUId, meeting);
    if (this.meetings.size > KEEP) this.forget(this.meetings.keys().next().value!);
  }

  /** The item with that id in that mailbox. */
  item(mailbox: string, id: string): CalendarItem | undefined {
    const item = this.items.get(id);
    return item?.mailbox === mailbox ? item : undefined;
  }

  /** A mailbox's items, oldest first. */
  itemsOf(mailbox: string): readonly CalendarItem[] {
    return [...this.items.values()].filter((item) => item.mailbox === mailbox);
  }

  /** The items that show a meeting, the organizer's first. */
  itemsFor(iCalUId: string): readonly CalendarItem[] {
    return [...this.items.values()].filter((item) => item.iCalUId === iCalUId);
  }

  saveItem(item: CalendarItem): void {
    this.items.set(item.id, item);
  }

  removeItem(id: string): void {
    this.items.delete(id);
  }

  /** What an attendee received, oldest first. */
  inbox(address: string): readonly Invitation[] {
    return this.inboxes.get(address.toLowerCase()) ?? [];
  }

  deliver(address: string, invitation: Invitation): void {
    const key = address.toLowerCase();
    this.inboxes.set(key, [...(this.inboxes.get(key) ?? []), invitation].slice(-KEEP));
  }

  reset(): void {
    this.meetings.clear();
    this.items.clear();
    this.inboxes.clear();
  }

  private forget(iCalUId: string): void {
    this.meetings.delete(iCalUId);
    for (const item of this.itemsFor(iCalUId)) this.items.delete(item.id);
  }
}
