import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import {
  DevIdentity,
  DEV_TENANT_ID,
  GRAPH_DELEGATED_SCOPES,
  GRAPH_RESOURCE,
  SITE_ADMIN_UPN,
} from '../identity';
import type { EmulatorSettings, SiteInfo } from './context';
import type { RuntimeChange } from './handlers/emulatorDoors';
import { FaultInjector, type FaultSettings } from './middleware/faults';
import { normaliseOrigin, type LocalAccessPolicy } from './middleware/localAccess';
import { RequestStats, type StatsSnapshot } from './middleware/stats';
import { Throttle } from './middleware/throttle';
import { listenOn } from '../serverStart';
import { SharePointServer } from './server';
import { ensureSite } from './site/bootstrap';
import type { ListStore } from './store/ListStore';
import { MemoryListStore } from './store/MemoryListStore';
import { SqliteListStore } from './store/SqliteListStore';

/** How to start the SharePoint emulator. */
export interface SharePointEmulatorOptions {
  /** TCP port; 0 picks a free one. @default 7071 */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  /** Where data and the dev identity key live; created if missing. @default '.data/sharepoint' */
  dataDir?: string;
  /** Keep everything in memory (tests that need no durability). @default false */
  inMemory?: boolean;
  /** The site is served at /sites/<siteName>. @default 'stodinventering' */
  siteName?: string;
  /** UPN of the first site collection admin. @default 'admin@kommun.example' */
  admin?: string;
  /** List view threshold. @default 5000 */
  threshold?: number;
  /** Requests per second per user before 429 + Retry-After; 0 = off. @default 0 */
  throttle?: number;
  /** Strict: unsupported paths/options → 501. @default true (`--loose` on the CLI turns it off) */
  strict?: boolean;
  /** Deterministic fault injection. */
  faults?: { latencyMs?: number; errorRate?: number; dropRate?: number; seed?: number };
  /**
   * Origins of the pages that may call the emulator from a browser (`http://127.0.0.1:3000`): they get CORS
   * answers on `/_api` and may use the side doors under `/_emulator/`. The emulator's own pages (the list page)
   * always may; any other page may not. @default [] (same origin only)
   */
  allowedOrigins?: readonly string[];
  /**
   * Largest `/_api` request body in bytes; a larger one gets 413 before it is read. Item writes and `$batch`
   * bodies are far smaller; files go through `files/add` and `$value` in one request (docs/emulator.md).
   * @default 10 MiB
   */
  maxBodyBytes?: number;
  /** Log sink; default silent in tests, console in the CLI. */
  log?: (line: string) => void;
}

/** A running emulator. */
export interface RunningSharePointEmulator {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  /** e.g. http://127.0.0.1:41234/sites/stodinventering */
  siteUrl: string;
  /** Signs a dev access token for a user (the same as POST /_emulator/token). */
  token(upn: string, claims?: { name?: string; resource?: 'graph' }): string;
  /** Requests served since start or the last reset; `$batch` counts as 1 request, its parts as operations. */
  stats(): StatsSnapshot;
  resetStats(): void;
  /** Change throttle/faults at run time (tests). @throws Error for out-of-range values. */
  configure(change: Pick<SharePointEmulatorOptions, 'throttle' | 'faults' | 'threshold'>): void;
  close(): Promise<void>;
}

/** The default `maxBodyBytes`: 10 MiB, the size above which PnP's libraries upload a file in chunks. */
export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;

/** Why the emulator could not start; `message` is Swedish and English. */
export class EmulatorStartError extends Error {
  constructor(
    readonly reason: 'portInUse' | 'dataDirUnwritable' | 'invalidOption',
    message: string,
  ) {
    super(message);
    this.name = 'EmulatorStartError';
  }
}

/**
 * Starts the SharePoint emulator: opens (or creates) the site's store and dev identity in `dataDir`, and
 * serves `/sites/<siteName>/_api/…` on `host:port`.
 * @throws EmulatorStartError when the port is taken, the data directory cannot be written, or an option is invalid.
 */
