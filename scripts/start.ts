// `npm start`: the local stand-ins and the tab, together on 127.0.0.1 — the SharePoint emulator with the seeded
// demo municipality, the local Teams host that frames the tab (the address to open), and the tab with the
// config.json that points it at them — and the local Graph/Workflows receiver that stands in for the board's
// channel, which the host shows as the channel's posts and each persona's activity feed.
import '../src/domain/i18n/english';
import { EmulatorStartError, startSharePointEmulator } from '../emulators/sharepoint';
import { readFileSync } from 'node:fs';
import {
  DEV_BOARD_CHANNEL_ID,
  DEV_TEAM_ID,
  GraphReceiverStartError,
  startGraphReceiver,
} from '../emulators/graph';
import { DEFAULT_APP_ID, startTeamsHost, TeamsHostStartError } from '../emulators/teams-host';
import '@pnp/sp/views';
import { parseRuntimeConfig, type RuntimeConfig } from '../src/auth/runtimeConfig';
import { listByKey } from '../src/sharepoint/lists';
import { buildIfStale, distDir } from './lib/build';
import { seedDemoSite } from './lib/demoSite';
import { errorText } from './lib/progress';
import { connect } from './lib/site';
import { serveStatic } from './lib/static-server';

const tabPort = Number(process.env.PORT ?? 3000);
const sharePointPort = Number(process.env.SP_PORT ?? 7071);
const teamsHostPort = Number(process.env.TEAMS_HOST_PORT ?? 4000);
const graphPort = Number(process.env.GRAPH_PORT ?? 7072);
const dataDir = '.data/sharepoint';

/**
 * The tab's config.json for the local stack: the emulator's site, the dev identity (its token side door, which
 * the emulator allows the tab's origin to use), and the Teams host's origins, by both names a browser may use.
 * Validated as the tab validates it, so a mistake here fails `npm start`, not the page.
 */
function localTabConfig(options: {
  siteUrl: string;
  sharePointUrl: string;
  hostPort: number;
  graphUrl: string;
}): RuntimeConfig {
  return parseRuntimeConfig({
    siteUrl: options.siteUrl,
    auth: { kind: 'devIdentity', tokenUrl: `${options.sharePointUrl}/_emulator/token` },
    teamsHostOrigins: [`http://127.0.0.1:${options.hostPort}`, `http://localhost:${options.hostPort}`],
    channel: {
      graphUrl: options.graphUrl,
      teamId: DEV_TEAM_ID,
      channelId: DEV_BOARD_CHANNEL_ID,
      appId: DEFAULT_APP_ID,
    },
  });
}

