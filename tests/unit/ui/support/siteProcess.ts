// Runs in a child process (`node --import tsx`): a SharePoint emulator filled with the manager site, so that the
// jsdom tests talk to a real SharePoint stand-in over HTTP without loading the emulator into jsdom. Prints one
// JSON line with the addresses when ready; stops when its stdin closes (the test file ended).
import { staticTokenProvider } from '../../../../src/auth';
import { createSharePointClient } from '../../../../src/sharepoint/client';
import { createRepositories } from '../../../../src/sharepoint/repositories';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startGraphReceiver, type ActivityType } from '../../../../emulators/graph';
import { startEmulator } from '../../../support/emulator';
import { ADMIN, fillManagerSite } from '../../../e2e/lib/managerSite';

async function main(): Promise<void> {
  const today = new Date(process.argv[2] ?? Date.now());
  const { emulator, dataDir, stop } = await startEmulator();
  // Graph for the project team's reminders: the manifest's activity types, no rate limit to wait out in jsdom.
  const manifest = JSON.parse(
    readFileSync(join(__dirname, '..', '..', '..', '..', 'manifest', 'manifest.json'), 'utf8'),
  ) as {
    activities?: { activityTypes?: ActivityType[] };
  };
  const receiver = await startGraphReceiver({
    port: 0,
    dataDir,
    activityTypes: manifest.activities?.activityTypes ?? [],
    activityNotificationLimit: { count: 1000, perSeconds: 1 },
  });
  const sp = (upn: string) =>
    createSharePointClient({ siteUrl: emulator.siteUrl, tokens: staticTokenProvider(emulator.token(upn)) });
  await fillManagerSite(sp(ADMIN), { today, reposAs: (upn) => createRepositories(sp(upn)) });
  process.stdout.write(
    `${JSON.stringify({ url: emulator.url, siteUrl: emulator.siteUrl, receiverUrl: receiver.url, graphUrl: receiver.graphUrl, workflowUrl: receiver.workflowUrl })}\n`,
  );
  process.stdin.resume();
  process.stdin.on('end', () => {
    void Promise.all([receiver.close(), stop()]).then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
