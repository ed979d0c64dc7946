// `npm start`: the local stand-ins and the tab, together on 127.0.0.1. Each later issue adds its part here
// (the seeded demo municipality, the Teams host, the channel receiver).
import { EmulatorStartError, startSharePointEmulator } from '../emulators/sharepoint';
import { buildIfStale, distDir } from './lib/build';
import { serveStatic } from './lib/static-server';

const tabPort = Number(process.env.PORT ?? 3000);
const sharePointPort = Number(process.env.SP_PORT ?? 7071);

async function main(): Promise<void> {
  await buildIfStale({ log: (line) => console.log(line) });
  const sharePoint = await startSharePointEmulator({
    port: sharePointPort,
    dataDir: '.data/sharepoint',
    log: () => undefined,
  });
  const tab = await serveStatic({ root: distDir, port: tabPort });
  console.log(
    [
      '',
      `Stödinventering körs på / is running at ${tab.url}`,
      `SharePoint-emulatorn / the SharePoint emulator: ${sharePoint.siteUrl}`,
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
    console.error(err);
  }
  process.exit(1);
});
