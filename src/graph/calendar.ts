import { type GraphFI } from '@pnp/graph';
import { type Event } from '@microsoft/microsoft-graph-types';
import { AppError } from '../domain/errors';
import { graphError } from './errors';

// Interviews and seminars as events in the organiser's calendar with a Teams meeting:
// `POST /users/{upn}/events` with `isOnlineMeeting` and `onlineMeetingProvider: teamsForBusiness`
// (learn.microsoft.com/graph/api/user-post-events), a rebooking `PATCH /users/{upn}/events/{id}`
// (…/event-update), a cancellation `POST …/events/{id}/cancel` (…/event-cancel). Exchange sends the
// invitations, updates and cancellations to the attendees. The signed-in user must be the organiser, with the
// delegated permission Calendars.ReadWrite.

/** The zones a wall-clock `start` or `end` may be in: Windows ids, which Graph's dateTimeTimeZone takes. */
export type MeetingTimeZone = 'UTC' | 'W. Europe Standard Time';

/** Someone invited. */
export interface MeetingAttendee {
  readonly upn: string;
  /** The name the invitation shows. */
  readonly name: string;
}

/** The invitation's text: HTML, or plain text. */
export type MeetingText =
  { readonly bodyHtml: string; readonly text?: never } | { readonly text: string; readonly bodyHtml?: never };

/** An interview or a seminar to book. */
export type MeetingRequest = MeetingText & {
  /** The organiser: the mailbox the event is created in, the signed-in user's own. */
  readonly organizerUpn: string;
  readonly subject: string;
  /** ISO 8601: with `Z` or an offset an instant; without, a wall-clock time in `timeZone`. */
  readonly start: string;
  readonly end: string;
  /** The zone of a wall-clock `start` and `end`. @default 'UTC' */
  readonly timeZone?: MeetingTimeZone;
  /** The place, or `null` for none (a Teams meeting only). */
  readonly location: string | null;
  readonly attendees: readonly MeetingAttendee[];
  /** Whether the event gets a Teams meeting. */
  readonly online: boolean;
};

/** What changes when a meeting is rebooked; what is left out stays. */
export interface MeetingChanges {
  readonly subject?: string;
  /** As in {@link MeetingRequest}. */
  readonly start?: string;
  readonly end?: string;
  /** The zone of a wall-clock `start` and `end`. @default 'UTC' */
  readonly timeZone?: MeetingTimeZone;
  /** The new place, or `null` to remove it. */
  readonly location?: string | null;
  /** Everyone invited now: those added get an invitation, those left out a cancellation. */
  readonly attendees?: readonly MeetingAttendee[];
}

/** A booked meeting as Graph keeps it. */
export interface BookedMeeting {
  /** The organiser's event id. */
  readonly id: string;
  /** The Teams meeting's join URL, or `null` for a meeting without one. */
  readonly joinUrl: string | null;
  /** The event in Outlook on the web. */
  readonly webLink: string;
  /** The event's version: a new one after every change. */
  readonly changeKey: string;
}

/** The organiser's event. */
export interface MeetingRef {
  readonly organizerUpn: string;
  readonly id: string;
}

/**
 * Books a meeting in the organiser's calendar; Exchange invites the attendees.
 * @throws AppError `invalid` for a time that is not ISO 8601 or an end before the start, else as `graphError`.
 */
export async function createMeeting(graph: GraphFI, request: MeetingRequest): Promise<BookedMeeting> {
  const event: Event = {
    subject: request.subject,
    body:
      request.bodyHtml !== undefined
        ? { contentType: 'html', content: request.bodyHtml }
        : { contentType: 'text', content: request.text },
    ...times(request),
    ...(request.location !== null && { location: { displayName: request.location } }),
    attendees: request.attendees.map(attendeeOf),
    ...(request.online && { isOnlineMeeting: true, onlineMeetingProvider: 'teamsForBusiness' }),
  };
  try {
    return bookedMeeting(await graph.users.getById(request.organizerUpn).events.add(event));
  } catch (error) {
    throw await graphError(error);
  }
}

