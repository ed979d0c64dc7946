// The receiver's own doors under /_receiver/: what a test, the Teams host or a developer reads back (what the
// channel, a feed, the run history, the meetings and an attendee's inbox show) and sets (faults, a reset). No
// token; the guard decides who may call.
import { jsonAnswer, type Answer } from '../answer';
import {
  FAULT_ROUTES,
  FAULT_STATUSES,
  type FaultQueue,
  type FaultRoute,
  type FaultStatus,
} from '../store/faults';
import type { Meeting } from '../store/CalendarStore';
import type { ReceiverStore } from '../store/ReceiverStore';
import { isObject } from './operation';

/** A meeting as the door shows it: as its organizer last sent it, times in UTC (ISO 8601), with its history. */
export interface MeetingView extends Omit<Meeting, 'start' | 'end' | 'organizerOid'> {
  readonly start: string;
  readonly end: string;
}

/** What the doors act on. */
export interface DoorParts {
  readonly store: ReceiverStore;
  readonly faults: FaultQueue;
  /** Forgets the rate limits' windows. */
  readonly resetLimits: () => void;
}

const MAX_FAULT_COUNT = 1000;
const MAX_RETRY_AFTER_SECONDS = 3600;

const problem = (status: number, sv: string, en: string): Answer =>
  jsonAnswer(status, { error: `${sv} / ${en}` });

/** Answers a door: `segments` are the decoded path segments after `/_receiver/`, `body` the parsed JSON of a POST. */
export function answerDoor(
  request: { method: string; segments: readonly string[]; body: unknown },
  parts: DoorParts,
): Answer {
  const { method, segments } = request;
  const [first, second, third, fourth] = segments;
  const get = (answer: () => Answer): Answer => (method === 'GET' ? answer() : notAllowed('GET'));
  const post = (answer: () => Answer): Answer => (method === 'POST' ? answer() : notAllowed('POST'));
  if (first === 'channels' && segments.length === 4 && fourth === 'messages') {
    return get(() => {
      const messages = parts.store.channelMessages(second!, third!);
      return messages
        ? jsonAnswer(200, { value: messages })
        : problem(
            404,
            `Kanalen ${third} finns inte i teamet ${second}.`,
            `No channel ${third} in team ${second}.`,
          );
    });
  }
  if (first === 'users' && segments.length === 3 && third === 'feed') {
    return get(() => jsonAnswer(200, { value: parts.store.feed(second!) }));
  }
  if (first === 'users' && segments.length === 3 && third === 'invitations') {
    return get(() => jsonAnswer(200, { value: parts.store.calendars.inbox(second!) }));
  }
  if (first === 'runs' && segments.length === 1)
    return get(() => jsonAnswer(200, { value: parts.store.runs() }));
  if (first === 'events' && segments.length === 1) {
    return get(() => jsonAnswer(200, { value: parts.store.calendars.allMeetings().map(meetingView) }));
  }
  if (first === 'faults' && segments.length === 1) return post(() => addFault(request.body, parts.faults));
  if (first === 'reset' && segments.length === 1) {
    return post(() => {
      parts.store.reset();
      parts.faults.reset();
      parts.resetLimits();
      return jsonAnswer(200, { ok: true });
    });
  }
  return problem(
    404,
    `Ingen dörr /_receiver/${segments.join('/')}.`,
    `No door /_receiver/${segments.join('/')}.`,
  );
}

function addFault(body: unknown, faults: FaultQueue): Answer {
  const fields = isObject(body) ? body : {};
  const { route, status, count = 1, retryAfterSeconds = 1 } = fields;
  if (!FAULT_ROUTES.includes(route as FaultRoute)) {
    return problem(
      400,
      `route måste vara en av ${FAULT_ROUTES.join(', ')}.`,
      `route must be one of ${FAULT_ROUTES.join(', ')}.`,
    );
  }
  if (!FAULT_STATUSES.includes(status as FaultStatus)) {
    return problem(
      400,
      `status måste vara en av ${FAULT_STATUSES.join(', ')}.`,
      `status must be one of ${FAULT_STATUSES.join(', ')}.`,
    );
  }
  if (!Number.isInteger(count) || (count as number) < 1 || (count as number) > MAX_FAULT_COUNT) {
    return problem(400, `count måste vara 1–${MAX_FAULT_COUNT}.`, `count must be 1–${MAX_FAULT_COUNT}.`);
  }
  if (
    !Number.isInteger(retryAfterSeconds) ||
    (retryAfterSeconds as number) < 0 ||
    (retryAfterSeconds as number) > MAX_RETRY_AFTER_SECONDS
  ) {
    return problem(
      400,
      `retryAfterSeconds måste vara 0–${MAX_RETRY_AFTER_SECONDS}.`,
      `retryAfterSeconds must be 0–${MAX_RETRY_AFTER_SECONDS}.`,
    );
  }
  const fault = {
    route: route as FaultRoute,
    status: status as FaultStatus,
    count: count as number,
    retryAfterSeconds: retryAfterSeconds as number,
  };
  faults.add(fault);
  return jsonAnswer(200, fault);
}

function meetingView(meeting: Meeting): MeetingView {
  const { start, end, organizerOid: _oid, ...rest } = meeting;
  return { ...rest, start: new Date(start).toISOString(), end: new Date(end).toISOString() };
}

function notAllowed(allow: string): Answer {
  return jsonAnswer(
    405,
    { error: `Dörren tar bara ${allow}. / The door takes ${allow} only.` },
    { Allow: allow },
  );
}
