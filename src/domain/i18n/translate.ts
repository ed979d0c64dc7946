import { formatNumber } from './format';
import { type Locale, type LocalizedText } from './locale';
import { sv, type MessageKey, type StringTable } from './sv';

/** Values for a message's `{name}` placeholders; numbers are formatted and labels picked for the locale. */
export type MessageParams = Readonly<Record<string, string | number | LocalizedText>>;

/** Looks up and fills in a message for one locale. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

// Swedish is always here; English is added when needed (`addStringTable`): in Node by importing './english', in the
// tab by loading './en' for an English-speaking user only, so the Swedish majority never downloads it.
const tables: { [L in Locale]?: StringTable } = { sv };

/** Makes a locale's strings available to `translator`, `stringTable` and `localizedMessage`. */
export function addStringTable(locale: Locale, table: StringTable): void {
  tables[locale] = table;
}

/**
 * The string table of a locale.
 * @throws Error when the locale's strings have not been added (a programming error: see `addStringTable`).
 */
export function stringTable(locale: Locale): StringTable {
  const table = tables[locale];
  if (table === undefined) {
    throw new Error(
      `The ${locale} strings are not loaded: import 'src/domain/i18n/english' (Node) or add them with addStringTable.`,
    );
  }
  return table;
}

/** A template's `{name}` placeholders filled in for a locale (numbers formatted, labels picked). */
export function fillTemplate(
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
  const table = stringTable(locale);
  return (key, params) => fillTemplate(table[key], { locale, params });
}

/** A message in every locale, as carried by validation results and proposals. */
export function localizedMessage(key: MessageKey, params?: MessageParams): LocalizedText {
  // English on demand: in the tab a Swedish user's messages never read it (and its table is not loaded).
  return {
    sv: fillTemplate(sv[key], { locale: 'sv', params }),
    get en() {
      return fillTemplate(stringTable('en')[key], { locale: 'en', params });
    },
  };
}
