// The env file that `npm run package` fills the manifest template from: one `KEY=value` per line, `#` comments,
// the format of the Microsoft 365 Agents Toolkit's env files (its `${{KEY}}` placeholders are ours too). Every
// value is checked before anything is written, and every problem is named at once, in Swedish and English.
import { AppError } from '../../../src/domain';

/** The keys of the env file and what each holds (docs/deploy.md lists them too). */
export const envKeys = {
  TEAMS_APP_ID: {
    sv: 'Teams-appens id, ett GUID (ett nytt per kommun)',
    en: 'the Teams app’s id, a GUID (a new one per municipality)',
  },
  APP_VERSION: {
    sv: 'appens version, MAJOR.MINOR.PATCH; höj den för varje ny uppladdning',
    en: 'the app’s version, MAJOR.MINOR.PATCH; raise it for every new upload',
  },
  ENTRA_CLIENT_ID: {
    sv: 'appregistreringens program-id (klient-id) i Entra ID, ett GUID',
    en: 'the Entra app registration’s application (client) id, a GUID',
  },
  TAB_URL: {
    sv: 'https-adressen till mappen där dist/ publiceras (med index.html och config.json)',
    en: 'the https address of the folder dist/ is published to (with index.html and config.json)',
  },
  VALID_DOMAINS: {
    sv: 'frivilligt: fler domäner som fliken får visa, kommaseparerade (flikens egen läggs alltid till)',
    en: 'optional: more domains the tab may show, comma-separated (the tab’s own is always added)',
  },
  DEVELOPER_NAME: {
    sv: 'utgivarens namn, högst 32 tecken',
    en: 'the publisher’s name, at most 32 characters',
  },
  DEVELOPER_WEBSITE_URL: { sv: 'utgivarens webbplats (https)', en: 'the publisher’s website (https)' },
  PRIVACY_URL: { sv: 'integritetspolicyn (https)', en: 'the privacy statement (https)' },
  TERMS_OF_USE_URL: { sv: 'användarvillkoren (https)', en: 'the terms of use (https)' },
} as const;

/** A key of the env file. */
export type EnvKey = keyof typeof envKeys;

const optionalKeys: readonly EnvKey[] = ['VALID_DOMAINS'];

/** The checked values the manifest is filled from. */
export interface PackageValues {
  readonly teamsAppId: string;
  readonly version: string;
  readonly clientId: string;
  /** Absolute https URL ending in `/`, no query or fragment. */
  readonly tabUrl: string;
  /** The tab's host (with its port, if not 443): the domain of `api://…` and the first valid domain. */
  readonly tabHost: string;
  /** The tab's host first, then the extra domains, without duplicates. */
  readonly validDomains: readonly string[];
  readonly developerName: string;
  readonly developerWebsiteUrl: string;
  readonly privacyUrl: string;
  readonly termsOfUseUrl: string;
}

interface Problem {
  readonly sv: string;
  readonly en: string;
}

/**
 * Reads `KEY=value` lines: blank lines and `#` comments are skipped, a value may be quoted with `"` or `'`, an
 * unquoted value ends at ` #`. A line that is not an assignment, an unknown key or a key given twice is refused.
 * @throws AppError `invalid` naming every such line.
 */
export function parseEnvFile(text: string, fileName: string): Map<EnvKey, string> {
  const values = new Map<EnvKey, string>();
  const problems: Problem[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    const at = `${fileName}:${index + 1}`;
    if (line === '' || line.startsWith('#')) return;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) {
      problems.push({
        sv: `${at}: raden är inte NYCKEL=värde: ${line}`,
        en: `${at}: the line is not KEY=value: ${line}`,
      });
      return;
    }
    const key = match[1] ?? '';
    let value = match[2] ?? '';
    const quoted = /^(["'])(.*)\1$/.exec(value);
    value = quoted ? (quoted[2] ?? '') : value.replace(/\s+#.*$/, '').trim();
    if (!(key in envKeys)) {
      problems.push({
        sv: `${at}: okänd nyckel ${key} (kända: ${Object.keys(envKeys).join(', ')})`,
        en: `${at}: unknown key ${key} (known: ${Object.keys(envKeys).join(', ')})`,
      });
    } else if (values.has(key as EnvKey)) {
      problems.push({ sv: `${at}: ${key} står två gånger`, en: `${at}: ${key} is given twice` });
    } else {
      values.set(key as EnvKey, value);
    }
  });
  if (problems.length > 0) throw refused(fileName, problems);
  return values;
}

const guidPattern = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
// Semantic Versioning 2.0.0's core (https://semver.org/#spec-item-2): three numbers, no leading zeros. Teams
// compares versions to tell an update from the app it has; a pre-release or build suffix is not accepted here,
// since Teams admin center documents MAJOR.MINOR.PATCH.
const versionPattern = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
// A host name: labels of letters, digits and hyphens, at least two; `*.` in front for a wildcard.
const domainPattern =
  /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(:\d{1,5})?$/i;

function httpsUrl(key: EnvKey, value: string, problems: Problem[]): URL | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    problems.push({
      sv: `${key} är ingen adress: "${value}" (till exempel https://stod.kommun.se/)`,
      en: `${key} is not a URL: "${value}" (for example https://stod.kommun.se/)`,
    });
    return undefined;
  }
  if (url.protocol !== 'https:') {
    problems.push({
      sv: `${key} ska börja med https://, inte ${url.protocol}// ("${value}"): Teams visar bara flikar över https`,
      en: `${key} must start with https://, not ${url.protocol}// ("${value}"): Teams shows tabs over https only`,
    });
    return undefined;
  }
  if (url.username !== '' || url.password !== '') {
    problems.push({
      sv: `${key} får inte innehålla användarnamn eller lösenord`,
      en: `${key} must not contain a user name or password`,
    });
    return undefined;
  }
  return url;
}

