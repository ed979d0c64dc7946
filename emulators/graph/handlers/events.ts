// Events in users' calendars: /me/events and /users/{id | upn}/events — create (POST), list (GET), and for one
// event get (GET), update (PATCH), delete (DELETE) and cancel (POST …/cancel). Who may: a delegated token with
// Calendars.ReadWrite (Calendars.Read to read) in its own mailbox only (calendars shared with the user are not
// modelled), an app-only token with the application permission of the same name in any mailbox. Exchange
// refuses the rest with ErrorAccessDenied. https://learn.microsoft.com/graph/api/user-post-events,
// .../user-list-events, .../event-get, .../event-update, .../event-delete, .../event-cancel
import { displayNameFor, oidFromUpn } from '../../identity';
import { emptyAnswer, jsonAnswer, type Answer } from '../answer';
import { readCancelComment, readEventFields, type EventFields } from '../calendar/eventRequest';
import { eventJson, UTC_VIEW, type ViewZone } from '../calendar/eventJson';
import { cancelMeeting, createMeeting, updateMeeting, type Organizer } from '../calendar/meetings';
import { mintJoinUrl } from '../calendar/mint';
import { zoneStanding } from '../calendar/timeZones';
import type { GraphError } from '../errors/GraphError';
import { GraphErrors } from '../errors/graphErrors';
import type { CalendarItem } from '../store/CalendarStore';
import type { ReceiverStore } from '../store/ReceiverStore';
import type { GraphCaller } from '../token';
import { GUID, ODATA_JSON, type GraphOperation, type GraphRequestDetails } from './operation';

/** What the operations need from the receiver. */
export interface EventsParts {
  readonly store: ReceiverStore;
  /** e.g. `http://127.0.0.1:7072/v1.0`, for `@odata.context` and `@odata.nextLink`. */
  readonly graphUrl: () => string;
  readonly now: () => number;
}

type Access = 'read' | 'write';

const READ_PERMISSIONS: readonly string[] = ['Calendars.Read', 'Calendars.ReadWrite'];
const WRITE_PERMISSIONS: readonly string[] = ['Calendars.ReadWrite'];
const UPN = /^[^\s@/]{1,128}@[^\s@/]{1,128}$/;
// A REST item id is URL-safe base64; anything else is not an id at all.
const ITEM_ID = /^[A-Za-z0-9_-]{8,}={0,2}$/;
// Graph's page of events when $top is not given: ten, with "@odata.nextLink": "…/events?$skip=10" (as reported,
// microsoft-graph-docs#4282). The largest $top is ours.
const PAGE = 10;
const MAX_TOP = 1000;
// Ours: Graph publishes no limit for an event's body; this one only keeps a runaway client from filling memory.
const MAX_BODY_BYTES = 4 * 1024 * 1024;

/**
 * The event operation a request names (`segments` after `/v1.0/`, decoded), or `undefined` for none: the server
 * answers that 501.
 */
export function eventOperation(
  parts: EventsParts,
  request: { method: string; segments: readonly string[]; details: GraphRequestDetails },
): GraphOperation | undefined {
  const { method, segments, details } = request;
  const names = segments.map((segment) => segment.toLowerCase());
  // `null` for /me; a user's id or UPN as the path has it.
  const owner =
    names[0] === 'me' ? null : names[0] === 'users' && segments.length >= 3 ? segments[1]! : undefined;
  const rest = names.slice(owner === null ? 1 : 2);
  if (owner === undefined || rest[0] !== 'events') return undefined;
  const eventId = segments[segments.length - rest.length + 1] ?? '';
  const context = { parts, owner, details };
  if (rest.length === 1) {
    if (method === 'POST') return operation(context, 'write', 'json', create);
    if (method === 'GET') return operation(context, 'read', 'none', list);
  } else if (rest.length === 2) {
    if (method === 'GET') return operation(context, 'read', 'none', one(eventId, get));
    if (method === 'PATCH') return operation(context, 'write', 'json', one(eventId, update));
    if (method === 'DELETE') return operation(context, 'write', 'none', one(eventId, remove));
  } else if (rest.length === 3 && rest[2] === 'cancel' && method === 'POST') {
    return operation(context, 'write', 'json', one(eventId, cancel));
  }
  return undefined;
}

