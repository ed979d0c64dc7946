import { intlTag, type Locale } from './locale';

// sv-SE groups thousands with U+00A0 (no-break space) and writes minus as U+2212; en-US uses `,` and `-`.
// Formatters are cached per option set because constructing Intl objects dominates the cost of formatting.
const numberFormats = new Map<string, Intl.NumberFormat>();

/** Options for `formatNumber`. */
export interface NumberFormatOptions {
  /** Most digits after the decimal separator. @default 2 */
  readonly maximumFractionDigits?: number;
  /** Fewest digits after the decimal separator. @default 0 */
  readonly minimumFractionDigits?: number;
}

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(intlTag(locale), options);
    numberFormats.set(key, format);
  }
  return format;
}

/** A number written for the locale (`1 234,5` in Swedish with a no-break space, `1,234.5` in English). */
export function formatNumber(value: number, locale: Locale, options: NumberFormatOptions = {}): string {
  const { maximumFractionDigits = 2, minimumFractionDigits = 0 } = options;
  return numberFormat(locale, { maximumFractionDigits, minimumFractionDigits }).format(value);
}

/** A share (0–1) written as a percentage for the locale (`43 %` in Swedish, `43%` in English). */
export function formatPercent(share: number, locale: Locale, options: NumberFormatOptions = {}): string {
  const { maximumFractionDigits = 0, minimumFractionDigits = 0 } = options;
  return numberFormat(locale, { style: 'percent', maximumFractionDigits, minimumFractionDigits }).format(
    share,
  );
}

/** Options for `formatDate`. */
export interface DateFormatOptions {
  /**
   * How much of the date to show: `short` is numeric, `long` spells the month, `dayMonth` is the day and the
   * month's short name only (`7 dec.`), for a narrow column of recent dates. @default 'short'
   */
  readonly style?: 'short' | 'long' | 'dayMonth';
}

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date (`YYYY-MM-DD`) or an instant (ISO timestamp) written for the locale; instants are shown in Swedish time.
 * @throws RangeError when the text is not an ISO date or timestamp.
 */
export function formatDate(iso: string, locale: Locale, options: DateFormatOptions = {}): string {
  const { style = 'short' } = options;
  const dateOnly = isoDatePattern.test(iso);
  const date = new Date(dateOnly ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not an ISO date or timestamp: ${iso}`);
  // A plain date has no time zone, so it is formatted in UTC to keep it from moving a day.
  const timeZone = dateOnly ? 'UTC' : 'Europe/Stockholm';
  const parts: Intl.DateTimeFormatOptions =
    style === 'dayMonth' ? { day: 'numeric', month: 'short' } : { dateStyle: style };
  return new Intl.DateTimeFormat(intlTag(locale), { ...parts, timeZone }).format(date);
}

/**
 * An instant (ISO timestamp) written as date and time in Swedish time, for the locale.
 * @throws RangeError when the text is not an ISO timestamp.
 */
export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not an ISO timestamp: ${iso}`);
  return new Intl.DateTimeFormat(intlTag(locale), {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  }).format(date);
}

/**
 * The time of day of an instant (ISO timestamp) in Swedish time, for the locale: `10.32` in Swedish, with the
 * point Swedish writes clock times with ("kl. 10.32", Språkrådet), and `10:32 AM` in English.
 * @throws RangeError when the text is not an ISO timestamp.
 */
export function formatTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not an ISO timestamp: ${iso}`);
  const format = new Intl.DateTimeFormat(intlTag(locale), {
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  });
  if (locale === 'en') return format.format(date);
  // sv-SE writes `10:32`; the parts are put together with Swedish's point rather than relying on the separator.
  const parts = format.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('hour').padStart(2, '0')}.${part('minute').padStart(2, '0')}`;
}
