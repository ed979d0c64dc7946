import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DevIdentity } from '../identity';
import type { EmulatorSettings, RequestContext, SiteInfo } from './context';
import { SpError } from './errors/SpError';
import { SpErrorFactory } from './errors/SpErrorFactory';
import { toSpError } from './errors/toSpError';
import { handleBatch } from './handlers/batch';
import { handleSideDoor, type SideDoors } from './handlers/emulatorDoors';
import { authenticate, type Caller } from './middleware/auth';
import { readBodyWithin } from './middleware/body';
import { encodeBody } from './middleware/compression';
import { corsHeaders } from './middleware/cors';
import type { FaultInjector } from './middleware/faults';
import {
  isAllowedHost,
  originStanding,
  type LocalAccessPolicy,
  type OriginStanding,
} from './middleware/localAccess';
import { sideDoorRefusal } from './middleware/sideDoorGuard';
import type { RequestStats } from './middleware/stats';
import type { Throttle } from './middleware/throttle';
import type { BatchPart } from './odata/batch';
import { flavourFromAccept, type Flavour } from './odata/format';
import { percentDecode } from './odata/path';
import { parseQueryOptions, type QueryOptions } from './odata/query';
import { reasonPhrase, type SpResponse } from './response';
import { describeEntity, route } from './router/router';
import { isListPagePath, listPageResponse, pageAsset, PAGE_ASSET_PREFIX } from './page/listPage';
import { PermissionEvaluator } from './security/PermissionEvaluator';
import { ensureUser } from './site/principals';
import type { ListStore } from './store/ListStore';
import type { UserRecord } from './model/records';

/** Largest body a side door reads: a UPN and a name, or a few settings. */
const SIDE_DOOR_BODY_BYTES = 64 * 1024;

/** What the HTTP layer needs. */
export interface ServerParts {
  store: ListStore;
  identity: DevIdentity;
  settings: EmulatorSettings;
  site: () => SiteInfo;
  throttle: Throttle;
  faults: FaultInjector;
  stats: RequestStats;
  sideDoors: SideDoors;
  /** Host names and origins allowed to call (known once the server listens). */
  access: () => LocalAccessPolicy;
  /** Largest `/_api` request body read; larger ones get 413 unread. */
  maxBodyBytes: number;
  log: (line: string) => void;
}

/** What is known about a request before it is routed. */
interface Arrival {
  req: IncomingMessage;
  res: ServerResponse;
  /** CORS headers for the answer (only for an allowed origin). */
  cors: Record<string, string>;
}

/**
 * The HTTP side of the emulator: the Host check (DNS rebinding), CORS for the allowed origins, the side doors
 * under `/_emulator/` (same origin or allowed origins only), then for `<site>/_api/…` fault injection, the
 * bearer token and throttling before the body is read (within `maxBodyBytes`), and one store transaction per
 * request (committed before the answer is sent).
 */
export class SharePointServer {
  constructor(private readonly parts: ServerParts) {}

