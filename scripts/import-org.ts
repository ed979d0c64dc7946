// `npm run import-org -- <file.xlsx|file.csv> [--dry-run] [--site <url>]`: reads the HR system's organisation
// export, checks every row, shows the difference with the site, and (unless --dry-run) brings the site in line:
// units, groups, folders and permissions, and the current period's inventories (docs/import.md).
import '../src/domain/i18n/english';
import { importOrganisation, maxRemovalShare, readOrganisation } from '../src/sharepoint/import';
import { type CommandLine, type CommandSpec, runCommand, UsageError } from './lib/args';
import { readImportTable } from './lib/importFile';
import { importPrinter, printIssues, terminal } from './lib/progress';
import { connect, siteOptions } from './lib/site';

const spec = {
  usage:
    'npm run import-org -- <fil.xlsx|fil.csv> [--dry-run] [--allow-removals] [--site <url>] [--period <id>]',
  summary:
    'Läser HR-systemets organisationsexport, kontrollerar varje rad och uppdaterar enheter, chefer, granskargrupper, mappar, behörigheter och periodens inventeringar. / ' +
    "Reads the HR system's organisation export, checks every row and updates units, managers, reviewer groups, folders, permissions and the period's inventories.",
  options: {
    ...siteOptions,
    'dry-run': {
      type: 'boolean',
      help: 'kontrollera och visa skillnaden, ändra inget / check and show the difference, change nothing',
    },
    'allow-removals': {
      type: 'boolean',
      help: `tillåt att mer än ${maxRemovalShare * 100} % av enheterna tas bort / allow removing more than ${maxRemovalShare * 100} % of the units`,
    },
    period: {
      type: 'string',
      value: 'id',
      help: 'perioden att skapa inventeringar för / the period to create inventories for (standard / default: den öppna / the open one)',
    },
    sheet: {
      type: 'string',
      value: 'namn',
      help: 'Excel: bladet att läsa / the sheet to read (standard / default: det första / the first)',
    },
  },
  positionals: 1,
} satisfies CommandSpec<
  typeof siteOptions & {
    'dry-run': { type: 'boolean'; help: string };
    'allow-removals': { type: 'boolean'; help: string };
    period: { type: 'string'; value: string; help: string };
    sheet: { type: 'string'; value: string; help: string };
  }
>;

async function main({ values, positionals }: CommandLine<typeof spec.options>): Promise<number> {
  const t = terminal();
  const [file] = positionals;
  if (file === undefined) throw new UsageError('Ange filen att läsa in.\nGive the file to import.');
  const table = await readImportTable(file, { sheet: values.sheet });
  const organisation = readOrganisation(table);
  t.line(`${file}: ${table.source}, ${organisation.rows} enheter / units`);
  if (!organisation.ok) {
    t.line(
      `Filen har ${organisation.issues.length} fel; inget har ändrats. / The file has ${organisation.issues.length} errors; nothing was changed.`,
    );
    printIssues(t, organisation);
    return 1;
  }
  printIssues(t, organisation);
  const { sp, siteUrl, signIn } = connect(values);
  t.line(`Webbplats / site: ${siteUrl}\nInloggning / sign-in: ${signIn}`);
  const dryRun = values['dry-run'] ?? false;
  const report = await importOrganisation(sp, {
    units: organisation.units,
    dryRun,
    allowRemovals: values['allow-removals'] ?? false,
    periodId: values.period,
    log: importPrinter(t),
  });
  if (report.outcome === 'planned') {
    t.line('Provkörning: inget har ändrats. / Dry run: nothing was changed.');
    return 0;
  }
  const inventories = report.inventories
    ? `${report.inventories.created} nya inventeringar / new inventories, ${report.inventories.linesCreated} rader / lines`
    : 'inga inventeringar / no inventories';
  t.line(
    `Klart / done: ${report.units?.created ?? 0} nya / new, ${report.units?.updated ?? 0} ändrade / changed, ${report.removed} borttagna / removed; ${inventories}.`,
  );
  return 0;
}

runCommand(spec, main);
