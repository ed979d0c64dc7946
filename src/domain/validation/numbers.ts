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
const patterns: { readonly [L in Locale]: RegExp } = {
  // Swedish: decimal comma; a point is also taken as the decimal separator since number pads type it.
  sv: new RegExp(`^(\\d{1,3}(?:[${spaces}]\\d{3})+|\\d+)?(?:[,.](\\d+))?$`),
  en: new RegExp(`^(\\d{1,3}(?:[,${spaces}]\\d{3})+|\\d+)?(?:\\.(\\d+))?$`),
};

// Hyphen-minus, minus sign (U+2212, what sv-SE Intl writes) and en dash (U+2013, what word processors make of `-`).
const minusSigns = /^[-\u2212\u2013]\s*/;

/**
 * Reads a non-negative number as a person types it: `0,5`, `1 234,5` (any space as thousands separator),
 * or `1,234.5` in English. Empty text is `required`, a negative number is `negative`, anything else `notANumber`.
 */
export function parseDecimal(text: string, options: ParseDecimalOptions = {}): ParsedNumber {
  const { locale = 'sv', path = '' } = options;
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, issue: validationIssue('required', { path }) };
  const unsigned = trimmed.replace(minusSigns, '');
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
