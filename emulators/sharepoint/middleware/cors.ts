import type { IncomingHttpHeaders } from 'node:http';
import type { OriginStanding } from './localAccess';

// What PnPjs and the dev token provider send and read across origins.
const ALLOWED_METHODS = 'GET, POST, PUT, PATCH, MERGE, DELETE, OPTIONS';
const ALLOWED_HEADERS =
  'Authorization, Accept, Content-Type, IF-Match, If-None-Match, X-HTTP-Method, X-RequestDigest, ' +
  'X-PnPjs-RequestId, X-ClientService-ClientTag, OData-Version, OData-MaxVersion';
const EXPOSED_HEADERS =
  'ETag, Location, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, SPRequestGuid, request-id';

/**
 * CORS response headers: only an allowed origin is named, and never with `Access-Control-Allow-Credentials`
 * (the emulator reads bearer tokens, not cookies, so no page needs the browser's credentials). Every answer
 * varies by Origin, as SharePoint Online's do (`Vary: Origin`).
 * https://fetch.spec.whatwg.org/#http-responses
 */
export function corsHeaders(headers: IncomingHttpHeaders, standing: OriginStanding): Record<string, string> {
  const origin = headers.origin;
  if (standing !== 'allowed' || typeof origin !== 'string') return { Vary: 'Origin' };
  const cors: Record<string, string> = {
    Vary: 'Origin',
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Expose-Headers': EXPOSED_HEADERS,
  };
  // A preflight: what the actual request may use.
  if (headers['access-control-request-method'] !== undefined) {
    cors['Access-Control-Allow-Methods'] = ALLOWED_METHODS;
    cors['Access-Control-Allow-Headers'] = ALLOWED_HEADERS;
    cors['Access-Control-Max-Age'] = '600';
  }
  return cors;
}
