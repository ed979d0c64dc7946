// `npm run comparisons -- [--site <url>] [--period <id>]`: publishes the period's comparisons in Jämförelser, as
// the dashboard's "Publicera jämförelser" does, so IT can schedule it (docs/data-model.md, "The manager's
// comparison"). Reads the period's figures as the dashboards do, counts every area, and writes the areas whose
// figures changed. Only the project team and IT may write the list; SharePoint refuses anyone else. Exit codes: 0
// published, 1 failed, 2 a wrong command line.
import '../src/domain/i18n/english';
import { aggregate, publishedComparisons } from '../src/domain';
import { SharePointDashboardRepository, SharePointSettingsRepository } from '../src/sharepoint/repositories';
import { SharePointComparisonRepository } from '../src/sharepoint/repositories/comparisonRepository';
import { type CommandLine, type CommandSpec, runCommand, UsageError } from './lib/args';
import { explainFailure } from './lib/exportData';
import { terminal } from './lib/progress';
import { choosePeriod, periodOption } from './lib/period';
import { connect, siteOptions } from './lib/site';

const spec = {
  usage: 'npm run comparisons -- [--site <url>] [--period <id>]',
  summary:
    'Publicerar jämförelserna för cheferna i listan Jämförelser: kommunen, varje sektor och varje kontor. / ' +
    'Publishes the comparisons for the managers in the list Jämförelser: the municipality, each sector and each office.',
  options: {
    ...siteOptions,
    ...periodOption,
  },
} satisfies CommandSpec<typeof siteOptions & typeof periodOption>;

async function main({ values }: CommandLine<typeof spec.options>): Promise<number> {
  const t = terminal();
  const { sp, siteUrl, signIn } = connect(values);
  t.line(`Webbplats / site: ${siteUrl}\nInloggning / sign-in: ${signIn}\n`);
  try {
    const at = new Date().toISOString();
    const periods = await new SharePointSettingsRepository(sp).listPeriods();
    const period = choosePeriod(periods, values.period, at);
    const data = await new SharePointDashboardRepository(sp).loadFigures({ periodId: period.id });
    const { units, inventories, config } = data;
    const entries = publishedComparisons(aggregate({ units, inventories, config, periodId: period.id }));
    const shown = entries.filter((e) => e.figures !== null).length;
    t.line(
      `Period ${period.id}: ${entries.length} områden, ${shown} med siffror (minst 5 enheter) / ` +
        `${entries.length} areas, ${shown} with figures (at least 5 units)`,
    );
    const { written, unchanged } = await new SharePointComparisonRepository(sp).publish({
      periodId: period.id,
      entries,
      at,
    });
    t.line(`Publicerat / published: ${written} ändrade / changed, ${unchanged} oförändrade / unchanged`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw explainFailure(error, {
      siteUrl,
      doing: { sv: 'publicera jämförelser i Jämförelser', en: 'publish comparisons in Jämförelser' },
    });
  }
}

runCommand(spec, main);
