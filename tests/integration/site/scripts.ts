// The scripts' command lines as people run them (`npm run import-org`, `npm run progress`, through tsx, their output
// on pipes), and the files the import reads, written to a temporary directory (never into the repository).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type UnitInput } from '../../../src/domain';

const root = join(__dirname, '../../..');

/** How a script run ended and what it printed. */
export interface ScriptRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options for `runScript`. */
export interface RunOptions {
  /**
   * Read nothing for a second after the first output, as a slow pipe (`| less`, a busy CI log) does: the script's
   * output then waits in the pipe and in the process, and is lost if the process exits before writing it.
   * @default false
   */
  readonly lateReader?: boolean;
}

/** Runs `scripts/import-org.ts` with `args`, stdout and stderr on pipes, signed in as the emulator's admin. */
export function runImportOrg(args: readonly string[], options: RunOptions = {}): Promise<ScriptRun> {
  return runScript('import-org', args, options);
}

/** Runs `scripts/<name>.ts` with `args`, stdout and stderr on pipes, signed in as the emulator's admin. */
export function runScript(
  name: string,
  args: readonly string[],
  options: RunOptions = {},
): Promise<ScriptRun> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [join(root, 'node_modules/tsx/dist/cli.mjs'), `scripts/${name}.ts`, ...args],
      { cwd: root, env: { ...process.env, SP_TOKEN: '' } },
    );
    // Decoded by the streams, so a character split between two chunks (å, ✗) stays whole.
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    let stdout = '';
    let stderr = '';
    let paused = false;
    child.stdout.on('data', (chunk) => {
      stdout += chunk as string;
      if (options.lateReader && !paused) {
        paused = true;
        child.stdout.pause();
        setTimeout(() => child.stdout.resume(), 1000);
      }
    });
    child.stderr.on('data', (chunk) => (stderr += chunk as string));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The lines of a script's output that name a bad row or cell (`✗ rad / line …`). */
export function issueLines(output: string): string[] {
  return output.split('\n').filter((line) => line.startsWith('  ✗ '));
}

/** A temporary directory for a test file's inputs, removed after its tests. */
export function useTempDir(): (name: string, content: string | Uint8Array) => string {
  let dir: string | undefined;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'import-org-'));
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  return (name, content) => {
    if (!dir) throw new Error('useTempDir() must be called at file level.');
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
}

const headers = [
  'Enhetskod',
  'Enhet',
  'Överordnad enhet',
  'Nivå',
  'Chef',
  'Chef e-post',
  'Antal medarbetare',
  'Årsarbetare',
];

const kindWord = { sektor: 'Sektor', kontor: 'Kontor', enhet: 'Enhet' } as const;

const field = (text: string): string => (/[;"\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** Units as the HR system exports them: semicolons, decimal commas, one row per unit. */
export function csvOf(units: readonly UnitInput[]): string {
  const rows = units.map((u) =>
    [
      u.id,
      u.name,
      u.parentId ?? '',
      kindWord[u.kind],
      u.manager?.name ?? '',
      u.manager?.upn ?? '',
      String(u.headcount),
      String(u.arsarbetare).replace('.', ','),
    ]
      .map(field)
      .join(';'),
  );
  return `${[headers.join(';'), ...rows].join('\n')}\n`;
}
