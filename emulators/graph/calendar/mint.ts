// New identifiers in the shapes Exchange gives them, so that a client meets what it will meet in a tenant: item
// ids in URL-safe base64 with `-` and `_` (which a client must not mangle in a path), change keys in plain base64
// with `+` and `/`, iCalendar UIDs in Outlook's hex form, and Teams join URLs as the event examples show them.
// https://learn.microsoft.com/graph/api/user-post-events (example 4), https://learn.microsoft.com/graph/api/resources/event
import { randomBytes, randomUUID } from 'node:crypto';
import { DEV_TENANT_ID } from '../../identity';

/** An event id: a REST item id, e.g. `AAMkAG…AAA=`. */
export function mintEventId(): string {
  return `AAMkAG${randomBytes(30).toString('base64url')}AAA=`;
}

/** A change key (22 bytes in base64, `…==`), new with every change of an item. */
export function mintChangeKey(): string {
  return randomBytes(22).toString('base64');
}

// Outlook's global object id: a fixed class id, the creation time as a FILETIME, and a random part.
const GLOBAL_OBJECT_ID_CLASS = '040000008200E00074C5B7101A82E008';
const FILETIME_EPOCH_OFFSET_MS = 11_644_473_600_000n;

/** An iCalUId as Outlook makes them, from the creation time. */
export function mintICalUId(nowMs: number): string {
  const fileTime = (BigInt(nowMs) + FILETIME_EPOCH_OFFSET_MS) * 10_000n;
  const littleEndian = Buffer.alloc(8);
  littleEndian.writeBigUInt64LE(fileTime);
  return (
    `${GLOBAL_OBJECT_ID_CLASS}00000000${littleEndian.toString('hex')}` +
    `000000000000000010000000${randomBytes(16).toString('hex')}`
  ).toUpperCase();
}

/** A Teams meeting's join URL, naming the tenant and the organizer. */
export function mintJoinUrl(organizerOid: string): string {
  const thread = `19:meeting_${Buffer.from(randomUUID()).toString('base64').replace(/=+$/, '')}@thread.v2`;
  const context = JSON.stringify({ Tid: DEV_TENANT_ID, Oid: organizerOid });
  return `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(thread)}/0?context=${encodeURIComponent(context)}`;
}

/** A timestamp as Graph writes one: UTC, seven decimals (`2026-03-10T08:00:00.1230000Z`). */
export function graphTimestamp(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 23)}0000Z`;
}
