import { BrowserFetchWithRetry, DefaultParse, type Queryable } from '@pnp/queryable';
import { DefaultHeaders, DefaultInit, spfi, type SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { type TokenProvider } from '../domain/ports';

/** Options for `createSharePointClient`. */
export interface SharePointClientOptions {
  /** The site's absolute URL, e.g. `https://kommun.sharepoint.com/sites/stodinventering`. */
  readonly siteUrl: string;
  /** Where bearer tokens come from (dev identity, MSAL, a script's token). */
  readonly tokens: TokenProvider;
  /**
   * Attempts per request, the first included, for 429/503/504 (waiting `Retry-After`) and network errors.
   * Higher than PnPjs's 3: a save must land through a throttling storm rather than fail (8 attempts wait up to
   * 7 × Retry-After). @default 8
   */
  readonly retries?: number;
}

/**
 * Asks the token provider on every request (the `auth` moment), so a token that expires mid-session is renewed
 * by the provider, not by us; batched requests are authorised once for the whole `$batch`.
 */
export function TokenAuth(tokens: TokenProvider): (instance: Queryable) => Queryable {
  return (instance) => {
    instance.on.auth(async function (url, init) {
      const token = await tokens.getToken(url.origin);
      init.headers = { ...init.headers, Authorization: `Bearer ${token}` };
      return [url, init];
    });
    return instance;
  };
}

/**
 * PnPjs wired for the app: JSON defaults, fetch with retries honouring `Retry-After` (the only retry loop), the
 * default parser, and a bearer token from `tokens`. Emulator and tenant differ only by `siteUrl` and `tokens`.
 */
export function createSharePointClient(options: SharePointClientOptions): SPFI {
  const { siteUrl, tokens, retries = 8 } = options;
  return spfi(siteUrl.replace(/\/+$/, '')).using(
    DefaultHeaders(),
    DefaultInit(),
    BrowserFetchWithRetry({ retries }),
    DefaultParse(),
    TokenAuth(tokens),
  );
}
