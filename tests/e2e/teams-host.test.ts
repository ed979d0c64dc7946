// The local Teams host in Chromium, framing a tab built from the app's own src/teams and src/auth on another
// origin: teams-js initialises, the context names the persona, a theme switch reaches the tab as an event, MSAL's
// nested app auth gets a token through the host that the SharePoint emulator accepts with the persona's rights,
// an unknown call is shown and answered, the page works by keyboard and passes axe — and nothing goes unanswered.
import type { Browser, Frame, Page } from 'playwright-core';
import { DEV_TENANT_ID } from '../../emulators/identity';
import { DEFAULT_CLIENT_ID, startTeamsHost, type RunningTeamsHost } from '../../emulators/teams-host';
import { ADMIN, startEmulator, type TestEmulator } from '../support/emulator';
import { axeViolations } from './lib/axe';
import { launchBrowser, screenshotPath } from './lib/browser';
import { startTestTab, type RunningTestTab } from './lib/teamsTestTab';
import type { TestTabState } from './lib/teamsTestTab.entry';

jest.setTimeout(120_000);

let tab: RunningTestTab;
let sharePoint: TestEmulator;
let host: RunningTeamsHost;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  tab = await startTestTab();
  // The tab calls SharePoint from its own origin, as from Teams; the host page never does.
  sharePoint = await startEmulator({ allowedOrigins: [tab.origin] });
  host = await startTeamsHost({
    port: 0,
    dataDir: sharePoint.dataDir,
    tabUrl: tab.url,
    siteUrl: sharePoint.emulator.siteUrl,
  });
  tab.setConfig({
    siteUrl: sharePoint.emulator.siteUrl,
    auth: { kind: 'entra', clientId: DEFAULT_CLIENT_ID, tenantId: DEV_TENANT_ID },
    teamsHostOrigins: [host.origin],
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
  await sharePoint?.stop();
  await tab?.close();
});

beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
});

afterEach(async () => {
  await page.close();
});

/** Opens the host as a persona and waits until the tab has done what it does. */
async function openHost(query: string): Promise<{ frame: Frame; state: TestTabState }> {
  await page.goto(`${host.url}?${query}`);
  const frame = await tabFrame();
  await frame.waitForFunction(() => (window as unknown as { testTab: TestTabState }).testTab.done === true);
  return { frame, state: await tabState(frame) };
}

async function tabFrame(): Promise<Frame> {
  const frame = await (await page.waitForSelector('#app-frame')).contentFrame();
  if (!frame) throw new Error('the host has no app frame');
  await frame.waitForFunction(() => 'testTab' in window);
  return frame;
}

function tabState(frame: Frame): Promise<TestTabState> {
  return frame.evaluate(() => (window as unknown as { testTab: TestTabState }).testTab);
}

function unanswered(): Promise<number> {
  return page.evaluate(() =>
    (window as unknown as { teamsHost: { unanswered(): number } }).teamsHost.unanswered(),
  );
}

