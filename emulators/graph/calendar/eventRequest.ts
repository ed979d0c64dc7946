// Reads the body of a create or an update of an event, refusing what Graph refuses in its words: a property the
// type does not have and a JSON value of the wrong kind as OData's reader does (`RequestBodyRead`), a time zone
// Graph does not take (`TimeZoneNotSupportedException`), a time that is no time (`ErrorPropertyValidationFailure`).
// What the event type has but the receiver does not model answers 501. Sources: docs/graph-receiver.md.
import { GraphErrors } from '../errors/graphErrors';
import { isObject } from '../handlers/operation';
import type { MeetingAttendee } from '../store/CalendarStore';
import { instantOf, zoneStanding } from './timeZones';

/** A start or an end: the instant, and the zone the request named. */
export interface ZonedTime {
  readonly instant: number;
  readonly zone: string;
}

/** The properties of an event a request set; absent ones were not in the body. */
export interface EventFields {
  readonly subject?: string;
  readonly body?: { readonly contentType: 'text' | 'html'; readonly content: string };
  readonly start?: ZonedTime;
  readonly end?: ZonedTime;
  /** `null`: no place (an empty `displayName`). */
  readonly location?: string | null;
  readonly attendees?: readonly MeetingAttendee[];
  readonly isOnlineMeeting?: boolean;
  /** `teamsForBusiness`, the only provider modelled; `unknown` reads as not given. */
  readonly onlineMeetingProvider?: 'teamsForBusiness';
  readonly allowNewTimeProposals?: boolean;
}

const NAMESPACE = 'Microsoft.OutlookServices';
// "The maximum number of attendees included in an event … is 500" (the event resource); Graph's answer past it
// is not published.
const MAX_ATTENDEES = 500;
const ADDRESS = /^[^\s@]+@[^\s@]+$/;

// The event type's properties and relationships (https://learn.microsoft.com/graph/api/resources/event); those
// not read below answer 501.
const EVENT_PROPERTIES = words(`
  allowNewTimeProposals attendees body bodyPreview cancelledOccurrences categories changeKey createdDateTime end
  exceptionOccurrences hasAttachments hideAttendees iCalUId id importance isAllDay isCancelled isDraft
  isOnlineMeeting isOrganizer isReminderOn lastModifiedDateTime location locations occurrenceId onlineMeeting
  onlineMeetingProvider onlineMeetingUrl organizer originalEndTimeZone originalStart originalStartTimeZone
  recurrence reminderMinutesBeforeStart responseRequested responseStatus sensitivity seriesMasterId showAs start
  subject transactionId type webLink attachments calendar extensions instances multiValueExtendedProperties
  singleValueExtendedProperties`);
const READ = {
  create: words(`subject body start end location attendees isOnlineMeeting onlineMeetingProvider
    allowNewTimeProposals`),
  // The update page does not list allowNewTimeProposals among the properties an update may set.
  update: words('subject body start end location attendees isOnlineMeeting onlineMeetingProvider'),
};

/**
 * The fields a create (`mode: 'create'`) or an update sets.
 * @throws GraphError for what Graph refuses or the receiver does not model.
 */
export function readEventFields(value: unknown, options: { mode: 'create' | 'update' }): EventFields {
  const event = properties(value, {
    type: 'Event',
    known: EVENT_PROPERTIES,
    read: READ[options.mode],
    path: 'event',
  });
  const odataType = event['@odata.type'];
  if (odataType !== undefined && !/^#?microsoft\.graph\.event$/i.test(String(odataType))) {
    throw GraphErrors.invalidBody();
  }
  const fields: Record<string, unknown> = {};
  const given = (name: string): boolean => event[name] !== undefined && event[name] !== null;
  if (given('subject')) fields.subject = stringOf(event.subject);
  if (given('body')) fields.body = bodyOf(event.body);
  if (given('start')) fields.start = zonedTimeOf(event.start, 'start');
  if (given('end')) fields.end = zonedTimeOf(event.end, 'end');
  if (given('location')) fields.location = locationOf(event.location);
  else if (event.location === null) {
    throw GraphErrors.notImplemented('location: null (send { displayName: "" })');
  }
  if (given('attendees')) fields.attendees = attendeesOf(event.attendees);
  if (given('isOnlineMeeting')) fields.isOnlineMeeting = booleanOf(event.isOnlineMeeting);
  if (given('onlineMeetingProvider')) {
    const provider = enumOf(event.onlineMeetingProvider, [
      'teamsForBusiness',
      'skypeForBusiness',
      'skypeForConsumer',
      'unknown',
    ]);
    if (provider === 'skypeForBusiness' || provider === 'skypeForConsumer') {
      throw GraphErrors.notImplemented(`onlineMeetingProvider '${provider}' (only teamsForBusiness)`);
    }
    if (provider === 'teamsForBusiness') fields.onlineMeetingProvider = provider;
  }
  if (given('allowNewTimeProposals')) fields.allowNewTimeProposals = booleanOf(event.allowNewTimeProposals);
  return fields as EventFields;
}

