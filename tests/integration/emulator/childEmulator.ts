// Runs the emulator's CLI as a child process, the way `npm run emulator` does, for the CLI and kill tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const CLI = join(ROOT, 'emulators', 'sharepoint', 'cli.ts');

/** A running emulator process. */
export interface ChildEmulator {
  child: ChildProcess;
  url: string;
  siteUrl: string;
  /** Everything the process printed so far. */
  output(): string;
  /** Resolves when the process has exited. */
  exited: Promise<number | null>;
}

/** Starts `cli.ts` with the arguments and waits for its "listening" line. @throws when it exits first. */
export function startChildEmulator(args: string[]): Promise<ChildEmulator> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      const listening = /SharePoint emulator listening on (http:\/\/\S+)/.exec(output);
      const site = /(http:\/\/\S+\/sites\/\S+)/.exec(output.slice(listening?.index ?? 0));
      if (listening && site) {
        resolve({ child, url: listening[1]!, siteUrl: site[1]!, output: () => output, exited });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    void exited.then((code) =>
      reject(new Error(`The emulator exited with ${String(code)} before listening:\n${output}`)),
    );
  });
}

/** Runs `cli.ts` to its end and returns its exit code and output (for start-up failures). */
export async function runChildEmulatorToEnd(
  args: string[],
): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, output };
}

/** A token from the child's side door. */
export async function childToken(emulator: ChildEmulator, upn: string): Promise<string> {
  const res = await fetch(`${emulator.url}/_emulator/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ upn }),
  });
  return ((await res.json()) as { access_token: string }).access_token;
}
