// How SharePoint reads the strings of `ValidateUpdateListItem` / `AddValidateUpdateItemUsingPath` form values:
// with the web's regional settings (LocaleId), the way .NET parses numbers and dates for that culture. The
// emulator knows the two cultures this project meets: en-US (1033, every new site) and sv-SE (1053).

/** The locales the emulator's regional settings can take. */
export const SUPPORTED_LOCALES = [1033, 1053] as const;

/** A supported locale id: 1033 en-US, 1053 sv-SE. */
export type LocaleId = (typeof SUPPORTED_LOCALES)[number];

/** Whether a number is a locale id the emulator supports. */
export function isSupportedLocale(value: unknown): value is LocaleId {
  return SUPPORTED_LOCALES.includes(value as LocaleId);
}

interface Culture {
  decimal: string;
  /** Characters .NET accepts as the group separator (sv-SE: a no-break space; a plain space is accepted too). */
  groups: string;
}

const CULTURES: Record<LocaleId, Culture> = {
  1033: { decimal: '.', groups: ',' },
  1053: { decimal: ',', groups: '\u00a0\u202f ' },
};

/**
 * A number written in the locale, or undefined when it is not one. Like .NET's `NumberStyles.Number`, group
 * separators may stand anywhere in the integer part and are dropped — so on an en-US site `"1,5"` is 15, not
 * 1.5 (a trap for Swedish input sent to an en-US site), and on sv-SE `"1.5"` is refused.
 */
export function parseLocaleNumber(text: string, localeId: LocaleId): number | undefined {
  const { decimal, groups } = CULTURES[localeId];
  let rest = text.trim().replace(/^\u2212/, '-');
  let sign = 1;
  if (rest.startsWith('-') || rest.startsWith('+')) {
    sign = rest.startsWith('-') ? -1 : 1;
    rest = rest.slice(1);
  }
  const point = rest.indexOf(decimal);
  const integerPart = point < 0 ? rest : rest.slice(0, point);
  const fraction = point < 0 ? '' : rest.slice(point + 1);
  const digits = [...integerPart].filter((c) => !groups.includes(c)).join('');
  if (integerPart !== '' && /^\D/.test(integerPart)) return undefined;
  if (!/^\d*$/.test(digits) || !/^\d*$/.test(fraction) || (digits === '' && fraction === ''))
    return undefined;
  return sign * Number(`${digits || '0'}.${fraction || '0'}`);
}

/**
 * A date (and time) written in the locale — en-US `6/23/2018 10:15 PM` or `6/23/2018`, sv-SE `2018-06-23 22:15`
 * or `2018-06-23` — or in ISO 8601, which .NET reads in every culture; as SharePoint's stored form
 * (`2018-06-23T22:15:00Z`). The emulator's web keeps UTC as its time zone. Undefined when it is not a date.
 */
export function parseLocaleDateTime(text: string, localeId: LocaleId): string | undefined {
  const value = text.trim();
  const iso =
    /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i.exec(
      value,
    );
  if (iso) {
    const [, y, mo, d, h = '0', mi = '0', s = '0', zone] = iso;
    if (zone && zone.toUpperCase() !== 'Z') {
      const parsed = Date.parse(value.replace(' ', 'T'));
      return Number.isFinite(parsed) ? stamp(new Date(parsed)) : undefined;
    }
    return build({ year: +y!, month: +mo!, day: +d!, hour: +h, minute: +mi, second: +s });
  }
  if (localeId !== 1033) return undefined;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM)?)?$/i.exec(value);
  if (!us) return undefined;
  const [, mo, d, y, h = '0', mi = '0', s = '0', half] = us;
  let hour = +h;
  if (half) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (half.toUpperCase() === 'PM' ? 12 : 0);
  }
  return build({ year: +y!, month: +mo!, day: +d!, hour, minute: +mi, second: +s });
}

function build(parts: {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}): string | undefined {
  const { year, month, day, hour, minute, second } = parts;
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  // Date.UTC rolls 2/30 over into March; a real calendar date must come back unchanged.
  if (
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  )
    return undefined;
  return stamp(date);
}

function stamp(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}