/** The comment of a cancel; Graph's page names the parameter `comment` and its example sends `Comment`. */
export function readCancelComment(value: unknown): string | null {
  if (!isObject(value)) throw GraphErrors.unexpectedNode({ found: nodeKind(value), expected: 'StartObject' });
  let comment: string | null = null;
  for (const [key, parameter] of Object.entries(value)) {
    if (key.toLowerCase() !== 'comment') throw GraphErrors.invalidBody();
    comment = parameter === null ? null : stringOf(parameter);
  }
  return comment;
}

/** An object's properties after checking their names against its type's. */
function properties(
  value: unknown,
  type: { type: string; known: readonly string[]; read: readonly string[]; path: string },
): Record<string, unknown> {
  if (!isObject(value)) throw GraphErrors.unexpectedNode({ found: nodeKind(value), expected: 'StartObject' });
  for (const [key, property] of Object.entries(value)) {
    // Instance annotations (`@odata.etag` of an event read back) are not properties; OData readers skip them.
    if (key.startsWith('@odata.')) continue;
    if (!type.known.includes(key)) {
      throw GraphErrors.unknownProperty({ name: key, type: `${NAMESPACE}.${type.type}` });
    }
    if (!type.read.includes(key) && property !== null) {
      throw GraphErrors.notImplemented(`${type.path}.${key}`);
    }
  }
  return value;
}

function bodyOf(value: unknown): EventFields['body'] {
  const body = properties(value, {
    type: 'ItemBody',
    known: ['contentType', 'content'],
    read: ['contentType', 'content'],
    path: 'event.body',
  });
  return {
    contentType: body.contentType == null ? 'text' : enumOf(body.contentType, ['text', 'html']),
    content: body.content == null ? '' : stringOf(body.content),
  };
}

function zonedTimeOf(value: unknown, name: 'start' | 'end'): ZonedTime {
  const time = properties(value, {
    type: 'DateTimeTimeZone',
    known: ['dateTime', 'timeZone'],
    read: ['dateTime', 'timeZone'],
    path: `event.${name}`,
  });
  if (time.timeZone == null || time.dateTime == null) {
    throw GraphErrors.notImplemented(`event.${name} without both dateTime and timeZone`);
  }
  const zoneName = stringOf(time.timeZone);
  const dateTime = stringOf(time.dateTime);
  const standing = zoneStanding(zoneName);
  if (standing.kind === 'unsupported') throw GraphErrors.timeZoneNotSupported(zoneName);
  if (standing.kind === 'notModelled') {
    throw GraphErrors.notImplemented(
      `the time zone '${zoneName}' (Windows ids beyond a few, and IANA names off Graph's documented list)`,
    );
  }
  const match = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::(\d\d)(?:\.(\d{1,7}))?)?(Z|[+-]\d\d:\d\d)?$/.exec(
    dateTime,
  );
  if (!match) throw GraphErrors.propertyValidation();
  const [, year, month, day, hour, minute, second = '0', fraction = '0', suffix] = match;
  if (suffix !== undefined && !(suffix === 'Z' && ['UTC', 'Etc/GMT'].includes(standing.zone))) {
    throw GraphErrors.notImplemented(
      `a dateTime with a zone of its own ('${suffix}') beside timeZone '${zoneName}'`,
    );
  }
  const clock = {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour),
    minute: Number(minute),
    second: Number(second),
    millisecond: Math.floor(Number(`0.${fraction}`) * 1000),
  };
  const check = new Date(
    Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second),
  );
  const real =
    check.getUTCFullYear() === clock.year &&
    check.getUTCMonth() === clock.month - 1 &&
    check.getUTCDate() === clock.day &&
    check.getUTCHours() === clock.hour &&
    check.getUTCMinutes() === clock.minute &&
    check.getUTCSeconds() === clock.second;
  if (!real) throw GraphErrors.propertyValidation();
  return { instant: instantOf(clock, standing.zone), zone: zoneName };
}

