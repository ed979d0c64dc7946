// Calendar events over HTTP: interviews and seminars booked, rebooked and cancelled with the app's own Graph client
// (PnPjs) against the receiver, and what each attendee was sent as the doors show it; who may use which mailbox;
// bodies Graph refuses in its words; what the receiver does not model (501); faults.
import { AppError } from '../../../src/domain/errors';
import {
  cancelMeeting,
  createGraphClient,
  createMeeting,
  updateMeeting,
  type MeetingRequest,
} from '../../../src/graph';
import { receiverDoors } from '../../support/receiverDoors';
import { ANNA, CLIENT_ID, ERIK, GRAPH, graphError, JSON_TYPE, PIA, useReceiver } from './harness';

const KARL = 'karl.kontor@kommun.example';
const CALENDARS = ['Calendars.ReadWrite'];
const target = useReceiver();
const doors = () => receiverDoors(target().receiver.url);

/** The app's Graph client signed in as `upn` with the calendar permission (or `scopes`). */
function graphAs(upn: string, scopes: readonly string[] = CALENDARS) {
  return createGraphClient({
    graphUrl: target().receiver.graphUrl,
    tokens: { getToken: async () => target().token(upn, { scopes }) },
  });
}

/** A raw Graph request as `upn` (or with `token`), for what the client does not show: statuses, headers, bodies. */
function graphCall(
  method: string,
  path: string,
  options: { as?: string; token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Response> {
  const token = options.token ?? target().token(options.as ?? KARL, { scopes: CALENDARS });
  return fetch(`${target().receiver.graphUrl}/${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...JSON_TYPE, ...options.headers },
    ...(options.body !== undefined && { body: JSON.stringify(options.body) }),
  });
}

/** An app-only token (`roles`, no user), as a daemon with application permissions gets. */
function appOnlyToken(roles: readonly string[]): string {
  const now = Math.floor(Date.now() / 1000);
  return target().identity.signClaims({
    aud: GRAPH,
    iss: 'https://sts.windows.net/x/',
    iat: now,
    nbf: now,
    exp: now + 3600,
    appid: CLIENT_ID,
    roles,
    tid: 'x',
  });
}

const interview: MeetingRequest = {
  organizerUpn: KARL,
  subject: 'Intervju: Hemtjänst Norr',
  bodyHtml: '<p>Välkommen till intervjun om <b>stödet</b>.</p>',
  // A Tuesday in March: W. Europe Standard Time is UTC+1.
  start: '2026-03-10T09:00:00',
  end: '2026-03-10T10:00:00',
  timeZone: 'W. Europe Standard Time',
  location: 'Rådhuset, rum 3',
  attendees: [
    { upn: ANNA, name: 'Anna Berg' },
    { upn: ERIK, name: 'Erik Lund' },
  ],
  online: true,
};

/** A raw create body, as Graph's page writes one. */
function eventBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    subject: 'Seminarium',
    body: { contentType: 'HTML', content: 'Gruppseminarium' },
    start: { dateTime: '2026-03-12T13:00:00', timeZone: 'UTC' },
    end: { dateTime: '2026-03-12T15:00:00', timeZone: 'UTC' },
    location: { displayName: 'Stora salen' },
    attendees: [{ emailAddress: { address: ANNA, name: 'Anna Berg' }, type: 'required' }],
    isOnlineMeeting: true,
    onlineMeetingProvider: 'teamsForBusiness',
    ...overrides,
  };
}

/** What a test reads of an event's times. */
interface EventTimes {
  start: unknown;
  originalStartTimeZone: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
}

async function expectRefused(
  res: Response,
  expected: { status: number; code: string; message?: string | RegExp },
): Promise<void> {
  expect(res.status).toBe(expected.status);
  const error = await graphError(res);
  expect(error.code).toBe(expected.code);
  if (typeof expected.message === 'string') expect(error.message).toBe(expected.message);
  else if (expected.message) expect(error.message).toMatch(expected.message);
  expect(await doors().meetings()).toEqual([]);
}

describe('booking with the app’s Graph client', () => {
  it('creates the event with a Teams meeting, and each attendee is sent the invitation', async () => {
    const booked = await createMeeting(graphAs(KARL), interview);
    expect(booked.id).toMatch(/^AAMkAG[A-Za-z0-9_-]+AAA=$/);
    expect(booked.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\/19%3Ameeting_/);
    expect(booked.webLink).toBe(
      `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(booked.id)}&exvsurl=1&path=/calendar/item`,
    );
    expect(booked.changeKey).toMatch(/^[A-Za-z0-9+/]{30}==$/);

    for (const attendee of [ANNA, ERIK]) {
      expect(await doors().invitations(attendee)).toEqual([
        {
          kind: 'invitation',
          iCalUId: expect.stringMatching(/^040000008200E00074C5B7101A82E008[0-9A-F]+$/),
          eventId: expect.any(String),
          sequence: 0,
          sentDateTime: expect.any(String),
          from: { address: KARL, name: 'Karl Kontorschef' },
          subject: 'Intervju: Hemtjänst Norr',
          start: '2026-03-10T08:00:00.000Z',
          end: '2026-03-10T09:00:00.000Z',
          location: 'Rådhuset, rum 3',
          joinUrl: booked.joinUrl,
          comment: null,
        },
      ]);
    }
    expect(await doors().invitations(KARL)).toEqual([]);
    const [meeting] = await doors().meetings();
    expect(meeting).toMatchObject({
      eventId: booked.id,
      organizer: { address: KARL, name: 'Karl Kontorschef' },
      sequence: 0,
      cancelled: false,
      history: [{ kind: 'created', sequence: 0, sentTo: [ANNA, ERIK], comment: null }],
    });
  });

  it('answers 201 with the event as Graph returns it, in UTC, and GET reads it back', async () => {
    const res = await graphCall('POST', `users/${KARL}/events`, { body: eventBody() });
    expect(res.status).toBe(201);
    expect(res.headers.get('content-type')).toMatch(/^application\/json;odata\.metadata=minimal/);
    const event = (await res.json()) as Record<string, unknown>;
    expect(event).toMatchObject({
      '@odata.context': expect.stringMatching(
        /\/v1\.0\/\$metadata#users\('[0-9a-f-]{36}'\)\/events\/\$entity$/,
      ),
      '@odata.etag': `W/"${String(event.changeKey)}"`,
      subject: 'Seminarium',
      bodyPreview: 'Gruppseminarium',
      body: { contentType: 'html', content: '<html><head></head><body>Gruppseminarium</body></html>' },
      start: { dateTime: '2026-03-12T13:00:00.0000000', timeZone: 'UTC' },
      end: { dateTime: '2026-03-12T15:00:00.0000000', timeZone: 'UTC' },
      originalStartTimeZone: 'UTC',
      location: { displayName: 'Stora salen', locationType: 'default' },
      attendees: [
        {
          type: 'required',
          status: { response: 'none', time: '0001-01-01T00:00:00Z' },
          emailAddress: { address: ANNA, name: 'Anna Berg' },
        },
      ],
      organizer: { emailAddress: { address: KARL, name: 'Karl Kontorschef' } },
      isOrganizer: true,
      isCancelled: false,
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      onlineMeeting: { joinUrl: expect.stringMatching(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//) },
      responseStatus: { response: 'organizer', time: '0001-01-01T00:00:00Z' },
      type: 'singleInstance',
    });
    expect(event.createdDateTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z$/);
    const read = await graphCall('GET', `me/events/${String(event.id)}`);
    expect(read.status).toBe(200);
    expect(await read.json()).toEqual(event);
  });

  it('writes start and end in the zone Prefer: outlook.timezone names, and says so', async () => {
    const res = await graphCall('POST', `users/${KARL}/events`, {
      body: eventBody(),
      headers: { Prefer: 'outlook.timezone="W. Europe Standard Time"' },
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('preference-applied')).toBe('outlook.timezone="W. Europe Standard Time"');
    expect(((await res.json()) as { start: unknown }).start).toEqual({
      dateTime: '2026-03-12T14:00:00.0000000',
      timeZone: 'W. Europe Standard Time',
    });
  });

  it('puts a copy in each attendee’s calendar, which an attendee may not cancel', async () => {
    await createMeeting(graphAs(KARL), interview);
    const [invitation] = await doors().invitations(ANNA);
    const copy = await graphCall('GET', `me/events/${invitation!.eventId}`, { as: ANNA });
    expect(copy.status).toBe(200);
    expect(await copy.json()).toMatchObject({
      isOrganizer: false,
      responseStatus: { response: 'notResponded' },
      organizer: { emailAddress: { address: KARL } },
    });
    const res = await graphCall('POST', `users/${ANNA}/events/${invitation!.eventId}/cancel`, {
      as: ANNA,
      body: { comment: 'Jag kan inte' },
    });
    expect(res.status).toBe(400);
    expect(await graphError(res)).toEqual({
      code: 'ErrorInvalidRequest',
      message: "Your request can't be completed. You need to be an organizer to cancel a meeting.",
    });
  });

  it('moves a meeting: the attendees are sent an update one sequence up, the change key and time move', async () => {
    const graph = graphAs(KARL);
    const booked = await createMeeting(graph, interview);
    const before = (await (await graphCall('GET', `users/${KARL}/events/${booked.id}`)).json()) as EventTimes;
    const moved = await updateMeeting(
      graph,
      { organizerUpn: KARL, id: booked.id },
      { start: '2026-03-11T13:00:00Z', end: '2026-03-11T14:00:00Z', location: 'Biblioteket' },
    );
    expect(moved.id).toBe(booked.id);
    expect(moved.joinUrl).toBe(booked.joinUrl);
    expect(moved.changeKey).not.toBe(booked.changeKey);
    const after = (await (await graphCall('GET', `users/${KARL}/events/${booked.id}`)).json()) as EventTimes;
    expect(after.start).toEqual({ dateTime: '2026-03-11T13:00:00.0000000', timeZone: 'UTC' });
    expect(after.originalStartTimeZone).toBe('UTC');
    expect(after.lastModifiedDateTime > before.lastModifiedDateTime).toBe(true);
    expect(after.createdDateTime).toBe(before.createdDateTime);
    for (const attendee of [ANNA, ERIK]) {
      const received = await doors().invitations(attendee);
      expect(received.map((r) => [r.kind, r.sequence, r.start, r.location])).toEqual([
        ['invitation', 0, '2026-03-10T08:00:00.000Z', 'Rådhuset, rum 3'],
        ['update', 1, '2026-03-11T13:00:00.000Z', 'Biblioteket'],
      ]);
      // The attendee's copy is the same item, brought up to date.
      expect(received[1]!.eventId).toBe(received[0]!.eventId);
    }
    const [meeting] = await doors().meetings();
    expect(meeting!.sequence).toBe(1);
    expect(meeting!.history.map((h) => h.kind)).toEqual(['created', 'updated']);
  });

  it('sends a change of attendees alone only to those added and those taken off', async () => {
    const graph = graphAs(KARL);
    const booked = await createMeeting(graph, interview);
    await updateMeeting(
      graph,
      { organizerUpn: KARL, id: booked.id },
      {
        attendees: [
          { upn: ANNA, name: 'Anna Berg' },
          { upn: PIA, name: 'Pia Projektledare' },
        ],
      },
    );
    expect((await doors().invitations(ANNA)).map((r) => r.kind)).toEqual(['invitation']);
    expect((await doors().invitations(ERIK)).map((r) => [r.kind, r.sequence])).toEqual([
      ['invitation', 0],
      ['cancellation', 1],
    ]);
    expect((await doors().invitations(PIA)).map((r) => [r.kind, r.sequence])).toEqual([['invitation', 1]]);
  });

  it('cancels: 202, every attendee is sent the cancellation with the comment, and the event leaves the calendar', async () => {
    const graph = graphAs(KARL);
    const booked = await createMeeting(graph, interview);
    const ref = { organizerUpn: KARL, id: booked.id };
    await cancelMeeting(graph, ref, 'Intervjun ställs in; vi hör av oss.');
    for (const attendee of [ANNA, ERIK]) {
      const [invitation, cancellation] = await doors().invitations(attendee);
      expect(cancellation).toMatchObject({
        kind: 'cancellation',
        sequence: 1,
        comment: 'Intervjun ställs in; vi hör av oss.',
      });
      const copy = (await (
        await graphCall('GET', `me/events/${invitation!.eventId}`, { as: attendee })
      ).json()) as {
        isCancelled: boolean;
      };
      expect(copy.isCancelled).toBe(true);
    }
    const [meeting] = await doors().meetings();
    expect(meeting).toMatchObject({ cancelled: true, sequence: 1 });
    expect(meeting!.history.map((h) => h.kind)).toEqual(['created', 'cancelled']);
    // "The action moves the event to the Deleted Items folder": its id is no longer in the calendar.
    await expect(updateMeeting(graph, ref, { location: 'Annan sal' })).rejects.toMatchObject({
      code: 'notFound',
    });
    const patch = await graphCall('PATCH', `users/${KARL}/events/${booked.id}`, { body: { subject: 'x' } });
    expect(patch.status).toBe(404);
    expect(await graphError(patch)).toEqual({
      code: 'ErrorItemNotFound',
      message: 'The specified object was not found in the store.',
    });
  });

  it('answers the raw cancel 202 with no body', async () => {
    const created = (await (
      await graphCall('POST', `users/${KARL}/events`, { body: eventBody() })
    ).json()) as {
      id: string;
    };
    const res = await graphCall('POST', `users/${KARL}/events/${created.id}/cancel`, {
      body: { Comment: 'Inställt' },
    });
    expect(res.status).toBe(202);
    expect(await res.text()).toBe('');
    expect((await doors().invitations(ANNA)).at(-1)).toMatchObject({
      kind: 'cancellation',
      comment: 'Inställt',
    });
  });

  it('sends a cancellation when the organizer deletes the event (204)', async () => {
    const booked = await createMeeting(graphAs(KARL), interview);
    const res = await graphCall('DELETE', `users/${KARL}/events/${booked.id}`);
    expect(res.status).toBe(204);
    expect((await doors().invitations(ANNA)).map((r) => r.kind)).toEqual(['invitation', 'cancellation']);
    expect((await graphCall('GET', `users/${KARL}/events/${booked.id}`)).status).toBe(404);
  });

  it('lists a mailbox’s events ten at a time with a next link, and finds one by iCalUId', async () => {
    for (let i = 0; i < 12; i++) {
      expect(
        (await graphCall('POST', 'me/events', { body: eventBody({ subject: `Möte ${i}` }) })).status,
      ).toBe(201);
    }
    const first = (await (await graphCall('GET', `users/${KARL}/events`)).json()) as {
      value: { subject: string; iCalUId: string }[];
      '@odata.nextLink': string;
    };
    expect(first.value).toHaveLength(10);
    expect(first['@odata.nextLink']).toMatch(/\/events\?\$skip=10$/);
    const next = await fetch(first['@odata.nextLink'], {
      headers: { Authorization: `Bearer ${target().token(KARL, { scopes: CALENDARS })}` },
    });
    const second = (await next.json()) as { value: { subject: string }[]; '@odata.nextLink'?: string };
    expect(second.value.map((e) => e.subject)).toEqual(['Möte 10', 'Möte 11']);
    expect(second['@odata.nextLink']).toBeUndefined();
    const wanted = first.value[3]!.iCalUId;
    const found = (await (
      await graphCall('GET', `users/${KARL}/events?$filter=${encodeURIComponent(`iCalUId eq '${wanted}'`)}`)
    ).json()) as { value: { subject: string }[] };
    expect(found.value.map((e) => e.subject)).toEqual(['Möte 3']);
  });
});

describe('who may book in which mailbox', () => {
  it('refuses a delegated user another person’s mailbox with 403 ErrorAccessDenied', async () => {
    await expectRefused(await graphCall('POST', `users/${ANNA}/events`, { body: eventBody() }), {
      status: 403,
      code: 'ErrorAccessDenied',
      message: 'Access is denied. Check credentials and try again.',
    });
    await expect(createMeeting(graphAs(ANNA), interview)).rejects.toMatchObject({ code: 'forbidden' });
    expect(await doors().meetings()).toEqual([]);
  });

  it('refuses a delegated token without Calendars.ReadWrite, even in the user’s own mailbox', async () => {
    const token = target().token(KARL, { scopes: ['User.Read', 'Calendars.Read'] });
    await expectRefused(await graphCall('POST', 'me/events', { token, body: eventBody() }), {
      status: 403,
      code: 'ErrorAccessDenied',
    });
  });

  it('takes the user’s own mailbox by object id as by UPN', async () => {
    const me = (await (await graphCall('POST', 'me/events', { body: eventBody() })).json()) as {
      '@odata.context': string;
    };
    const oid = /users\('([0-9a-f-]+)'\)/.exec(me['@odata.context'])![1]!;
    expect((await graphCall('POST', `users/${oid}/events`, { body: eventBody() })).status).toBe(201);
  });

  it('lets an app with the application permission book in any mailbox, as that mailbox', async () => {
    const res = await graphCall('POST', `users/${KARL}/events`, {
      token: appOnlyToken(['Calendars.ReadWrite']),
      body: eventBody(),
    });
    expect(res.status).toBe(201);
    expect(((await res.json()) as { organizer: unknown }).organizer).toEqual({
      emailAddress: { address: KARL, name: 'Karl Kontorschef' },
    });
  });

  it('refuses an app without the permission (403), and /me to an app (400)', async () => {
    await expectRefused(
      await graphCall('POST', `users/${KARL}/events`, {
        token: appOnlyToken(['User.Read.All']),
        body: eventBody(),
      }),
      { status: 403, code: 'ErrorAccessDenied' },
    );
    await expectRefused(
      await graphCall('POST', 'me/events', {
        token: appOnlyToken(['Calendars.ReadWrite']),
        body: eventBody(),
      }),
      {
        status: 400,
        code: 'BadRequest',
        message: '/me request is only valid with delegated authentication flow.',
      },
    );
  });

  it('answers 404 for an object id of nobody, and 401 without a token', async () => {
    await expectRefused(
      await graphCall('POST', 'users/0f0f0f0f-1111-4222-8333-444444444444/events', { body: eventBody() }),
      {
        status: 404,
        code: 'ErrorInvalidUser',
        message: "The requested user '0f0f0f0f-1111-4222-8333-444444444444' is invalid.",
      },
    );
    const res = await fetch(`${target().receiver.graphUrl}/me/events`, {
      method: 'POST',
      headers: JSON_TYPE,
      body: JSON.stringify(eventBody()),
    });
    await expectRefused(res, { status: 401, code: 'InvalidAuthenticationToken' });
  });
});

describe('bodies Graph refuses', () => {
  it('answers a property the event type does not have with RequestBodyRead', async () => {
    await expectRefused(await graphCall('POST', 'me/events', { body: eventBody({ bokningsId: 42 }) }), {
      status: 400,
      code: 'RequestBodyRead',
      message:
        "The property 'bokningsId' does not exist on type 'Microsoft.OutlookServices.Event'. Make sure to only use " +
        'property names that are defined by the type or mark the type as open type.',
    });
  });

  it('answers values of the wrong kind as OData’s reader does', async () => {
    await expectRefused(await graphCall('POST', 'me/events', { body: eventBody({ subject: 5 }) }), {
      status: 400,
      code: 'RequestBodyRead',
      message: "Cannot convert the literal '5' to the expected type 'Edm.String'.",
    });
    await expectRefused(
      await graphCall('POST', 'me/events', { body: eventBody({ start: '2026-03-12T13:00:00Z' }) }),
      {
        status: 400,
        code: 'RequestBodyRead',
        message:
          "An unexpected 'PrimitiveValue' node was found when reading from the JSON reader. A 'StartObject' node was expected.",
      },
    );
    await expectRefused(
      await graphCall('POST', 'me/events', {
        body: eventBody({ body: { contentType: 'markdown', content: 'x' } }),
      }),
      { status: 400, code: 'RequestBodyRead', message: "Requested value 'markdown' was not found." },
    );
  });

  it('answers an end before the start, a date that is none and an attendee without address with ErrorPropertyValidationFailure', async () => {
    const invalid = {
      status: 400,
      code: 'ErrorPropertyValidationFailure',
      message: 'At least one property failed validation.',
    };
    await expectRefused(
      await graphCall('POST', 'me/events', {
        body: eventBody({ end: { dateTime: '2026-03-12T12:00:00', timeZone: 'UTC' } }),
      }),
      invalid,
    );
    await expectRefused(
      await graphCall('POST', 'me/events', {
        body: eventBody({ start: { dateTime: '2026-02-30T12:00:00', timeZone: 'UTC' } }),
      }),
      invalid,
    );
    await expectRefused(
      await graphCall('POST', 'me/events', {
        body: eventBody({ attendees: [{ emailAddress: { name: 'Anna Berg' }, type: 'required' }] }),
      }),
      invalid,
    );
    await expect(
      createMeeting(graphAs(KARL), {
        ...interview,
        start: '2026-03-10T11:00:00',
        end: '2026-03-10T10:00:00',
      }),
    ).rejects.toBeInstanceOf(AppError);
  });

  it('answers a time zone Graph does not know with TimeZoneNotSupportedException', async () => {
    await expectRefused(
      await graphCall('POST', 'me/events', {
        body: eventBody({ start: { dateTime: '2026-03-12T13:00:00', timeZone: 'Greenwich Mean Time' } }),
      }),
      {
        status: 400,
        code: 'TimeZoneNotSupportedException',
        message:
          "A valid TimeZone value must be specified. The following TimeZone value is not supported: 'Greenwich Mean Time'.",
      },
    );
  });

  it('takes UTC, W. Europe Standard Time and a documented IANA name, and converts each to the same instant', async () => {
    const zones: [string, string][] = [
      ['UTC', '2026-07-01T07:00:00'],
      ['W. Europe Standard Time', '2026-07-01T09:00:00'],
      ['Europe/Berlin', '2026-07-01T09:00:00'],
    ];
    for (const [timeZone, dateTime] of zones) {
      const res = await graphCall('POST', 'me/events', {
        body: eventBody({ start: { dateTime, timeZone }, end: { dateTime, timeZone } }),
      });
      expect(res.status).toBe(201);
      const event = (await res.json()) as { start: unknown; originalStartTimeZone: string };
      expect(event.start).toEqual({ dateTime: '2026-07-01T07:00:00.0000000', timeZone: 'UTC' });
      expect(event.originalStartTimeZone).toBe(timeZone);
    }
  });
});

describe('what the receiver does not model', () => {
  it('answers 501 naming it', async () => {
    const calls: [string, string, Record<string, unknown>?, Record<string, string>?][] = [
      ['GET', 'me/calendarView?startDateTime=2026-03-01T00:00:00&endDateTime=2026-04-01T00:00:00'],
      ['POST', 'me/calendar/events', eventBody()],
      ['GET', 'me/events?$select=subject'],
      ['POST', 'me/events', eventBody({ recurrence: { pattern: { type: 'weekly' } } })],
      [
        'POST',
        'me/events',
        eventBody({ start: { dateTime: '2026-03-12T13:00:00', timeZone: 'Europe/Stockholm' } }),
      ],
      ['POST', 'me/events', eventBody(), { Prefer: 'IdType="ImmutableId"' }],
    ];
    const named = [
      'GET /v1.0/me/calendarView',
      'POST /v1.0/me/calendar/events',
      'the query option $select',
      'event.recurrence',
      "the time zone 'Europe/Stockholm'",
      'Prefer: IdType="ImmutableId"',
    ];
    for (const [index, [method, path, body, headers]] of calls.entries()) {
      const res = await graphCall(method, path, { ...(body && { body }), ...(headers && { headers }) });
      expect(res.status).toBe(501);
      const error = await graphError(res);
      expect(error.code).toBe('NotImplemented');
      expect(error.message).toContain(named[index]);
    }
    expect(await doors().meetings()).toEqual([]);
  });
});

describe('faults and the doors', () => {
  it('answers the next request of the events route with the fault, recording nothing, then goes on', async () => {
    await doors().fault('events', 503, { retryAfterSeconds: 9 });
    const error = await createMeeting(graphAs(KARL), interview).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'unavailable', retryAfterSeconds: 9 });
    expect(await doors().meetings()).toEqual([]);
    expect(await doors().invitations(ANNA)).toEqual([]);
    await doors().fault('events', 403);
    const res = await graphCall('POST', 'me/events', { body: eventBody() });
    expect(res.status).toBe(403);
    expect((await graphError(res)).code).toBe('ErrorAccessDenied');
    await createMeeting(graphAs(KARL), interview);
    expect(await doors().meetings()).toHaveLength(1);
  });

  it('forgets meetings and invitations on reset', async () => {
    await createMeeting(graphAs(KARL), interview);
    await doors().reset();
    expect(await doors().meetings()).toEqual([]);
    expect(await doors().invitations(ANNA)).toEqual([]);
    expect((await (await graphCall('GET', 'me/events')).json()) as { value: unknown[] }).toMatchObject({
      value: [],
    });
  });
});
