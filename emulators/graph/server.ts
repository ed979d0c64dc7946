// The receiver's HTTP side: the Host check (DNS rebinding) for everything, then three areas. Graph under /v1.0
// (CORS for any origin; a fault, the token and what the URL decides before a byte of the body is read), the flows'
// triggers under /workflows/ and /powerautomate/ (202 once the signature is right), and the doors under
// /_receiver/ (local processes and the allowed origins only). Anything else is 404; nothing crashes the process.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DevIdentity } from '../identity';
import { readBodyWithin } from '../sharepoint/middleware/body';
import { isAllowedHost, originStanding, type LocalAccessPolicy } from '../sharepoint/middleware/localAccess';
import { emptyAnswer, jsonAnswer, textAnswer, type Answer } from './answer';
import { doorCors, serviceCors } from './cors';
import { GraphError, type RequestIds } from './errors/GraphError';
import { graphFault, workflowFault } from './errors/faultAnswers';
import { GraphErrors } from './errors/graphErrors';
import { WorkflowErrors } from './errors/workflowErrors';
import { doorRefusal, isJson } from './guard';
import { answerDoor, type DoorParts } from './handlers/doors';
import type { GraphOperation, GraphRequestDetails } from './handlers/operation';
import { admitTrigger, runFlow, type SeededFlow } from './handlers/workflows';
import { MESSAGE_LIMIT_BYTES } from './handlers/channelMessage';
import type { FaultQueue } from './store/faults';
import type { ReceiverStore } from './store/ReceiverStore';
import { graphCaller } from './token';

/** Largest body a door reads: a fault's few fields. */
const DOOR_BODY_BYTES = 64 * 1024;

/** What the HTTP side needs. */
export interface ReceiverServerParts {
  readonly identity: DevIdentity;
  readonly store: ReceiverStore;
  readonly faults: FaultQueue;
  readonly flows: readonly SeededFlow[];
  /** The Graph operation a request names (`segments`: the path after `/v1.0/`, decoded), if the receiver models it. */
  readonly graphOperation: (
    method: string,
    segments: readonly string[],
    details: GraphRequestDetails,
  ) => GraphOperation | undefined;
  readonly doors: DoorParts;
  /** Known once the server listens. */
  readonly access: () => LocalAccessPolicy;
  readonly now: () => number;
  readonly log: (line: string) => void;
}

interface Exchange {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly method: string;
  readonly url: URL;
}