/**
 * Rebooks a meeting: moves it, changes its place or who is invited; Exchange sends the attendees the update.
 * @throws AppError as {@link createMeeting}; `notFound` for a meeting cancelled or deleted.
 */
export async function updateMeeting(
  graph: GraphFI,
  meeting: MeetingRef,
  changes: MeetingChanges,
): Promise<BookedMeeting> {
  const event: Event = {
    ...(changes.subject !== undefined && { subject: changes.subject }),
    ...times(changes),
    // What Graph does with `location: null` is not documented; an empty name is no place.
    ...(changes.location !== undefined && { location: { displayName: changes.location ?? '' } }),
    ...(changes.attendees !== undefined && { attendees: changes.attendees.map(attendeeOf) }),
  };
  try {
    const events = graph.users.getById(meeting.organizerUpn).events;
    return bookedMeeting((await events.getById(meeting.id).update(event)) as Event);
  } catch (error) {
    throw await graphError(error);
  }
}

/**
 * Cancels a meeting: Exchange sends every attendee the cancellation with `comment`, and the event leaves the
 * organiser's calendar.
 * @throws AppError as `graphError`; `notFound` for a meeting already cancelled or deleted.
 */
export async function cancelMeeting(graph: GraphFI, meeting: MeetingRef, comment: string): Promise<void> {
  try {
    await graph.users.getById(meeting.organizerUpn).events.getById(meeting.id).cancel(comment);
  } catch (error) {
    throw await graphError(error);
  }
}

function attendeeOf(attendee: MeetingAttendee): NonNullable<Event['attendees']>[number] {
  return { emailAddress: { address: attendee.upn, name: attendee.name }, type: 'required' };
}

/** `start` and `end` as Graph's dateTimeTimeZone, for those given; an end before the start is refused here. */
function times(given: {
  start?: string;
  end?: string;
  timeZone?: MeetingTimeZone;
}): Pick<Event, 'start' | 'end'> {
  const zone = given.timeZone ?? 'UTC';
  const start = given.start === undefined ? undefined : graphTime(given.start, zone);
  const end = given.end === undefined ? undefined : graphTime(given.end, zone);
  if (start && end && start.timeZone === end.timeZone && end.dateTime < start.dateTime) {
    throw new AppError('invalid', {
      message: `The meeting ends (${given.end}) before it starts (${given.start}).`,
    });
  }
  return { ...(start && { start }), ...(end && { end }) };
}

const INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/;
const WALL_CLOCK = /^(\d{4}-\d\d-\d\dT\d\d:\d\d)(:\d\d)?$/;

/** An instant goes as UTC; a wall-clock time as it is, in its zone. */
function graphTime(iso: string, zone: MeetingTimeZone): { dateTime: string; timeZone: string } {
  const instant = INSTANT.test(iso) ? new Date(iso) : undefined;
  if (instant && !Number.isNaN(instant.getTime())) {
    return { dateTime: instant.toISOString().slice(0, 19), timeZone: 'UTC' };
  }
  const wall = WALL_CLOCK.exec(iso);
  if (!wall) throw new AppError('invalid', { message: `Not an ISO 8601 date and time: '${iso}'.` });
  return { dateTime: `${wall[1]}${wall[2] ?? ':00'}`, timeZone: zone };
}

function bookedMeeting(event: Event): BookedMeeting {
  if (
    typeof event.id !== 'string' ||
    typeof event.webLink !== 'string' ||
    typeof event.changeKey !== 'string'
  ) {
    throw new AppError('unexpected', {
      message: 'Microsoft Graph answered without the event’s id, webLink or changeKey.',
    });
  }
  return {
    id: event.id,
    joinUrl: event.onlineMeeting?.joinUrl ?? null,
    webLink: event.webLink,
    changeKey: event.changeKey,
  };
}
