import { get } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { distDir } from '../../scripts/lib/build';
import { serveStatic, type RunningStaticServer } from '../../scripts/lib/static-server';
import { axeViolations } from './lib/axe';
import { launchBrowser, screenshotPath } from './lib/browser';

jest.setTimeout(60_000);

let server: RunningStaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await serveStatic({ root: distDir, port: 0 });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  page = await browser.newPage();
});

afterEach(async () => {
  await page.close();
});

describe('the tab shell', () => {
  // This server has no config.json beside the bundle (the manager's pages are tested in startPage.test.ts and
  // form.test.ts, with one): the tab still starts, names itself and says what is missing.
  it('shows the app name in Swedish by default and says when its configuration is missing, accessibly', async () => {
    await page.goto(server.url);
    const heading = page.getByRole('heading', { level: 1, name: 'Stödinventering' });
    await heading.waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    await page.getByText('Appen är inte rätt inställd (config.json). Kontakta IT.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('shell-sv') });
  });

  it('speaks English when asked', async () => {
    await page.goto(`${server.url}?lang=en`);
    await page.getByRole('heading', { level: 1, name: 'Stödinventering' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByText('The app is not set up correctly (config.json). Contact IT.').waitFor();
  });

  it('serves the app for unknown paths and never a file outside the bundle', async () => {
    // An encoded ../ survives URL normalisation on the wire, so send the raw path with node:http.
    const body = await new Promise<string>((resolve, reject) => {
      get(`${server.url}..%2f..%2fpackage.json`, (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve(text));
      }).on('error', reject);
    });
    expect(body).toMatch(/<div id="?root"?>/);
    expect(body).not.toContain('"devDependencies"');
  });
});
