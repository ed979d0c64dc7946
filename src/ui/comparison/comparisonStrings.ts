import { fillTemplate, type Locale, type MessageParams } from '../../domain';

// The comparison's words, in the lazily loaded chunks that show them (the manager's comparison in the form's
// chunk, the publish button in the dashboard's) rather than the tab's string tables (bench/bundle). Figures'
// labels and definitions come from the domain (`figureDefinitions`), as on the dashboards.

const sv = {
  title: 'Jämförelse: {unit}',
  back: 'Till startsidan',
  intro:
    '{period}: din enhet bredvid ditt kontor, din sektor och hela kommunen. Områdenas siffror visas bara när minst {min} enheter räknas, så att ingen enhets svar kan utläsas.',
  loading: 'Hämtar jämförelsen…',
  failed: 'Jämförelsen kunde inte hämtas.',
  reload: 'Hämta igen',
  noPeriod: 'Ingen inventering pågår, så det finns inget att jämföra.',
  notCounted: 'Din enhets svar räknas först när det är inskickat eller godkänt.',
  notPublished: 'Projektgruppen har inte publicerat någon jämförelse för perioden än.',
  publishedAt: 'Områdenas siffror publicerades senast {date}.',
  'column.measure': 'Mått',
  'column.unit': 'Din enhet: {name}',
  'column.area': '{name} (n = {n})',
  'column.areaMissing': '{level}: inte publicerat',
  'level.kontor': 'Kontor',
  'level.sektor': 'Sektor',
  'level.kommun': 'Kommunen',
  tooFewUnits: 'för få enheter för att visa (n = {n})',
  notPublishedCell: 'inte publicerat',
  tooFew: 'för få svar',
  valueWithN: '{value} (n = {n})',
  total: 'Alla funktioner',
  'hours.total': 'Summa administration',
  'staff.caption': 'Andel av årsarbetarna i stöd (egen personal) efter var de sitter.',
  'gap.heading': 'Kompetensgap',
  'publish.button': 'Publicera jämförelser',
  'publish.hint':
    'Räknar kommunen, varje sektor och varje kontor ur siffrorna ovan och publicerar dem för cheferna. Områden med färre än {min} enheter som räknas publiceras bara med antalet.',
  'publish.busy': 'Publicerar…',
  'publish.done': 'Jämförelserna är publicerade: {written} områden ändrade, {unchanged} oförändrade.',
  'publish.failed': 'Jämförelserna kunde inte publiceras.',
};

type ComparisonKey = keyof typeof sv;

const en: Record<ComparisonKey, string> = {
  title: 'Comparison: {unit}',
  back: 'To the start page',
  intro:
    '{period}: your unit beside your office, your sector and the whole municipality. An area’s figures are shown only when at least {min} units are counted, so that no unit’s answer can be read off them.',
  loading: 'Reading the comparison…',
  failed: 'The comparison could not be read.',
  reload: 'Read again',
  noPeriod: 'No inventory is open, so there is nothing to compare.',
  notCounted: 'Your unit’s answer counts once it is submitted or approved.',
  notPublished: 'The project team has not published a comparison for the period yet.',
  publishedAt: 'The areas’ figures were last published {date}.',
  'column.measure': 'Measure',
  'column.unit': 'Your unit: {name}',
  'column.area': '{name} (n = {n})',
  'column.areaMissing': '{level}: not published',
  'level.kontor': 'Office',
  'level.sektor': 'Sector',
  'level.kommun': 'The municipality',
  tooFewUnits: 'too few units to show (n = {n})',
  notPublishedCell: 'not published',
  tooFew: 'too few answers',
  valueWithN: '{value} (n = {n})',
  total: 'All functions',
  'hours.total': 'Administration in total',
  'staff.caption': 'Share of the support FTE (own staff) by where the staff sit.',
  'gap.heading': 'Competence gap',
  'publish.button': 'Publish comparisons',
  'publish.hint':
    'Computes the municipality, each sector and each office from the figures above and publishes them for the managers. Areas with fewer than {min} counted units are published with their count only.',
  'publish.busy': 'Publishing…',
  'publish.done': 'The comparisons are published: {written} areas changed, {unchanged} unchanged.',
  'publish.failed': 'The comparisons could not be published.',
};

/** Looks up and fills in a word of the comparison. */
export type ComparisonTranslate = (key: ComparisonKey, params?: MessageParams) => string;

/** The comparison's words in `locale`. */
export function comparisonTranslator(locale: Locale): ComparisonTranslate {
  const table = locale === 'en' ? en : sv;
  return (key, params) => fillTemplate(table[key], { locale, params });
}