/**
 * Checks the env file's values: every required key present and not empty, GUIDs that are GUIDs, https URLs,
 * a MAJOR.MINOR.PATCH version, host names as valid domains.
 * @throws AppError `invalid` naming every problem, in Swedish and English.
 */
export function packageValues(env: ReadonlyMap<EnvKey, string>, fileName: string): PackageValues {
  const problems: Problem[] = [];
  for (const key of Object.keys(envKeys) as EnvKey[]) {
    if (!optionalKeys.includes(key) && (env.get(key) ?? '') === '') {
      problems.push({
        sv: `${key} saknas: ${envKeys[key].sv}`,
        en: `${key} is missing: ${envKeys[key].en}`,
      });
    }
  }
  const get = (key: EnvKey): string => env.get(key) ?? '';

  for (const key of ['TEAMS_APP_ID', 'ENTRA_CLIENT_ID'] as const) {
    const value = get(key);
    if (value !== '' && !guidPattern.test(value)) {
      problems.push({
        sv: `${key} är inget GUID: "${value}" (som 00000000-0000-0000-0000-000000000000)`,
        en: `${key} is not a GUID: "${value}" (like 00000000-0000-0000-0000-000000000000)`,
      });
    }
  }
  const version = get('APP_VERSION');
  if (version !== '' && !versionPattern.test(version)) {
    problems.push({
      sv: `APP_VERSION ska vara tre tal, MAJOR.MINOR.PATCH (som 1.0.0), inte "${version}"`,
      en: `APP_VERSION must be three numbers, MAJOR.MINOR.PATCH (like 1.0.0), not "${version}"`,
    });
  }
  const name = get('DEVELOPER_NAME');
  if (name.length > 32) {
    problems.push({
      sv: `DEVELOPER_NAME har ${name.length} tecken, högst 32 får plats`,
      en: `DEVELOPER_NAME has ${name.length} characters, at most 32 fit`,
    });
  }

  const urls = new Map<EnvKey, URL>();
  for (const key of ['TAB_URL', 'DEVELOPER_WEBSITE_URL', 'PRIVACY_URL', 'TERMS_OF_USE_URL'] as const) {
    const value = get(key);
    if (value === '') continue;
    const url = httpsUrl(key, value, problems);
    if (url) urls.set(key, url);
  }
  const tab = urls.get('TAB_URL');
  if (tab && (tab.search !== '' || tab.hash !== '')) {
    problems.push({
      sv: `TAB_URL ska vara adressen till mappen med index.html, utan ? eller # ("${get('TAB_URL')}")`,
      en: `TAB_URL must be the address of the folder with index.html, without ? or # ("${get('TAB_URL')}")`,
    });
  }

  const extra = get('VALID_DOMAINS')
    .split(',')
    .map((d) => d.trim())
    .filter((d) => d !== '');
  for (const domain of extra) {
    if (/^\*\.[^.]+$/.test(domain)) {
      // Teams refuses wildcards over a whole top-level domain (`*.com`): the app would trust every site there.
      problems.push({
        sv: `VALID_DOMAINS: "${domain}" omfattar en hel toppdomän; ange kommunens egna domäner`,
        en: `VALID_DOMAINS: "${domain}" covers a whole top-level domain; name the municipality's own domains`,
      });
    } else if (!domainPattern.test(domain)) {
      problems.push({
        sv: `VALID_DOMAINS: "${domain}" är ingen domän (bara värdnamn som kommun.sharepoint.com, utan https://)`,
        en: `VALID_DOMAINS: "${domain}" is not a domain (host names only, like kommun.sharepoint.com, without https://)`,
      });
    }
  }

  if (problems.length > 0 || !tab) throw refused(fileName, problems);
  const path = tab.pathname.endsWith('/') ? tab.pathname : `${tab.pathname}/`;
  const tabUrl = `${tab.origin}${path}`;
  const tabHost = tab.host;
  const validDomains = [...new Set([tabHost, ...extra.map((d) => d.toLowerCase())])];
  const url = (key: EnvKey): string => urls.get(key)?.href ?? '';
  return {
    teamsAppId: get('TEAMS_APP_ID').toLowerCase(),
    version,
    clientId: get('ENTRA_CLIENT_ID').toLowerCase(),
    tabUrl,
    tabHost,
    validDomains,
    developerName: name,
    developerWebsiteUrl: url('DEVELOPER_WEBSITE_URL'),
    privacyUrl: url('PRIVACY_URL'),
    termsOfUseUrl: url('TERMS_OF_USE_URL'),
  };
}

function refused(fileName: string, problems: readonly Problem[]): AppError {
  const sv = problems.map((p) => `  ✗ ${p.sv}`).join('\n');
  const en = problems.map((p) => `  ✗ ${p.en}`).join('\n');
  return new AppError('invalid', {
    message:
      `Appaketet skrevs inte: ${fileName} har fel.\n${sv}\n` +
      `The app package was not written: ${fileName} has errors.\n${en}`,
  });
}
