/** A language the app speaks; Swedish is the default, English the alternative. */
export type Locale = 'sv' | 'en';

/** Every locale, default first. */
export const locales: readonly Locale[] = ['sv', 'en'];

/** The default locale (the managers' language). */
export const defaultLocale: Locale = 'sv';

/** A text in every locale, as stored in configuration and returned in validation results. */
export type LocalizedText = { readonly [L in Locale]: string };

/** The BCP 47 tag `Intl` formats with for a locale. */
export function intlTag(locale: Locale): 'sv-SE' | 'en-US' {
  return locale === 'en' ? 'en-US' : 'sv-SE';
}

/** The app locale for a host language tag (Teams sends e.g. `en-us`, `sv-se`); anything not English is Swedish. */
export function resolveLocale(tag: string | null | undefined): Locale {
  return tag != null && /^en\b/i.test(tag.trim()) ? 'en' : 'sv';
}
