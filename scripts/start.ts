// `npm start`: the local stand-ins and the tab, together on 127.0.0.1 — the SharePoint emulator with the seeded
// demo municipality, and the tab. Each later issue adds its part here (the Teams host, the channel receiver).
import { EmulatorStartError, startSharePointEmulator } from '../emulators/sharepoint';
import '@pnp/sp/views';
import { listByKey } from '../src/sharepoint/lists';
import { buildIfStale, distDir } from './lib/build';
import { seedDemoSite } from './lib/demoSite';
import { errorText } from './lib/progress';
import { connect } from './lib/site';
import { serveStatic } from './lib/static-server';

const tabPort = Number(process.env.PORT ?? 3000);
const sharePointPort = Number(process.env.SP_PORT ?? 7071);

async function main(): Promise<void> {
  await buildIfStale({ log: (line) => console.log(line) });
  const sharePoint = await startSharePointEmulator({
    port: sharePointPort,
    dataDir: '.data/sharepoint',
    // The tab calls SharePoint from its own origin, as it does SharePoint Online from Teams; no other page may.
    allowedOrigins: [`http://127.0.0.1:${tabPort}`, `http://localhost:${tabPort}`],
    log: () => undefined,
  });
  console.log('Fyller demokommunen (första gången tar det några sekunder)… / Seeding the demo municipality…');
  // Idempotent: on a second start it finds everything in place and writes nothing.
  const { sp } = connect({ site: sharePoint.siteUrl });
  const { demo } = await seedDemoSite(sp);
  const tab = await serveStatic({ root: distDir, port: tabPort });
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
      `Stödinventering körs på / is running at ${tab.url}`,
      `SharePoint-emulatorn / the SharePoint emulator: ${sharePoint.siteUrl}`,
      `  Inskickade / submitted:                ${listPage(inventoryViews, 'Inskickade')}`,
      `  Ej inskickade / not submitted:         ${listPage(inventoryViews, 'Ej inskickade')}`,
      `  Granskningsbeslut / review decisions:  ${listPage(decisionViews, 'Alla beslut')}`,
      `  Status per sektor och kontor / statuses per sektor and kontor: npm run progress -- --site ${sharePoint.siteUrl}`,
      '',
      'Vem är vem i demokommunen / who is who in the demo municipality:',
      ...demo.personas.map(
        ({ persona, place }) => `  ${persona.name.padEnd(20)} ${persona.upn.padEnd(30)} ${place.sv}`,
      ),
      '',
      'Avsluta med Ctrl+C. / Stop with Ctrl+C.',
    ].join('\n'),
  );
  const stop = () => void Promise.all([tab.close(), sharePoint.close()]).then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  if (err instanceof EmulatorStartError) {
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
