// The Teams app package: manifest/manifest.json filled from an env file, checked against Microsoft's schema with
// its localisation file and icons, and zipped with exactly those four files at the root.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { AppError } from '../../../src/domain';
import { packageValues, parseEnvFile, type PackageValues } from './env';
import { iconProblems } from './icons';
import { schemaErrors } from './schema';
import { zipArchive, type ZipEntry } from './zip';

export { envKeys, type EnvKey, type PackageValues } from './env';
export { manifestVersion } from './schema';

/** The repository's manifest folder: the template, its localisation file and the icons. */
export const manifestDir = resolve(__dirname, '..', '..', '..', 'manifest');

/** Options for `buildAppPackage`. */
export interface PackageOptions {
  /** The env file with the values (docs/deploy.md). */
  readonly envFile: string;
  /** Where to write the zip. @default `manifest/build/stodinventering-<version>.zip` */
  readonly out?: string;
  /** The folder with manifest.json, its localisation files and icons. @default `manifest/` */
  readonly sourceDir?: string;
}

/** What was written. */
export interface AppPackage {
  /** The zip's absolute path. */
  readonly path: string;
  /** The filled manifest, as in the zip. */
  readonly manifest: Record<string, unknown>;
  /** The names of the files in the zip, in order. */
  readonly files: readonly string[];
  readonly values: PackageValues;
}

/**
 * Fills the template's `${{KEY}}` placeholders. A string that is exactly `${{VALID_DOMAINS}}` inside an array
 * becomes the valid domains, one element each; `${{TAB_HOST}}` is the host of TAB_URL.
 * @throws AppError `invalid` when a placeholder is left that no value fills.
 */
export function fillManifest(template: unknown, values: PackageValues): Record<string, unknown> {
  const scalars: Record<string, string> = {
    TEAMS_APP_ID: values.teamsAppId,
    APP_VERSION: values.version,
    ENTRA_CLIENT_ID: values.clientId,
    TAB_URL: values.tabUrl,
    TAB_HOST: values.tabHost,
    DEVELOPER_NAME: values.developerName,
    DEVELOPER_WEBSITE_URL: values.developerWebsiteUrl,
    PRIVACY_URL: values.privacyUrl,
    TERMS_OF_USE_URL: values.termsOfUseUrl,
  };
  const unknown = new Set<string>();
  const fill = (value: unknown): unknown => {
    if (typeof value === 'string') {
      return value.replace(/\$\{\{\s*([A-Z_][A-Z0-9_]*)\s*\}\}/g, (whole, key: string) => {
        const replacement = scalars[key];
        if (replacement === undefined) unknown.add(key);
        return replacement ?? whole;
      });
    }
    if (Array.isArray(value)) {
      return value.flatMap((item): unknown[] =>
        typeof item === 'string' && /^\$\{\{\s*VALID_DOMAINS\s*\}\}$/.test(item)
          ? [...values.validDomains]
          : [fill(item)],
      );
    }
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v)]));
    }
    return value;
  };
  const filled = fill(template) as Record<string, unknown>;
  if (unknown.size > 0) {
    const keys = [...unknown].join(', ');
    throw new AppError('invalid', {
      message:
        `manifest.json har platshållare som inget värde fyller: ${keys}.\n` +
        `manifest.json has placeholders no value fills: ${keys}.`,
    });
  }
  return filled;
}

function readJson(path: string, fileName: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new AppError('invalid', {
      message: `${fileName} saknas (${path}). / ${fileName} is missing (${path}).`,
      cause: error,
    });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new AppError('invalid', {
      message: `${fileName} är inte giltig JSON: ${(error as Error).message} / ${fileName} is not valid JSON: ${(error as Error).message}`,
      cause: error,
    });
  }
}

function readFile(path: string, fileName: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new AppError('invalid', {
      message: `${fileName} saknas (${path}). / ${fileName} is missing (${path}).`,
      cause: error,
    });
  }
}

/** The value at a localisation key's path in the manifest (`name.short`, `staticTabs[0].name`). */
export function valueAt(manifest: unknown, key: string): unknown {
  let value: unknown = manifest;
  for (const part of key.split(/\.|(?=\[)/)) {
    if (value === null || typeof value !== 'object') return undefined;
    const index = /^\[(\d+)\]$/.exec(part);
    value = index ? (value as unknown[])[Number(index[1])] : (value as Record<string, unknown>)[part];
  }
  return value;
}

/** The files a manifest points to: its icons, then its localisation files. */
function referencedFiles(manifest: Record<string, unknown>): { icons: string[]; languages: string[] } {
  const icons = manifest.icons as { color?: string; outline?: string } | undefined;
  const localization = manifest.localizationInfo as
    { defaultLanguageFile?: string; additionalLanguages?: { file: string }[] } | undefined;
  return {
    icons: [icons?.color, icons?.outline].filter((f): f is string => typeof f === 'string'),
    languages: [
      localization?.defaultLanguageFile,
      ...(localization?.additionalLanguages ?? []).map((l) => l.file),
    ].filter((f): f is string => typeof f === 'string'),
  };
}

/**
 * Builds the app package: reads and checks the env file, fills the template, validates the manifest and each
 * localisation file against Microsoft's schema (offline), checks the icons, and writes the zip.
 * @throws AppError `invalid` naming every problem, in Swedish and English; nothing is written then.
 */
export function buildAppPackage(options: PackageOptions): AppPackage {
  const sourceDir = options.sourceDir ?? manifestDir;
  const envText = readFile(options.envFile, options.envFile).toString('utf8');
  const values = packageValues(parseEnvFile(envText, options.envFile), options.envFile);
  const manifest = fillManifest(readJson(join(sourceDir, 'manifest.json'), 'manifest.json'), values);

  const problems: string[] = [];
  const schemaProblems = (document: unknown, fileName: string): void => {
    for (const error of schemaErrors(document, fileName)) {
      problems.push(`${fileName}: schemat / the schema: ${error}`);
    }
  };
  schemaProblems(manifest, 'manifest.json');
  const { icons, languages } = referencedFiles(manifest);
  const entries: ZipEntry[] = [
    { name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) },
  ];
  for (const file of [...languages, ...icons]) {
    if (file.includes('/') || file.includes('\\')) {
      problems.push(
        `${file}: filerna ska ligga i paketets rot, inte i en mapp. / ${file}: the files belong at the package's root, not in a folder.`,
      );
      continue;
    }
    const data = readFile(join(sourceDir, file), file);
    if (languages.includes(file)) {
      const strings = readJson(join(sourceDir, file), file);
      schemaProblems(strings, file);
      for (const key of Object.keys(strings as object).filter((k) => k !== '$schema')) {
        if (typeof valueAt(manifest, key) !== 'string') {
          problems.push(
            `${file}: ${key} översätter inget i manifest.json. / ${file}: ${key} translates nothing in manifest.json.`,
          );
        }
      }
    }
    entries.push({ name: file, data });
  }
  const [color, outline] = icons.map((f) => entries.find((e) => e.name === f)?.data);
  if (color && outline) problems.push(...iconProblems({ color, outline }));
  if (problems.length > 0) {
    throw new AppError('invalid', {
      message: `Appaketet skrevs inte. / The app package was not written.\n${problems.map((p) => `  ✗ ${p}`).join('\n')}`,
    });
  }

  const out = options.out ?? join(sourceDir, 'build', `stodinventering-${values.version}.zip`);
  const path = isAbsolute(out) ? out : resolve(out);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, zipArchive(entries));
  return { path, manifest, files: entries.map((e) => e.name), values };
}
