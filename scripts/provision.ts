// `npm run provision -- --site <url> [--dry-run]`: creates or updates the site's lists, columns, views, permission
// levels, groups and list permissions from the schema (docs/provisioning.md). A second run changes nothing.
import '../src/domain/i18n/english';
import { provisionSite } from '../src/sharepoint/provision';
import { type CommandLine, type CommandSpec, runCommand } from './lib/args';
import { provisionPrinter, terminal } from './lib/progress';
import { connect, siteOptions } from './lib/site';

const spec = {
  usage: 'npm run provision -- [--site <url>] [--dry-run] [--client-id <id> --tenant <id>]',
  summary:
    'Skapar eller uppdaterar listor, kolumner, index, vyer, behörighetsnivåer, grupper och listbehörigheter. / ' +
    'Creates or updates lists, columns, indexes, views, permission levels, groups and list permissions.',
  options: {
    ...siteOptions,
    'dry-run': {
      type: 'boolean',
      help: 'visa vad som skulle ändras, ändra inget / show what would change, change nothing',
    },
  },
} satisfies CommandSpec<typeof siteOptions & { 'dry-run': { type: 'boolean'; help: string } }>;

async function main({ values }: CommandLine<typeof spec.options>): Promise<number> {
  const t = terminal();
  const { sp, siteUrl, signIn } = connect(values);
  t.line(`Webbplats / site: ${siteUrl}\nInloggning / sign-in: ${signIn}`);
  await provisionSite(sp, { log: provisionPrinter(t), dryRun: values['dry-run'] ?? false });
  return 0;
}

runCommand(spec, main);