export async function startSharePointEmulator(
  options: SharePointEmulatorOptions = {},
): Promise<RunningSharePointEmulator> {
  const o = {
    port: 7071,
    host: '127.0.0.1',
    inMemory: false,
    siteName: 'stodinventering',
    admin: SITE_ADMIN_UPN,
    threshold: 5000,
    throttle: 0,
    strict: true,
    faults: {},
    log: () => undefined,
    ...options,
  };
  validate(o);
  const allowedOrigins = (o.allowedOrigins ?? []).map(allowedOrigin);
  const maxBodyBytes = o.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const { store, identity } = openData({ dataDir: options.dataDir, inMemory: o.inMemory });
  try {
    ensureSite(store, { siteName: o.siteName, admin: o.admin.toLowerCase(), now: new Date() });
    await store.durable();
  } catch (error) {
    store.close();
    throw error;
  }
  const settings: EmulatorSettings = { threshold: o.threshold, strict: o.strict };
  const throttle = new Throttle(o.throttle);
  validateFaults(o.faults);
  const faults = new FaultInjector(o.faults);
  const stats = new RequestStats();
  // Known once the server listens (port 0 picks the port); the handlers only run after that.
  const where: { site?: SiteInfo; access?: LocalAccessPolicy } = {};
  const configure = (change: RuntimeChange): void => {
    if (change.threshold !== undefined) {
      validate({ threshold: change.threshold });
      settings.threshold = change.threshold;
    }
    if (change.throttle !== undefined) {
      validate({ throttle: change.throttle });
      throttle.setLimit(change.throttle);
    }
    if (change.faults !== undefined) {
      validateFaults(change.faults);
      faults.configure(change.faults);
    }
  };
  // The identity is every stand-in's: a token for Graph (the local receiver) comes from the same door.
  const token = (upn: string, claims: { name?: string; resource?: 'graph' } = {}): string => {
    const { resource, ...rest } = claims;
    return identity.issueToken({
      upn: upn.toLowerCase(),
      ...rest,
      ...(resource === 'graph'
        ? { audience: GRAPH_RESOURCE, scopes: GRAPH_DELEGATED_SCOPES }
        : { audience: where.site!.origin }),
    });
  };
  const server = new SharePointServer({
    store,
    identity,
    settings,
    site: () => where.site!,
    throttle,
    faults,
    stats,
    sideDoors: { token, stats: () => stats.snapshot(), resetStats: () => stats.reset(), configure },
    access: () => where.access!,
    maxBodyBytes,
    log: o.log,
  });
  const http = createServer(server.listener);
  // reason: answering `Expect: 100-continue` ourselves lets a refused request (no token, too large) end before
  // its body is sent; Node would otherwise say "continue" to every request.
  http.on('checkContinue', server.listener);
  http.keepAliveTimeout = 65_000;
  try {
    await listenOn(
      http,
      { port: o.port, host: o.host },
      () =>
        new EmulatorStartError(
          'portInUse',
          `Port ${o.port} på ${o.host} används redan. Stoppa det som kör där eller välj en annan port med --port. / ` +
            `Port ${o.port} on ${o.host} is already in use. Stop what runs there or choose another port with --port.`,
        ),
    );
  } catch (error) {
    store.close();
    throw error;
  }
  // reason: an 'error' without a listener would end the process (and `npm start` with it); log it instead.
  http.on('error', (error) => o.log(`[sharepoint] server error: ${error.message}`));
  const { port } = http.address() as AddressInfo;
  const origin = `http://${o.host.includes(':') ? `[${o.host}]` : o.host}:${port}`;
  const serverRelativeUrl = store.web().serverRelativeUrl;
  const site: SiteInfo = {
    origin,
    serverRelativeUrl,
    webUrl: `${origin}${serverRelativeUrl}`,
    realm: DEV_TENANT_ID,
  };
  where.site = site;
  where.access = { port, listenHost: o.host, allowedOrigins };
  o.log(`SharePoint emulator listening on ${origin}`);
  let closed: Promise<void> | undefined;
  return {
    url: origin,
    siteUrl: site.webUrl,
    token,
    stats: () => stats.snapshot(),
    resetStats: () => stats.reset(),
    configure,
    close: () => {
      closed ??= new Promise<void>((done) => {
        http.close(() => {
          store.close();
          done();
        });
        http.closeAllConnections();
      });
      return closed;
    },
  };
}

function fail(sv: string, en: string): never {
  throw new EmulatorStartError('invalidOption', `${sv} / ${en}`);
}

