// Validates the manifest and its localisation files against Microsoft's JSON schemas, offline. The schemas are the
// copies bundled in @microsoft/app-manifest, the library the Microsoft 365 Agents Toolkit validates with; its
// `$schema` URL (https://developer.microsoft.com/json-schemas/teams/v1.30/…) names the file. They are JSON
// Schema draft-04, so ajv-draft-04 compiles them, with the options and formats that library uses
// (`AppManifestUtils.validateAgainstSchema`), which are not called directly: that library requires fs-extra
// without declaring it and an ES-module-only strip-bom, which Jest cannot load. Nothing is fetched: a `$schema`
// with no bundled copy is an error.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { AppError } from '../../../src/domain';

/** The manifest version this app is written for; `manifest/manifest.json` and `sv.json` name its schemas. */
export const manifestVersion = '1.30';

/** Where the schema of a `$schema` URL is bundled, or undefined when it is none of Microsoft's Teams schemas. */
export function bundledSchemaPath(schemaUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(schemaUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.hostname !== 'developer.microsoft.com') return undefined;
  // The locale segment (`/en-us/json-schemas/…`) is optional in Microsoft's URLs.
  const match =
    /^(?:\/[a-z]{2}(?:-[a-z]{2})?)?\/json-schemas\/(teams\/v[0-9.]+\/[A-Za-z.]+\.schema\.json)$/i.exec(
      url.pathname,
    );
  if (!match?.[1]) return undefined;
  const packageDir = dirname(require.resolve('@microsoft/app-manifest/package.json'));
  const path = join(packageDir, 'build', 'json-schemas', ...match[1].split('/'));
  return existsSync(path) ? path : undefined;
}

const compiled = new Map<string, ReturnType<Ajv['compile']>>();

/**
 * The schema errors of a manifest or localisation file, by its own `$schema`; empty when it is valid.
 * @throws AppError `invalid` when `$schema` is missing or names no bundled schema.
 */
export function schemaErrors(document: unknown, fileName: string): string[] {
  const schemaUrl = (document as { $schema?: unknown } | null)?.$schema;
  const path = typeof schemaUrl === 'string' ? bundledSchemaPath(schemaUrl) : undefined;
  if (path === undefined) {
    throw new AppError('invalid', {
      message:
        `${fileName}: $schema ska vara ett av Microsofts Teams-scheman, som https://developer.microsoft.com/json-schemas/teams/v${manifestVersion}/MicrosoftTeams.schema.json, inte ${JSON.stringify(schemaUrl)}.\n` +
        `${fileName}: $schema must be one of Microsoft's Teams schemas, like https://developer.microsoft.com/json-schemas/teams/v${manifestVersion}/MicrosoftTeams.schema.json, not ${JSON.stringify(schemaUrl)}.`,
    });
  }
  let validate = compiled.get(path);
  if (!validate) {
    // Older published schemas hold \a and \v escapes that JSON does not allow; the library rewrites them the same way.
    const text = readFileSync(path, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b');
    // unicodeRegExp off: the localisation schema's patterns hold a lone `]` (`…\b]\.description$`), which JSON
    // Schema's ECMA-262 regular expressions allow but ajv's default `u` flag refuses.
    const ajv = new Ajv({ allErrors: true, strictTypes: false, unicodeRegExp: false });
    addFormats(ajv, ['uri', 'email', 'regex']);
    validate = ajv.compile(JSON.parse(text) as object);
    compiled.set(path, validate);
  }
  if (validate(document)) return [];
  return (validate.errors ?? []).map(
    (e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
  );
}
