// `npm run provision -- --site <url> [--dry-run]`: creates or updates the site's lists, columns, views, permission
// levels, groups and list permissions from the schema (docs/provisioning.md). A second run changes nothing.
import { provisionSite } from '../src/sharepoint/provision';
import { helpText, parseCommandLine, UsageError, type CommandSpec } from './lib/args';
import { errorText, provisionPrinter, terminal } from './lib/progress';
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

async function main(): Promise<number> {
  const t = terminal();
  const { values } = parseCommandLine(spec);
  if (values.help) {
    t.line(helpText(spec));
    return 0;
  }
  const { sp, siteUrl, signIn } = connect(values);
  t.line(`Webbplats / site: ${siteUrl}\nInloggning / sign-in: ${signIn}`);
  await provisionSite(sp, { log: provisionPrinter(t), dryRun: values['dry-run'] ?? false });
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${errorText(error)}\n`);
    if (error instanceof UsageError) process.stderr.write(`\n${helpText(spec)}\n`);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
