// The .ics fallback for a booking: RFC 5545's line structure (CRLF, folding at 75 octets of UTF-8 without
// splitting å/ä/ö, TEXT escaping), iTIP's REQUEST and CANCEL (RFC 5546), and a parse back of what it wrote.
import { AppError } from '../../../src/domain/errors';
import { bookingIcs, type IcsBooking } from '../../../src/domain/bookings';

const JOIN_URL =
  'https://teams.microsoft.com/l/meetup-join/19%3Ameeting_NzIyNzhlMGEtM2YyZC00ZmY0%40thread.v2/0?context=%7B%22Tid%22%7D';

const booking: IcsBooking = {
  method: 'REQUEST',
  uid: 'bokning-42@stodinventering',
  sequence: 0,
  stamp: '2026-03-01T10:15:00Z',
  start: '2026-03-10T09:00:00+01:00',
  end: '2026-03-10T10:00:00+01:00',
  summary: 'Intervju: Hemtjänst Norr',
  location: 'Rådhuset, rum 3',
  description: null,
  joinUrl: JOIN_URL,
  organizer: { name: 'Karl Kontorschef', email: 'karl.kontor@kommun.example' },
  attendees: [{ name: 'Anna Berg', email: 'anna.berg@kommun.example' }],
};

/** The physical lines, each without its CRLF (the text must end with one). */
function physicalLines(ics: string): string[] {
  expect(ics.endsWith('\r\n')).toBe(true);
  return ics.slice(0, -2).split('\r\n');
}

/** RFC 5545 section 3.1 unfolding: a CRLF followed by one space or tab is taken out. */
function contentLines(ics: string): string[] {
  return ics
    .slice(0, -2)
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n');
}

/** A content line's name, parameters and value, as a reader splits it (quoted parameter values kept whole). */
function parse(line: string): { name: string; params: Record<string, string>; value: string } {
  const match = /^([A-Z-]+)((?:;[A-Z-]+=(?:"[^"]*"|[^";:,]*))*):(.*)$/.exec(line);
  if (!match) throw new Error(`not a content line: ${line}`);
  const params: Record<string, string> = {};
  for (const param of match[2]!.matchAll(/;([A-Z-]+)=("[^"]*"|[^";:,]*)/g)) {
    params[param[1]!] = param[2]!.replace(/^"|"$/g, '');
  }
  return { name: match[1]!, params, value: match[3]! };
}

/** TEXT unescaping (RFC 5545 section 3.3.11). */
function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

function property(ics: string, name: string): ReturnType<typeof parse>[] {
  return contentLines(ics)
    .map(parse)
    .filter((line) => line.name === name);
}

