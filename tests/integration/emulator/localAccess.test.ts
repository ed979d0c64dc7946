// Who may reach the emulator from a browser: CORS only for the origins it was started with (the tab), the side
// doors under /_emulator/ only for those and its own pages, and only for the host names it listens on (so a DNS
// rebinding page cannot pose as it). Node clients (scripts, tests) send no Origin and stay allowed.
import { ADMIN, expectJson, spError, useEmulator } from './harness';
import { rawRequest } from './rawHttp';

const TAB = 'http://127.0.0.1:3999';
const OTHER = 'http://127.0.0.1:8081';
const target = useEmulator({ allowedOrigins: [TAB, 'http://localhost:3999'] });

const JSON_TYPE = { 'Content-Type': 'application/json' };
const tokenBody = JSON.stringify({ upn: 'anna.berg@kommun.example' });

function sideDoor(path: string, init: { headers?: Record<string, string>; body?: string } = {}) {
  return fetch(`${target().emulator.url}/_emulator/${path}`, { method: 'POST', ...init });
}

describe('the side doors refuse other origins', () => {
  it('mints a token for a Node client (no Origin) that sends JSON', async () => {
    const body = await expectJson<{ access_token: string }>(
      await sideDoor('token', { headers: JSON_TYPE, body: tokenBody }),
    );
    expect(body.access_token).toMatch(/^ey/);
  });

  it('refuses a page on another origin with 403, without CORS headers and without a token', async () => {
    for (const headers of [
      { ...JSON_TYPE, Origin: OTHER },
      { 'Content-Type': 'text/plain;charset=UTF-8', Origin: OTHER },
      { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'null' },
      { ...JSON_TYPE, Origin: `http://evil.example:${new URL(target().emulator.url).port}` },
    ]) {
      const res = await sideDoor('token', { headers, body: tokenBody });
      expect(res.status).toBe(403);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      const text = await res.text();
      expect(text).not.toContain('access_token');
      expect(text).toMatch(/allowed-origin/);
    }
  });

  it('refuses cross-site and same-site browser requests that carry no Origin (Sec-Fetch-Site)', async () => {
    for (const site of ['cross-site', 'same-site']) {
      const res = await sideDoor('token', {
        headers: { ...JSON_TYPE, 'Sec-Fetch-Site': site },
        body: tokenBody,
      });
      expect(res.status).toBe(403);
    }
    for (const site of ['same-origin', 'none']) {
      const res = await sideDoor('token', {
        headers: { ...JSON_TYPE, 'Sec-Fetch-Site': site },
        body: tokenBody,
      });
      expect(res.status).toBe(200);
    }
  });

  it('needs a JSON body, so that no form or text/plain request (which needs no preflight) gets through', async () => {
    for (const type of [
      'text/plain;charset=UTF-8',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      const res = await sideDoor('token', { headers: { 'Content-Type': type }, body: tokenBody });
      expect(res.status).toBe(415);
      expect((await spError(res)).message).toMatch(/application\/json/);
    }
    expect((await sideDoor('token', { body: tokenBody })).status).toBe(415);
    expect((await sideDoor('stats/reset')).status).toBe(415);
    expect((await sideDoor('stats/reset', { headers: JSON_TYPE })).status).toBe(200);
  });

  it('lets the emulator’s own pages (same origin) and the allowed origins in, with CORS for the latter', async () => {
    const own = await sideDoor('token', {
      headers: { ...JSON_TYPE, Origin: target().emulator.url },
      body: tokenBody,
    });
    expect(own.status).toBe(200);
    const tab = await sideDoor('token', { headers: { ...JSON_TYPE, Origin: TAB }, body: tokenBody });
    expect(tab.status).toBe(200);
    expect(tab.headers.get('access-control-allow-origin')).toBe(TAB);
    expect(tab.headers.get('access-control-allow-credentials')).toBeNull();
    expect(tab.headers.get('vary')).toMatch(/Origin/);
  });

  it('does not let another origin switch on faults', async () => {
    const res = await sideDoor('configure', {
      headers: { 'Content-Type': 'text/plain', Origin: OTHER },
      body: JSON.stringify({ faults: { errorRate: 1 } }),
    });
    expect(res.status).toBe(403);
    expect((await target().fetch('web')).status).toBe(200);
  });
});

describe('CORS', () => {
  it('answers the preflight of an allowed origin and refuses any other', async () => {
    const preflight = (origin: string, path: string) =>
      fetch(`${target().emulator.url}${path}`, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'authorization,content-type',
        },
      });
    for (const path of ['/_emulator/token', '/sites/stodinventering/_api/web/lists']) {
      const allowed = await preflight(TAB, path);
      expect(allowed.status).toBe(204);
      expect(allowed.headers.get('access-control-allow-origin')).toBe(TAB);
      expect(allowed.headers.get('access-control-allow-methods')).toMatch(/POST/);
      expect(allowed.headers.get('access-control-allow-headers')?.toLowerCase()).toMatch(/authorization/);
      const refused = await preflight(OTHER, path);
      expect(refused.status).toBe(403);
      expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('exposes /_api answers to allowed origins only, never with credentials', async () => {
    const tab = await target().fetch('web', { headers: { Origin: TAB } });
    expect(tab.status).toBe(200);
    expect(tab.headers.get('access-control-allow-origin')).toBe(TAB);
    expect(tab.headers.get('access-control-expose-headers')).toMatch(/ETag/);
    expect(tab.headers.get('access-control-allow-credentials')).toBeNull();
    const other = await target().fetch('web', { headers: { Origin: OTHER } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('host names (DNS rebinding)', () => {
  const port = () => new URL(target().emulator.url).port;

  it('answers only for 127.0.0.1 and localhost on its own port', async () => {
    const token = target().emulator.token(ADMIN);
    const web = (host: string) =>
      rawRequest(target().emulator.url, {
        path: '/sites/stodinventering/_api/web?$select=Title',
        headers: { Host: host, Accept: 'application/json', Authorization: `Bearer ${token}` },
      });
    expect((await web(`127.0.0.1:${port()}`)).status).toBe(200);
    expect((await web(`localhost:${port()}`)).status).toBe(200);
    for (const host of [`rebind.example:${port()}`, `127.0.0.1:${Number(port()) + 1}`, 'localhost', '']) {
      const res = await web(host);
      expect(res.status).toBe(400);
      expect(res.body).toMatch(/Invalid Hostname/);
    }
  });

  it('refuses a side door under a foreign host name even when the page is "same origin" to it', async () => {
    const host = `rebind.example:${port()}`;
    const res = await rawRequest(target().emulator.url, {
      method: 'POST',
      path: '/_emulator/token',
      headers: {
        Host: host,
        Origin: `http://${host}`,
        ...JSON_TYPE,
        'Content-Length': String(tokenBody.length),
      },
      body: tokenBody,
    });
    expect(res.status).toBe(400);
    expect(res.body).not.toContain('access_token');
  });
});