/** Node's request listener for the receiver. */
export function receiverListener(
  parts: ReceiverServerParts,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    serve(req, res, parts).catch((error: unknown) => {
      parts.log(
        `[graph] unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      if (!res.headersSent) send(req, res, textAnswer(500, 'Internal Server Error'));
      else res.destroy();
    });
  };
}

async function serve(req: IncomingMessage, res: ServerResponse, parts: ReceiverServerParts): Promise<void> {
  const method = (req.method ?? 'GET').toUpperCase();
  const policy = parts.access();
  if (!isAllowedHost(req.headers.host, policy)) {
    return send(req, res, textAnswer(400, 'Bad Request - Invalid Hostname'));
  }
  let url: URL;
  try {
    url = new URL(req.url ?? '/', 'http://receiver.invalid');
  } catch {
    return send(req, res, textAnswer(400, 'Bad Request - Invalid URL'));
  }
  const exchange: Exchange = { req, res, method, url };
  const path = url.pathname;
  if (/^\/(v1\.0|beta)(\/|$)/i.test(path)) return graph(exchange, parts);
  if (/^\/(workflows|powerautomate)\//i.test(path)) return workflows(exchange, parts);
  if (path.startsWith('/_receiver/')) return door(exchange, parts);
  send(req, res, textAnswer(404, 'Not Found'));
}

async function graph(exchange: Exchange, parts: ReceiverServerParts): Promise<void> {
  const { req, res, method } = exchange;
  const requestId = randomUUID();
  const ids: RequestIds = {
    requestId,
    clientRequestId: header(req, 'client-request-id') ?? requestId,
    at: parts.now(),
  };
  const headers = {
    ...serviceCors(req.headers, { exposed: 'graph' }),
    'request-id': ids.requestId,
    'client-request-id': ids.clientRequestId,
  };
  const write = (answer: Answer | GraphError): void => {
    const rendered = answer instanceof GraphError ? answer.render(ids) : answer;
    if (method !== 'OPTIONS') {
      const why = answer instanceof GraphError ? ` ${answer.code}: ${answer.message}` : '';
      parts.log(`[graph] ${method} ${exchange.url.pathname} ${rendered.status}${why}`);
    }
    send(req, res, { ...rendered, headers: { ...headers, ...rendered.headers } });
  };
  if (method === 'OPTIONS') return write(emptyAnswer(204));
  const segments = decodedSegments(exchange.url.pathname);
  if (!segments) return write(GraphErrors.invalidUrl());
  const [version = '', ...rest] = segments;
  const details = { query: exchange.url.searchParams, prefer: header(req, 'prefer') };
  const operation =
    version.toLowerCase() === 'v1.0' ? parts.graphOperation(method, rest, details) : undefined;
  if (!operation) return write(GraphErrors.notImplemented(`${method} /${segments.join('/')}`));
  const fault = parts.faults.take(operation.route);
  if (fault) return write(graphFault(fault));
  const caller = graphCaller(header(req, 'authorization'), {
    identity: parts.identity,
    nowSeconds: Math.floor(parts.now() / 1000),
  });
  if (caller instanceof GraphError) return write(caller);
  if (caller.kind === 'delegated') parts.store.rememberUser(caller.upn);
  const admitted = operation.admit(caller);
  if (admitted instanceof GraphError) return write(admitted);
  let body: unknown;
  if (operation.body === 'json') {
    const contentType = header(req, 'content-type');
    if (!isJson(contentType)) return write(GraphErrors.unsupportedMediaType(contentType ?? ''));
    const read = await readBodyWithin(req, res, { limit: operation.maxBodyBytes });
    if (read.kind === 'aborted') return void res.destroy();
    if (read.kind === 'tooLarge') return write(GraphErrors.tooLarge(operation.maxBodyBytes));
    try {
      body = JSON.parse(read.body.toString('utf8'));
    } catch {
      return write(GraphErrors.invalidBody());
    }
  }
  try {
    write(admitted(body));
  } catch (error) {
    if (!(error instanceof GraphError)) throw error;
    write(error);
  }
}

async function workflows(exchange: Exchange, parts: ReceiverServerParts): Promise<void> {
  const { req, res, method, url } = exchange;
  const cors = serviceCors(req.headers, { exposed: 'workflows' });
  const write = (answer: Answer): void =>
    send(req, res, { ...answer, headers: { ...cors, ...answer.headers } });
  if (method === 'OPTIONS') return write(emptyAnswer(204));
  const admission = admitTrigger(parts.flows, { method, path: url.pathname, query: url.searchParams });
  if (!admission) return write(WorkflowErrors.notImplemented(`${method} ${url.pathname}`));
  const fault = parts.faults.take('workflows');
  if (fault) return write(workflowFault(fault));
  if ('answer' in admission) return write(admission.answer);
  const read = await readBodyWithin(req, res, { limit: MESSAGE_LIMIT_BYTES });
  if (read.kind === 'aborted') return void res.destroy();
  const { answer, run } = runFlow(
    admission.flow,
    { body: read, contentType: header(req, 'content-type'), correlationId: randomUUID() },
    { store: parts.store, now: parts.now },
  );
  parts.log(
    `[graph] flow ${run.flowId}: run ${run.id} ${run.status}${run.error === null ? '' : ` (${run.error})`}`,
  );
  write(answer);
}

async function door(exchange: Exchange, parts: ReceiverServerParts): Promise<void> {
  const { req, res, method, url } = exchange;
  const origin = header(req, 'origin');
  const standing = originStanding(origin, { hostHeader: req.headers.host!, policy: parts.access() });
  const cors = doorCors(req.headers, standing);
  const write = (answer: Answer): void =>
    send(req, res, { ...answer, headers: { ...cors, ...answer.headers } });
  const refusal = doorRefusal({
    method,
    standing,
    origin,
    secFetchSite: header(req, 'sec-fetch-site'),
    contentType: header(req, 'content-type'),
  });
  if (refusal) {
    parts.log(`[graph] refused ${method} ${url.pathname} from ${origin ?? 'a page'}`);
    return write(refusal);
  }
  if (method === 'OPTIONS') return write(emptyAnswer(204));
  const segments = decodedSegments(url.pathname.slice('/_receiver'.length));
  if (!segments) return write(jsonAnswer(400, { error: 'Ogiltig adress. / Invalid URL.' }));
  let body: unknown = {};
  if (method === 'POST') {
    const read = await readBodyWithin(req, res, { limit: DOOR_BODY_BYTES });
    if (read.kind === 'aborted') return void res.destroy();
    if (read.kind === 'tooLarge')
      return write(jsonAnswer(413, { error: 'För stor kropp. / Body too large.' }));
    const text = read.body.toString('utf8').trim();
    try {
      body = text === '' ? {} : JSON.parse(text);
    } catch {
      return write(jsonAnswer(400, { error: 'Kroppen är inte JSON. / The body is not JSON.' }));
    }
  }
  write(answerDoor({ method, segments, body }, parts.doors));
}

/** The path's segments, percent-decoded; `undefined` when an escape does not decode. */
function decodedSegments(pathname: string): string[] | undefined {
  try {
    return pathname.split('/').slice(1).map(decodeURIComponent);
  } catch {
    return undefined;
  }
}

function send(req: IncomingMessage, res: ServerResponse, answer: Answer): void {
  const headers: Record<string, string> = {
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    ...answer.headers,
    'Content-Length': String(Buffer.byteLength(answer.body)),
  };
  // A body that was not read (refused first, or too large) is not waited for: the connection ends with the answer.
  if (hasBody(req) && !req.readableEnded) headers.Connection = 'close';
  res.writeHead(answer.status, headers);
  res.end(req.method === 'HEAD' ? undefined : answer.body);
}

function hasBody(req: IncomingMessage): boolean {
  return req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
