import { en } from './en';
import { formatNumber } from './format';
import { type Locale, type LocalizedText } from './locale';
import { sv, type MessageKey, type StringTable } from './sv';

/** Values for a message's `{name}` placeholders; numbers are formatted and labels picked for the locale. */
export type MessageParams = Readonly<Record<string, string | number | LocalizedText>>;

/** Looks up and fills in a message for one locale. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const tables: { readonly [L in Locale]: StringTable } = { sv, en };

/** The string table of a locale. */
export function stringTable(locale: Locale): StringTable {
  return tables[locale];
}

function fill(
  template: string,
  context: { readonly locale: Locale; readonly params?: MessageParams },
): string {
  const { locale, params } = context;
  if (params === undefined) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value === 'number') return formatNumber(value, locale);
    return typeof value === 'string' ? value : value[locale];
  });
}

/** A function that looks up messages in the string table of `locale`. */
export function translator(locale: Locale): Translate {
  const table = tables[locale];
  return (key, params) => fill(table[key], { locale, params });
}

/** A message in every locale, as carried by validation results and proposals. */
export function localizedMessage(key: MessageKey, params?: MessageParams): LocalizedText {
  return { sv: fill(sv[key], { locale: 'sv', params }), en: fill(en[key], { locale: 'en', params }) };
}
