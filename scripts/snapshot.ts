// `npm run snapshot -- [--site <url>] [--period <id>]`: a dated snapshot for the diarium (docs/exports.md): the
// period's workbook, its aggregate as JSON and SHA256SUMS, stored in a new folder of the library Exporter named by
// the time (`2026-12-07T0812Z`), each file's SHA-256 also in its item's Checksum column; SharePoint's Author and
// Created record who and when. Only the project team and IT may add to Exporter.
// `--verify <folder>` reads the stored files back, recomputes their checksums and compares them with the columns
// and SHA256SUMS; `--list` lists the snapshots. Exit codes: 0 done (or every checksum matches), 1 failed or a
// checksum does not match, 2 a wrong command line.
import '../src/domain/i18n/english';
import { newSnapshot, verifyStored } from '../src/exports';
import {
  SharePointSnapshotRepository,
  type StoredSnapshot,
} from '../src/sharepoint/repositories/snapshotRepository';
import { type CommandLine, type CommandSpec, runCommand, UsageError } from './lib/args';
import { explainFailure, exportInput } from './lib/exportData';
import { terminal, type Terminal } from './lib/progress';
import { periodOption } from './lib/period';
import { connect, siteOptions } from './lib/site';
import { streamedWorkbook } from './lib/workbookStream';

const spec = {
  usage: 'npm run snapshot -- [--site <url>] [--period <id>] | --verify <mapp> | --list',
  summary:
    'Sparar en daterad ögonblicksbild för diariet i biblioteket Exporter: arbetsboken, sammanställningen som JSON och kontrollsummor (SHA-256). / ' +
    'Stores a dated snapshot for the diarium in the library Exporter: the workbook, the aggregate as JSON and checksums (SHA-256).',
  options: {
    ...siteOptions,
    ...periodOption,
    verify: {
      type: 'string',
      value: 'mapp',
      help: 'kontrollera en ögonblicksbilds kontrollsummor / verify a snapshot’s checksums (e.g. 2026-12-07T0812Z)',
    },
    list: { type: 'boolean', help: 'lista ögonblicksbilderna / list the snapshots' },
  },
} satisfies CommandSpec<
  typeof siteOptions &
    typeof periodOption & {
      verify: { type: 'string'; value: string; help: string };
      list: { type: 'boolean'; help: string };
    }
>;

function printSnapshot(t: Terminal, snapshot: StoredSnapshot): void {
  t.line(
    `${snapshot.name}  period ${snapshot.periodId ?? '–'}, av / by ${snapshot.createdBy ?? '?'} ${snapshot.createdAt ?? ''}`,
  );
  for (const file of snapshot.files)
    t.line(`  ${file.checksum ?? '(ingen / none)'.padEnd(64)}  ${file.name}`);
}

async function create(
  t: Terminal,
  context: { repo: SharePointSnapshotRepository; sp: ReturnType<typeof connect>['sp']; period?: string },
): Promise<StoredSnapshot> {
  const input = await exportInput(context.sp, { period: context.period });
  const snapshot = await newSnapshot(input, (await streamedWorkbook(input)).bytes);
  t.line(
    `Sparar / storing ${snapshot.name} (period ${snapshot.periodId}, ${snapshot.files.length} filer / files)`,
  );
  return context.repo.create(snapshot);
}

async function verify(t: Terminal, repo: SharePointSnapshotRepository, name: string): Promise<void> {
  const snapshot = await repo.get(name);
  if (snapshot === null) {
    const known = (await repo.list()).map((s) => s.name).join(', ') || '–';
    throw new Error(
      `Ögonblicksbilden ${name} finns inte i Exporter (finns: ${known}). / The snapshot ${name} is not in Exporter (there are: ${known}).`,
    );
  }
  const check = await verifyStored(snapshot.files, (file) => repo.readFile(file));
  t.line(`Ögonblicksbild / snapshot ${snapshot.name} (period ${snapshot.periodId ?? '–'})`);
  for (const file of check.files) {
    if (file.ok) {
      t.line(`  ✓ ${file.name}  ${file.actual}`);
      continue;
    }
    t.line(`  ✗ ${file.name}: SHA-256 nu / now ${file.actual}`);
    if (file.column !== file.actual)
      t.line(`      kolumnen Checksum / the Checksum column: ${file.column ?? '(tom / empty)'}`);
    if (file.listed !== null && file.listed !== file.actual) t.line(`      SHA256SUMS: ${file.listed}`);
    if (file.listed === null && file.name !== 'SHA256SUMS')
      t.line('      finns inte i SHA256SUMS / not listed in SHA256SUMS');
  }
  for (const name of check.missing) t.line(`  ✗ ${name}: saknas / missing`);
  if (!check.ok) {
    throw new Error(
      `Kontrollsummorna stämmer inte: ögonblicksbilden ${snapshot.name} har ändrats sedan den sparades. / ` +
        `The checksums do not match: the snapshot ${snapshot.name} has changed since it was stored.`,
    );
  }
  t.line('Alla kontrollsummor stämmer. / Every checksum matches.');
}

async function main({ values }: CommandLine<typeof spec.options>): Promise<number> {
  const modes = [values.verify !== undefined, values.list === true].filter(Boolean).length;
  if (modes > 1 || (modes === 1 && values.period !== undefined))
    throw new UsageError(
      'Ange antingen --verify, --list eller en ny ögonblicksbild (--period). / Give either --verify, --list or a new snapshot (--period).',
    );
  const t = terminal();
  const { sp, siteUrl, signIn } = connect(values);
  t.line(`Webbplats / site: ${siteUrl}\nInloggning / sign-in: ${signIn}\n`);
  const repo = new SharePointSnapshotRepository(sp);
  try {
    if (values.verify !== undefined) {
      await verify(t, repo, values.verify);
      return 0;
    }
    if (values.list === true) {
      const all = await repo.list();
      if (all.length === 0) t.line('Inga ögonblicksbilder ännu. / No snapshots yet.');
      for (const snapshot of all) printSnapshot(t, snapshot);
      return 0;
    }
    if (!(await repo.mayAdd())) {
      throw new Error(
        `Du får inte spara ögonblicksbilder i biblioteket Exporter på ${siteUrl}: bara projektgruppen och IT får det (eller så finns biblioteket inte: kör npm run provision). / ` +
          `You may not store snapshots in the library Exporter on ${siteUrl}: only the project team and IT may (or the library is missing: run npm run provision).`,
      );
    }
    const stored = await create(t, { repo, sp, period: values.period });
    t.line(`Sparad / stored: ${new URL(siteUrl).origin}${stored.serverRelativeUrl}`);
    printSnapshot(t, stored);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    // Plain errors (a missing snapshot, a mismatch) and a conflict already say what happened.
    throw explainFailure(error, {
      siteUrl,
      doing:
        values.verify === undefined && values.list !== true
          ? { sv: 'spara en ögonblicksbild i Exporter', en: 'store a snapshot in Exporter' }
          : { sv: 'läsa Exporter', en: 'read Exporter' },
    });
  }
}

runCommand(spec, main);
