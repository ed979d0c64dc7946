// Request bodies: the token is checked before a body is read, and a body above the limit gets 413 without being
// read (Content-Length up front, a chunked body stopped at the limit), so one big upload can neither fill the
// emulator's memory nor hold up other users.
import { ADMIN, expectJson, useEmulator } from './harness';
import { rawRequest } from './rawHttp';

const LIMIT = 64 * 1024;
const target = useEmulator({ maxBodyBytes: LIMIT });
const NINETY_MB = String(90 * 1024 * 1024);

const listsPath = () => `${new URL(target().emulator.siteUrl).pathname}/_api/web/lists`;
const auth = () => ({ Authorization: `Bearer ${target().emulator.token(ADMIN)}` });
const json = { 'Content-Type': 'application/json;charset=utf-8', Accept: 'application/json' };

function chunked(size: number): string {
  return `${size.toString(16)}\r\n${'x'.repeat(size)}\r\n`;
}

describe('request bodies', () => {
  it('answers 401 to a request without a token before its body arrives', async () => {
    // 90 MB declared, ten bytes sent: a server that read the body first would still be waiting.
    const res = await rawRequest(target().emulator.url, {
      method: 'POST',
      path: listsPath(),
      headers: { ...json, 'Content-Length': NINETY_MB },
      body: '{"Title":"',
    });
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toMatch(/^Bearer realm=/);
    expect(res.headers.connection).toBe('close');
  });

  it('answers 413 to a declared Content-Length above the limit without reading the body', async () => {
    const res = await rawRequest(target().emulator.url, {
      method: 'POST',
      path: listsPath(),
      headers: { ...json, ...auth(), 'Content-Length': NINETY_MB },
    });
    expect(res.status).toBe(413);
    expect(res.headers.connection).toBe('close');
    expect(res.body).toMatch(new RegExp(`limit of ${LIMIT} bytes`));
  });

  it('stops a chunked body at the limit with 413', async () => {
    const res = await rawRequest(target().emulator.url, {
      method: 'POST',
      path: listsPath(),
      headers: { ...json, ...auth(), 'Transfer-Encoding': 'chunked' },
      body: chunked(LIMIT / 2) + chunked(LIMIT / 2) + chunked(1024),
    });
    expect(res.status).toBe(413);
    expect(res.headers.connection).toBe('close');
  });

  it('never says "100 Continue" to a request it refuses', async () => {
    const refused = await rawRequest(target().emulator.url, {
      method: 'POST',
      path: listsPath(),
      headers: { ...json, Expect: '100-continue', 'Content-Length': NINETY_MB },
    });
    expect(refused).toMatchObject({ status: 401, sawContinue: false });
    const tooLarge = await rawRequest(target().emulator.url, {
      method: 'POST',
      path: listsPath(),
      headers: { ...json, ...auth(), Expect: '100-continue', 'Content-Length': NINETY_MB },
    });
    expect(tooLarge).toMatchObject({ status: 413, sawContinue: false });
  });

  it('reads a body within the limit, chunked or not, and the next request is served', async () => {
    const body = JSON.stringify({
      Title: 'Inom gränsen',
      BaseTemplate: 100,
      Description: 'x'.repeat(LIMIT - 200),
    });
    const plain = await target().fetch('web/lists', { method: 'POST', headers: json, body });
    expect((await expectJson<{ Title: string }>(plain, 201)).Title).toBe('Inom gränsen');
    const viaChunks = await rawRequest(target().emulator.url, {
      method: 'POST',
      path: listsPath(),
      headers: { ...json, ...auth(), 'Transfer-Encoding': 'chunked' },
      body:
        chunked(Buffer.byteLength('{"Title":"Styckvis","BaseTemplate":100}')).replace(
          /x+/,
          '{"Title":"Styckvis","BaseTemplate":100}',
        ) + '0\r\n\r\n',
    });
    expect(viaChunks.status).toBe(201);
    expect((await target().fetch('web/lists/getByTitle(%27Styckvis%27)')).status).toBe(200);
  });

  it('takes no more than a small body at the side doors', async () => {
    const res = await fetch(`${target().emulator.url}/_emulator/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ upn: 'anna.berg@kommun.example', name: 'x'.repeat(100 * 1024) }),
    });
    expect(res.status).toBe(413);
  });
});