describe('bookingIcs', () => {
  it('writes an invitation: one VEVENT with UID, SEQUENCE, DTSTAMP, UTC times, organizer and attendees', () => {
    const ics = bookingIcs(booking);
    expect(contentLines(ics)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Stödinventering//Bokning//SV',
      'METHOD:REQUEST',
      'BEGIN:VEVENT',
      'UID:bokning-42@stodinventering',
      'SEQUENCE:0',
      'DTSTAMP:20260301T101500Z',
      'DTSTART:20260310T080000Z',
      'DTEND:20260310T090000Z',
      'SUMMARY:Intervju: Hemtjänst Norr',
      'LOCATION:Rådhuset\\, rum 3',
      `DESCRIPTION:${JOIN_URL}`,
      'ORGANIZER;CN=Karl Kontorschef:mailto:karl.kontor@kommun.example',
      'ATTENDEE;CN=Anna Berg;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:anna.berg@kommun.example',
      'STATUS:CONFIRMED',
      'END:VEVENT',
      'END:VCALENDAR',
    ]);
  });

  it('ends every line with CRLF and no bare LF or CR', () => {
    const ics = bookingIcs({ ...booking, description: 'Rad ett\nRad två\r\nRad tre' });
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes a cancellation with METHOD:CANCEL, STATUS:CANCELLED and the same UID', () => {
    const request = bookingIcs(booking);
    const cancel = bookingIcs({ ...booking, method: 'CANCEL', sequence: 2 });
    expect(property(cancel, 'METHOD')[0]!.value).toBe('CANCEL');
    expect(property(cancel, 'STATUS')[0]!.value).toBe('CANCELLED');
    expect(property(cancel, 'SEQUENCE')[0]!.value).toBe('2');
    expect(property(cancel, 'UID')[0]!.value).toBe(property(request, 'UID')[0]!.value);
    expect(property(request, 'STATUS')[0]!.value).toBe('CONFIRMED');
  });

  it('carries a rebooking’s sequence and new times under the same UID', () => {
    const moved = bookingIcs({
      ...booking,
      sequence: 1,
      start: '2026-03-11T13:00:00Z',
      end: '2026-03-11T14:30:00Z',
    });
    expect(property(moved, 'SEQUENCE')[0]!.value).toBe('1');
    expect(property(moved, 'DTSTART')[0]!.value).toBe('20260311T130000Z');
    expect(property(moved, 'DTEND')[0]!.value).toBe('20260311T143000Z');
    expect(property(moved, 'UID')[0]!.value).toBe('bokning-42@stodinventering');
  });

  it('escapes backslash, semicolon, comma and line breaks in TEXT values, and reads back the same text', () => {
    const summary = 'Seminarium; del 1, 2 \\ 3\nandra raden';
    const ics = bookingIcs({ ...booking, summary, description: 'Ta med: penna, papper; dator\\laddare' });
    const line = property(ics, 'SUMMARY')[0]!;
    expect(line.value).toBe('Seminarium\\; del 1\\, 2 \\\\ 3\\nandra raden');
    expect(unescapeText(line.value)).toBe(summary);
    expect(unescapeText(property(ics, 'DESCRIPTION')[0]!.value)).toBe(
      `Ta med: penna, papper; dator\\laddare\n${JOIN_URL}`,
    );
  });

  it('folds lines at 75 octets of UTF-8 without splitting å, ä or ö, and unfolds to the same text', () => {
    // 2-byte letters placed so that a naive cut at 75 bytes would land inside one of them.
    const summary = `${'x'.repeat(66)}${'åäö'.repeat(30)} slut`;
    const ics = bookingIcs({ ...booking, summary, location: 'Ö'.repeat(100) });
    const lines = physicalLines(ics);
    for (const line of lines) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
      // A split character would not survive a round trip through UTF-8.
      expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(line))).toBe(line);
    }
    const summaryLines = lines.slice(lines.findIndex((line) => line.startsWith('SUMMARY:')));
    expect(summaryLines[1]!.startsWith(' ')).toBe(true);
    expect(new TextEncoder().encode(summaryLines[0]!).length).toBeGreaterThanOrEqual(74);
    expect(unescapeText(property(ics, 'SUMMARY')[0]!.value)).toBe(summary);
    expect(property(ics, 'LOCATION')[0]!.value).toBe('Ö'.repeat(100));
  });

  it('folds a long Teams join URL and keeps it whole when unfolded', () => {
    const longUrl = `${JOIN_URL}${'%22'.repeat(40)}`;
    const ics = bookingIcs({ ...booking, joinUrl: longUrl });
    expect(physicalLines(ics).some((line) => line.startsWith(' '))).toBe(true);
    expect(property(ics, 'DESCRIPTION')[0]!.value).toBe(longUrl);
  });

  it('parses back into one VEVENT in one VCALENDAR with every line a valid content line', () => {
    const ics = bookingIcs({
      ...booking,
      attendees: [
        { name: 'Anna Berg', email: 'anna.berg@kommun.example' },
        { name: 'Lund, Erik; "chef"', email: 'erik.lund@kommun.example' },
      ],
    });
    const lines = contentLines(ics).map(parse);
    const begins = lines.filter((l) => l.name === 'BEGIN').map((l) => l.value);
    expect(begins).toEqual(['VCALENDAR', 'VEVENT']);
    expect(lines.filter((l) => l.name === 'END').map((l) => l.value)).toEqual(['VEVENT', 'VCALENDAR']);
    const attendees = lines.filter((l) => l.name === 'ATTENDEE');
    expect(attendees.map((a) => a.value)).toEqual([
      'mailto:anna.berg@kommun.example',
      'mailto:erik.lund@kommun.example',
    ]);
    // A name with , and ; is quoted; its " is caret-encoded (RFC 6868).
    expect(attendees[1]!.params).toEqual({
      CN: "Lund, Erik; ^'chef^'",
      ROLE: 'REQ-PARTICIPANT',
      PARTSTAT: 'NEEDS-ACTION',
      RSVP: 'TRUE',
    });
    for (const name of ['UID', 'SEQUENCE', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY', 'ORGANIZER', 'STATUS']) {
      expect(lines.filter((l) => l.name === name)).toHaveLength(1);
    }
  });

  it('leaves out LOCATION and DESCRIPTION when there is neither place, text nor join URL', () => {
    const ics = bookingIcs({ ...booking, location: null, joinUrl: null });
    expect(property(ics, 'LOCATION')).toEqual([]);
    expect(property(ics, 'DESCRIPTION')).toEqual([]);
  });

  it('refuses an end before the start, a time without a zone and a negative sequence', () => {
    expect(() => bookingIcs({ ...booking, end: '2026-03-10T07:00:00Z' })).toThrow(AppError);
    expect(() => bookingIcs({ ...booking, start: '2026-03-10T09:00:00' })).toThrow(/ISO 8601/);
    expect(() => bookingIcs({ ...booking, sequence: -1 })).toThrow(/SEQUENCE/);
  });
});
