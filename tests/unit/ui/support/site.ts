// The jsdom tests' SharePoint: the manager site in an emulator in a child process (siteProcess.ts), and the app's
// own repositories on it, with only PnPjs's `send` replaced (network.ts) so a test can cut or stall the network.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { devIdentityTokenProvider } from '../../../../src/auth';
import { type InventoryRepository } from '../../../../src/domain';
import { createSharePointClient } from '../../../../src/sharepoint/client';
import { createRepositories, type Repositories } from '../../../../src/sharepoint/repositories';
import { type TestNetwork } from './network';

const ROOT = join(__dirname, '..', '..', '..', '..');

/** The running site. */
export interface TestSite {
  readonly url: string;
  readonly siteUrl: string;
  /** The local Graph receiver (emulators/graph), trusting the site's tokens: where reminders go. */
  readonly receiverUrl: string;
  readonly graphUrl: string;
  /** The receiver's seeded Workflows flow: its trigger URL, posting in the board's channel. */
  readonly workflowUrl: string;
  /** The app's repositories acting as `upn`, their requests going through `network` (directly when left out). */
  repos(upn: string, network?: TestNetwork): Repositories;
  close(): Promise<void>;
}

/** Starts the emulator process with the manager site, for `today`. */
export function startSite(today: Date): Promise<TestSite> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', join(__dirname, 'siteProcess.ts'), today.toISOString()],
    { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const line = output.split('\n').find((l) => l.startsWith('{'));
      if (line === undefined) return;
      const { url, siteUrl, receiverUrl, graphUrl, workflowUrl } = JSON.parse(line) as Pick<
        TestSite,
        'url' | 'siteUrl' | 'receiverUrl' | 'graphUrl' | 'workflowUrl'
      >;
      const exited = new Promise<void>((done) => child.once('exit', () => done()));
      resolve({
        url,
        siteUrl,
        receiverUrl,
        graphUrl,
        workflowUrl,
        repos: (upn, network) => {
          const sp = createSharePointClient({
            siteUrl,
            tokens: devIdentityTokenProvider({ emulatorUrl: url, upn }),
          });
          if (network !== undefined) sp.using(network.behavior());
          return createRepositories(sp);
        },
        close: () => {
          child.stdin?.end();
          return exited;
        },
      });
    });
    child.once('exit', (code) =>
      reject(new Error(`The site process exited with ${String(code)}:\n${output}`)),
    );
  });
}

/** Only what the manager's pages use of the inventory repository. */
export type ManagerInventories = Pick<InventoryRepository, 'loadMine' | 'save' | 'get'>;
