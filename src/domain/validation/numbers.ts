import { type Locale } from '../i18n/locale';
import { validationIssue, type ValidationIssue } from './issues';

/** The outcome of reading a number typed by a person. */
export type ParsedNumber =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly issue: ValidationIssue };

/** Options for `parseDecimal`. */
export interface ParseDecimalOptions {
  /** The language the number was typed in. @default 'sv' */
  readonly locale?: Locale;
  /** Where the value sits, for the issue. @default '' */
  readonly path?: string;
}

// Spaces that separate thousands: space, no-break space (U+00A0, what sv-SE Intl writes),
// narrow no-break space (U+202F, French/Swedish typography) and thin space (U+2009).
const spaces = ' \\u00a0\\u202f\\u2009';

// Groups must be 1–3 digits and then exactly three, so `1 234` is a thousand and `12 34` is a typo,
// and in English `1,5` (a Swedish decimal typed in English mode) is rejected instead of read as 15.
// The digits after the separator may be missing: `2,` is someone who stopped typing at 2, not a mistake.
const patterns: { readonly [L in Locale]: RegExp } = {
  // Swedish: decimal comma; a point is also taken as the decimal separator since number pads type it.
  sv: new RegExp(`^(\\d{1,3}(?:[${spaces}]\\d{3})+|\\d+)?(?:[,.](\\d+)?)?$`),
  en: new RegExp(`^(\\d{1,3}(?:[,${spaces}]\\d{3})+|\\d+)?(?:\\.(\\d+)?)?$`),
};

// A Swede who writes `1.234` may mean a thousand, as in German, or a decimal; a guess either way can store a
// figure a thousand times off, so it is refused with a message that shows both ways to write it. `1.234.567` is
// refused too, though only thousands fit it: accepted, it would teach that a point separates thousands. A whole
// part of zero (`0.125`) or another count of decimals (`1.25`, `12.3456`) leaves no doubt.
const ambiguousInSwedish = /^(?!0+\.)\d{1,3}(?:\.\d{3})+$/;

// The number the person typed, written both unambiguous ways, for the message: `1.234` → `1 234` or `1,234`, and
// `1.234.567` → `1 234 567` or `1 234,567`. No-break spaces keep the number on one line, as `Intl` does.
function readings(typed: string): { readonly thousands: string; readonly decimal: string } {
  const groups = typed.split('.');
  const last = groups.pop() ?? '';
  const whole = groups.join('\u00a0');
  return { thousands: `${whole}\u00a0${last}`, decimal: `${whole},${last}` };
}

// Hyphen-minus, minus sign (U+2212, what sv-SE Intl writes) and en dash (U+2013, what word processors make of `-`).
const minusSigns = /^[-\u2212\u2013]\s*/;

/**
 * Reads a non-negative number as a person types it: `0,5`, `1 234,5` (any space as thousands separator), `2,`,
 * or `1,234.5` in English. Empty text is `required`, a negative number is `negative`, a Swedish `1.234` or
 * `1.234.567` is `ambiguousNumber` (thousands or decimals?), anything else `notANumber`.
 */
export function parseDecimal(text: string, options: ParseDecimalOptions = {}): ParsedNumber {
  const { locale = 'sv', path = '' } = options;
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, issue: validationIssue('required', { path }) };
  const unsigned = trimmed.replace(minusSigns, '');
  if (locale === 'sv' && ambiguousInSwedish.test(unsigned)) {
    // Both readings of `-1.234` are below zero, and that is what the person needs to hear first.
    const issue =
      unsigned === trimmed
        ? validationIssue('ambiguousNumber', { path, params: readings(unsigned) })
        : validationIssue('negative', { path });
    return { ok: false, issue };
  }
  const match = patterns[locale].exec(unsigned);
  const whole = match?.[1];
  const fraction = match?.[2];
  if (match === null || (whole === undefined && fraction === undefined)) {
    return { ok: false, issue: validationIssue('notANumber', { path }) };
  }
  const value = Number(`${(whole ?? '0').replace(/\D/g, '')}.${fraction ?? '0'}`);
  if (unsigned !== trimmed && value !== 0) return { ok: false, issue: validationIssue('negative', { path }) };
  return { ok: true, value };
}

/** Reads a whole, non-negative number as a person types it (`1 200`); decimals give `notInteger`. */
export function parseInteger(text: string, options: ParseDecimalOptions = {}): ParsedNumber {
  const parsed = parseDecimal(text, options);
  if (parsed.ok && !Number.isInteger(parsed.value)) {
    return { ok: false, issue: validationIssue('notInteger', { path: options.path ?? '' }) };
  }
  return parsed;
}