  /** Node's request listener (also for `checkContinue`: the body is asked for only once it is wanted). */
  readonly listener = (req: IncomingMessage, res: ServerResponse): void => {
    this.serve(req, res).catch((error: unknown) => {
      this.parts.log(
        `[sharepoint] unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      try {
        if (!res.headersSent)
          this.write(
            { req, res, cors: {} },
            SpErrorFactory.internal({ detail: String(error) }).render('minimal'),
          );
        else res.destroy();
      } catch {
        // reason: even the error answer failed (a socket gone); nothing is left to tell the client.
        res.destroy();
      }
    });
  };

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const site = this.parts.site();
    const flavour = flavourFromAccept(header(req, 'accept'));
    const host = header(req, 'host') ?? '';
    const policy = this.parts.access();
    if (!isAllowedHost(host, policy)) {
      return this.write({ req, res, cors: {} }, SpErrorFactory.invalidHostname({ host }).render(flavour));
    }
    const origin = header(req, 'origin');
    const standing = originStanding(origin, { hostHeader: host, policy });
    const arrival: Arrival = { req, res, cors: corsHeaders(req.headers, standing) };
    const url = requestUrl(req.url, site.origin);
    if (!url) return this.write(arrival, SpErrorFactory.invalidRequestUrl().render(flavour));
    if (req.method === 'OPTIONS') return this.preflight(arrival, standing);
    if (url.pathname.startsWith(PAGE_ASSET_PREFIX) && (req.method === 'GET' || req.method === 'HEAD')) {
      const asset = await pageAsset(url.pathname.slice(PAGE_ASSET_PREFIX.length));
      return this.write(arrival, asset ?? SpErrorFactory.fileNotFound().render(flavour));
    }
    if (url.pathname.startsWith('/_emulator/')) return this.sideDoor(arrival, { url, standing });
    const pagePath = percentDecode(url.pathname);
    if ((req.method === 'GET' || req.method === 'HEAD') && isListPagePath(site, pagePath))
      return this.write(arrival, listPageResponse({ site, path: pagePath }));
    const apiPrefix = `${site.serverRelativeUrl}/_api/`.toLowerCase();
    const lowerPath = url.pathname.toLowerCase();
    if (!lowerPath.startsWith(apiPrefix) && lowerPath !== apiPrefix.slice(0, -1)) {
      return this.write(arrival, SpErrorFactory.fileNotFound().render(flavour));
    }
    const fault = this.parts.faults.next();
    if (fault.latencyMs > 0) await sleep(fault.latencyMs);
    if (fault.kind === 'drop') {
      req.socket.destroy();
      return;
    }
    if (fault.kind === 'error')
      return this.write(arrival, SpErrorFactory.serverTooBusy({ retryAfterSeconds: 1 }).render(flavour));

    // The token and the rate are checked before a byte of the body is read.
    const caller = authenticate(header(req, 'authorization'), {
      identity: this.parts.identity,
      origins: [site.origin, site.origin.replace('127.0.0.1', 'localhost')],
      realm: site.realm,
    });
    if (caller instanceof SpError) return this.write(arrival, caller.render(flavour));
    const decision = this.parts.throttle.take(caller.upn, Date.now());
    if (decision.kind === 'throttled') {
      return this.write(
        arrival,
        SpErrorFactory.throttled({
          retryAfterSeconds: decision.retryAfterSeconds,
          limit: decision.limit,
        }).render(flavour),
      );
    }
    const read = await readBodyWithin(req, res, { limit: this.parts.maxBodyBytes });
    if (read.kind === 'aborted') return void res.destroy();
    if (read.kind === 'tooLarge') {
      const tooLarge = SpErrorFactory.requestTooLarge({ maximumBytes: this.parts.maxBodyBytes });
      return this.write(arrival, tooLarge.render(flavour));
    }
    this.parts.stats.countRequest(caller.upn);
    const rateHeaders: Record<string, string> =
      this.parts.throttle.enabled && decision.kind === 'allowed'
        ? {
            'RateLimit-Limit': String(decision.limit),
            'RateLimit-Remaining': String(decision.remaining),
            'RateLimit-Reset': String(decision.resetSeconds),
          }
        : {};
    const apiPath = url.pathname.slice(apiPrefix.length);
    let response = this.answer({
      caller,
      method: effectiveMethod(req.method ?? 'GET', header(req, 'x-http-method')),
      url,
      apiPath,
      headers: lowerCaseHeaders(req),
      body: read.body,
      flavour,
      site,
    });
    try {
      // Answer only once every write this answer may reflect is on disk (group commit, see SqliteListStore).
      await this.parts.store.durable();
    } catch (error) {
      this.parts.log(`[sharepoint] the disk write failed: ${(error as Error).message}`);
      response = SpErrorFactory.internal({
        detail: `the disk write failed (${(error as Error).message})`,
      }).render(flavour);
    }
    this.write(arrival, { ...response, headers: { ...rateHeaders, ...response.headers } });
  }

  /** `OPTIONS`: a preflight from an allowed origin gets its CORS answer, one from any other origin 403. */
  private preflight(arrival: Arrival, standing: OriginStanding): void {
    if (standing === 'refused') {
      const origin = header(arrival.req, 'origin') ?? '';
      this.parts.log(`[sharepoint] refused a preflight from ${origin} (not an allowed origin)`);
      return this.write(arrival, SpErrorFactory.crossOriginRefused({ origin }).render('nometadata'));
    }
    this.write(arrival, { status: 204, headers: {}, body: '' });
  }

  /** The side doors under `/_emulator/`, for Node clients, the emulator's own pages and the allowed origins. */
  private async sideDoor(
    arrival: Arrival,
    { url, standing }: { url: URL; standing: OriginStanding },
  ): Promise<void> {
    const { req, res } = arrival;
    const method = req.method ?? 'GET';
    const refusal = sideDoorRefusal({
      method,
      standing,
      origin: header(req, 'origin'),
      secFetchSite: header(req, 'sec-fetch-site'),
      contentType: header(req, 'content-type'),
    });
    if (refusal) {
      this.parts.log(
        `[sharepoint] refused ${method} ${url.pathname} from ${header(req, 'origin') ?? 'a page'}: ${refusal.message}`,
      );
      return this.write(arrival, refusal.render('nometadata'));
    }
    const read = await readBodyWithin(req, res, { limit: SIDE_DOOR_BODY_BYTES });
    if (read.kind === 'aborted') return void res.destroy();
    if (read.kind === 'tooLarge') {
      const tooLarge = SpErrorFactory.requestTooLarge({ maximumBytes: SIDE_DOOR_BODY_BYTES });
      return this.write(arrival, tooLarge.render('nometadata'));
    }
    this.write(
      arrival,
      handleSideDoor({ method, path: url.pathname, body: read.body }, this.parts.sideDoors),
    );
  }

  /** Runs one API request (or `$batch`) synchronously inside a store transaction and renders any error. */
  private answer(request: {
    caller: Caller;
    method: string;
    url: URL;
    apiPath: string;
    headers: Record<string, string>;
    body: Buffer;
    flavour: Flavour;
    site: SiteInfo;
  }): SpResponse {
    const { store, settings } = this.parts;
    const now = new Date();
    try {
      return store.transaction(() => {
        const user = ensureUser(store, { upn: request.caller.upn, name: request.caller.name });
        const ctx = this.context({ ...request, user, now });
        if (request.apiPath.toLowerCase() === '$batch') {
          return handleBatch(ctx, (part) => this.runPart(ctx, part), {
            onOperations: (count) => this.parts.stats.countBatchOperations(count),
          });
        }
        return route(ctx);
      });
    } catch (error) {
      return this.renderError(error, { flavour: request.flavour, strict: settings.strict });
    }
  }

  private runPart(outer: RequestContext, part: BatchPart): SpResponse {
    const flavour = flavourFromAccept(part.headers.accept);
    try {
      const url = requestUrl(part.url, `${outer.site.webUrl}/_api/`);
      if (!url) throw SpErrorFactory.invalidRequestUrl();
      const prefix = `${outer.site.serverRelativeUrl}/_api/`.toLowerCase();
      if (url.origin !== outer.url.origin || !url.pathname.toLowerCase().startsWith(prefix)) {
        throw SpErrorFactory.fileNotFound();
      }
      const apiPath = url.pathname.slice(prefix.length);
      if (apiPath.toLowerCase() === '$batch')
        throw SpErrorFactory.invalidBatch({ detail: 'A batch cannot contain another batch.' });
      // SharePoint's documents say nothing of a file's bytes inside a `$batch` but that uploads do not batch, and
      // PnPjs never batches them (pnp/pnpjs#2472): what SharePoint answers there is not known, so it is not guessed.
      if (/\/(\$value|openbinarystream)$/i.test(apiPath))
        throw SpErrorFactory.notImplemented({ what: "a file's content in a $batch part" });
      return outer.store.transaction(() =>
        route(
          this.context({
            method: effectiveMethod(part.method, part.headers['x-http-method']),
            url,
            apiPath,
            headers: part.headers,
            body: Buffer.from(part.body, 'utf8'),
            flavour,
            site: outer.site,
            user: outer.store.user(outer.user.id) ?? outer.user,
            now: outer.now,
          }),
        ),
      );
    } catch (error) {
      return this.renderError(error, { flavour, strict: outer.settings.strict });
    }
  }

  private context(request: {
    method: string;
    url: URL;
    apiPath: string;
    headers: Record<string, string>;
    body: Buffer;
    flavour: Flavour;
    site: SiteInfo;
    user: UserRecord;
    now: Date;
  }): RequestContext {
    const query: QueryOptions = parseQueryOptions(request.url.searchParams, { maxTop: Infinity });
    const ctx: RequestContext = {
      method: request.method,
      url: request.url,
      apiPath: request.apiPath,
      headers: request.headers,
      body: request.body,
      flavour: request.flavour,
      query,
      site: request.site,
      store: this.parts.store,
      user: request.user,
      security: new PermissionEvaluator(this.parts.store, request.user),
      settings: this.parts.settings,
      now: request.now,
      describe: (resource) => describeEntity(resource, ctx),
    };
    return ctx;
  }

  private renderError(
    error: unknown,
    { flavour, strict }: { flavour: Flavour; strict: boolean },
  ): SpResponse {
    const { error: spError, unexpected } = toSpError(error, { strict });
    if (unexpected)
      this.parts.log(
        `[sharepoint] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    return spError.render(flavour);
  }

  private write(arrival: Arrival, response: SpResponse): void {
    const { req, res } = arrival;
    const plain = typeof response.body === 'string' ? Buffer.from(response.body, 'utf8') : response.body;
    const contentType = Object.entries(response.headers).find(
      ([name]) => name.toLowerCase() === 'content-type',
    )?.[1];
    const encoded = encodeBody(plain, { acceptEncoding: req.headers['accept-encoding'], contentType });
    const body = encoded.body;
    if (req.url?.includes('/_api/')) this.parts.stats.countBytes({ plain: plain.length, sent: body.length });
    const requestId = randomUUID();
    const headers: Record<string, string> = {
      'Cache-Control': 'private, max-age=0',
      'X-SharePointHealthScore': '0',
      SPRequestGuid: requestId,
      'request-id': requestId,
      'X-Content-Type-Options': 'nosniff',
      MicrosoftSharePointTeamServices: '16.0.0.25012',
      'Content-Length': String(body.length),
      ...arrival.cors,
      ...response.headers,
      ...encoded.headers,
    };
    // A body that was not read (refused first, or too large) is not waited for: the connection ends with the
    // answer, so an unread 90 MB upload costs neither memory nor the time to drain it.
    if (hasBody(req) && !req.readableEnded) headers.Connection = 'close';
    res.writeHead(response.status, response.statusText ?? reasonPhrase(response.status), headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

function lowerCaseHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

/** POST with `X-HTTP-Method: MERGE|DELETE|PUT|PATCH` is that verb, as SharePoint reads it. */
function effectiveMethod(method: string, override: string | undefined): string {
  const upper = method.toUpperCase();
  return upper === 'POST' && override ? override.trim().toUpperCase() : upper;
}

/** Whether the request carries a body (declared, or chunked). */
function hasBody(req: IncomingMessage): boolean {
  const length = req.headers['content-length'];
  return (length !== undefined && length !== '0') || req.headers['transfer-encoding'] !== undefined;
}

/** A request target (or `$batch` part URL) as a URL on `base`, or `undefined` when it is not one (`//[`). */
function requestUrl(target: string | undefined, base: string): URL | undefined {
  try {
    return new URL(target ?? '/', base);
  } catch {
    return undefined;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
