// The local stack as a web page in the developer's browser meets it: in real Chromium, a page on another local
// origin can neither get a token from the SharePoint emulator nor switch on its faults — not with fetch, not
// with a request that needs no preflight (no-cors text/plain, a form post), not by DNS rebinding — while the
// tab's own origin (the one `npm start` allows) gets its token and reads /_api across origins.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { type RunningSharePointEmulator } from '../../emulators/sharepoint/index';
import { ADMIN, startEmulator } from '../support/emulator';
import { serveStatic, type RunningStaticServer } from '../../scripts/lib/static-server';
import { launchBrowser } from './lib/browser';

jest.setTimeout(60_000);

const TOKEN_BODY = JSON.stringify({ upn: ADMIN });

let dir: string;
let tab: RunningStaticServer;
let other: RunningStaticServer;
let emulator: RunningSharePointEmulator;
let stopEmulator: () => Promise<void> = async () => undefined;
let browser: Browser;
const logged: string[] = [];

/** A static server on 127.0.0.1 (port 0) serving one empty page, whose origin the test's scripts run in. */
async function pageServer(name: string): Promise<RunningStaticServer> {
  const root = join(dir, name);
  mkdirSync(root);
  writeFileSync(
    join(root, 'index.html'),
    `<!doctype html><html lang="sv"><title>${name}</title><body></body>`,
  );
  return serveStatic({ root, port: 0 });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cross-origin-'));
  tab = await pageServer('tab');
  other = await pageServer('other');
  ({ emulator, stop: stopEmulator } = await startEmulator({
    allowedOrigins: [new URL(tab.url).origin],
    log: (line) => logged.push(line),
  }));
  browser = await launchBrowser({ hostResolverRules: 'MAP rebind.test 127.0.0.1' });
});

afterAll(async () => {
  await browser?.close();
  await stopEmulator();
  await Promise.all([tab?.close(), other?.close()]);
  rmSync(dir, { recursive: true, force: true });
});

/** Opens a page at `url` and records the status of every response the browser got from the emulator. */
async function openPage(url: string): Promise<{ page: Page; statuses: Map<string, number[]> }> {
  const page = await browser.newPage();
  const statuses = new Map<string, number[]>();
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    statuses.set(path, [...(statuses.get(path) ?? []), response.status()]);
  });
  await page.goto(url);
  return { page, statuses };
}

/** `fetch` in the page; resolves to the status and body, or to the error's message when the browser blocks it. */
function fetchInPage(
  page: Page,
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string; mode?: 'cors' | 'no-cors' },
): Promise<{ status: number; type: string; body: string } | { blocked: string }> {
  return page.evaluate(
    async ([target, options]) => {
      try {
        const res = await fetch(target, options);
        return { status: res.status, type: res.type, body: await res.text() };
      } catch (error) {
        return { blocked: String(error) };
      }
    },
    [url, init] as const,
  );
}

describe('a page on another origin', () => {
  let page: Page;
  let statuses: Map<string, number[]>;

  beforeEach(async () => {
    ({ page, statuses } = await openPage(other.url));
  });
  afterEach(() => page.close());

  it('cannot read a token: the preflight of its JSON request is refused', async () => {
    const result = await fetchInPage(page, `${emulator.url}/_emulator/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: TOKEN_BODY,
    });
    expect(result).toEqual({ blocked: expect.stringMatching(/Failed to fetch/) });
    expect(logged.join('\n')).toMatch(new RegExp(`refused a preflight from ${new URL(other.url).origin}`));
  });

  it('cannot make the emulator mint a token with a request that needs no preflight', async () => {
    const result = await fetchInPage(page, `${emulator.url}/_emulator/token`, {
      method: 'POST',
      mode: 'no-cors',
      headers: { 'Content-Type': 'text/plain' },
      body: TOKEN_BODY,
    });
    expect(result).toMatchObject({ type: 'opaque', status: 0 });
    // The browser hides the answer from the page; what the emulator answered is seen on the wire.
    expect(statuses.get('/_emulator/token')).toEqual([403]);
  });

  it('cannot switch on faults with a form post', async () => {
    // The classic JSON-by-form trick: a text/plain form whose single field spells a JSON object.
    await page.setContent(
      `<iframe name="sink"></iframe>
       <form method="POST" action="${emulator.url}/_emulator/configure" enctype="text/plain" target="sink">
         <input name='{"faults":{"errorRate":1},"x":"' value='"}'>
       </form>`,
    );
    const answered = page.waitForResponse((r) => r.url().endsWith('/_emulator/configure'));
    await page.locator('form').evaluate((form: HTMLFormElement) => form.submit());
    expect((await answered).status()).toBe(403);
    const web = await fetch(`${emulator.siteUrl}/_api/web?$select=Title`, {
      headers: {
        Accept: 'application/json',
        Authorization: `Bearer ${emulator.token(ADMIN)}`,
      },
    });
    expect(web.status).toBe(200);
  });

  it('cannot configure faults or read stats with fetch either', async () => {
    const configure = await fetchInPage(page, `${emulator.url}/_emulator/configure`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ faults: { errorRate: 1 } }),
    });
    expect(configure).toEqual({ blocked: expect.any(String) });
    const stats = await fetchInPage(page, `${emulator.url}/_emulator/stats`, {});
    expect(stats).toEqual({ blocked: expect.any(String) });
    // A CORS failure hides even the status from the page's network log; the emulator logs its refusal.
    expect(logged.join('\n')).toContain(`refused GET /_emulator/stats from ${new URL(other.url).origin}`);
  });

  it('cannot read /_api even with a token it somehow has', async () => {
    const result = await fetchInPage(page, `${emulator.siteUrl}/_api/web`, {
      headers: {
        Accept: 'application/json',
        Authorization: `Bearer ${emulator.token(ADMIN)}`,
      },
    });
    expect(result).toEqual({ blocked: expect.any(String) });
  });
});

describe('a DNS-rebinding page (a foreign name that resolves to 127.0.0.1)', () => {
  it('gets 400 for the emulator’s pages and side doors, even from “its own” origin', async () => {
    const port = new URL(emulator.url).port;
    const { page } = await openPage(`http://rebind.test:${port}/_emulator/stats`);
    try {
      expect(await page.locator('body').textContent()).toMatch(/Invalid Hostname/);
      const result = await fetchInPage(page, '/_emulator/token', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: TOKEN_BODY,
      });
      expect(result).toMatchObject({ status: 400 });
      expect((result as { body: string }).body).not.toContain('access_token');
    } finally {
      await page.close();
    }
  });
});

describe('the tab’s origin, which npm start allows', () => {
  it('gets a token and reads /_api across origins, as it does SharePoint Online from Teams', async () => {
    const { page } = await openPage(tab.url);
    try {
      const result = await page.evaluate(
        async ([emulatorUrl, siteUrl, body]) => {
          const tokenRes = await fetch(`${emulatorUrl}/_emulator/token`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body,
          });
          const { access_token } = (await tokenRes.json()) as { access_token: string };
          const web = await fetch(`${siteUrl}/_api/web?$select=Title`, {
            headers: { Accept: 'application/json', Authorization: `Bearer ${access_token}` },
          });
          return {
            status: web.status,
            etag: web.headers.get('SPRequestGuid') !== null,
            body: await web.json(),
          };
        },
        [emulator.url, emulator.siteUrl, TOKEN_BODY] as const,
      );
      expect(result).toMatchObject({ status: 200, etag: true, body: { Title: expect.any(String) } });
    } finally {
      await page.close();
    }
  });
});
