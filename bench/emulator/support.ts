// Shared pieces of the emulator benchmarks: the emulator in its own process (as `npm run emulator` runs it, so
// that client and server do not share one event loop), PnPjs per user, percentiles.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spfi, DefaultHeaders, DefaultInit, type SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/batching';
import '@pnp/sp/site-groups/web';
import { BearerToken, BrowserFetch, DefaultParse } from '@pnp/queryable';
import { DevIdentity } from '../../emulators/identity';

/** The emulator's counters: requests (a $batch is one), its operations, and the answers' bytes. */
export interface EmulatorStats {
  requests: number;
  batchOperations: number;
  /** Answer bodies as sent (gzip where the client accepts it, as SharePoint Online does). */
  bytesSent: number;
  /** The same before compression. */
  bytesPlain: number;
}

/** A running emulator process. */
export interface BenchEmulator {
  url: string;
  siteUrl: string;
  /** A token for a user, signed with the emulator's dev identity key. */
  token(upn: string): string;
  /** The emulator's request counters. */
  stats(): Promise<EmulatorStats>;
  resetStats(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts `emulators/sharepoint/cli.ts` on a temporary data directory (the durable store a real run uses). */
export async function benchEmulator(args: string[] = []): Promise<BenchEmulator> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sp-bench-'));
  const root = join(__dirname, '..', '..');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(root, 'emulators/sharepoint/cli.ts'), '--port', '0', '--data', dataDir, ...args],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`The emulator exited with ${String(code)}: ${output}`)));
  });
  const identity = DevIdentity.open({ dataDir });
  const tokens = new Map<string, string>();
  return {
    url,
    siteUrl: `${url}/sites/stodinventering`,
    token: (upn) => {
      let token = tokens.get(upn);
      if (!token) {
        token = identity.issueToken({ upn, audience: url });
        tokens.set(upn, token);
      }
      return token;
    },
    stats: async () => (await (await fetch(`${url}/_emulator/stats`)).json()) as EmulatorStats,
    resetStats: async () => {
      await fetch(`${url}/_emulator/stats/reset`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
      });
    },
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** PnPjs as the app wires it, without retries so that every timing is one round trip. */
export function pnp(emulator: BenchEmulator, upn: string): SPFI {
  return spfi(emulator.siteUrl).using(
    DefaultHeaders(),
    DefaultInit(),
    BrowserFetch(),
    DefaultParse(),
    BearerToken(emulator.token(upn)),
  );
}

/** The p-th percentile (0–100) of a set of numbers. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? NaN;
}

/** Milliseconds with one decimal. */
export function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}
