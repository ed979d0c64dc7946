// The one way tests start a local SharePoint emulator — a free port on 127.0.0.1, a temporary data directory
// removed when it stops, in memory unless a test needs the durable store — and the people it knows.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEV_PERSONAS, SITE_ADMIN_UPN } from '../../emulators/identity/personas';
import {
  startSharePointEmulator,
  type RunningSharePointEmulator,
  type SharePointEmulatorOptions,
} from '../../emulators/sharepoint/index';

/** The site collection administrator every emulator starts with. */
export const ADMIN = SITE_ADMIN_UPN;

/** The development personas (the same `npm start` lists), by UPN. */
export { DEV_PERSONAS };

/** An emulator started for a test, and its data directory. */
export interface TestEmulator {
  readonly emulator: RunningSharePointEmulator;
  readonly dataDir: string;
  /** Stops the emulator and removes its data directory (unless the test gave its own). */
  stop(): Promise<void>;
}

/**
 * Starts an emulator on a free port of 127.0.0.1, on a new temporary data directory (or `dataDir`), in memory
 * unless `inMemory: false`.
 */
export async function startEmulator(
  options: Omit<SharePointEmulatorOptions, 'port' | 'host'> = {},
): Promise<TestEmulator> {
  const own = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'sp-test-'));
  const emulator = await startSharePointEmulator({
    inMemory: true,
    ...options,
    port: 0,
    host: '127.0.0.1',
    dataDir,
  });
  return {
    emulator,
    dataDir,
    stop: async () => {
      await emulator.close();
      if (own) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