function validate(o: {
  threshold?: number;
  throttle?: number;
  port?: number;
  siteName?: string;
  maxBodyBytes?: number;
}): void {
  if (o.threshold !== undefined && !(Number.isInteger(o.threshold) && o.threshold > 0)) {
    fail(
      `Tröskeln måste vara ett positivt heltal, inte ${o.threshold}.`,
      `The threshold must be a positive integer, not ${o.threshold}.`,
    );
  }
  if (o.throttle !== undefined && !(Number.isFinite(o.throttle) && o.throttle >= 0)) {
    fail(
      `--throttle måste vara 0 eller mer, inte ${o.throttle}.`,
      `--throttle must be 0 or more, not ${o.throttle}.`,
    );
  }
  if (o.port !== undefined && !(Number.isInteger(o.port) && o.port >= 0 && o.port <= 65535)) {
    fail(`Porten måste vara 0–65535, inte ${o.port}.`, `The port must be 0–65535, not ${o.port}.`);
  }
  if (o.maxBodyBytes !== undefined && !(Number.isInteger(o.maxBodyBytes) && o.maxBodyBytes > 0)) {
    fail(
      `Största kroppen måste vara ett positivt antal byte, inte ${o.maxBodyBytes}.`,
      `The largest body must be a positive number of bytes, not ${o.maxBodyBytes}.`,
    );
  }
  if (o.siteName !== undefined && !/^[A-Za-z0-9-]+$/.test(o.siteName)) {
    fail(
      `Webbplatsnamnet får bara innehålla a–z, 0–9 och bindestreck: "${o.siteName}".`,
      `The site name may only hold a–z, 0–9 and hyphens: "${o.siteName}".`,
    );
  }
}

/** An allowed origin in the form browsers send it. @throws EmulatorStartError for anything but `http(s)://host[:port]`. */
function allowedOrigin(text: string): string {
  return (
    normaliseOrigin(text) ??
    fail(
      `"${text}" är inget ursprung; skriv t.ex. http://127.0.0.1:3000 (utan sökväg).`,
      `"${text}" is not an origin; write e.g. http://127.0.0.1:3000 (no path).`,
    )
  );
}

/**
 * Fault settings from `configure` or `/_emulator/configure`: numbers in range, so that a bad value cannot stall
 * every request (a latency of hours) or end the sequence. @throws EmulatorStartError for a value out of range.
 */
function validateFaults(faults: unknown): asserts faults is FaultSettings {
  if (faults === null || typeof faults !== 'object' || Array.isArray(faults)) {
    fail('faults måste vara ett objekt.', 'faults must be an object.');
  }
  const limits: Record<string, [number, number]> = {
    latencyMs: [0, 60_000],
    errorRate: [0, 1],
    dropRate: [0, 1],
    seed: [0, 2 ** 32 - 1],
  };
  for (const [name, value] of Object.entries(faults)) {
    const range = limits[name];
    if (!range) fail(`Okänd felinställning "${name}".`, `Unknown fault setting "${name}".`);
    if (typeof value !== 'number' || !(value >= range[0] && value <= range[1])) {
      fail(
        `${name} måste vara ett tal ${range[0]}–${range[1]}, inte ${String(value)}.`,
        `${name} must be a number ${range[0]}–${range[1]}, not ${String(value)}.`,
      );
    }
  }
}

function openData(options: { dataDir: string | undefined; inMemory: boolean }): {
  store: ListStore;
  identity: DevIdentity;
} {
  if (options.inMemory && options.dataDir === undefined)
    return { store: new MemoryListStore(), identity: DevIdentity.ephemeral() };
  const dataDir = resolve(options.dataDir ?? '.data/sharepoint');
  try {
    mkdirSync(dataDir, { recursive: true });
    const identity = DevIdentity.open({ dataDir });
    const store = options.inMemory
      ? new MemoryListStore()
      : SqliteListStore.open({ file: join(dataDir, 'sharepoint.db') });
    return { store, identity };
  } catch (error) {
    const detail = (error as Error).message;
    throw new EmulatorStartError(
      'dataDirUnwritable',
      `Kan inte skriva i datakatalogen ${dataDir} (${detail}). Välj en annan med --data eller ändra behörigheterna. / ` +
        `Cannot write to the data directory ${dataDir} (${detail}). Choose another with --data or fix its permissions.`,
    );
  }
}
