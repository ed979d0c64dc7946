// One emulator per test file (port 0, a temporary directory) and PnPjs clients for any user, as the scripts wire
// them; plus a record of the requests a client sent, so tests can tell reads from writes.
import { spfi, DefaultHeaders, DefaultInit, type SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/views';
import '@pnp/sp/folders';
import '@pnp/sp/batching';
import '@pnp/sp/security';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import { BearerToken, BrowserFetchWithRetry, DefaultParse } from '@pnp/queryable';
import {
  type RunningSharePointEmulator,
  type SharePointEmulatorOptions,
} from '../../../emulators/sharepoint/index';
import { ADMIN, startEmulator } from '../../support/emulator';

export { ADMIN };

jest.setTimeout(60_000);

/** One request a client sent: its verb, and for a `$batch` the verbs of its parts. */
export interface SentRequest {
  readonly method: string;
  readonly url: string;
  readonly parts: readonly string[];
}

/** A running emulator and clients for it. */
export interface SiteUnderTest {
  readonly emulator: RunningSharePointEmulator;
  readonly dataDir: string;
  /** Stops the emulator and removes its directory. */
  stop(): Promise<void>;
  /** PnPjs v4 as the scripts wire it, acting as `upn`; `sent` collects what it sends. */
  sp(upn?: string, sent?: SentRequest[]): SPFI;
  /** Raw fetch against `<site>/_api/<path>` as a user. */
  fetch(path: string, init?: RequestInit & { as?: string }): Promise<Response>;
}

/** The verbs of a request and of its `$batch` parts. */
function describeRequest(url: string, init: RequestInit): SentRequest {
  const method = (init.method ?? 'GET').toUpperCase();
  const body = typeof init.body === 'string' ? init.body : '';
  const parts = /\/_api\/\$batch/i.test(url)
    ? [...body.matchAll(/^(GET|POST|MERGE|PATCH|PUT|DELETE) https?:\/\//gm)].map((m) => m[1]!)
    : [];
  return { method, url, parts };
}

/** The write requests (and `$batch` parts) among those sent. */
export function writesAmong(sent: readonly SentRequest[]): string[] {
  return sent.flatMap((r) =>
    r.parts.length > 0
      ? r.parts.filter((p) => p !== 'GET')
      : r.method === 'GET'
        ? []
        : [`${r.method} ${r.url}`],
  );
}

/** Starts an emulator on a fresh temporary directory. */
export async function startSite(
  options: Omit<SharePointEmulatorOptions, 'port' | 'host' | 'dataDir'> = {},
): Promise<SiteUnderTest> {
  const { emulator, dataDir, stop } = await startEmulator(options);
  return {
    emulator,
    dataDir,
    stop,
    sp: (upn = ADMIN, sent) => {
      const client = spfi(emulator.siteUrl).using(
        DefaultHeaders(),
        DefaultInit(),
        BrowserFetchWithRetry(),
        DefaultParse(),
        BearerToken(emulator.token(upn)),
      );
      if (!sent) return client;
      return client.using((instance) => {
        // `send` is what batching replaces for a batched part, so only real HTTP requests get here (without the
        // retries of BrowserFetchWithRetry, which tests that record requests do not need).
        instance.on.send.replace(async (url: URL, init: RequestInit) => {
          sent.push(describeRequest(url.toString(), init));
          return fetch(url.toString(), init);
        });
        return instance;
      });
    },
    fetch: (path, init = {}) => {
      const { as = ADMIN, ...rest } = init;
      const headers = new Headers(rest.headers);
      if (!headers.has('Accept')) headers.set('Accept', 'application/json;odata=nometadata');
      headers.set('Authorization', `Bearer ${emulator.token(as)}`);
      return fetch(/^https?:/.test(path) ? path : `${emulator.siteUrl}/_api/${path}`, { ...rest, headers });
    },
  };
}

/** Starts an emulator before the file's tests and removes it after them. */
export function useSite(
  options: Omit<SharePointEmulatorOptions, 'port' | 'host' | 'dataDir'> = {},
): () => SiteUnderTest {
  let current: SiteUnderTest | undefined;
  beforeAll(async () => {
    current = await startSite(options);
  });
  afterAll(async () => {
    await stopSite(current);
  });
  return () => {
    if (!current) throw new Error('useSite() must be called at file level.');
    return current;
  };
}

/** Stops an emulator and removes its directory. */
export async function stopSite(site: SiteUnderTest | undefined): Promise<void> {
  await site?.stop();
}
