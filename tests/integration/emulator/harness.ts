// Starts the SharePoint emulator for one test file (port 0, a temporary data directory) and gives raw fetch
// and PnPjs clients for any user.
import { spfi, DefaultHeaders, DefaultInit, type SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/views';
import '@pnp/sp/files';
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

jest.setTimeout(30_000);

/** One running emulator and helpers to talk to it. */
export interface EmulatorUnderTest {
  emulator: RunningSharePointEmulator;
  dataDir: string;
  /** Stops the emulator and removes its data directory (unless the test gave its own). */
  stop(): Promise<void>;
  /** Raw fetch; `path` is relative to `<site>/_api/` unless absolute. Sends the user's token unless `token: null`. */
  fetch(path: string, init?: RequestInit & { as?: string; token?: string | null }): Promise<Response>;
  /** PnPjs v4 as the app wires it, acting as a user. */
  sp(upn?: string): SPFI;
}

/** Starts an emulator before the file's tests and stops it (removing its data) after them. */
export function useEmulator(options: SharePointEmulatorOptions = {}): () => EmulatorUnderTest {
  let current: EmulatorUnderTest | undefined;
  beforeAll(async () => {
    current = await startTestEmulator(options);
  });
  afterAll(async () => {
    await current?.stop();
  });
  return () => {
    if (!current) throw new Error('useEmulator() must be called at file level.');
    return current;
  };
}

/** Starts an emulator on a new temporary data directory (or the given one). */
export async function startTestEmulator(
  options: Omit<SharePointEmulatorOptions, 'port' | 'host'> = {},
): Promise<EmulatorUnderTest> {
  const { emulator, dataDir, stop } = await startEmulator(options);
  return {
    emulator,
    dataDir,
    stop,
    fetch: (path, init = {}) => {
      const { as = ADMIN, token, ...rest } = init;
      const url = /^https?:/.test(path) ? path : `${emulator.siteUrl}/_api/${path}`;
      const headers = new Headers(rest.headers);
      if (!headers.has('Accept')) headers.set('Accept', 'application/json');
      const bearer = token === undefined ? emulator.token(as) : token;
      if (bearer !== null) headers.set('Authorization', `Bearer ${bearer}`);
      return fetch(url, { ...rest, headers });
    },
    sp: (upn = ADMIN) =>
      spfi(emulator.siteUrl).using(
        DefaultHeaders(),
        DefaultInit(),
        BrowserFetchWithRetry(),
        DefaultParse(),
        BearerToken(emulator.token(upn)),
      ),
  };
}

/** JSON of a response, failing with its text when the status is not the expected one. */
export async function expectJson<T = Record<string, unknown>>(response: Response, status = 200): Promise<T> {
  const text = await response.text();
  if (response.status !== status) throw new Error(`Expected ${status}, got ${response.status}: ${text}`);
  return (text === '' ? {} : JSON.parse(text)) as T;
}

/** The `odata.error` or `error` of a SharePoint error answer. */
export async function spError(
  response: Response,
): Promise<{ status: number; code: string; message: string }> {
  const body = (await response.json()) as Record<
    string,
    { code: string; message: { value: string } } | undefined
  >;
  const error = body['odata.error'] ?? body.error;
  if (!error) throw new Error(`Not a SharePoint error: ${JSON.stringify(body)}`);
  return { status: response.status, code: error.code, message: error.message.value };
}

/** JSON POST headers with an optional verb override and IF-MATCH. */
export function writeHeaders(
  options: { method?: 'MERGE' | 'DELETE' | 'PUT'; ifMatch?: string } = {},
): Record<string, string> {
  return {
    'Content-Type': 'application/json;charset=utf-8',
    ...(options.method && { 'X-HTTP-Method': options.method }),
    ...(options.ifMatch && { 'IF-Match': options.ifMatch }),
  };
}
