import { fillTemplate, type Locale, type MessageParams } from '../../domain';

// The presentation mode's words, in its own chunk with it: only the project team presents.

const sv = {
  label: 'Presentation',
  slide: 'bild',
  position: 'Bild {n} av {total}: {title}',
  progress: '{n} / {total}',
  controls: 'Byt bild',
  previous: 'Föregående',
  next: 'Nästa',
  leave: 'Avsluta',
  keys: 'Piltangenterna eller mellanslag byter bild, Home och End går till första och sista, Esc avslutar.',
  export: 'Ladda ned PowerPoint',
  exporting: 'Skapar presentationen…',
  exported: 'Sparade {name}.',
  exportFailed: 'Presentationen kunde inte skapas.',
} as const;

type PresentationKey = keyof typeof sv;

const en: Readonly<Record<PresentationKey, string>> = {
  label: 'Presentation',
  slide: 'slide',
  position: 'Slide {n} of {total}: {title}',
  progress: '{n} / {total}',
  controls: 'Change slide',
  previous: 'Previous',
  next: 'Next',
  leave: 'Leave',
  keys: 'The arrow keys or space change slide, Home and End go to the first and the last, Esc leaves.',
  export: 'Download PowerPoint',
  exporting: 'Building the presentation…',
  exported: 'Saved {name}.',
  exportFailed: 'The presentation could not be built.',
};

/** Looks up and fills in a word of the presentation mode. */
export type PresentationTranslate = (key: PresentationKey, params?: MessageParams) => string;

/** The presentation mode's words in `locale`. */
export function presentationTranslator(locale: Locale): PresentationTranslate {
  const table = locale === 'en' ? en : sv;
  return (key, params) => fillTemplate(table[key], { locale, params });
}
