// HTTP/1.1 written by hand over a TCP socket, for what fetch will not send: another Host header, a body that is
// declared but never sent, a chunked body cut at a chosen size, or `Expect: 100-continue`.
import { connect } from 'node:net';

/** One response as read from the socket. */
export interface RawResponse {
  status: number;
  /** Lower-case names. */
  headers: Record<string, string>;
  body: string;
  /** Whether a `100 Continue` came before the final answer. */
  sawContinue: boolean;
}

/** What to write. */
export interface RawRequest {
  /** @default 'GET' */
  method?: string;
  /** The request target, e.g. `/sites/stodinventering/_api/web`. */
  path: string;
  /** Sent as written; `Host` defaults to the URL's host and `Connection` to `close`. */
  headers?: Record<string, string>;
  /** Written right after the head (it may be shorter than a declared Content-Length). */
  body?: string | Buffer;
}

/**
 * Writes the request to `origin` (e.g. `http://127.0.0.1:41234`) and resolves with the first final response once
 * its declared body has arrived or the server has closed the connection.
 */
export function rawRequest(origin: string, request: RawRequest): Promise<RawResponse> {
  const { hostname, port, host } = new URL(origin);
  const headers = { Host: host, Connection: 'close', ...request.headers };
  const head =
    `${request.method ?? 'GET'} ${request.path} HTTP/1.1\r\n` +
    Object.entries(headers)
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('') +
    '\r\n';
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) });
    let received = Buffer.alloc(0);
    let sawContinue = false;
    let done = false;
    const finish = (response: RawResponse): void => {
      done = true;
      socket.destroy();
      resolve(response);
    };
    const tryParse = (closed: boolean): void => {
      for (;;) {
        const end = received.indexOf('\r\n\r\n');
        if (end < 0) break;
        const lines = received.subarray(0, end).toString('latin1').split('\r\n');
        const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(lines[0] ?? '')?.[1]);
        if (status === 100) {
          sawContinue = true;
          received = received.subarray(end + 4);
          continue;
        }
        const parsed: Record<string, string> = {};
        for (const line of lines.slice(1)) {
          const colon = line.indexOf(':');
          parsed[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
        }
        const rest = received.subarray(end + 4);
        const length = Number(parsed['content-length'] ?? Number.NaN);
        if (Number.isFinite(length) ? rest.length >= length : closed) {
          const body = Number.isFinite(length) ? rest.subarray(0, length) : rest;
          finish({ status, headers: parsed, body: body.toString('utf8'), sawContinue });
        }
        return;
      }
      if (closed && !done) reject(new Error(`The connection closed without an answer: ${String(received)}`));
    };
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      tryParse(false);
    });
    socket.on('close', () => {
      if (!done) tryParse(true);
    });
    // A reset after the answer is fine (the server may close on a body it will not read); before it, not.
    socket.on('error', (error) => {
      if (!done && received.length === 0) reject(error);
    });
    socket.write(head);
    if (request.body !== undefined) socket.write(request.body);
  });
}
