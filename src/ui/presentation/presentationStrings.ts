import { fillTemplate, type Locale, type MessageParams } from '../../domain';

// The presentation mode's words, in its own chunk with it: only the project team presents.

const sv = {
  'page.title': 'Chefsdagen',
  'page.back': 'Tillbaka',
  'page.intro':
    'Presentationen för dagen då alla chefer möts: hur långt inventeringen kommit, mottagarmatrisen, förslagen, det valda scenariot, första linjens uppdrag och vad remissen sa.',
  'page.figures': 'Siffror',
  'page.live': 'Räknade nu ur SharePoint',
  'page.snapshot': 'Ögonblicksbild för diariet {date}',
  'page.scenario': 'Scenario',
  'page.round': 'Remissrunda',
  'page.none': 'Inget',
  'page.start': 'Starta presentationen',
  'page.building': 'Hämtar siffrorna…',
  'page.loading': 'Hämtar ögonblicksbilder, scenarier och remissrundor…',
  'page.listFailed': 'En del val kunde inte hämtas; presentationen går att visa utan dem.',
  'page.failed': 'Presentationen kunde inte byggas.',
  'page.snapshotGone': 'Ögonblicksbilden finns inte längre.',
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
  'page.title': 'Chefsdagen',
  'page.back': 'Back',
  'page.intro':
    "The presentation for the day all managers meet: the inventory's progress, the mottagare matrix, the proposals, the chosen scenario, the first-line mission and what the consultation said.",
  'page.figures': 'Figures',
  'page.live': 'Counted now from SharePoint',
  'page.snapshot': 'Diarium snapshot {date}',
  'page.scenario': 'Scenario',
  'page.round': 'Consultation round',
  'page.none': 'None',
  'page.start': 'Start the presentation',
  'page.building': 'Reading the figures…',
  'page.loading': 'Reading snapshots, scenarios and consultation rounds…',
  'page.listFailed': 'Some choices could not be read; the presentation can be shown without them.',
  'page.failed': 'The presentation could not be built.',
  'page.snapshotGone': 'The snapshot is no longer there.',
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
