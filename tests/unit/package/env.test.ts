// The env file of `npm run package`: every value is checked before anything is written, and every problem is
// named at once, in Swedish and English.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isAppError } from '../../../src/domain';
import { packageValues, parseEnvFile, type EnvKey } from '../../../scripts/lib/package/env';

const example = readFileSync(join(__dirname, '../../../manifest/example.env'), 'utf8');

/** The example env file with some keys replaced (`undefined` removes the line). */
function withValues(changes: Partial<Record<EnvKey, string | undefined>>): string {
  let text = example;
  for (const [key, value] of Object.entries(changes)) {
    const line = new RegExp(`^${key}=.*$`, 'm');
    text = value === undefined ? text.replace(line, '') : text.replace(line, `${key}=${value}`);
  }
  return text;
}

/** The message of the error `packageValues` throws for the text. */
function refusal(text: string): string {
  try {
    packageValues(parseEnvFile(text, 'kommun.env'), 'kommun.env');
  } catch (error) {
    expect(isAppError(error) && error.code).toBe('invalid');
    return (error as Error).message;
  }
  throw new Error('the env file was accepted');
}

describe('the example env file', () => {
  it('gives every value, normalised', () => {
    const values = packageValues(parseEnvFile(example, 'example.env'), 'example.env');
    expect(values).toEqual({
      teamsAppId: '4f6c1d2e-8a3b-4c5d-9e7f-0a1b2c3d4e5f',
      version: '1.0.0',
      clientId: '0d9e8f7a-6b5c-4d3e-8f1a-2b3c4d5e6f70',
      tabUrl: 'https://stodinventering.kommun.example/',
      tabHost: 'stodinventering.kommun.example',
      validDomains: ['stodinventering.kommun.example', 'kommun.sharepoint.com'],
      developerName: 'Kommunens IT-avdelning',
      developerWebsiteUrl: 'https://www.kommun.example/',
      privacyUrl: 'https://www.kommun.example/personuppgifter',
      termsOfUseUrl: 'https://www.kommun.example/villkor',
    });
  });

  it('reads quotes, comments after a value, CRLF lines and a folder without its trailing slash', () => {
    const text = withValues({
      TAB_URL: '"https://kommun.example/stod"',
      DEVELOPER_NAME: "'IT # och digitalisering'",
      VALID_DOMAINS: 'kommun.sharepoint.com  # SharePoint',
    }).replace(/\n/g, '\r\n');
    const values = packageValues(parseEnvFile(text, 'k.env'), 'k.env');
    expect(values.tabUrl).toBe('https://kommun.example/stod/');
    expect(values.developerName).toBe('IT # och digitalisering');
    expect(values.validDomains).toEqual(['kommun.example', 'kommun.sharepoint.com']);
  });

  it('needs no VALID_DOMAINS: the tab’s own host is always one', () => {
    const values = packageValues(parseEnvFile(withValues({ VALID_DOMAINS: undefined }), 'k.env'), 'k.env');
    expect(values.validDomains).toEqual(['stodinventering.kommun.example']);
  });
});

describe('a wrong env file is refused, in Swedish and English', () => {
  it.each([
    [
      'a GUID that is not one',
      { TEAMS_APP_ID: 'kommunens-app' },
      'TEAMS_APP_ID är inget GUID',
      'TEAMS_APP_ID is not a GUID',
    ],
    [
      'a client id one digit short',
      { ENTRA_CLIENT_ID: '0d9e8f7a-6b5c-4d3e-8f1a-2b3c4d5e6f7' },
      'ENTRA_CLIENT_ID är inget GUID',
      'ENTRA_CLIENT_ID is not a GUID',
    ],
    [
      'an http tab',
      { TAB_URL: 'http://stod.kommun.example/' },
      'TAB_URL ska börja med https://',
      'TAB_URL must start with https://',
    ],
    [
      'an http privacy page',
      { PRIVACY_URL: 'http://kommun.example/gdpr' },
      'PRIVACY_URL ska börja med https://',
      'PRIVACY_URL must start with https://',
    ],
    [
      'a tab that is no URL',
      { TAB_URL: 'stod.kommun.example' },
      'TAB_URL är ingen adress',
      'TAB_URL is not a URL',
    ],
    [
      'a tab with a query',
      { TAB_URL: 'https://stod.kommun.example/?x=1' },
      'utan ? eller #',
      'without ? or #',
    ],
    [
      'a two-part version',
      { APP_VERSION: '1.0' },
      'APP_VERSION ska vara tre tal',
      'APP_VERSION must be three numbers',
    ],
    ['a pre-release version', { APP_VERSION: '1.0.0-beta' }, 'inte "1.0.0-beta"', 'not "1.0.0-beta"'],
    ['a version with a leading zero', { APP_VERSION: '1.02.0' }, 'inte "1.02.0"', 'not "1.02.0"'],
    [
      'a missing key',
      { TERMS_OF_USE_URL: undefined },
      'TERMS_OF_USE_URL saknas',
      'TERMS_OF_USE_URL is missing',
    ],
    ['an empty key', { ENTRA_CLIENT_ID: '' }, 'ENTRA_CLIENT_ID saknas', 'ENTRA_CLIENT_ID is missing'],
    [
      'a domain with its scheme',
      { VALID_DOMAINS: 'https://kommun.sharepoint.com' },
      'är ingen domän',
      'is not a domain',
    ],
    ['a top-level wildcard', { VALID_DOMAINS: '*.com' }, 'hel toppdomän', 'whole top-level domain'],
    [
      'a long publisher',
      { DEVELOPER_NAME: 'Kommunens avdelning för IT och digitalisering' },
      'högst 32',
      'at most 32',
    ],
  ])('%s', (_, changes, sv, en) => {
    const message = refusal(withValues(changes));
    expect(message).toContain('Appaketet skrevs inte: kommun.env har fel.');
    expect(message).toContain(sv);
    expect(message).toContain('The app package was not written: kommun.env has errors.');
    expect(message).toContain(en);
  });

  it('names every problem at once', () => {
    const message = refusal(
      withValues({ TEAMS_APP_ID: 'x', APP_VERSION: 'v1', TAB_URL: 'http://a.example/' }),
    );
    expect(message.match(/✗/g)).toHaveLength(6);
  });

  it('refuses a line that is no assignment, an unknown key and a key given twice, with the line number', () => {
    const text = `${example}\nTAB_URLL=https://x.example/\nAPP_VERSION=2.0.0\njust words\n`;
    let message = '';
    try {
      parseEnvFile(text, 'k.env');
    } catch (error) {
      message = (error as Error).message;
    }
    const lines = text.split('\n');
    const line = (start: string): number => lines.findIndex((l) => l.startsWith(start)) + 1;
    expect(message).toContain(`k.env:${line('TAB_URLL')}: okänd nyckel TAB_URLL`);
    expect(message).toContain(`k.env:${line('TAB_URLL')}: unknown key TAB_URLL`);
    expect(message).toContain(
      `k.env:${lines.lastIndexOf('APP_VERSION=2.0.0') + 1}: APP_VERSION is given twice`,
    );
    expect(message).toContain(`k.env:${line('just words')}: the line is not KEY=value`);
  });
});