function locationOf(value: unknown): string | null {
  const location = properties(value, {
    type: 'Location',
    known: [
      'displayName',
      'locationType',
      'locationEmailAddress',
      'locationUri',
      'address',
      'coordinates',
      'uniqueId',
      'uniqueIdType',
    ],
    read: ['displayName', 'locationType'],
    path: 'event.location',
  });
  if (location.locationType != null) {
    const kind = enumOf(location.locationType, [
      'default',
      'conferenceRoom',
      'homeAddress',
      'businessAddress',
      'geoCoordinates',
      'streetAddress',
      'hotel',
      'restaurant',
      'localBusiness',
      'postalAddress',
    ]);
    if (kind !== 'default') throw GraphErrors.notImplemented(`location.locationType '${kind}'`);
  }
  const name = location.displayName == null ? '' : stringOf(location.displayName);
  return name === '' ? null : name;
}

function attendeesOf(value: unknown): MeetingAttendee[] {
  if (!Array.isArray(value))
    throw GraphErrors.unexpectedNode({ found: nodeKind(value), expected: 'StartArray' });
  if (value.length > MAX_ATTENDEES) {
    throw GraphErrors.notImplemented(
      `more than ${MAX_ATTENDEES} attendees (Graph's answer is not published)`,
    );
  }
  return value.map((item: unknown) => {
    const attendee = properties(item, {
      type: 'Attendee',
      known: ['emailAddress', 'type', 'status', 'proposedNewTime'],
      read: ['emailAddress', 'type'],
      path: 'event.attendees[]',
    });
    const email = properties(attendee.emailAddress ?? {}, {
      type: 'EmailAddress',
      known: ['address', 'name'],
      read: ['address', 'name'],
      path: 'event.attendees[].emailAddress',
    });
    const address = email.address == null ? '' : stringOf(email.address);
    if (!ADDRESS.test(address)) throw GraphErrors.propertyValidation();
    const type =
      attendee.type == null ? 'required' : enumOf(attendee.type, ['required', 'optional', 'resource']);
    if (type === 'resource')
      throw GraphErrors.notImplemented("attendees of type 'resource' (rooms, equipment)");
    return { emailAddress: { address, name: email.name == null ? address : stringOf(email.name) }, type };
  });
}

function stringOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (isObject(value) || Array.isArray(value)) {
    throw GraphErrors.unexpectedNode({ found: nodeKind(value), expected: 'PrimitiveValue' });
  }
  throw GraphErrors.literalType({ literal: String(value), type: 'Edm.String' });
}

function booleanOf(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (isObject(value) || Array.isArray(value)) {
    throw GraphErrors.unexpectedNode({ found: nodeKind(value), expected: 'PrimitiveValue' });
  }
  throw GraphErrors.literalType({ literal: String(value), type: 'Edm.Boolean' });
}

/** An enum member, matched without case as Graph matches them (its pages write `"HTML"` and `"Required"`). */
function enumOf<T extends string>(value: unknown, members: readonly T[]): T {
  const text = stringOf(value);
  const member = members.find((candidate) => candidate.toLowerCase() === text.toLowerCase());
  if (member === undefined) throw GraphErrors.enumValue(text);
  return member;
}

function words(text: string): string[] {
  return text.trim().split(/\s+/);
}

function nodeKind(value: unknown): 'StartObject' | 'StartArray' | 'PrimitiveValue' {
  if (Array.isArray(value)) return 'StartArray';
  return isObject(value) ? 'StartObject' : 'PrimitiveValue';
}
