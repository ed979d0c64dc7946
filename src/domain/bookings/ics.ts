import { AppError } from '../errors';

// A booking (an interview or a seminar) as an iCalendar file, for an attendee whose calendar Graph does not reach:
// a VCALENDAR with one VEVENT, sent as an invitation (METHOD:REQUEST) or a cancellation (METHOD:CANCEL), as
// iTIP has it (https://www.rfc-editor.org/rfc/rfc5546). The text follows RFC 5545
// (https://www.rfc-editor.org/rfc/rfc5545): CRLF line ends, TEXT values escaped (section 3.3.11), lines folded at
// 75 octets of UTF-8 without splitting a character (section 3.1), times in UTC with Z (section 3.3.5), parameter
// values quoted where they hold `:`, `;` or `,` (section 3.2) and caret-encoded (RFC 6868).

/** A person in a booking. */
export interface IcsPerson {
  readonly name: string;
  readonly email: string;
}

/** One version of a booking, as the file says it. */
export interface IcsBooking {
  /** `REQUEST` for an invitation or a rebooking, `CANCEL` for a cancellation. */
  readonly method: 'REQUEST' | 'CANCEL';
  /** The same in every version of the booking, so that a calendar replaces what it has. */
  readonly uid: string;
  /** 0 when booked, one more with every rebooking and with the cancellation. */
  readonly sequence: number;
  /** When this version was made (DTSTAMP), an ISO 8601 instant. */
  readonly stamp: string;
  /** ISO 8601 instants (with `Z` or an offset). */
  readonly start: string;
  readonly end: string;
  readonly summary: string;
  readonly location: string | null;
  /** Free text for the description, before the join URL. */
  readonly description: string | null;
  /** The Teams meeting's join URL, if it has one. */
  readonly joinUrl: string | null;
  readonly organizer: IcsPerson;
  readonly attendees: readonly IcsPerson[];
}

const PRODUCT = '-//Stödinventering//Bokning//SV';
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/**
 * The iCalendar text of a booking.
 * @throws AppError `invalid` for a time that is not an ISO 8601 instant, an end before the start or a sequence
 * that is not a whole number from 0.
 */
export function bookingIcs(booking: IcsBooking): string {
  const start = utc(booking.start);
  const end = utc(booking.end);
  if (end < start) {
    throw new AppError('invalid', {
      message: `The booking ends (${booking.end}) before it starts (${booking.start}).`,
    });
  }
  if (!Number.isSafeInteger(booking.sequence) || booking.sequence < 0) {
    throw new AppError('invalid', {
      message: `SEQUENCE must be a whole number from 0, not ${booking.sequence}.`,
    });
  }
  const description = [booking.description, booking.joinUrl].filter((part) => part !== null).join('\n');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODUCT}`,
    `METHOD:${booking.method}`,
    'BEGIN:VEVENT',
    `UID:${escapeText(booking.uid)}`,
    `SEQUENCE:${booking.sequence}`,
    `DTSTAMP:${utc(booking.stamp)}`,
    `DTSTART:${start}`,
    `DTEND:${end}`,
    `SUMMARY:${escapeText(booking.summary)}`,
    ...(booking.location === null ? [] : [`LOCATION:${escapeText(booking.location)}`]),
    ...(description === '' ? [] : [`DESCRIPTION:${escapeText(description)}`]),
    `ORGANIZER;CN=${parameter(booking.organizer.name)}:mailto:${booking.organizer.email}`,
    ...booking.attendees.map(
      (attendee) =>
        `ATTENDEE;CN=${parameter(attendee.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:` +
        `mailto:${attendee.email}`,
    ),
    `STATUS:${booking.method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** A TEXT value: backslash, semicolon and comma escaped, every line break as `\n` (RFC 5545 section 3.3.11). */
function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * A content line folded so that no line is longer than 75 octets of UTF-8: each continuation starts with one
 * space, and a character is never split between lines (RFC 5545 section 3.1).
 */
function fold(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    if (octets + size > MAX_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n');
}

/** A parameter value: caret-encoded (RFC 6868), and quoted where it holds `:`, `;` or `,`. */
function parameter(value: string): string {
  const encoded = value
    .replace(/\^/g, '^^')
    .replace(/"/g, "^'")
    .replace(/\r\n|\r|\n/g, '^n');
  return /[:;,]/.test(encoded) ? `"${encoded}"` : encoded;
}

/** An ISO 8601 instant as an iCalendar UTC date-time, `20260310T080000Z`. */
function utc(iso: string): string {
  const instant = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(iso)
    ? new Date(iso)
    : null;
  if (instant === null || Number.isNaN(instant.getTime())) {
    throw new AppError('invalid', { message: `Not an ISO 8601 instant with Z or an offset: '${iso}'.` });
  }
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}
