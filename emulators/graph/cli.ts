#!/usr/bin/env node
// `npx tsx emulators/graph/cli.ts --port 7072 --data .data/sharepoint`: the local Graph/Workflows receiver on its
// own (`npm start` starts it with everything else).
import { parseArgs } from 'node:util';
import { startGraphReceiver, GraphReceiverStartError } from './index';

const HELP = `Den lokala Graph/Workflows-mottagaren / The local Graph/Workflows receiver

  --port <n>              TCP-port / TCP port (7072; 0 = valfri ledig / any free one)
  --data <katalog>        SharePoint-emulatorns datakatalog, vars utvecklingsidentitet mottagaren litar på /
                          the SharePoint emulator's data directory, whose dev identity the receiver trusts (.data/sharepoint)
  --allowed-origin <url>  En webbsida som får använda /_receiver/ från en webbläsare (kan upprepas) /
                          a web page that may use /_receiver/ from a browser (repeatable)
  --help                  Visa denna hjälp / show this help

Graph: <adress>/v1.0 i stället för https://graph.microsoft.com/v1.0 / <address>/v1.0 instead of Graph's.
Aktivitetstyper och övriga val: startGraphReceiver (docs/graph-receiver.md). /
Activity types and the other options: startGraphReceiver (docs/graph-receiver.md).`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      data: { type: 'string' },
      'allowed-origin': { type: 'string', multiple: true },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  const port = values.port === undefined ? 7072 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new GraphReceiverStartError(
      'invalidOption',
      `--port måste vara 0–65535, inte "${values.port}". / --port must be 0–65535, not "${values.port}".`,
    );
  }
  const receiver = await startGraphReceiver({
    port,
    ...(values.data !== undefined && { dataDir: values.data }),
    ...(values['allowed-origin'] !== undefined && { allowedOrigins: values['allowed-origin'] }),
    log: (line) => console.log(line),
  });
  console.log(`Graph: ${receiver.graphUrl}`);
  console.log(`Workflows: ${receiver.workflowUrl}`);
  const stop = () => void receiver.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof GraphReceiverStartError ? error.message : error);
  process.exit(1);
});
