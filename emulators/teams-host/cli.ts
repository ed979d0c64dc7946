#!/usr/bin/env node
// `npx tsx emulators/teams-host/cli.ts --port 4000 --tab http://127.0.0.1:3000/`: the local Teams host on its own,
// for a tab served elsewhere (`npm start` starts it with everything else).
import { parseArgs } from 'node:util';
import { startTeamsHost, TeamsHostStartError } from './index';

const HELP = `Den lokala Teams-värden / The local Teams host

  --port <n>        TCP-port / TCP port (4000; 0 = valfri ledig / any free one)
  --data <katalog>  SharePoint-emulatorns datakatalog, vars utvecklingsidentitet värden signerar med /
                    the SharePoint emulator's data directory, whose dev identity the host signs with (.data/sharepoint)
  --tab <url>       Flikens adress / the tab's address (http://127.0.0.1:3000/)
  --config <url>    Kanalflikens inställningssida / the channel tab's configuration page (= --tab)
  --site <url>      Teamets SharePoint-webbplats / the team's SharePoint site (teamSiteUrl in channel contexts)
  --receiver <url>  Graph-mottagaren (emulators/graph), vars inlägg och aktivitet sidan visar /
                    the Graph receiver (emulators/graph) whose posts and activity the page shows
  --help            Visa denna hjälp / show this help

Fliken måste lista värdens ursprung i config.json (teamsHostOrigins). /
The tab must list the host's origin in its config.json (teamsHostOrigins).`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      data: { type: 'string' },
      tab: { type: 'string' },
      config: { type: 'string' },
      site: { type: 'string' },
      receiver: { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  const port = values.port === undefined ? 4000 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new TeamsHostStartError(
      'invalidOption',
      `--port måste vara 0–65535, inte "${values.port}". / --port must be 0–65535, not "${values.port}".`,
    );
  }
  const host = await startTeamsHost({
    port,
    ...(values.data !== undefined && { dataDir: values.data }),
    ...(values.tab !== undefined && { tabUrl: values.tab }),
    ...(values.config !== undefined && { configurationUrl: values.config }),
    ...(values.site !== undefined && { siteUrl: values.site }),
    ...(values.receiver !== undefined && { receiverUrl: values.receiver }),
    log: (line) => console.log(line),
  });
  console.log(`Öppna / open ${host.url}`);
  const stop = () => void host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof TeamsHostStartError ? error.message : error);
  process.exit(1);
});
