// The time zones an event's start and end may name, and the arithmetic between a zone's wall-clock time and an
// instant. Graph takes "any of the time zones currently supported by Windows, as well as the additional time zones
// supported by the calendar API" (a fixed list of IANA names), and says a method may take "a smaller subset":
// https://learn.microsoft.com/graph/api/resources/datetimetimezone. The receiver takes the Windows zones of the
// table below and the documented IANA names; a Windows-shaped name outside the table, or an IANA name off the
// list (Europe/Stockholm is not on it), is not modelled rather than guessed.

/** What the receiver makes of a `timeZone` value. */
export type ZoneStanding =
  | { readonly kind: 'known'; readonly zone: string }
  | { readonly kind: 'notModelled' }
  | { readonly kind: 'unsupported' };

// Windows ids and the IANA zone each one follows (CLDR's windowsZones, territory 001).
const WINDOWS: Readonly<Record<string, string>> = {
  UTC: 'UTC',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Central European Standard Time': 'Europe/Warsaw',
  'Romance Standard Time': 'Europe/Paris',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'FLE Standard Time': 'Europe/Kiev',
  'GTB Standard Time': 'Europe/Bucharest',
  'Russian Standard Time': 'Europe/Moscow',
  'Eastern Standard Time': 'America/New_York',
  'Central Standard Time': 'America/Chicago',
  'Mountain Standard Time': 'America/Denver',
  'Pacific Standard Time': 'America/Los_Angeles',
};

// "Additional time zones" of the dateTimeTimeZone page; where it gives two spellings ("Europe/Kyiv (Kiev)"), both.
const DOCUMENTED_IANA: ReadonlySet<string> = new Set(
  `Etc/GMT+12 Etc/GMT+11 Pacific/Honolulu America/Anchorage America/Santa_Isabel America/Los_Angeles
   America/Phoenix America/Chihuahua America/Denver America/Guatemala America/Chicago America/Mexico_City
   America/Regina America/Bogota America/New_York America/Indiana/Indianapolis America/Caracas
   America/Asuncion America/Halifax America/Cuiaba America/La_Paz America/Santiago America/St_Johns
   America/Sao_Paulo America/Argentina/Buenos_Aires America/Cayenne America/Godthab America/Montevideo
   America/Bahia Etc/GMT+2 Atlantic/Azores Atlantic/Cape_Verde Africa/Casablanca Etc/GMT Europe/London
   Atlantic/Reykjavik Europe/Berlin Europe/Budapest Europe/Paris Europe/Warsaw Africa/Lagos Africa/Windhoek
   Europe/Bucharest Asia/Beirut Africa/Cairo Asia/Damascus Africa/Johannesburg Europe/Kyiv Europe/Kiev
   Europe/Istanbul Asia/Jerusalem Asia/Amman Asia/Baghdad Europe/Kaliningrad Asia/Riyadh Africa/Nairobi
   Asia/Tehran Asia/Dubai Asia/Baku Europe/Moscow Indian/Mauritius Asia/Tbilisi Asia/Yerevan Asia/Kabul
   Asia/Karachi Asia/Tashkent Asia/Kolkata Asia/Colombo Asia/Kathmandu Asia/Almaty Asia/Dhaka
   Asia/Yekaterinburg Asia/Yangon Asia/Rangoon Asia/Bangkok Asia/Novosibirsk Asia/Shanghai Asia/Krasnoyarsk
   Asia/Singapore Australia/Perth Asia/Taipei Asia/Ulaanbaatar Asia/Irkutsk Asia/Tokyo Asia/Seoul
   Australia/Adelaide Australia/Darwin Australia/Brisbane Australia/Sydney Pacific/Port_Moresby
   Australia/Hobart Asia/Yakutsk Pacific/Guadalcanal Asia/Vladivostok Pacific/Auckland Etc/GMT-12
   Pacific/Fiji Asia/Magadan Pacific/Tongatapu Pacific/Apia Pacific/Kiritimati`.split(/\s+/),
);

const WINDOWS_SHAPED = /( Standard Time|^UTC[+-]\d\d)$/i;

/** How the receiver stands to a `timeZone` value (Windows ids are matched without case, as Windows does). */
export function zoneStanding(name: string): ZoneStanding {
  const windows = Object.keys(WINDOWS).find((id) => id.toLowerCase() === name.toLowerCase());
  if (windows !== undefined) return { kind: 'known', zone: WINDOWS[windows]! };
  if (DOCUMENTED_IANA.has(name)) return { kind: 'known', zone: name };
  return WINDOWS_SHAPED.test(name) || isIanaZone(name) ? { kind: 'notModelled' } : { kind: 'unsupported' };
}

/** A wall-clock time, as Graph's `dateTime` spells it without a zone. */
export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
}

/** The instant (ms since the epoch) a wall-clock time has in an IANA zone. */
export function instantOf(clock: WallClock, zone: string): number {
  const asUtc = Date.UTC(
    clock.year,
    clock.month - 1,
    clock.day,
    clock.hour,
    clock.minute,
    clock.second,
    clock.millisecond,
  );
  // The offset at the wall time read as UTC is a first guess; the offset at that guess settles it.
  return asUtc - offsetMs(zone, asUtc - offsetMs(zone, asUtc));
}

/** An instant as a wall-clock time in an IANA zone, as Graph writes it: `2026-03-10T09:00:00.0000000`. */
export function graphDateTime(instant: number, zone: string): string {
  const wall = new Date(instant + offsetMs(zone, instant)).toISOString();
  return `${wall.slice(0, 23)}0000`;
}

/** How far a zone's wall clock is ahead of UTC at an instant. */
function offsetMs(zone: string, instant: number): number {
  const parts = formatter(zone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
    instant - Math.floor(instant / 1000) * 1000,
  );
  return wall - instant;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let made = formatters.get(zone);
  if (!made) {
    made = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, made);
  }
  return made;
}

function isIanaZone(name: string): boolean {
  if (!name.includes('/')) return false;
  try {
    formatter(name);
    return true;
  } catch {
    return false;
  }
}
