// A meeting's life as Exchange runs it for the organizer: creating an event with attendees sends each an
// invitation and puts a copy in their calendar; an update sends the change ("an event update that includes only
// the attendees property … sends a meeting update to only the attendees that have changed"); cancel sends a
// cancellation and "moves the event to the Deleted Items folder"; deleting the organizer's event also sends a
// cancellation. https://learn.microsoft.com/graph/api/user-post-events, .../event-update, .../event-cancel,
// .../event-delete. iCalendar's SEQUENCE goes up by one with every update or cancellation sent (RFC 5546); which
// changes Exchange counts is not published, so every one that is sent counts here.
import { oidFromUpn } from '../../identity';
import type { CalendarItem, CalendarStore, Meeting, MeetingAttendee } from '../store/CalendarStore';
import type { EventFields } from './eventRequest';
import { graphTimestamp, mintChangeKey, mintEventId, mintICalUId, mintJoinUrl } from './mint';

/** Who organizes, and where: the mailbox the event is created in. */
export interface Organizer {
  /** Lower-case UPN of the mailbox. */
  readonly mailbox: string;
  readonly name: string;
}

/** Creates the organizer's event and sends the invitations; the organizer's item. */
export function createMeeting(
  calendars: CalendarStore,
  request: {
    organizer: Organizer;
    fields: EventFields & Required<Pick<EventFields, 'start' | 'end'>>;
    nowMs: number;
  },
): CalendarItem {
  const { organizer, fields, nowMs } = request;
  const item: CalendarItem = {
    id: mintEventId(),
    mailbox: organizer.mailbox,
    iCalUId: mintICalUId(nowMs),
    isOrganizer: true,
    cancelled: false,
    changeKey: mintChangeKey(),
    createdMs: nowMs,
    modifiedMs: nowMs,
  };
  const organizerOid = oidFromUpn(organizer.mailbox);
  const meeting: Meeting = {
    iCalUId: item.iCalUId,
    eventId: item.id,
    organizer: { address: organizer.mailbox, name: organizer.name },
    organizerOid,
    subject: fields.subject ?? '',
    body: fields.body ?? { contentType: 'text', content: '' },
    start: fields.start.instant,
    end: fields.end.instant,
    startZone: fields.start.zone,
    endZone: fields.end.zone,
    location: fields.location ?? null,
    attendees: withoutOrganizer(fields.attendees ?? [], organizer.mailbox),
    allowNewTimeProposals: fields.allowNewTimeProposals ?? true,
    joinUrl: fields.isOnlineMeeting === true ? mintJoinUrl(organizerOid) : null,
    sequence: 0,
    cancelled: false,
    history: [],
  };
  calendars.saveItem(item);
  send(calendars, meeting, {
    kind: 'created',
    messages: meeting.attendees.map((a) => ({ to: a.emailAddress.address, kind: 'invitation' as const })),
    nowMs,
    comment: null,
  });
  return item;
}

/** Applies an update of the organizer's event and sends what it changes; the organizer's item, changed. */
export function updateMeeting(
  calendars: CalendarStore,
  request: {
    item: CalendarItem;
    meeting: Meeting;
    fields: EventFields;
    joinUrl: string | null;
    nowMs: number;
  },
): CalendarItem {
  const { item, meeting, fields, nowMs } = request;
  const attendees = withoutOrganizer(fields.attendees ?? meeting.attendees, meeting.organizer.address);
  const changed: Meeting = {
    ...meeting,
    subject: fields.subject ?? meeting.subject,
    body: fields.body ?? meeting.body,
    start: fields.start?.instant ?? meeting.start,
    end: fields.end?.instant ?? meeting.end,
    startZone: fields.start?.zone ?? meeting.startZone,
    endZone: fields.end?.zone ?? meeting.endZone,
    location: fields.location === undefined ? meeting.location : fields.location,
    attendees,
    joinUrl: request.joinUrl,
  };
  const before = new Set(meeting.attendees.map((a) => a.emailAddress.address.toLowerCase()));
  const after = new Set(attendees.map((a) => a.emailAddress.address.toLowerCase()));
  const onlyAttendees = Object.keys(fields).every((name) => name === 'attendees');
  const messages = [
    ...attendees
      .map((a) => a.emailAddress.address)
      .filter((address) => !before.has(address.toLowerCase()))
      .map((to) => ({ to, kind: 'invitation' as const })),
    ...(onlyAttendees
      ? []
      : attendees
          .map((a) => a.emailAddress.address)
          .filter((address) => before.has(address.toLowerCase()))
          .map((to) => ({ to, kind: 'update' as const }))),
    ...meeting.attendees
      .map((a) => a.emailAddress.address)
      .filter((address) => !after.has(address.toLowerCase()))
      .map((to) => ({ to, kind: 'cancellation' as const })),
  ];
  const updated = touched(item, nowMs);
  calendars.saveItem(updated);
  send(calendars, changed, { kind: 'updated', messages, nowMs, comment: null });
  return updated;
}

