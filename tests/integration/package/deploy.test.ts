// docs/deploy.md, as far as it runs without a tenant: its package command with manifest/example.env, as written,
// through npm; its table of env keys; its config.json example, read by the tab's own parser; and the redirect
// and api:// addresses it gives for the example values. Also the command's refusals and exit codes.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseRuntimeConfig } from '../../../src/auth/runtimeConfig';
import { envKeys, manifestDir } from '../../../scripts/lib/package';
import { packageValues, parseEnvFile } from '../../../scripts/lib/package/env';
import { readZip } from '../../unit/package/readZip';

const root = join(__dirname, '../../..');
const guide = readFileSync(join(root, 'docs/deploy.md'), 'utf8');
const exampleEnv = readFileSync(join(manifestDir, 'example.env'), 'utf8');
const example = packageValues(parseEnvFile(exampleEnv, 'example.env'), 'example.env');

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function run(command: string, args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env: process.env });
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: string) => (stdout += chunk));
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** `scripts/package.ts` through tsx, as `npm run package` runs it. */
const runPackage = (args: readonly string[]): Promise<Run> =>
  run(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/package.ts', ...args]);

/** The fenced blocks of the guide in a language. */
function blocks(language: string): string[] {
  return [...guide.matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, 'g'))].map(
    (m) => m[1] ?? '',
  );
}

/** The first cells of the table whose first row after the header starts with `first`. */
function tableKeys(first: string): string[] {
  const lines = guide.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`| \`${first}\``));
  const rows: string[] = [];
  for (let i = start; i >= 0 && i < lines.length && lines[i]?.startsWith('|'); i++) {
    rows.push(/^\| `([^`]+)`/.exec(lines[i] ?? '')?.[1] ?? '');
  }
  return rows;
}

describe('docs/deploy.md', () => {
  it('builds the package with the command it gives, through npm, with manifest/example.env', async () => {
    const command = blocks('sh')
      .flatMap((b) => b.split('\n'))
      .find((line) => line.startsWith('npm run package'));
    expect(command).toBe('npm run package -- --env manifest/example.env');
    const result = await run('npm', (command ?? '').split(' ').slice(1));
    expect(result.stderr).not.toMatch(/✗/);
    expect(result.code).toBe(0);
    const path = /the Teams app package: (\S+\.zip)/.exec(result.stdout)?.[1] ?? '';
    expect(path).toBe(join(manifestDir, 'build', 'stodinventering-1.0.0.zip'));
    expect([...readZip(readFileSync(path)).keys()].sort()).toEqual([
      'color.png',
      'manifest.json',
      'outline.png',
      'sv.json',
    ]);
    // What it prints to compare with the app registration is the address the guide tells IT to register.
    expect(result.stdout).toContain(`(api://${example.tabHost}/${example.clientId})`);
    expect(guide).toContain(`\`api://${example.tabHost}/<client id>\``);
  }, 120_000);

  it('lists every key of the env file, in order', () => {
    expect(tableKeys('TEAMS_APP_ID')).toEqual(Object.keys(envKeys));
  });

  it('gives a config.json the tab accepts, with the example’s client id and the browser redirect it registers', () => {
    const [config] = blocks('json');
    const parsed = parseRuntimeConfig(JSON.parse(config ?? 'null'));
    expect(parsed).toEqual({
      siteUrl: 'https://kommun.sharepoint.com/sites/stodinventering',
      auth: {
        kind: 'entra',
        clientId: example.clientId,
        tenantId: 'kommun.onmicrosoft.com',
        redirectUri: example.tabUrl,
      },
      teamsHostOrigins: [],
    });
    expect(guide).toContain(`| \`${example.tabUrl}\` | sign-in in a plain browser`);
  });

  it('registers the nested app auth redirect as brk-multihub:// and the tab’s host, with no path', () => {
    expect(guide).toContain(`| \`brk-multihub://${example.tabHost}\` | nested app authentication`);
  });

  it('lists the keys of config.json the tab reads', () => {
    expect(tableKeys('siteUrl')).toEqual([
      'siteUrl',
      'auth.kind',
      'auth.clientId',
      'auth.tenantId',
      'auth.redirectUri',
      'teamsHostOrigins',
    ]);
  });
});

describe('npm run package', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'package-command-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the zip where --out says, and prints its path', async () => {
    const out = join(dir, 'kommun.zip');
    const result = await runPackage(['--env', 'manifest/example.env', '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Teams-appens paket / the Teams app package: ${out}`);
    expect(readZip(readFileSync(out)).size).toBe(4);
  }, 60_000);

  it('refuses malformed values in Swedish and English, with exit code 1, and writes nothing', async () => {
    const env = join(dir, 'bad.env');
    const out = join(dir, 'bad.zip');
    writeFileSync(
      env,
      exampleEnv
        .replace(/^TEAMS_APP_ID=.*$/m, 'TEAMS_APP_ID=4f6c1d2e')
        .replace(/^TAB_URL=.*$/m, 'TAB_URL=http://stodinventering.kommun.example/')
        .replace(/^APP_VERSION=.*$/m, 'APP_VERSION=1.0.0.1'),
    );
    const result = await runPackage(['--env', env, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('TEAMS_APP_ID är inget GUID: "4f6c1d2e"');
    expect(result.stderr).toContain('TEAMS_APP_ID is not a GUID: "4f6c1d2e"');
    expect(result.stderr).toContain('TAB_URL ska börja med https://, inte http://');
    expect(result.stderr).toContain('TAB_URL must start with https://, not http://');
    expect(result.stderr).toContain(
      'APP_VERSION must be three numbers, MAJOR.MINOR.PATCH (like 1.0.0), not "1.0.0.1"',
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(() => readFileSync(out)).toThrow();
  }, 60_000);

  it('needs --env, and an env file that exists (exit code 2, with the usage)', async () => {
    const missing = await runPackage([]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--env saknas');
    expect(missing.stderr).toContain('--env is missing');
    expect(missing.stderr).toContain('Användning / usage: npm run package -- --env <fil>');
    const absent = await runPackage(['--env', join(dir, 'no.env')]);
    expect(absent.code).toBe(2);
    expect(absent.stderr).toContain('does not exist');
  }, 60_000);
});