async function main(): Promise<void> {
  await buildIfStale({ log: (line) => console.log(line) });
  const sharePoint = await startSharePointEmulator({
    port: sharePointPort,
    dataDir,
    // The tab calls SharePoint from its own origin, as it does SharePoint Online from Teams; no other page may.
    // The Teams host's page never calls SharePoint (it signs tokens in its own process), so it is not listed.
    allowedOrigins: [`http://127.0.0.1:${tabPort}`, `http://localhost:${tabPort}`],
    log: () => undefined,
  });
  console.log('Fyller demokommunen (första gången tar det några sekunder)… / Seeding the demo municipality…');
  // Idempotent: on a second start it finds everything in place and writes nothing.
  const { sp } = connect({ site: sharePoint.siteUrl });
  const { demo } = await seedDemoSite(sp);
  // The manifest's activity types, so that the receiver refuses a reminder the app does not declare.
  const manifest = JSON.parse(readFileSync('manifest/manifest.json', 'utf8')) as {
    activities?: { activityTypes?: { type: string; templateText: string }[] };
  };
  const receiver = await startGraphReceiver({
    port: graphPort,
    dataDir,
    activityTypes: manifest.activities?.activityTypes ?? [],
    log: (line) => {
      if (line.startsWith('[graph]')) console.error(line);
    },
  });
  const teamsHost = await startTeamsHost({
    receiverUrl: receiver.url,
    // The manifest's static tab, so that a reminder's deep link opens the personal tab as in Teams.
    entityId: 'unit',
    port: teamsHostPort,
    // The emulator's data directory: the host signs with the same dev identity key, so the emulator trusts its tokens.
    dataDir,
    tabUrl: `http://127.0.0.1:${tabPort}/`,
    siteUrl: sharePoint.siteUrl,
    // Its refusals and errors, not its start-up line (the addresses are printed below).
    log: (line) => {
      if (line.startsWith('[teams-host]')) console.error(line);
    },
  });
  const config = localTabConfig({
    siteUrl: sharePoint.siteUrl,
    sharePointUrl: sharePoint.url,
    hostPort: teamsHostPort,
    graphUrl: receiver.graphUrl,
  });
  const tab = await serveStatic({
    root: distDir,
    port: tabPort,
    generated: {
      '/config.json': {
        contentType: 'application/json; charset=utf-8',
        body: JSON.stringify(config, null, 2),
      },
    },
  });
  // SharePoint names a view's page after its title without spaces; ask for it rather than guess.
  const viewsOf = (list: 'inventeringar' | 'granskningsbeslut') =>
    listByKey(sp, list).views.select('Title', 'ServerRelativeUrl')();
  const [inventoryViews, decisionViews] = await Promise.all([
    viewsOf('inventeringar'),
    viewsOf('granskningsbeslut'),
  ]);
  const listPage = (views: Awaited<ReturnType<typeof viewsOf>>, title: string) => {
    const view = views.find((v) => v.Title === title);
    return view ? `${sharePoint.url}${encodeURI(view.ServerRelativeUrl)}` : sharePoint.siteUrl;
  };
  console.log(
    [
      '',
      `Öppna / open ${teamsHost.url}`,
      '  (fliken i den lokala Teams-värden; byt persona, tema och språk i verktygsfältet /',
      '   the tab in the local Teams host; switch persona, theme and language in its toolbar)',
      `Fliken ensam i webbläsaren / the tab alone in a browser: ${tab.url}?as=anna.berg@kommun.example`,
      `SharePoint-emulatorn / the SharePoint emulator: ${sharePoint.siteUrl}`,
      `  Inskickade / submitted:                ${listPage(inventoryViews, 'Inskickade')}`,
      `  Ej inskickade / not submitted:         ${listPage(inventoryViews, 'Ej inskickade')}`,
      `  Granskningsbeslut / review decisions:  ${listPage(decisionViews, 'Alla beslut')}`,
      `  Status per sektor och kontor / statuses per sektor and kontor: npm run progress -- --site ${sharePoint.siteUrl}`,
      `Graph/Workflows-mottagaren / the Graph and Workflows receiver: ${receiver.url}`,
      `  Workflows-webhook för kommunstyrelsens kanal / the board channel's webhook: ${receiver.workflowUrl}`,
      '',
      'Vem är vem i demokommunen / who is who in the demo municipality:',
      ...demo.personas.map(
        ({ persona, place }) => `  ${persona.name.padEnd(20)} ${persona.upn.padEnd(30)} ${place.sv}`,
      ),
      '',
      'Avsluta med Ctrl+C. / Stop with Ctrl+C.',
    ].join('\n'),
  );
  const stop = () =>
    void Promise.all([tab.close(), teamsHost.close(), receiver.close(), sharePoint.close()]).then(() =>
      process.exit(0),
    );
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  if (
    err instanceof EmulatorStartError ||
    err instanceof TeamsHostStartError ||
    err instanceof GraphReceiverStartError
  ) {
    console.error(err.message);
  } else if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(
      `Port ${tabPort} är upptagen. Välj en annan med PORT=3001 npm start.\n` +
        `Port ${tabPort} is in use. Choose another with PORT=3001 npm start.`,
    );
  } else {
    console.error(errorText(err));
  }
  process.exit(1);
});