/** What an answer needs: the receiver, the mailbox and who is calling, the request's query and `Prefer`. */
interface Call {
  readonly parts: EventsParts;
  readonly mailbox: string;
  /** The path's user segment (a UPN or an object id; `null` for /me), for `@odata.nextLink`. */
  readonly owner: string | null;
  readonly caller: GraphCaller;
  readonly details: GraphRequestDetails;
}

type Handler = (call: Call, body: unknown) => Answer;

function operation(
  context: { parts: EventsParts; owner: string | null; details: GraphRequestDetails },
  access: Access,
  body: 'json' | 'none',
  handler: Handler,
): GraphOperation {
  return {
    route: 'events',
    body,
    maxBodyBytes: MAX_BODY_BYTES,
    admit(caller) {
      const mailbox = mailboxOf(context.owner, caller, context.parts.store);
      if (typeof mailbox !== 'string') return mailbox;
      const refusal = refusalOf(caller, { mailbox, access });
      if (refusal) return refusal;
      const call: Call = { ...context, mailbox, caller };
      return (requestBody) => handler(call, requestBody);
    },
  };
}

/** The mailbox (lower-case UPN) the path names, or what Graph answers when it names none the caller can use. */
function mailboxOf(owner: string | null, caller: GraphCaller, store: ReceiverStore): string | GraphError {
  if (owner === null) return caller.kind === 'delegated' ? caller.upn : GraphErrors.meWithoutUser();
  if (UPN.test(owner)) {
    store.rememberUser(owner);
    return owner.toLowerCase();
  }
  return (GUID.test(owner) ? store.upnOf(owner) : undefined) ?? GraphErrors.invalidUser(owner);
}

function refusalOf(
  caller: GraphCaller,
  request: { mailbox: string; access: Access },
): GraphError | undefined {
  const needed = request.access === 'read' ? READ_PERMISSIONS : WRITE_PERMISSIONS;
  const granted = caller.kind === 'delegated' ? caller.scopes : caller.roles;
  if (!granted.some((permission) => needed.includes(permission))) return GraphErrors.mailboxAccessDenied();
  if (caller.kind === 'delegated' && caller.upn !== request.mailbox) return GraphErrors.mailboxAccessDenied();
  return undefined;
}

function create(call: Call, body: unknown): Answer {
  refuseQueryOptions(call.details.query);
  const view = viewOf(call.details.prefer);
  const fields = readEventFields(body, { mode: 'create' });
  const { start, end } = fields;
  if (!start || !end) throw GraphErrors.notImplemented('an event created without start and end');
  if (end.instant < start.instant) throw GraphErrors.propertyValidation();
  if (fields.onlineMeetingProvider !== undefined && fields.isOnlineMeeting !== true) {
    throw GraphErrors.notImplemented('onlineMeetingProvider without isOnlineMeeting: true');
  }
  rememberAttendees(call, fields);
  const item = createMeeting(call.parts.store.calendars, {
    organizer: organizerOf(call),
    fields: { ...fields, start, end },
    nowMs: call.parts.now(),
  });
  return eventAnswer(call, item, { status: 201, view });
}

