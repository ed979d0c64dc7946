// The tab's static server (`npm start`): a malformed URL or a failing handler answers an error and never takes the
// process down, so one bad request cannot stop the tab and the SharePoint emulator running beside it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic, type RunningStaticServer } from '../../../scripts/lib/static-server';

let root: string;
let server: RunningStaticServer;
const logged: string[] = [];

/** A raw GET, so that the request target reaches the server exactly as written (fetch would normalise it). */
function get(base: string, target: string, method = 'GET'): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path: target, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'static-server-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Flik</title>');
  writeFileSync(join(root, 'app.js'), 'console.log(1);');
  mkdirSync(join(root, 'empty'));
  server = await serveStatic({ root, port: 0, log: (line) => logged.push(line) });
});

afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('the static server', () => {
  it('answers a malformed percent-encoding with 400 and keeps serving', async () => {
    for (const target of ['/%ff', '/%E0%A4%A', '/app.js%', '/%c0%af']) {
      expect(await get(server.url, target)).toMatchObject({ status: 400 });
    }
    const next = await get(server.url, '/');
    expect(next.status).toBe(200);
    expect(next.body).toContain('<title>Flik</title>');
  });

  it('serves files by path and the app for anything else, never a file outside its root', async () => {
    expect(await get(server.url, '/app.js')).toEqual({ status: 200, body: 'console.log(1);' });
    expect((await get(server.url, '/granska/E1042')).body).toContain('Flik');
    expect((await get(server.url, '/..%2f..%2f..%2fetc%2fpasswd')).body).toContain('Flik');
    expect((await get(server.url, '/%2e%2e/%2e%2e/etc/hostname')).body).toContain('Flik');
  });

  it('refuses other methods than GET and HEAD', async () => {
    expect((await get(server.url, '/', 'POST')).status).toBe(405);
    expect(await get(server.url, '/app.js', 'HEAD')).toEqual({ status: 200, body: '' });
  });

  it('answers 500 when a file cannot be served, logs why, and serves the next request', async () => {
    const broken = await serveStatic({
      root: join(root, 'empty'),
      port: 0,
      log: (line) => logged.push(line),
    });
    try {
      // No index.html in this root: reading it fails after the request was accepted.
      expect((await get(broken.url, '/')).status).toBe(500);
      expect(logged.join('\n')).toMatch(/ENOENT/);
      expect((await get(broken.url, '/%ff')).status).toBe(400);
    } finally {
      await broken.close();
    }
    expect((await get(server.url, '/')).status).toBe(200);
  });
});
