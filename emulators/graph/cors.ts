// CORS as the services answer it. Single-page apps call Graph from the browser with bearer tokens, so it answers
// any origin, never with credentials: the token, not the origin, is the credential. Browser apps call Logic Apps
// request triggers directly as well, the trigger URL's `sig` being the credential (sources in
// docs/graph-receiver.md). The doors under /_receiver/ answer only the allowed origins.
import type { IncomingHttpHeaders } from 'node:http';
import type { OriginStanding } from '../sharepoint/middleware/localAccess';

// What Graph lets a page read. Retry-After is not among them: a report of Graph's answers shows it missing from
// Access-Control-Expose-Headers (microsoft-graph-docs-contrib#2011), so a browser client cannot read it there.
const GRAPH_EXPOSED =
  'ETag, Location, Preference-Applied, Content-Range, request-id, client-request-id, SdkVersion';
const METHODS = 'GET, POST, PUT, PATCH, DELETE, OPTIONS';
const DOOR_METHODS = 'GET, POST, OPTIONS';

/** CORS headers for Graph (`/v1.0`) and the flows' triggers: any origin. */
export function serviceCors(
  headers: IncomingHttpHeaders,
  options: { exposed: 'graph' | 'workflows' },
): Record<string, string> {
  if (typeof headers.origin !== 'string') return {};
  const cors: Record<string, string> = { 'Access-Control-Allow-Origin': '*' };
  if (options.exposed === 'graph') cors['Access-Control-Expose-Headers'] = GRAPH_EXPOSED;
  else cors['Access-Control-Expose-Headers'] = 'x-ms-workflow-run-id, x-ms-correlation-id';
  return { ...cors, ...preflight(headers, METHODS) };
}

/** CORS headers for the doors: only an allowed origin is named. */
export function doorCors(headers: IncomingHttpHeaders, standing: OriginStanding): Record<string, string> {
  if (standing !== 'allowed' || typeof headers.origin !== 'string') return { Vary: 'Origin' };
  return {
    Vary: 'Origin',
    'Access-Control-Allow-Origin': headers.origin,
    ...preflight(headers, DOOR_METHODS),
  };
}

function preflight(headers: IncomingHttpHeaders, methods: string): Record<string, string> {
  if (headers['access-control-request-method'] === undefined) return {};
  const asked = headers['access-control-request-headers'];
  return {
    'Access-Control-Allow-Methods': methods,
    // The request's own list: with no credentials involved, any header a page sends is as harmless as its body.
    ...(typeof asked === 'string' && asked !== '' && { 'Access-Control-Allow-Headers': asked }),
    'Access-Control-Max-Age': '3600',
  };
}
