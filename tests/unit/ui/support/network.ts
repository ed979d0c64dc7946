// The network edge of the jsdom tests: PnPjs's `send` replaced (its own testing seam, as in
// tests/unit/sharepoint/client.test.ts) by one that hands each request to the emulator with the platform's fetch —
// or, when the test says so, fails as a dropped connection does, or waits (a save PnPjs keeps retrying).
import { type Queryable } from '@pnp/queryable';

/** How the network behaves for the next requests: as it is, down, holding requests, or answering an error. */
export type NetworkMode = 'online' | 'offline' | 'stalled' | { readonly answer: () => Response };

/** A switchable network between the app's PnPjs client and the emulator. */
export class TestNetwork {
  mode: NetworkMode = 'online';
  /** Requests that reached the emulator, by method and path (`POST /_api/$batch`). */
  readonly sent: string[] = [];
  private stalled: (() => void)[] = [];

  /** The PnPjs behavior that routes a client's requests through this network. */
  behavior(): (instance: Queryable) => Queryable {
    return (instance) => {
      instance.on.send.replace(async (url: URL, init: RequestInit) => this.send(url, init));
      return instance;
    };
  }

  /** Lets the stalled requests through (to the emulator, or failing if the network is offline by then). */
  release(): void {
    const waiting = this.stalled;
    this.stalled = [];
    for (const go of waiting) go();
  }

  private async send(url: URL, init: RequestInit): Promise<Response> {
    if (this.mode === 'stalled') await new Promise<void>((go) => this.stalled.push(go));
    if (this.mode === 'offline') throw new TypeError('Failed to fetch');
    if (typeof this.mode === 'object') return this.mode.answer();
    this.sent.push(`${init.method ?? 'GET'} ${url.pathname.replace(/^.*\/_api/, '/_api')}`);
    // reason: jsdom's AbortSignal is not the platform's, which fetch requires; PnPjs's own never fires here.
    const { signal: _signal, ...rest } = init;
    return fetch(url.toString(), rest);
  }
}

/** A SharePoint error answer, as SharePoint writes it (`odata.error`), for `TestNetwork.failWith`. */
export function spErrorResponse(status: number, code: string, message: string): Response {
  return new Response(
    JSON.stringify({ 'odata.error': { code, message: { lang: 'en-US', value: message } } }),
    {
      status,
      headers: { 'Content-Type': 'application/json;odata=minimalmetadata' },
    },
  );
}