function list(call: Call): Answer {
  const { query } = call.details;
  const view = viewOf(call.details.prefer);
  refuseQueryOptions(query, ['$top', '$skip', '$filter']);
  const top = countOption(query, '$top', { min: 1, max: MAX_TOP }) ?? PAGE;
  const skip = countOption(query, '$skip', { min: 0, max: Number.MAX_SAFE_INTEGER }) ?? 0;
  const wanted = iCalUIdFilter(query.get('$filter'));
  const items = call.parts.store.calendars
    .itemsOf(call.mailbox)
    .filter((item) => wanted === undefined || item.iCalUId === wanted);
  const page = items.slice(skip, skip + top);
  // Graph's next links spell the options out (`?$skip=10`), not percent-encoded as URLSearchParams would.
  const next = [...query.entries()]
    .filter(([name]) => name !== '$skip')
    .concat([['$skip', String(skip + top)]])
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
    .join('&');
  return jsonAnswer(
    200,
    {
      '@odata.context': `${call.parts.graphUrl()}/$metadata#users('${oidFromUpn(call.mailbox)}')/events`,
      value: page.map((item) => eventJson(item, call.parts.store.calendars.meeting(item.iCalUId)!, view)),
      ...(skip + top < items.length && {
        '@odata.nextLink': `${call.parts.graphUrl()}/${ownerPath(call.owner)}/events?${next}`,
      }),
    },
    headersFor(view),
  );
}

/** A handler for one event: finds it in the mailbox first (404 when it is not there). */
function one(eventId: string, handler: (call: Call, item: CalendarItem, body: unknown) => Answer): Handler {
  return (call, body) => {
    if (!ITEM_ID.test(eventId)) throw GraphErrors.idMalformed();
    const item = call.parts.store.calendars.item(call.mailbox, eventId);
    if (!item) throw GraphErrors.itemNotFound();
    return handler(call, item, body);
  };
}

function get(call: Call, item: CalendarItem): Answer {
  refuseQueryOptions(call.details.query);
  return eventAnswer(call, item, { status: 200, view: viewOf(call.details.prefer) });
}

function update(call: Call, item: CalendarItem, body: unknown): Answer {
  refuseQueryOptions(call.details.query);
  const view = viewOf(call.details.prefer);
  if (!item.isOrganizer) throw GraphErrors.notImplemented("updating an attendee's copy of a meeting");
  const meeting = call.parts.store.calendars.meeting(item.iCalUId)!;
  const fields: EventFields = readEventFields(body, { mode: 'update' });
  if (Object.keys(fields).length === 0) return eventAnswer(call, item, { status: 200, view });
  const start = fields.start?.instant ?? meeting.start;
  const end = fields.end?.instant ?? meeting.end;
  if (end < start) throw GraphErrors.propertyValidation();
  const online = fields.isOnlineMeeting ?? meeting.joinUrl !== null;
  if (!online && meeting.joinUrl !== null) {
    throw GraphErrors.notImplemented('turning off the Teams meeting of an event');
  }
  if (fields.onlineMeetingProvider !== undefined && !online) {
    throw GraphErrors.notImplemented('onlineMeetingProvider without isOnlineMeeting: true');
  }
  rememberAttendees(call, fields);
  const updated = updateMeeting(call.parts.store.calendars, {
    item,
    meeting,
    fields,
    joinUrl: meeting.joinUrl ?? (online ? mintJoinUrl(meeting.organizerOid) : null),
    nowMs: call.parts.now(),
  });
  return eventAnswer(call, updated, { status: 200, view });
}

function cancel(call: Call, item: CalendarItem, body: unknown): Answer {
  refuseQueryOptions(call.details.query);
  const comment = readCancelComment(body);
  if (!item.isOrganizer) throw GraphErrors.notOrganizer();
  const meeting = call.parts.store.calendars.meeting(item.iCalUId)!;
  if (meeting.attendees.length === 0) {
    throw GraphErrors.notImplemented('cancel of an event without attendees (an appointment, not a meeting)');
  }
  cancelMeeting(call.parts.store.calendars, { item, meeting, comment, nowMs: call.parts.now() });
  return emptyAnswer(202);
}

/**
 * DELETE: an attendee's copy just leaves their calendar; the organizer's event too, and "deleting the event on
 * the organizer's calendar sends a cancellation message to the meeting attendees" (event-delete).
 */
