import { DefaultHeaders, DefaultInit, graphfi, type GraphFI } from '@pnp/graph';
import '@pnp/graph/calendars';
import '@pnp/graph/teams';
import '@pnp/graph/users';
import { BrowserFetch, DefaultParse, type Queryable } from '@pnp/queryable';
import { type TokenProvider } from '../domain/ports';

/** Microsoft Graph as a token's resource (`aud`), whatever URL the client calls (the local receiver's, locally). */
export const GRAPH_RESOURCE = 'https://graph.microsoft.com';

/** Graph v1.0 in a tenant. */
export const GRAPH_URL = 'https://graph.microsoft.com/v1.0';

/** Options for `createGraphClient`. */
export interface GraphClientOptions {
  /** Graph's v1.0 root. @default {@link GRAPH_URL} (the local receiver's `/v1.0` under `npm start`) */
  readonly graphUrl?: string;
  /** Where bearer tokens come from; asked for {@link GRAPH_RESOURCE}. */
  readonly tokens: TokenProvider;
}

function graphTokens(tokens: TokenProvider): (instance: Queryable) => Queryable {
  return (instance) => {
    instance.on.auth(async function (url, init) {
      const token = await tokens.getToken(GRAPH_RESOURCE);
      init.headers = { ...init.headers, Authorization: `Bearer ${token}` };
      return [url, init];
    });
    return instance;
  };
}

/**
 * PnPjs's Graph client for the app. It fetches without retrying: a channel post that Graph refused (429 included)
 * is reported to the project team, who decide when to send it again, and reminders wait as Graph says
 * (`sendReminders`). Tenant and local receiver differ only by `graphUrl` and `tokens`.
 */
export function createGraphClient(options: GraphClientOptions): GraphFI {
  const graphUrl = (options.graphUrl ?? GRAPH_URL).replace(/\/+$/, '');
  return graphfi().using(
    DefaultHeaders(),
    DefaultInit(graphUrl),
    BrowserFetch(),
    DefaultParse(),
    graphTokens(options.tokens),
  );
}
