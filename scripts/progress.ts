// `npm run progress -- [--site <url>] [--period <id>] [--unit <code>] [--json]`: how many inventories are in each
// status per sektor and kontor, as the app computes the status (the manager's answer and the reviewers' decisions,
// only from each unit's own folder), or for one unit its status, who decided and when, and its number of lines.
// For the project team's scheduled reports: `--json` prints the same as one JSON document.
import '../src/domain/i18n/english';
import { SharePointDashboardRepository, SharePointSettingsRepository } from '../src/sharepoint/repositories';
import { type CommandLine, type CommandSpec, runCommand } from './lib/args';
import { terminal } from './lib/progress';
import { choosePeriod, periodOption } from './lib/period';
import { connect, siteOptions } from './lib/site';
import { periodReport, periodReportText, unitReport, unitReportText } from './lib/statusReport';

const spec = {
  usage: 'npm run progress -- [--site <url>] [--period <id>] [--unit <kod>] [--json]',
  summary:
    'Visar hur många inventeringar som har varje status per sektor och kontor, så som appen räknar den, eller för en enhet vem som beslutade och när. / ' +
    'Shows how many inventories are in each status per sektor and kontor, as the app computes it, or for one unit who decided and when.',
  options: {
    ...siteOptions,
    ...periodOption,
    unit: { type: 'string', value: 'kod', help: 'en enhet / one unit (enhetskod / unit code)' },
    json: { type: 'boolean', help: 'skriv JSON / print JSON' },
  },
} satisfies CommandSpec<
  typeof siteOptions &
    typeof periodOption & {
      unit: { type: 'string'; value: string; help: string };
      json: { type: 'boolean'; help: string };
    }
>;

async function main({ values }: CommandLine<typeof spec.options>): Promise<number> {
  const t = terminal();
  const { sp, siteUrl, signIn } = connect(values);
  if (!values.json) t.line(`Webbplats / site: ${siteUrl}\nInloggning / sign-in: ${signIn}\n`);
  const periods = await new SharePointSettingsRepository(sp).listPeriods();
  const period = choosePeriod(periods, values.period, new Date().toISOString());
  const data = await new SharePointDashboardRepository(sp).load({ periodId: period.id });
  if (values.unit !== undefined) {
    const report = unitReport(data, { periodId: period.id, unitId: values.unit });
    t.line(values.json ? JSON.stringify(report, null, 2) : unitReportText(report));
  } else {
    const report = periodReport(data, period.id);
    t.line(values.json ? JSON.stringify(report, null, 2) : periodReportText(report));
  }
  return 0;
}

runCommand(spec, main);
