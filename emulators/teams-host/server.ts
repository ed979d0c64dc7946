// The host's HTTP side: the page, its styles and modules, and its doors (`POST /_host/api/<door>`, and the two
// `GET` doors that read the Graph receiver), behind the local-access guard. Nothing else: the host never proxies
// SharePoint and keeps no state between requests (the page holds who is signed in, in its URL).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBodyWithin } from '../sharepoint/middleware/body';
import type { LocalAccessPolicy } from '../sharepoint/middleware/localAccess';
import { answerDoor, type DoorParts } from './doors';
import { refusalOf } from './guard';
import { hostPageHtml, hostPageStyles, STYLES_PATH } from './page/hostPage';
import { browserModule, MODULE_PREFIX } from './page/modules';
import type { PageConfig } from './page/pageConfig';
import { answerReceiverDoor, RECEIVER_DOORS, type ReceiverParts } from './receiverDoors';

/** Largest body a door reads: an envelope of a few KB. */
const DOOR_BODY_BYTES = 64 * 1024;

/** What the HTTP side needs. */
export interface HostServerParts {
  readonly page: PageConfig;
  readonly doors: DoorParts;
  readonly receiver: ReceiverParts;
  /** Known once the server listens. */
  readonly access: () => LocalAccessPolicy;
  readonly log: (line: string) => void;
}

interface Answer {
  status: number;
  headers?: Record<string, string>;
  body: string;
}

const TEXT = 'text/plain; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';

/** Node's request listener for the host. */
export function hostListener(parts: HostServerParts): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    serve(req, res, parts).catch((error: unknown) => {
      parts.log(`[teams-host] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      if (!res.headersSent)
        send(res, { status: 500, headers: { 'Content-Type': TEXT }, body: 'Internal Server Error\n' });
      else res.destroy();
    });
  };
}

async function serve(req: IncomingMessage, res: ServerResponse, parts: HostServerParts): Promise<void> {
  const method = (req.method ?? 'GET').toUpperCase();
  const { pathname: path, searchParams } = new URL(req.url ?? '/', 'http://host.invalid');
  const refusal = refusalOf(
    {
      method,
      path,
      host: req.headers.host,
      origin: req.headers.origin,
      secFetchSite: header(req, 'sec-fetch-site'),
      contentType: req.headers['content-type'],
    },
    parts.access(),
  );
  if (refusal) {
    parts.log(`[teams-host] refused ${method} ${path}: ${refusal.message}`);
    send(res, { status: refusal.status, headers: { 'Content-Type': TEXT }, body: `${refusal.message}\n` });
    return;
  }
  if (path.startsWith('/_host/api/')) {
    const name = path.slice('/_host/api/'.length);
    send(
      res,
      RECEIVER_DOORS.includes(name)
        ? await receiverDoor({ method, door: name, query: searchParams, parts })
        : await door(req, res, { method, door: name, parts }),
    );
    return;
  }
  if (method !== 'GET' && method !== 'HEAD') {
    send(res, {
      status: 405,
      headers: { Allow: 'GET, HEAD', 'Content-Type': TEXT },
      body: 'Method Not Allowed\n',
    });
    return;
  }
  const answer = await page(path, parts);
  send(res, method === 'HEAD' ? { ...answer, body: '' } : answer);
}

async function page(path: string, parts: HostServerParts): Promise<Answer> {
  if (path === '/' || path === '/index.html') {
    return { status: 200, headers: pageHeaders(parts.page), body: hostPageHtml(parts.page) };
  }
  if (path === STYLES_PATH) {
    return { status: 200, headers: { 'Content-Type': 'text/css; charset=utf-8' }, body: hostPageStyles() };
  }
  if (path.startsWith(MODULE_PREFIX)) {
    const code = await browserModule(path.slice(MODULE_PREFIX.length));
    if (code !== undefined) {
      return { status: 200, headers: { 'Content-Type': 'text/javascript; charset=utf-8' }, body: code };
    }
  }
  return { status: 404, headers: { 'Content-Type': TEXT }, body: 'Not Found\n' };
}

async function door(
  req: IncomingMessage,
  res: ServerResponse,
  { method, door, parts }: { method: string; door: string; parts: HostServerParts },
): Promise<Answer> {
  if (method !== 'POST') {
    return { status: 405, headers: { Allow: 'POST', 'Content-Type': TEXT }, body: 'Method Not Allowed\n' };
  }
  const outcome = await readBodyWithin(req, res, { limit: DOOR_BODY_BYTES });
  if (outcome.kind !== 'body') {
    return {
      status: 413,
      headers: { 'Content-Type': TEXT, Connection: 'close' },
      body: 'Payload Too Large\n',
    };
  }
  let body: unknown;
  try {
    body = JSON.parse(outcome.body.toString('utf8'));
  } catch {
    return json(400, { error: 'Kroppen är inte JSON. / The body is not JSON.' });
  }
  const answer = answerDoor(door, body, parts.doors);
  return answer
    ? json(answer.status, answer.body)
    : { status: 404, headers: { 'Content-Type': TEXT }, body: 'Not Found\n' };
}

async function receiverDoor({
  method,
  door,
  query,
  parts,
}: {
  method: string;
  door: string;
  query: URLSearchParams;
  parts: HostServerParts;
}): Promise<Answer> {
  if (method !== 'GET') {
    return { status: 405, headers: { Allow: 'GET', 'Content-Type': TEXT }, body: 'Method Not Allowed\n' };
  }
  const answer = await answerReceiverDoor(door, query, parts.receiver);
  return answer
    ? json(answer.status, answer.body)
    : { status: 404, headers: { 'Content-Type': TEXT }, body: 'Not Found\n' };
}

/** The page may frame only the app's origins, and nobody may frame the page. */
function pageHeaders(config: PageConfig): Record<string, string> {
  return {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-cache',
    'Content-Security-Policy': [
      "default-src 'self'",
      `frame-src ${config.appOrigins.join(' ')}`,
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      "connect-src 'self'",
      "frame-ancestors 'none'",
      "base-uri 'none'",
      "form-action 'none'",
    ].join('; '),
    'X-Content-Type-Options': 'nosniff',
  };
}

function json(status: number, body: unknown): Answer {
  return {
    status,
    headers: { 'Content-Type': JSON_TYPE, 'Cache-Control': 'no-store' },
    body: JSON.stringify(body),
  };
}

function send(res: ServerResponse, answer: Answer): void {
  res.writeHead(answer.status, { 'X-Content-Type-Options': 'nosniff', ...answer.headers });
  res.end(answer.body);
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