/** Cancels a meeting: every attendee is sent a cancellation, and the organizer's event leaves the calendar. */
export function cancelMeeting(
  calendars: CalendarStore,
  request: { item: CalendarItem; meeting: Meeting; comment: string | null; nowMs: number },
): void {
  const { item, meeting } = request;
  calendars.removeItem(item.id);
  send(
    calendars,
    { ...meeting, cancelled: true },
    {
      kind: 'cancelled',
      messages: meeting.attendees.map((a) => ({ to: a.emailAddress.address, kind: 'cancellation' as const })),
      nowMs: request.nowMs,
      comment: request.comment,
    },
  );
}

interface Message {
  readonly to: string;
  readonly kind: 'invitation' | 'update' | 'cancellation';
}

/**
 * Records what the organizer sent (the meeting's history, one more in its sequence unless it is new), delivers
 * each message to its attendee's inbox and brings their copy of the meeting up to date. Nothing to send is no
 * change of sequence and no history.
 */
function send(
  calendars: CalendarStore,
  meeting: Meeting,
  change: {
    kind: 'created' | 'updated' | 'cancelled';
    messages: readonly Message[];
    nowMs: number;
    comment: string | null;
  },
): void {
  const { kind, messages, nowMs, comment } = change;
  const sequence = kind === 'created' ? 0 : meeting.sequence + (messages.length > 0 ? 1 : 0);
  const sent: Meeting = {
    ...meeting,
    sequence,
    history:
      kind === 'created' || messages.length > 0
        ? [
            ...meeting.history,
            {
              kind,
              sequence,
              at: graphTimestamp(nowMs),
              sentTo: messages.map((m) => m.to),
              comment,
            },
          ]
        : meeting.history,
  };
  calendars.saveMeeting(sent);
  for (const message of messages) {
    const mailbox = message.to.toLowerCase();
    const copy = calendars.itemsFor(meeting.iCalUId).find((i) => i.mailbox === mailbox && !i.isOrganizer);
    const item: CalendarItem = copy
      ? { ...touched(copy, nowMs), cancelled: message.kind === 'cancellation' }
      : {
          id: mintEventId(),
          mailbox,
          iCalUId: meeting.iCalUId,
          isOrganizer: false,
          cancelled: message.kind === 'cancellation',
          changeKey: mintChangeKey(),
          createdMs: nowMs,
          modifiedMs: nowMs,
        };
    calendars.saveItem(item);
    calendars.deliver(mailbox, {
      kind: message.kind,
      iCalUId: meeting.iCalUId,
      eventId: item.id,
      sequence,
      sentDateTime: graphTimestamp(nowMs),
      from: meeting.organizer,
      subject: meeting.subject,
      start: new Date(meeting.start).toISOString(),
      end: new Date(meeting.end).toISOString(),
      location: meeting.location,
      joinUrl: meeting.joinUrl,
      comment: message.kind === 'cancellation' ? comment : null,
    });
  }
}

/** An item after a change: a new change key, and a modification time that moves even within one millisecond. */
function touched(item: CalendarItem, nowMs: number): CalendarItem {
  return { ...item, changeKey: mintChangeKey(), modifiedMs: Math.max(nowMs, item.modifiedMs + 1) };
}

// Exchange does not invite the organizer to their own meeting.
function withoutOrganizer(attendees: readonly MeetingAttendee[], organizer: string): MeetingAttendee[] {
  return attendees.filter((a) => a.emailAddress.address.toLowerCase() !== organizer.toLowerCase());
}
