#!/usr/bin/env node
// `npm run emulator -- --port 7071 --data .data/sharepoint …`: the SharePoint emulator as a program.
import { parseArgs } from 'node:util';
import {
  DEFAULT_MAX_BODY_BYTES,
  EmulatorStartError,
  startSharePointEmulator,
  type SharePointEmulatorOptions,
} from './index';
import { SITE_ADMIN_UPN } from '../identity';

const MB = 1024 * 1024;

const HELP = `SharePoint-emulatorn / The SharePoint emulator

  --port <n>          TCP-port / TCP port (7071; 0 = valfri ledig / any free one)
  --host <adress>     Adress att lyssna på / address to listen on (127.0.0.1)
  --data <katalog>    Datakatalog / data directory (.data/sharepoint)
  --in-memory         Spara inget på disk / keep nothing on disk
  --site <namn>       Webbplatsen finns på /sites/<namn> / the site is served at /sites/<name> (stodinventering)
  --admin <upn>       Webbplatssamlingens administratör / site collection admin (admin@kommun.example)
  --threshold <n>     Tröskel för listvyer / list view threshold (5000)
  --throttle <n>      Anrop per sekund och användare innan 429 / requests per second per user before 429 (0 = av/off)
  --loose             Ej strikt: okända OData-alternativ ignoreras / not strict: unknown OData options are ignored
  --latency <ms>      Extra fördröjning per anrop / added latency per request
  --error-rate <0–1>  Andel anrop som får 503 / share of requests answered 503
  --drop-rate <0–1>   Andel anrop vars anslutning bryts / share of requests whose connection is dropped
  --seed <n>          Frö för felinjektionen / seed of the fault injection (1)
  --allowed-origin <origin>
                      En webbsida som får anropa emulatorn från webbläsaren (CORS, /_emulator/), t.ex.
                      http://127.0.0.1:3000; kan upprepas. Utan den: bara emulatorns egna sidor. / A web page
                      that may call the emulator from a browser (CORS, /_emulator/), e.g. http://127.0.0.1:3000;
                      may be repeated. Without it: only the emulator's own pages.
  --max-body-mb <n>   Största begäran i MB, större får 413 oläst / largest request body in MB, larger ones
                      get 413 unread (10)
  --help              Visa denna hjälp / show this help`;

function number(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (value.trim() === '' || !Number.isFinite(parsed)) {
    throw new EmulatorStartError(
      'invalidOption',
      `${flag} måste vara ett tal, inte "${value}". / ${flag} must be a number, not "${value}".`,
    );
  }
  return parsed;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      data: { type: 'string' },
      'in-memory': { type: 'boolean' },
      site: { type: 'string' },
      admin: { type: 'string' },
      threshold: { type: 'string' },
      throttle: { type: 'string' },
      loose: { type: 'boolean' },
      latency: { type: 'string' },
      'error-rate': { type: 'string' },
      'drop-rate': { type: 'string' },
      seed: { type: 'string' },
      'allowed-origin': { type: 'string', multiple: true },
      'max-body-mb': { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  const options: SharePointEmulatorOptions = {
    port: number(values.port, '--port') ?? 7071,
    host: values.host ?? '127.0.0.1',
    dataDir: values.data ?? '.data/sharepoint',
    inMemory: values['in-memory'] ?? false,
    siteName: values.site ?? 'stodinventering',
    admin: values.admin ?? SITE_ADMIN_UPN,
    threshold: number(values.threshold, '--threshold') ?? 5000,
    throttle: number(values.throttle, '--throttle') ?? 0,
    strict: !(values.loose ?? false),
    faults: {
      latencyMs: number(values.latency, '--latency') ?? 0,
      errorRate: number(values['error-rate'], '--error-rate') ?? 0,
      dropRate: number(values['drop-rate'], '--drop-rate') ?? 0,
      seed: number(values.seed, '--seed') ?? 1,
    },
    allowedOrigins: values['allowed-origin'] ?? [],
    maxBodyBytes: Math.round(
      (number(values['max-body-mb'], '--max-body-mb') ?? DEFAULT_MAX_BODY_BYTES / MB) * MB,
    ),
    log: (line) => console.log(line),
  };
  // The emulator logs "SharePoint emulator listening on <url>" itself, then unexpected errors as they happen.
  const emulator = await startSharePointEmulator(options);
  console.log(`Webbplats / site: ${emulator.siteUrl}`);
  console.log(
    `Token: POST ${emulator.url}/_emulator/token -H 'Content-Type: application/json' {"upn":"${options.admin}"}`,
  );
  const stop = (): void => {
    void emulator.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(
    error instanceof EmulatorStartError
      ? `✖ ${message}`
      : `✖ SharePoint-emulatorn kunde inte starta / could not start: ${message}`,
  );
  process.exit(1);
});
