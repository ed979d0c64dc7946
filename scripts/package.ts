// `npm run package -- --env <file> [--out <zip>]`: the Teams app package for one municipality. Fills
// manifest/manifest.json from the env file (docs/deploy.md lists its keys), validates the manifest and the Swedish
// localisation file against Microsoft's schema offline, checks the icons, and writes the zip to upload in Teams
// admin center. Exit codes: 0 written, 1 a value, the template or an icon is wrong (the message names every
// problem), 2 a wrong command line.
import '../src/domain/i18n/english';
import { existsSync } from 'node:fs';
import { type CommandLine, type CommandSpec, runCommand, UsageError } from './lib/args';
import { buildAppPackage, envKeys, manifestVersion } from './lib/package';

const spec = {
  usage: 'npm run package -- --env <fil> [--out <fil.zip>]',
  summary:
    'Bygger Teams-appens paket (manifest.json, sv.json och ikonerna i en zip-fil) med kommunens värden ur env-filen. / ' +
    'Builds the Teams app package (manifest.json, sv.json and the icons in a zip file) with the municipality’s values from the env file.\n\n' +
    `Nycklar i env-filen / keys of the env file (manifest ${manifestVersion}; exempel / example: manifest/example.env):\n` +
    Object.entries(envKeys)
      .map(([key, text]) => `  ${key.padEnd(22)} ${text.sv} / ${text.en}`)
      .join('\n'),
  options: {
    env: { type: 'string', value: 'fil', help: 'env-filen med värdena / the env file with the values' },
    out: {
      type: 'string',
      value: 'fil.zip',
      help: 'var paketet skrivs / where the package is written (standard / default: manifest/build/stodinventering-<version>.zip)',
    },
  },
} satisfies CommandSpec<{
  env: { type: 'string'; value: string; help: string };
  out: { type: 'string'; value: string; help: string };
}>;

async function main({ values }: CommandLine<typeof spec.options>): Promise<number> {
  if (values.env === undefined) {
    throw new UsageError(
      '--env saknas: ange env-filen med värdena. / --env is missing: name the env file with the values.',
    );
  }
  if (!existsSync(values.env)) {
    throw new UsageError(`Filen ${values.env} finns inte. / The file ${values.env} does not exist.`);
  }
  const built = buildAppPackage({
    envFile: values.env,
    ...(values.out !== undefined && { out: values.out }),
  });
  process.stdout.write(
    [
      `Teams-appens paket / the Teams app package: ${built.path}`,
      `  manifest ${manifestVersion}, version ${built.values.version}, app-id ${built.values.teamsAppId}`,
      `  flik / tab: ${built.values.tabUrl}`,
      `  Entra-klient / Entra client: ${built.values.clientId} (api://${built.values.tabHost}/${built.values.clientId})`,
      `  filer / files: ${built.files.join(', ')}`,
      'Ladda upp det i Teams administrationscenter (docs/deploy.md). / Upload it in Teams admin center (docs/deploy.md).',
      '',
    ].join('\n'),
  );
  return 0;
}

runCommand(spec, main);
