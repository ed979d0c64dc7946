// Shared setup for the conformance suite: one target per test file, either a fresh emulator (port 0, temp dir)
// or — with SP_LIVE_URL and SP_LIVE_TOKEN set — a real SharePoint Online site, the way Azurite's
// LIVE_TEST_MODE swaps its local server for the real service.
import { spfi, DefaultHeaders, DefaultInit, type SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/views';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security';
import '@pnp/sp/batching';
import '@pnp/sp/files';
import '@pnp/sp/folders';
import { BearerToken, BrowserFetchWithRetry, DefaultParse } from '@pnp/queryable';
import type { IListInfo } from '@pnp/sp/lists';
import type { RunningSharePointEmulator, SharePointEmulatorOptions } from '../../emulators/sharepoint/index';
import { SITE_ADMIN_UPN } from '../../emulators/identity/personas';

jest.setTimeout(30_000);

/** The identities a test can act as; only `admin` exists in live mode unless SP_LIVE_TOKEN_2 gives `anna`. */
export type Persona = 'admin' | 'anna' | 'erik';

/** Emulator switches a test file may start its emulator with. */
export type EmulatorSwitches = Pick<
  SharePointEmulatorOptions,
  'threshold' | 'throttle' | 'faults' | 'inMemory'
>;

const liveUrl = process.env.SP_LIVE_URL;
const liveToken = process.env.SP_LIVE_TOKEN;
if (Boolean(liveUrl) !== Boolean(liveToken)) {
  throw new Error(
    'Sätt både SP_LIVE_URL och SP_LIVE_TOKEN. / Set both SP_LIVE_URL and SP_LIVE_TOKEN, or neither.',
  );
}

/** True when the suite runs against a real tenant instead of the emulator. */
export const live = Boolean(liveUrl && liveToken);

const personaUpns: Record<Persona, { upn: string; name: string }> = {
  admin: { upn: SITE_ADMIN_UPN, name: 'Site Admin' },
  anna: { upn: 'anna.berg@kommun.example', name: 'Anna Berg' },
  erik: { upn: 'erik.lund@kommun.example', name: 'Erik Lund' },
};

const liveTokens: Partial<Record<Persona, string>> = {
  admin: liveToken,
  anna: process.env.SP_LIVE_TOKEN_2,
};

/** Whether a persona can act against the current target. */
export function hasPersona(persona: Persona): boolean {
  return !live || Boolean(liveTokens[persona]);
}

// reason: straight to stderr, because Jest drops console output of a file whose tests are all skipped.
function announceSkip(name: string, why: string): void {
  process.stderr.write(`[conformance] skipped in live mode: ${name} — ${why}\n`);
}

/** `describe` that runs only against the emulator, printing `reason` when it is skipped in live mode. */
export function describeEmulatorOnly(block: { name: string; reason: string }, body: () => void): void {
  const { name, reason } = block;
  if (live) {
    announceSkip(name, reason);
    describe.skip(name, body);
  } else {
    describe(name, body);
  }
}

/** `describe` that needs extra personas; in live mode it runs only if their tokens are configured. */
export function describeWithPersonas(block: { name: string; personas: Persona[] }, body: () => void): void {
  const { name, personas } = block;
  const missing = personas.filter((p) => !hasPersona(p));
  if (missing.length > 0) {
    announceSkip(name, `needs a token for ${missing.join(', ')} (SP_LIVE_TOKEN_2 gives anna)`);
    describe.skip(name, body);
  } else {
    describe(name, body);
  }
}

let uniqueCounter = 0;

/**
 * A list or group name no other run uses. Letters and digits only, because SharePoint encodes anything else in
 * the entity type name (`_` → `_x005f_`), which would make the expected `SP.Data.<Name>ListItem` guesswork.
 */
export function uniqueName(stem: string): string {
  uniqueCounter += 1;
  // Time plus a counter: parallel workers may share the millisecond, one worker never repeats the counter.
  return `Conf${stem}${Date.now().toString(36)}${process.pid.toString(36)}${uniqueCounter}`;
}

/** Options for a raw HTTP call against the target. */
export interface RawRequest {
  /** @default 'GET' */
  method?: string;
  /** @default 'application/json' */
  accept?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Whose token to send. @default 'admin' */
  persona?: Persona;
  /** A specific Authorization value instead of the persona's token; `null` sends no Authorization header. */
  authorization?: string | null;
}

/** A user as SharePoint reports it for `currentUser`. */
export interface SiteUserInfo {
  Id: number;
  LoginName: string;
  Title: string;
  Email: string;
}

/** One target: where requests go, who can send them, and what to clean up afterwards. */
export interface Target {
  /** Absolute site URL without a trailing slash, e.g. http://127.0.0.1:41234/sites/stodinventering. */
  siteUrl: string;
  /** The running emulator; undefined in live mode. */
  emulator: RunningSharePointEmulator | undefined;
  /** The emulator's data directory; undefined in live mode. */
  dataDir: string | undefined;
  /** A bearer token for a persona. @throws when the persona is not available in live mode. */
  token(persona: Persona): string;
  /** PnPjs v4 wired as the app wires it, acting as a persona. */
  sp(persona?: Persona): SPFI;
  /** Raw fetch; `path` is relative to `<site>/_api/` unless it is absolute. */
  raw(path: string, request?: RawRequest): Promise<Response>;
  /** The persona's site user (cached); the request also registers the user on the site. */
  user(persona: Persona): Promise<SiteUserInfo>;
  /** Creates a list (deleted after the file in live mode) and returns its info. */
  createList(title: string, options?: { template?: 100 | 101; persona?: Persona }): Promise<IListInfo>;
  /** Registers a site group id for deletion after the file in live mode. */
  trackGroup(id: number): void;
  /** Registers a custom permission level (role definition) id for deletion after the file in live mode. */
  trackRoleDefinition(id: number): void;
}

function pnp(siteUrl: string, token: string): SPFI {
  return spfi(siteUrl).using(
    DefaultHeaders(),
    DefaultInit(),
    BrowserFetchWithRetry(),
    DefaultParse(),
    BearerToken(token),
  );
}

/**
 * Starts the target for this test file in `beforeAll` and tears it down in `afterAll`.
 * Returns an accessor, because the target exists only once `beforeAll` has run.
 */
export function useTarget(switches: EmulatorSwitches = {}): () => Target {
  let target: Target | undefined;
  let cleanup: () => Promise<void> = async () => undefined;

  beforeAll(async () => {
    const created = { lists: [] as string[], groups: [] as number[], roleDefinitions: [] as number[] };
    let emulator: RunningSharePointEmulator | undefined;
    let dataDir: string | undefined;
    let stopEmulator: () => Promise<void> = async () => undefined;
    let siteUrl: string;
    if (live) {
      siteUrl = (liveUrl ?? '').replace(/\/+$/, '');
    } else {
      // reason: a dynamic import keeps live mode free of emulator code, as the suite must run unchanged on a tenant.
      const { startEmulator } = await import('../support/emulator');
      const started = await startEmulator(switches);
      ({ emulator, dataDir } = started);
      stopEmulator = started.stop;
      siteUrl = emulator.siteUrl.replace(/\/+$/, '');
    }
    const tokens = new Map<Persona, string>();
    const token = (persona: Persona): string => {
      const cached = tokens.get(persona);
      if (cached) return cached;
      let value: string | undefined;
      if (emulator) {
        value = emulator.token(personaUpns[persona].upn, { name: personaUpns[persona].name });
      } else {
        value = liveTokens[persona];
      }
      if (!value)
        throw new Error(`No token for persona '${persona}' in live mode (SP_LIVE_TOKEN_2 gives 'anna').`);
      tokens.set(persona, value);
      return value;
    };
    const users = new Map<Persona, SiteUserInfo>();
    const t: Target = {
      siteUrl,
      emulator,
      dataDir,
      token,
      sp: (persona = 'admin') => pnp(siteUrl, token(persona)),
      raw: (path, request = {}) => {
        const url = /^https?:\/\//i.test(path) ? path : `${siteUrl}/_api/${path}`;
        const headers: Record<string, string> = {
          Accept: request.accept ?? 'application/json',
          ...request.headers,
        };
        const authorization =
          request.authorization === undefined
            ? `Bearer ${token(request.persona ?? 'admin')}`
            : request.authorization;
        if (authorization !== null) headers.Authorization = authorization;
        return fetch(url, { method: request.method ?? 'GET', headers, body: request.body });
      },
      user: async (persona) => {
        const cached = users.get(persona);
        if (cached) return cached;
        const info = (await t.sp(persona).web.currentUser()) as SiteUserInfo;
        users.set(persona, info);
        return info;
      },
      createList: async (title, options = {}) => {
        const info = await t
          .sp(options.persona ?? 'admin')
          .web.lists.add(title, '', options.template ?? 100, false);
        created.lists.push(info.Id);
        return info;
      },
      trackGroup: (id) => {
        created.groups.push(id);
      },
      trackRoleDefinition: (id) => {
        created.roleDefinitions.push(id);
      },
    };
    target = t;
    cleanup = async () => {
      if (live) {
        // Live mode leaves the tenant as it found it; the emulator and its temp dir simply go away.
        const sp = t.sp('admin');
        for (const id of created.lists)
          await sp.web.lists
            .getById(id)
            .delete()
            .catch(() => undefined);
        for (const id of created.groups) await sp.web.siteGroups.removeById(id).catch(() => undefined);
        // After the lists: a level still bound on a list cannot be deleted.
        for (const id of created.roleDefinitions)
          await sp.web.roleDefinitions
            .getById(id)
            .delete()
            .catch(() => undefined);
      }
      await stopEmulator();
    };
  }, 60_000);

  afterAll(async () => {
    await cleanup();
  }, 60_000);

  return () => {
    if (!target) throw new Error('The conformance target is not started; call useTarget() at file level.');
    return target;
  };
}
