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
import type { FaultInjector } from './middleware/faults';
import type { RequestStats } from './middleware/stats';
import type { Throttle } from './middleware/throttle';
import type { BatchPart } from './odata/batch';
import { flavourFromAccept, type Flavour } from './odata/format';
import { parseQueryOptions, type QueryOptions } from './odata/query';
import { reasonPhrase, type SpResponse } from './response';
import { route } from './router/router';
import { isListPagePath, listPageResponse, pageAsset, PAGE_ASSET_PREFIX } from './page/listPage';
import { PermissionEvaluator } from './security/PermissionEvaluator';
import { ensureUser } from './site/principals';
import type { ListStore } from './store/ListStore';
import type { UserRecord } from './model/records';

/** Largest request body accepted (SharePoint Online takes up to 250 MB in one file upload; tests need far less). */
const MAX_BODY_BYTES = 100 * 1024 * 1024;

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
  log: (line: string) => void;
}

/**
 * The HTTP side of the emulator: side doors under `/_emulator/`, then for `<site>/_api/…` fault injection,
 * the bearer token, throttling, and one store transaction per request (committed before the answer is sent).
 */
export class SharePointServer {
  constructor(private readonly parts: ServerParts) {}

  /** Node's request listener. */
  readonly listener = (req: IncomingMessage, res: ServerResponse): void => {
    this.serve(req, res).catch((error: unknown) => {
      this.parts.log(
        `[sharepoint] unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      if (!res.headersSent)
        this.write(req, res, SpErrorFactory.internal({ detail: String(error) }).render('minimal'));
      else res.destroy();
    });
  };

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const site = this.parts.site();
    const url = new URL(req.url ?? '/', site.origin);
    const flavour = flavourFromAccept(header(req, 'accept'));
    if (req.method === 'OPTIONS') return this.write(req, res, { status: 204, headers: {}, body: '' });
    let body: Buffer;
    try {
      body = await readBody(req, MAX_BODY_BYTES);
    } catch {
      return this.write(
        req,
        res,
        SpErrorFactory.requestTooLarge({ maximumBytes: MAX_BODY_BYTES }).render(flavour),
      );
    }
    if (url.pathname.startsWith(PAGE_ASSET_PREFIX) && (req.method === 'GET' || req.method === 'HEAD')) {
      const asset = await pageAsset(url.pathname.slice(PAGE_ASSET_PREFIX.length));
      return this.write(req, res, asset ?? SpErrorFactory.fileNotFound().render(flavour));
    }
    if (url.pathname.startsWith('/_emulator/')) {
      return this.write(
        req,
        res,
        handleSideDoor({ method: req.method ?? 'GET', path: url.pathname, body }, this.parts.sideDoors),
      );
    }
    const pagePath = safeDecode(url.pathname);
    if ((req.method === 'GET' || req.method === 'HEAD') && isListPagePath(site, pagePath))
      return this.write(req, res, listPageResponse({ site, path: pagePath }));
    const apiPrefix = `${site.serverRelativeUrl}/_api/`.toLowerCase();
    const lowerPath = url.pathname.toLowerCase();
    if (!lowerPath.startsWith(apiPrefix) && lowerPath !== apiPrefix.slice(0, -1)) {
      return this.write(req, res, SpErrorFactory.fileNotFound().render(flavour));
    }
    const fault = this.parts.faults.next();
    if (fault.latencyMs > 0) await sleep(fault.latencyMs);
    if (fault.kind === 'drop') {
      req.socket.destroy();
      return;
    }
    if (fault.kind === 'error')
      return this.write(req, res, SpErrorFactory.serverTooBusy({ retryAfterSeconds: 1 }).render(flavour));

    const caller = authenticate(header(req, 'authorization'), {
      identity: this.parts.identity,
      origins: [site.origin, site.origin.replace('127.0.0.1', 'localhost')],
      realm: site.realm,
    });
    if (caller instanceof SpError) return this.write(req, res, caller.render(flavour));
    const decision = this.parts.throttle.take(caller.upn, Date.now());
    if (decision.kind === 'throttled') {
      return this.write(
        req,
        res,
        SpErrorFactory.throttled({
          retryAfterSeconds: decision.retryAfterSeconds,
          limit: decision.limit,
        }).render(flavour),
      );
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
      body,
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
    this.write(req, res, { ...response, headers: { ...rateHeaders, ...response.headers } });
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
      const url = new URL(part.url, `${outer.site.webUrl}/_api/`);
      const prefix = `${outer.site.serverRelativeUrl}/_api/`.toLowerCase();
      if (url.origin !== outer.url.origin || !url.pathname.toLowerCase().startsWith(prefix)) {
        throw SpErrorFactory.fileNotFound();
      }
      const apiPath = url.pathname.slice(prefix.length);
      if (apiPath.toLowerCase() === '$batch')
        throw SpErrorFactory.invalidBatch({ detail: 'A batch cannot contain another batch.' });
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
    return {
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
    };
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

  private write(req: IncomingMessage, res: ServerResponse, response: SpResponse): void {
    const body = typeof response.body === 'string' ? Buffer.from(response.body, 'utf8') : response.body;
    const requestId = randomUUID();
    const headers: Record<string, string> = {
      'Cache-Control': 'private, max-age=0',
      'X-SharePointHealthScore': '0',
      SPRequestGuid: requestId,
      'request-id': requestId,
      'X-Content-Type-Options': 'nosniff',
      MicrosoftSharePointTeamServices: '16.0.0.25012',
      'Content-Length': String(body.length),
      ...corsHeaders(req),
      ...response.headers,
    };
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

/**
 * CORS for the tab in the local Teams host (another origin): SharePoint Online answers CORS for bearer-token
 * calls, so the emulator echoes the origin and exposes the headers PnPjs reads.
 */
function corsHeaders(req: IncomingMessage): Record<string, string> {
  const origin = header(req, 'origin');
  if (!origin) return {};
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, MERGE, DELETE, OPTIONS',
    'Access-Control-Allow-Headers':
      header(req, 'access-control-request-headers') ??
      'Authorization, Accept, Content-Type, IF-Match, X-HTTP-Method, X-RequestDigest, X-PnPjs-RequestId, X-ClientService-ClientTag',
    'Access-Control-Expose-Headers':
      'ETag, Location, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, SPRequestGuid, request-id',
    'Access-Control-Max-Age': '600',
    Vary: 'Origin',
  };
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new Error('Request body too large.'));
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