function remove(call: Call, item: CalendarItem): Answer {
  refuseQueryOptions(call.details.query);
  if (item.isOrganizer) {
    const meeting = call.parts.store.calendars.meeting(item.iCalUId)!;
    cancelMeeting(call.parts.store.calendars, { item, meeting, comment: null, nowMs: call.parts.now() });
  } else {
    call.parts.store.calendars.removeItem(item.id);
  }
  return emptyAnswer(204);
}

function eventAnswer(call: Call, item: CalendarItem, answer: { status: number; view: ViewZone }): Answer {
  const meeting = call.parts.store.calendars.meeting(item.iCalUId)!;
  return jsonAnswer(
    answer.status,
    {
      '@odata.context': `${call.parts.graphUrl()}/$metadata#users('${oidFromUpn(call.mailbox)}')/events/$entity`,
      ...eventJson(item, meeting, answer.view),
    },
    headersFor(answer.view),
  );
}

/** Attendees are users like any other: later calls may name them by object id. */
function rememberAttendees(call: Call, fields: EventFields): void {
  for (const attendee of fields.attendees ?? []) call.parts.store.rememberUser(attendee.emailAddress.address);
}

function organizerOf(call: Call): Organizer {
  const { caller, mailbox } = call;
  return { mailbox, name: caller.kind === 'delegated' ? caller.name : displayNameFor(mailbox) };
}

/**
 * The zone `Prefer: outlook.timezone="…"` asks start and end to be written in (UTC without it). The other
 * Outlook preferences change what comes back in ways the receiver does not model; any other preference is
 * ignored, as RFC 7240 lets a server do.
 */
function viewOf(prefer: string | undefined): ViewZone {
  let view = UTC_VIEW;
  for (const preference of (prefer ?? '').split(',')) {
    const match = /^\s*([\w.-]+)\s*(?:=\s*(?:"([^"]*)"|([^\s;]*)))?/.exec(preference);
    const name = match?.[1]?.toLowerCase() ?? '';
    const value = match?.[2] ?? match?.[3] ?? '';
    if (name === 'outlook.timezone') {
      const standing = zoneStanding(value);
      if (standing.kind !== 'known') throw GraphErrors.notImplemented(`Prefer: outlook.timezone="${value}"`);
      view = { name: value, zone: standing.zone };
    } else if (name.startsWith('outlook.') || name === 'idtype') {
      throw GraphErrors.notImplemented(`Prefer: ${preference.trim()}`);
    }
  }
  return view;
}

function headersFor(view: ViewZone): Record<string, string> {
  return {
    'Content-Type': ODATA_JSON,
    ...(view !== UTC_VIEW && { 'Preference-Applied': `outlook.timezone="${view.name}"` }),
  };
}

/** 501 for an OData query option the operation does not model (`$select`, `$expand`, `$orderby`…). */
function refuseQueryOptions(query: URLSearchParams, modelled: readonly string[] = []): void {
  for (const name of query.keys()) {
    if (name.startsWith('$') && !modelled.includes(name)) {
      throw GraphErrors.notImplemented(`the query option ${name} here`);
    }
  }
}

function countOption(
  query: URLSearchParams,
  name: string,
  range: { min: number; max: number },
): number | undefined {
  const text = query.get(name);
  if (text === null) return undefined;
  const count = Number(text);
  if (!/^\d+$/.test(text) || count < range.min || count > range.max) {
    throw GraphErrors.invalidParameter(`Invalid value '${text}' for query option ${name}.`);
  }
  return count;
}

/** The one filter modelled, `iCalUId eq '…'` (how a client finds its meeting again); 501 for any other. */
function iCalUIdFilter(filter: string | null): string | undefined {
  if (filter === null) return undefined;
  const match = /^\s*iCalUId\s+eq\s+'([0-9A-Fa-f]+)'\s*$/.exec(filter);
  if (!match) throw GraphErrors.notImplemented(`$filter=${filter} (only iCalUId eq '…')`);
  return match[1]!.toUpperCase();
}

function ownerPath(owner: string | null): string {
  return owner === null ? 'me' : `users/${encodeURIComponent(owner)}`;
}
