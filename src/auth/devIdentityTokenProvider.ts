import { AppError } from '../domain/errors';
import { type TokenProvider } from '../domain/ports';

/** Options for `devIdentityTokenProvider`. */
export interface DevIdentityTokenOptions {
  /** The emulator's origin, e.g. `http://127.0.0.1:7071` (its `/_emulator/token` signs dev tokens). */
  readonly emulatorUrl: string;
  /** Where to ask, when not at the emulator's usual path (`config.json`'s `auth.tokenUrl`). @default `<emulatorUrl>/_emulator/token` */
  readonly tokenUrl?: string;
  /** Whose token to ask for. */
  readonly upn: string;
  /** The display name put in the token. @default the emulator's name for the UPN */
  readonly name?: string;
  /** How long before expiry a cached token is renewed, in seconds. @default 300 */
  readonly renewBeforeSeconds?: number;
  /** The clock, in milliseconds since the epoch (tests move it). @default Date.now */
  readonly now?: () => number;
}

interface CachedToken {
  readonly token: string;
  readonly renewAt: number;
}

/** Microsoft Graph as a resource: its tokens come from the same door, for the local Graph receiver. */
const GRAPH = 'https://graph.microsoft.com';

/**
 * Tokens from the local development identity: `POST <emulatorUrl>/_emulator/token`, one per resource (the site,
 * or Graph), cached until shortly before they expire; concurrent requests share one call. Only for the local
 * stand-ins — a tenant never answers this endpoint.
 * @throws AppError `offline` (from `getToken`) when the emulator cannot be reached, `unauthenticated` when it refuses.
 */
export function devIdentityTokenProvider(options: DevIdentityTokenOptions): TokenProvider {
  const { emulatorUrl, upn, name, renewBeforeSeconds = 300, now = Date.now } = options;
  const endpoint = options.tokenUrl ?? `${emulatorUrl.replace(/\/+$/, '')}/_emulator/token`;
  const cached = new Map<string, CachedToken>();
  const pending = new Map<string, Promise<string>>();

  const fetchToken = async (resource: 'site' | 'graph'): Promise<string> => {
    let response: Response;
    try {
      response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          upn,
          ...(name !== undefined && { name }),
          ...(resource === 'graph' && { resource: GRAPH }),
        }),
      });
    } catch (error) {
      throw new AppError('offline', {
        message: `The dev identity at ${endpoint} is unreachable.`,
        cause: error,
      });
    }
    const body = (await response.json().catch(() => null)) as {
      access_token?: unknown;
      expires_in?: unknown;
    } | null;
    if (!response.ok || typeof body?.access_token !== 'string') {
      throw new AppError('unauthenticated', {
        message: `The dev identity at ${endpoint} gave no token (HTTP ${response.status}).`,
      });
    }
    const lifetime = typeof body.expires_in === 'number' ? body.expires_in : 3600;
    cached.set(resource, {
      token: body.access_token,
      renewAt: now() + Math.max(0, lifetime - renewBeforeSeconds) * 1000,
    });
    return body.access_token;
  };

  return {
    getToken: (asked) => {
      // Anything but Graph is the site: the emulator signs for its own origin whatever the tab calls it.
      const resource = asked.replace(/\/+$/, '') === GRAPH ? 'graph' : 'site';
      const hit = cached.get(resource);
      if (hit !== undefined && now() < hit.renewAt) return Promise.resolve(hit.token);
      let request = pending.get(resource);
      if (request === undefined) {
        request = fetchToken(resource).finally(() => pending.delete(resource));
        pending.set(resource, request);
      }
      return request;
    },
  };
}
