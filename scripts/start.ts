// `npm start`: builds the tab when its sources changed and serves it on 127.0.0.1.
// Later issues add the SharePoint emulator, the Teams host and the channel receiver here.
import { buildIfStale, distDir } from './lib/build';
import { serveStatic } from './lib/static-server';

const port = Number(process.env.PORT ?? 3000);

async function main(): Promise<void> {
  await buildIfStale({ log: (line) => console.log(line) });
  const tab = await serveStatic({ root: distDir, port });
  console.log(
    `\nStödinventering körs på / is running at ${tab.url}\nAvsluta med Ctrl+C. / Stop with Ctrl+C.`,
  );
  const stop = () => void tab.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') {
    console.error(
      `Port ${port} är upptagen. Välj en annan med PORT=3001 npm start.\nPort ${port} is in use. Choose another with PORT=3001 npm start.`,
    );
  } else {
    console.error(err);
  }
  process.exit(1);
});
