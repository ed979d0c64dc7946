// `npm start` serves the tab's config.json from the ports the stand-ins actually got, beside the built files and
// never cached, so that a restart on other ports is never met with a stale address.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic, type RunningStaticServer } from '../../../scripts/lib/static-server';

let root: string;
let server: RunningStaticServer;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'static-generated-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Flik</title>');
  // A config.json left in the folder (a production build's) must lose to the generated one.
  writeFileSync(join(root, 'config.json'), '{"siteUrl":"https://old.example"}');
  server = await serveStatic({
    root,
    port: 0,
    generated: {
      '/config.json': {
        contentType: 'application/json; charset=utf-8',
        body: '{"siteUrl":"http://127.0.0.1:7071/sites/s"}',
      },
    },
  });
});

afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('generated files', () => {
  it('are answered at their path, uncached, before the folder', async () => {
    const res = await fetch(`${server.url}config.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ siteUrl: 'http://127.0.0.1:7071/sites/s' });
  });

  it('answer HEAD without a body, and leave every other path to the folder', async () => {
    const head = await fetch(`${server.url}config.json`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect(await (await fetch(`${server.url}config.json/x`)).text()).toContain('<title>Flik</title>');
  });
});
