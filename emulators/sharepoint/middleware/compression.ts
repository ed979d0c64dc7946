import { gzipSync } from 'node:zlib';

// SharePoint Online compresses what it answers when the client accepts it (IIS dynamic compression:
// `Content-Encoding: gzip`, `Vary: Accept-Encoding`); browsers and Node's fetch accept gzip and decompress on
// their own. The emulator does the same, so that "bytes on the wire" measured here are what a tenant sends.
// Small bodies go as they are, as IIS leaves them (its minimum is about a kilobyte).

/** Smallest body worth compressing, in bytes. */
const minimumBytes = 1024;

/** Whether a request's `Accept-Encoding` admits gzip (`gzip`, `gzip;q=1`, `*`; not `gzip;q=0`). */
export function acceptsGzip(acceptEncoding: string | string[] | undefined): boolean {
  const header = Array.isArray(acceptEncoding) ? acceptEncoding.join(',') : (acceptEncoding ?? '');
  return header.split(',').some((part) => {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return (coding === 'gzip' || coding === '*') && (q === undefined || Number(q.slice(2)) > 0);
  });
}

/** The body as sent and the headers that say how: gzip for a large enough text answer the client accepts. */
export function encodeBody(
  body: Buffer,
  context: {
    readonly acceptEncoding: string | string[] | undefined;
    readonly contentType: string | undefined;
  },
): { readonly body: Buffer; readonly headers: Record<string, string> } {
  const textual = /json|xml|text|multipart|html|javascript/i.test(context.contentType ?? '');
  if (body.length < minimumBytes || !textual || !acceptsGzip(context.acceptEncoding))
    return { body, headers: {} };
  return { body: gzipSync(body), headers: { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } };
}
