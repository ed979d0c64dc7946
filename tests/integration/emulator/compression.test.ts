// What SharePoint Online does with a large answer to a client that accepts gzip: it compresses it and says so,
// and the same answer reads back byte for byte; small answers and clients that do not accept gzip get plain bytes.
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { acceptsGzip } from '../../../emulators/sharepoint/middleware/compression';
import { ADMIN, useEmulator } from './harness';

const target = useEmulator();

/** The raw bytes and headers of a GET, without fetch's own decompression. */
function rawGet(
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  const { emulator } = target();
  return new Promise((resolve, reject) => {
    const req = request(
      `${emulator.siteUrl}/_api/${path}`,
      {
        headers: {
          Accept: 'application/json;odata=nometadata',
          Authorization: `Bearer ${emulator.token(ADMIN)}`,
          ...headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('compression of answers', () => {
  // Every field of every list: several kilobytes of JSON.
  const large = 'web/lists?$expand=Fields';

  it('gzips a large answer for a client that accepts it, and it reads back exactly', async () => {
    const plain = await rawGet(large, {});
    const zipped = await rawGet(large, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(1024);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    expect(Number(zipped.headers['content-length'])).toBe(zipped.body.length);
    expect(zipped.body.length).toBeLessThan(plain.body.length / 3);
    expect(JSON.parse(gunzipSync(zipped.body).toString('utf8'))).toEqual(
      JSON.parse(plain.body.toString('utf8')),
    );
  });

  it('sends a small answer as it is, and honours q=0', async () => {
    const small = await rawGet('web?$select=Title', { 'Accept-Encoding': 'gzip' });
    expect(small.headers['content-encoding']).toBeUndefined();
    const refused = await rawGet(large, { 'Accept-Encoding': 'gzip;q=0, identity' });
    expect(refused.headers['content-encoding']).toBeUndefined();
  });

  it('is what fetch and PnPjs read without noticing', async () => {
    const res = await target().fetch(large, { headers: { Accept: 'application/json;odata=nometadata' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(((await res.json()) as { value: unknown[] }).value.length).toBeGreaterThan(0);
  });

  it.each([
    ['gzip', true],
    ['gzip;q=0.5', true],
    ['*', true],
    ['br, gzip;q=0', false],
    ['identity', false],
    ['', false],
  ])('reads Accept-Encoding %p as %p', (header, accepted) => {
    expect(acceptsGzip(header)).toBe(accepted);
  });
});
