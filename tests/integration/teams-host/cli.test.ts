// The host as a program: it prints the address to open, serves the page framing the tab named by --tab, reads
// the Graph receiver named by --receiver, stops on SIGTERM, and refuses a bad port or address in Swedish and
// English.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

jest.setTimeout(60_000);

const cli = join(__dirname, '..', '..', '..', 'emulators', 'teams-host', 'cli.ts');
const tsx = require.resolve('tsx/cli');

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'teams-host-cli-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function run(args: string[]) {
  const child = spawn(process.execPath, [tsx, cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const opened = () =>
    new Promise<string>((resolve, reject) => {
      const look = () => {
        const match = /Öppna \/ open (\S+)/.exec(output);
        if (match) resolve(match[1]!);
      };
      look();
      child.stdout.on('data', look);
      void exited.then(() => reject(new Error(`exited: ${output}`)));
    });
  return { child, exited, opened, output: () => output };
}

describe('the Teams host’s command line', () => {
  it('prints the address to open and frames the tab named by --tab until stopped', async () => {
    const host = run(['--port', '0', '--data', dir, '--tab', 'http://127.0.0.1:3999/']);
    try {
      const url = await host.opened();
      const res = await fetch(url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-security-policy')).toContain('frame-src http://127.0.0.1:3999');
    } finally {
      host.child.kill('SIGTERM');
    }
    expect(await host.exited).toBe(0);
  });

  it('reads the receiver named by --receiver, and refuses one that is no URL', async () => {
    // Nothing listens on port 9 (discard) here: the host tries the receiver it was given, and says it does not answer.
    const host = run(['--port', '0', '--data', dir, '--receiver', 'http://127.0.0.1:9']);
    try {
      const url = await host.opened();
      const res = await fetch(`${url}_host/api/channel-messages`);
      expect(res.status).toBe(502);
      expect(((await res.json()) as { error: string }).error).toContain(
        'http://127.0.0.1:9/_receiver/channels/',
      );
    } finally {
      host.child.kill('SIGTERM');
    }
    expect(await host.exited).toBe(0);
    const invalid = run(['--port', '0', '--data', dir, '--receiver', 'mottagaren']);
    expect(await invalid.exited).toBe(1);
    expect(invalid.output()).toContain('receiverUrl måste vara en fullständig http(s)-adress');
  });

  it('refuses a port out of range, in Swedish and English', async () => {
    const host = run(['--port', '70000', '--data', dir]);
    expect(await host.exited).toBe(1);
    expect(host.output()).toContain('--port måste vara 0–65535, inte "70000". / --port must be 0–65535');
  });
});
