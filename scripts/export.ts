// `npm run export -- --out <file.xlsx> [--site <url>] [--period <id>] [--force]`: the period's Excel workbook
// (docs/exports.md): a summary with the kommun's key figures and their definitions, one sheet per sektor, every
// line, the mottagare readiness matrix and the proposals. It holds what the signed-in person may read, so the
// project team or IT get the whole kommun. The file is written atomically and never over an existing one without
// --force. Exit codes: 0 written, 1 failed (the message says why), 2 a wrong command line.
import '../src/domain/i18n/english';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type CommandLine, type CommandSpec, runCommand, UsageError } from './lib/args';
import { FileExistsError, writeFileAtomically } from './lib/atomicFile';
import { explainFailure, exportInput } from './lib/exportData';
import { terminal } from './lib/progress';
import { periodOption } from './lib/period';
import { connect, siteOptions } from './lib/site';
import { streamedWorkbook } from './lib/workbookStream';

const spec = {
  usage: 'npm run export -- --out <fil.xlsx> [--site <url>] [--period <id>] [--force]',
  summary:
    'Skriver periodens Excel-arbetsbok: sammanfattning med definitioner, ett blad per sektor, alla rader, mottagarmatrisen och förslagen. / ' +
    "Writes the period's Excel workbook: a summary with definitions, one sheet per sektor, every line, the receiver matrix and the proposals.",
  options: {
    ...siteOptions,
    ...periodOption,
    out: { type: 'string', value: 'fil.xlsx', help: 'filen att skriva / the file to write' },
    force: { type: 'boolean', help: 'skriv över en befintlig fil / overwrite an existing file' },
  },
} satisfies CommandSpec<
  typeof siteOptions &
    typeof periodOption & {
      out: { type: 'string'; value: string; help: string };
      force: { type: 'boolean'; help: string };
    }
>;

async function main({ values }: CommandLine<typeof spec.options>): Promise<number> {
  if (values.out === undefined || values.out.trim() === '')
    throw new UsageError(
      'Ange filen att skriva med --out <fil.xlsx>. / Give the file to write with --out <file.xlsx>.',
    );
  const out = resolve(values.out);
  if (!/\.xlsx$/i.test(out))
    throw new UsageError(`--out ska sluta på .xlsx, inte ${out}. / --out must end in .xlsx, not ${out}.`);
  const force = values.force === true;
  if (!force && existsSync(out)) throw new UsageError(new FileExistsError(out).message);
  const t = terminal();
  const { sp, siteUrl, signIn } = connect(values);
  t.line(`Webbplats / site: ${siteUrl}\nInloggning / sign-in: ${signIn}\n`);
  let input;
  try {
    input = await exportInput(sp, { period: values.period });
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw explainFailure(error, {
      siteUrl,
      doing: { sv: 'läsa inventeringarna', en: 'read the inventories' },
    });
  }
  const { bytes, sheets } = await streamedWorkbook(input);
  try {
    writeFileAtomically(out, bytes, { overwrite: force });
  } catch (error) {
    if (error instanceof FileExistsError) throw new UsageError(error.message);
    throw new Error(
      `Kunde inte skriva ${out}: ${(error as Error).message}\nCould not write ${out}: ${(error as Error).message}`,
      { cause: error },
    );
  }
  const lines = input.aggregate.kommun;
  t.line(
    `Skrev / wrote ${out} (${Math.ceil(bytes.length / 1024)} kB): period ${input.period.id}, ${lines.units} enheter / units, ` +
      `${lines.reportingUnits} som räknas / counted`,
  );
  t.line(`Blad / sheets: ${sheets.join(', ')}`);
  return 0;
}

runCommand(spec, main);