describe('the local Teams host', () => {
  it('frames the tab on its own origin; teams-js connects and the context names the persona', async () => {
    const { state } = await openHost('as=erik.lund@kommun.example&locale=en-us');
    expect(state.error).toBeUndefined();
    expect(state.inTeams).toBe(true);
    expect(state.context).toMatchObject({
      upn: 'erik.lund@kommun.example',
      displayName: 'Erik Lund',
      tenantId: DEV_TENANT_ID,
      locale: 'en',
      theme: 'default',
      frame: 'content',
      host: { name: 'Teams', clientType: 'web' },
    });
    expect(new URL(tab.url).origin).not.toBe(host.origin);
    expect(await page.getByRole('status').first().textContent()).toBe('Appen är klar.');
    expect(await unanswered()).toBe(0);
  });

  it('opens as a UPN that is none of its personas, from the address, and again after a reload', async () => {
    const upn = 'ny.chef@kommun.example';
    const { state } = await openHost(`as=${upn}&locale=en-us`);
    expect(state.error).toBeUndefined();
    expect(state.context).toMatchObject({ upn, locale: 'en' });
    expect(state.tokenUpn).toBe(upn);
    expect(new URL(page.url()).searchParams.get('as')).toBe(upn);
    expect(await page.getByLabel('Inloggad som').inputValue()).toBe('other');
    expect(await page.getByLabel('UPN', { exact: true }).inputValue()).toBe(upn);
    await page.reload();
    const frame = await tabFrame();
    await frame.waitForFunction(() => (window as unknown as { testTab: TestTabState }).testTab.done === true);
    expect((await tabState(frame)).context).toMatchObject({ upn, locale: 'en' });
    expect(await unanswered()).toBe(0);
  });

  it('says, and shows no app, when the address names nobody it can sign in; a persona then opens it', async () => {
    await page.goto(`${host.url}?as=inte-en-upn&theme=dark`);
    const alert = page.locator('#alerts');
    await alert.filter({ hasText: 'inte-en-upn' }).waitFor();
    expect(await alert.textContent()).toContain(
      'Kunde inte logga in som ”inte-en-upn” (as= i adressen): Ange en giltig UPN.',
    );
    expect(await alert.textContent()).toContain(
      'Could not sign in as "inte-en-upn" (as= in the address): Give a valid UPN.',
    );
    expect(await page.locator('#app-status').textContent()).toContain('Appen visas inte');
    expect(await page.locator('#app-frame').getAttribute('src')).toBeNull();
    const asked = await page.evaluate(() => {
      const host = (
        window as unknown as { teamsHost: { signedIn(): boolean; state(): { user: { upn: string } } } }
      ).teamsHost;
      return { signedIn: host.signedIn(), upn: host.state().user.upn };
    });
    expect(asked).toEqual({ signedIn: false, upn: 'inte-en-upn' });
    // The address still says what was asked, so the mistake can be seen and corrected.
    expect(new URL(page.url()).searchParams.get('as')).toBe('inte-en-upn');
    await page.screenshot({ path: screenshotPath('teams-host-invalid-upn') });
    await page.getByLabel('Inloggad som').selectOption('erik.lund@kommun.example');
    const frame = await tabFrame();
    await frame.waitForFunction(() => (window as unknown as { testTab: TestTabState }).testTab.done === true);
    expect((await tabState(frame)).context).toMatchObject({ upn: 'erik.lund@kommun.example', theme: 'dark' });
    expect(await alert.textContent()).toBe('');
    expect(await unanswered()).toBe(0);
  });

  it('gives the app the whole width of a 360 px window, the log below it', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await openHost(`as=${ADMIN}`);
    const app = await page.locator('#app-frame').boundingBox();
    expect(app).not.toBeNull();
    expect(app!.width).toBeGreaterThanOrEqual(340);
    expect(app!.height).toBeGreaterThanOrEqual(300);
    expect(await page.locator('#app-frame').isVisible()).toBe(true);
    const log = await page.locator('aside.log').boundingBox();
    expect(log!.y).toBeGreaterThanOrEqual(app!.y + app!.height);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: screenshotPath('teams-host-360'), fullPage: true });
    expect(await unanswered()).toBe(0);
  });

  it('sends a theme switch in the toolbar to the tab as an event', async () => {
    const { frame } = await openHost(`as=${ADMIN}`);
    await page.getByLabel('Tema').selectOption('dark');
    await frame.waitForFunction(() => document.body.dataset.theme === 'dark');
    expect((await tabState(frame)).themes).toEqual(['dark']);
    expect(await page.locator('body').getAttribute('class')).toBe('theme-dark');
    expect(await unanswered()).toBe(0);
  });

  it('gets a token through nested app auth that SharePoint accepts, with the persona’s rights', async () => {
    const asAdmin = await openHost(`as=${ADMIN}`);
    expect(asAdmin.state.providerKind).toBe('nestedAppAuth');
    expect(asAdmin.state.tokenUpn).toBe(ADMIN);
    expect(asAdmin.state.webStatus).toBe(200);
    expect(asAdmin.state.webTitle).toBeTruthy();
    // Switching persona reloads the tab, as Teams does; MSAL then asks the host for the new user's token.
    await page.getByLabel('Inloggad som').selectOption('anna.berg@kommun.example');
    const frame = await tabFrame();
    // The same frame element with a new page in it: wait for the new page's own answer.
    await frame.waitForFunction(() => {
      const state = (window as unknown as { testTab?: TestTabState }).testTab;
      return state?.done === true && state.context?.upn === 'anna.berg@kommun.example';
    });
    const asAnna = await tabState(frame);
    expect(asAnna.tokenUpn).toBe('anna.berg@kommun.example');
    // Anna has no access to the new site: SharePoint answers as it would her.
    expect(asAnna.webStatus).toBe(403);
    expect(await unanswered()).toBe(0);
  });

  it('shows, logs and answers a call it does not know, and counts it', async () => {
    const { frame } = await openHost(`as=${ADMIN}`);
    const reply = await frame.evaluate(
      (hostOrigin) =>
        new Promise<unknown>((resolve) => {
          window.addEventListener('message', (event) => {
            if ((event.data as { id?: unknown }).id === 9999) resolve(event.data);
          });
          window.parent.postMessage(
            { id: 9999, uuidAsString: 'e2e-unknown', func: 'e2e.unknownCall', args: [] },
            hostOrigin,
          );
        }),
      host.origin,
    );
    expect(reply).toMatchObject({ id: 9999, uuidAsString: 'e2e-unknown', args: [{ errorCode: 100 }] });
    expect(await unanswered()).toBe(1);
    expect(await page.getByRole('alert').textContent()).toContain('e2e.unknownCall');
    expect(await page.locator('#unanswered-count').textContent()).toBe('1');
    // A window inside the app that is not the app (a nested frame) gets no answer, but is counted and shown too.
    await frame.evaluate(() => {
      const nested = document.body.appendChild(document.createElement('iframe'));
      (nested.contentWindow as unknown as { eval(code: string): void }).eval(
        "top.postMessage({ id: 1, func: 'getContext', args: [] }, '*')",
      );
    });
    await page.waitForFunction(
      () => (window as unknown as { teamsHost: { unanswered(): number } }).teamsHost.unanswered() === 2,
    );
    expect(await page.getByRole('alert').textContent()).toContain('inte är appens');
  });

  it('works by keyboard: the theme is switched from the toolbar without a mouse', async () => {
    const { frame } = await openHost(`as=${ADMIN}`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hoppa till appen');
    for (let presses = 0; presses < 10; presses++) {
      if ((await page.evaluate(() => document.activeElement?.id)) === 'theme') break;
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('theme');
    await page.keyboard.press('ArrowDown');
    await frame.waitForFunction(() => document.body.dataset.theme === 'dark');
    expect(await unanswered()).toBe(0);
  });

  it.each(['default', 'dark', 'contrast'])(
    'has no accessibility violations in the %s theme',
    async (theme) => {
      // axe is injected as an inline script, which the host page's policy (script-src 'self') rightly refuses.
      await page.close();
      page = await browser.newPage({ viewport: { width: 1400, height: 900 }, bypassCSP: true });
      await openHost(`as=${ADMIN}&theme=${theme}`);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: screenshotPath(`teams-host-${theme}`) });
    },
  );
});

describe('the same tab outside Teams', () => {
  it('knows at once that there is no host, and chooses MSAL’s redirect', async () => {
    await page.goto(`${tab.url}?noToken`);
    await page.waitForFunction(() => (window as unknown as { testTab: TestTabState }).testTab.done === true);
    const state = await page.evaluate(() => (window as unknown as { testTab: TestTabState }).testTab);
    expect(state).toMatchObject({ inTeams: false, providerKind: 'msalRedirect' });
    expect(state.error).toBeUndefined();
  });
});
