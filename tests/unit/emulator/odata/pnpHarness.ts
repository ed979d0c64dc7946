// PnPjs wired exactly as an app would (default headers, init and parsing) with only the `send` observer
// replaced (PnPjs's own testing seam), so that what it writes and how it reads are PnPjs's own code.
import { DefaultParse, type Queryable } from '@pnp/queryable';
import { DefaultHeaders, DefaultInit, spfi, type SPFI } from '@pnp/sp';
import '@pnp/sp/batching';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';

/** What a replaced `send` observer is given. */
export interface SentRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string;
}

/** The site every harness request goes to. */
export const SITE_URL = 'https://kommun.sharepoint.com/sites/stodinventering';

/** PnPjs for {@link SITE_URL} whose network step is `send`. */
export function pnpWithSend(send: (request: SentRequest) => Promise<Response>): SPFI {
  return spfi(SITE_URL).using(DefaultHeaders(), DefaultInit(), DefaultParse(), (instance: Queryable) => {
    instance.on.send.replace(async (url: URL, init: RequestInit) =>
      send({
        url: url.toString(),
        method: init.method ?? 'GET',
        headers: headerRecord(init.headers),
        body: typeof init.body === 'string' ? init.body : '',
      }),
    );
    return instance;
  });
}

function headerRecord(headers: HeadersInit | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  new Headers(headers).forEach((value, name) => {
    out[name] = value;
  });
  return out;
}
