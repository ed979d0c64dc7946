import { fillTemplate, type Locale, type MessageParams } from '../../domain';

// The export panel's words, in the dashboard's chunk rather than the tab's string tables: only the project team
// sees the panel (bench/bundle). The words every page shares (the errors' explanations) stay in src/domain/i18n.

const sv = {
  heading: 'Export och diarium',
  intro:
    'Arbetsboken och ögonblicksbilderna innehåller alla enheters svar och kommentarer. Bara projektgruppen och IT kan spara och läsa ögonblicksbilder.',
  'workbook.heading': 'Excel',
  'workbook.intro':
    'Periodens arbetsbok: sammanfattning med definitioner, ett blad per sektor, alla rader, mottagarmatrisen och förslagen. Alla rader hämtas på nytt, med kommentarer.',
  'workbook.download': 'Ladda ned Excel',
  'workbook.done': 'Arbetsboken är nedladdad: {name}.',
  'workbook.failed': 'Arbetsboken kunde inte skapas.',
  'step.reading': 'Hämtar alla rader…',
  'step.building': 'Bygger arbetsboken…',
  'step.storing': 'Sparar i biblioteket Exporter…',
  'snapshots.heading': 'Ögonblicksbilder för diariet',
  'snapshots.intro':
    'En daterad kopia av arbetsboken och sammanställningen (JSON) med kontrollsummor (SHA-256) i biblioteket Exporter. Skriv in kontrollsummorna i diarieposten också: den som kan ändra filerna kan ändra kontrollsummorna där.',
  'snapshots.create': 'Skapa ögonblicksbild',
  'snapshots.created': 'Ögonblicksbilden {name} är sparad.',
  'snapshots.createFailed': 'Ögonblicksbilden kunde inte sparas.',
  'snapshots.loading': 'Hämtar ögonblicksbilderna…',
  'snapshots.loadFailed': 'Ögonblicksbilderna kunde inte hämtas.',
  'snapshots.reload': 'Hämta igen',
  'snapshots.none': 'Inga ögonblicksbilder ännu.',
  'snapshots.noAccess': 'Du har inte tillgång till biblioteket Exporter: bara projektgruppen och IT har det.',
  'snapshots.sameMinute':
    'Det finns redan en ögonblicksbild från den här minuten. Vänta en minut och försök igen.',
  'snapshot.made': 'Skapad',
  'snapshot.by': 'Av',
  'snapshot.period': 'Period',
  'snapshot.files': 'Filer och kontrollsummor (SHA-256)',
  'snapshot.noChecksum': 'ingen kontrollsumma',
  'snapshot.unknown': 'okänt',
  'snapshot.verify': 'Verifiera',
  'snapshot.verifyLabel': 'Verifiera {name}',
  'snapshot.verifying': 'Kontrollerar {name}…',
  'snapshot.verified': '{name}: alla kontrollsummor stämmer.',
  'snapshot.mismatch': '{name}: kontrollsummorna stämmer inte. Ändrad eller saknas: {files}.',
  'snapshot.gone': '{name} finns inte längre i Exporter.',
  'snapshot.verifyFailed': '{name} kunde inte kontrolleras.',
};

/** A word of the export panel. */
export type ExportKey = keyof typeof sv;

const en: Record<ExportKey, string> = {
  heading: 'Exports and the diarium',
  intro:
    'The workbook and the snapshots hold every unit’s answers and comments. Only the project team and IT can store and read snapshots.',
  'workbook.heading': 'Excel',
  'workbook.intro':
    'The period’s workbook: a summary with definitions, one sheet per sektor, every line, the mottagare matrix and the proposals. Every line is read again, with its comments.',
  'workbook.download': 'Download Excel',
  'workbook.done': 'The workbook is downloaded: {name}.',
  'workbook.failed': 'The workbook could not be made.',
  'step.reading': 'Reading every line…',
  'step.building': 'Building the workbook…',
  'step.storing': 'Storing in the library Exporter…',
  'snapshots.heading': 'Snapshots for the diarium',
  'snapshots.intro':
    'A dated copy of the workbook and the aggregate (JSON) with checksums (SHA-256) in the library Exporter. Record the checksums in the diarium entry too: whoever can change the files can change the checksums there.',
  'snapshots.create': 'Create snapshot',
  'snapshots.created': 'The snapshot {name} is stored.',
  'snapshots.createFailed': 'The snapshot could not be stored.',
  'snapshots.loading': 'Reading the snapshots…',
  'snapshots.loadFailed': 'The snapshots could not be read.',
  'snapshots.reload': 'Read again',
  'snapshots.none': 'No snapshots yet.',
  'snapshots.noAccess': 'You have no access to the library Exporter: only the project team and IT have.',
  'snapshots.sameMinute': 'There is already a snapshot from this minute. Wait a minute and try again.',
  'snapshot.made': 'Made',
  'snapshot.by': 'By',
  'snapshot.period': 'Period',
  'snapshot.files': 'Files and checksums (SHA-256)',
  'snapshot.noChecksum': 'no checksum',
  'snapshot.unknown': 'unknown',
  'snapshot.verify': 'Verify',
  'snapshot.verifyLabel': 'Verify {name}',
  'snapshot.verifying': 'Checking {name}…',
  'snapshot.verified': '{name}: every checksum matches.',
  'snapshot.mismatch': '{name}: the checksums do not match. Changed or missing: {files}.',
  'snapshot.gone': '{name} is no longer in Exporter.',
  'snapshot.verifyFailed': '{name} could not be checked.',
};

/** Looks up and fills in a word of the export panel. */
export type ExportTranslate = (key: ExportKey, params?: MessageParams) => string;

/** The export panel's words in `locale`. */
export function exportTranslator(locale: Locale): ExportTranslate {
  const table = locale === 'en' ? en : sv;
  return (key, params) => fillTemplate(table[key], { locale, params });
}
