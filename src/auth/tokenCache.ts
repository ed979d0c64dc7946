// A token per resource, kept until shortly before it expires, with concurrent requests sharing one fetch. The
// SharePoint client asks for a token on every request; without this each would reach MSAL, whose own cache misses
// whenever Entra ID answers `.default` with the granted scopes' names (and then refreshes over the network).
import { type TokenProvider } from '../domain/ports';

/** A token and when it expires (`null`: unknown, treated as one hour). */
export interface ExpiringToken {
  readonly token: string;
  readonly expiresOn: Date | null;
}

/** Options for `cachedTokens`. */
export interface TokenCacheOptions {
  /** How long before expiry a token is renewed, in seconds. @default 300 */
  readonly renewBeforeSeconds?: number;
  /** The clock in milliseconds (tests move it). @default Date.now */
  readonly now?: () => number;
}

/** A provider that asks `fetchToken` only when it has no fresh token for the resource. */
export function cachedTokens(
  fetchToken: (resource: string) => Promise<ExpiringToken>,
  options: TokenCacheOptions = {},
): TokenProvider {
  const { renewBeforeSeconds = 300, now = Date.now } = options;
  const fresh = new Map<string, { token: string; renewAt: number }>();
  const pending = new Map<string, Promise<string>>();
  return {
    getToken: (resource) => {
      const cached = fresh.get(resource);
      if (cached && now() < cached.renewAt) return Promise.resolve(cached.token);
      const inFlight = pending.get(resource);
      if (inFlight) return inFlight;
      const request = fetchToken(resource)
        .then(({ token, expiresOn }) => {
          const expiry = expiresOn?.getTime() ?? now() + 3600_000;
          fresh.set(resource, { token, renewAt: expiry - renewBeforeSeconds * 1000 });
          return token;
        })
        .finally(() => pending.delete(resource));
      pending.set(resource, request);
      return request;
    },
  };
}
