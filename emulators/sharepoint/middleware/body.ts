import type { IncomingMessage, ServerResponse } from 'node:http';

/** A request body read within a limit: the bytes, `tooLarge` (read no further), or `aborted` by the client. */
export type BodyOutcome = { kind: 'body'; body: Buffer } | { kind: 'tooLarge' } | { kind: 'aborted' };

/**
 * Reads a request body of at most `limit` bytes. A declared `Content-Length` above the limit is refused
 * before a byte is read; a chunked body is read up to the limit and no further (the rest is discarded as it
 * arrives, never kept). A client that waits with `Expect: 100-continue` is told to send only here, so a
 * request refused earlier (no token) never sends its body at all.
 */
export function readBodyWithin(
  req: IncomingMessage,
  res: ServerResponse,
  { limit }: { limit: number },
): Promise<BodyOutcome> {
  const declared = declaredLength(req);
  if (declared !== undefined && declared > limit) return Promise.resolve({ kind: 'tooLarge' });
  if (/100-continue/i.test(req.headers.expect ?? '') && !res.headersSent) res.writeContinue();
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      // Keep the socket flowing (discarding), so that the answer is not stuck behind an unread body.
      req.off('data', onData);
      req.resume();
      chunks.length = 0;
      resolve({ kind: 'tooLarge' });
    };
    req.on('data', onData);
    req.once('end', () => resolve({ kind: 'body', body: Buffer.concat(chunks) }));
    // After 'end' these change nothing (a promise settles once); before it, the client went away.
    req.once('error', () => resolve({ kind: 'aborted' }));
    req.once('close', () => resolve({ kind: 'aborted' }));
  });
}

/** The request's `Content-Length`, or `undefined` when it has none (chunked, or no body). */
export function declaredLength(req: IncomingMessage): number | undefined {
  const value = req.headers['content-length'];
  return value === undefined ? undefined : Number(value);
}
