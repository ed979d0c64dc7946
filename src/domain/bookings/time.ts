// Times are offered as a Swedish date and clock time and kept as UTC instants. Europe/Stockholm is one or two hours
// ahead of UTC depending on the day, so the offset is asked of Intl for that very day rather than assumed.

const stockholm = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const timePattern = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A Swedish date (`YYYY-MM-DD`) and clock time (`HH:MM`). */
export interface WallClock {
  readonly date: string;
  readonly time: string;
}

function wallClockAt(ms: number): WallClock {
  const parts = stockholm.formatToParts(new Date(ms));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}`,
  };
}

/** How far Swedish time is ahead of UTC at an instant, in milliseconds. */
function offsetAt(ms: number): number {
  const { date, time } = wallClockAt(ms);
  return Date.parse(`${date}T${time}:00Z`) - (ms - (ms % 60_000));
}

/**
 * The UTC instant (`2026-03-10T08:00:00Z`) of a Swedish date and clock time; `null` for text that is not one, or a
 * clock time the spring change to summer time skips.
 */
export function stockholmInstant(wall: WallClock): string | null {
  if (!datePattern.test(wall.date) || !timePattern.test(wall.time)) return null;
  const asUtc = Date.parse(`${wall.date}T${wall.time}:00Z`);
  if (Number.isNaN(asUtc)) return null;
  // Twice: the first guess may lie on the other side of a change between winter and summer time.
  const guess = asUtc - offsetAt(asUtc);
  const ms = asUtc - offsetAt(guess);
  const back = wallClockAt(ms);
  if (back.date !== wall.date || back.time !== wall.time) return null;
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}
