import { ODataSyntaxError } from './errors';

/**
 * One operation of a `$batch` request. `url` is as sent (PnPjs sends absolute URLs); `headers` have lower-case
 * names; `changeset` is the boundary of the changeset the operation came in, if any.
 */
export interface BatchPart {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
  changeset?: string;
}

/** One operation's answer inside a `$batch` response. */
export interface BatchPartResponse {
  status: number;
  /** The reason phrase; the standard one for `status` when empty. */
  statusText: string;
  headers: Record<string, string>;
  body: string;
}

const REQUEST_LINE = /^([A-Za-z]+)\s+(\S+)(?:\s+HTTP\/\d+(?:\.\d+)?)?\s*$/;
const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  412: 'Precondition Failed',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  503: 'Service Unavailable',
};

/**
 * Parses a `multipart/mixed` `$batch` body into its operations, in order, flattening changesets. Accepts PnPjs
 * v4's LF-only bodies and the CRLF form of SharePoint's docs; line breaks inside bodies come back as LF.
 * @throws {ODataSyntaxError} when the Content-Type has no boundary or the body is not a well-formed batch.
 */
export function parseBatchRequest(body: string, contentType: string): BatchPart[] {
  const boundary = multipartBoundary(contentType);
  if (boundary === undefined) {
    throw new ODataSyntaxError(
      'The batch request must have a multipart/mixed Content-Type with a boundary.',
      {
        detail: `Content-Type was '${contentType}'.`,
      },
    );
  }
  const operations: BatchPart[] = [];
  for (const part of splitMultipart(body.split(/\r?\n/), boundary)) {
    const { headers, content } = splitHeaders(part);
    const changeset = multipartBoundary(headers['content-type'] ?? '');
    if (changeset === undefined) {
      operations.push(parseOperation(content));
      continue;
    }
    for (const inner of splitMultipart(content, changeset)) {
      const innerPart = splitHeaders(inner);
      if (multipartBoundary(innerPart.headers['content-type'] ?? '') !== undefined) {
        throw new ODataSyntaxError('A changeset cannot contain another changeset.');
      }
      operations.push({ ...parseOperation(innerPart.content), changeset });
    }
  }
  return operations;
}

/**
 * The flat reply SharePoint sends and PnPjs's parser reads: one `--batchresponse_…` part per operation (also for
 * those sent in changesets), CRLF line ends, and the closing delimiter followed by exactly one line break —
 * PnPjs fails with "Unexpected end of input" without it and on any line after it.
 * @param boundary e.g. `batchresponse_<guid>`; PnPjs recognises parts only by that prefix.
 * @throws {Error} when the boundary lacks the `batchresponse_` prefix (a bug in the caller).
 */
export function serializeBatchResponse(parts: BatchPartResponse[], boundary: string): string {
  if (!boundary.startsWith('batchresponse_')) {
    throw new Error(`A batch response boundary must start with 'batchresponse_', got '${boundary}'.`);
  }
  const out: string[] = [];
  for (const part of parts) {
    out.push(`--${boundary}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '');
    out.push(
      `HTTP/1.1 ${part.status} ${oneLine(part.statusText) || (STATUS_TEXT[part.status] ?? 'Unknown')}`,
    );
    for (const [name, value] of Object.entries(part.headers)) out.push(`${oneLine(name)}: ${oneLine(value)}`);
    out.push('', part.body);
  }
  out.push(`--${boundary}--`, '');
  return out.join('\r\n');
}

/** The outer Content-Type of a `$batch` response. */
export function batchResponseContentType(boundary: string): string {
  return `multipart/mixed; boundary=${boundary}`;
}

/** The reason phrase SharePoint uses for a status code (`Precondition Failed`), or `undefined` if unknown. */
export function statusText(status: number): string | undefined {
  return STATUS_TEXT[status];
}

function multipartBoundary(contentType: string): string | undefined {
  if (!/^\s*multipart\/mixed\s*(;|$)/i.test(contentType)) return undefined;
  const m = /;\s*boundary\s*=\s*(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return m?.[1] ?? m?.[2];
}

/** The lines of each part between `--boundary` delimiters; the preamble and epilogue are dropped. */
function splitMultipart(lines: string[], boundary: string): string[][] {
  const delimiter = `--${boundary}`;
  const parts: string[][] = [];
  let current: string[] | undefined;
  for (const line of lines) {
    const trimmed = line.trimEnd();
    if (trimmed === `${delimiter}--`) {
      if (current) parts.push(current);
      return parts;
    }
    if (trimmed === delimiter) {
      if (current) parts.push(current);
      current = [];
      continue;
    }
    current?.push(line);
  }
  throw new ODataSyntaxError('The batch request is not valid.', {
    detail: `The closing delimiter '${delimiter}--' is missing.`,
  });
}

function splitHeaders(lines: string[]): { headers: Record<string, string>; content: string[] } {
  const headers: Record<string, string> = {};
  let i = 0;
  for (; i < lines.length && lines[i]!.trim() !== ''; i++) addHeader(headers, lines[i]!);
  return { headers, content: lines.slice(i + 1) };
}

function parseOperation(lines: string[]): Omit<BatchPart, 'changeset'> {
  let i = 0;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  const requestLine = REQUEST_LINE.exec(lines[i] ?? '');
  if (!requestLine) {
    throw new ODataSyntaxError('The batch request is not valid.', {
      detail: `Expected a request line such as 'GET <url> HTTP/1.1', got '${lines[i] ?? ''}'.`,
    });
  }
  const headers: Record<string, string> = {};
  // PnPjs ends a GET's headers with the line break the next delimiter owns, so a blank line may be missing.
  for (i++; i < lines.length && lines[i]!.trim() !== ''; i++) addHeader(headers, lines[i]!);
  const body = lines
    .slice(i + 1)
    .join('\n')
    .replace(/\n+$/, '');
  return { method: requestLine[1]!.toUpperCase(), url: requestLine[2]!, headers, body };
}

function addHeader(headers: Record<string, string>, line: string): void {
  const colon = line.indexOf(':');
  if (colon <= 0) {
    throw new ODataSyntaxError('The batch request is not valid.', {
      detail: `'${line}' is not a header line.`,
    });
  }
  const name = line.slice(0, colon).trim().toLowerCase();
  const value = line.slice(colon + 1).trim();
  headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
}

function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}
