// The local Teams host over HTTP, next to a SharePoint emulator on the same data directory: the tokens it signs
// through MSAL's bridge are accepted by the emulator with the persona's own rights, and its doors answer only
// its own page and local processes (docs/security.md, "What the local stack exposes").
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BearerToken, BrowserFetchWithRetry, DefaultParse } from '@pnp/queryable';
import { DefaultHeaders, DefaultInit, spfi, type SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import { startTeamsHost, TeamsHostStartError, type RunningTeamsHost } from '../../../emulators/teams-host';
import { wireFixture } from '../../fixtures/teams-wire/wire';
import { rawRequest } from '../emulator/rawHttp';
import { ADMIN, startEmulator, type TestEmulator } from '../../support/emulator';

jest.setTimeout(30_000);

const ANNA = 'anna.berg@kommun.example';
const ERIK = 'erik.lund@kommun.example';
const json = { 'Content-Type': 'application/json' };

let sharePoint: TestEmulator;
let host: RunningTeamsHost;

beforeAll(async () => {
  sharePoint = await startEmulator();
  host = await startTeamsHost({ port: 0, dataDir: sharePoint.dataDir, tabUrl: 'http://127.0.0.1:3000/' });
  // Anna may read the site (a Visitor), Erik has no access at all.
  await admin().web.associatedVisitorGroup.users.add(`i:0#.f|membership|${ANNA}`);
});

afterAll(async () => {
  await host?.close();
  await sharePoint?.stop();
});

function admin(): SPFI {
  return as(sharePoint.emulator.token(ADMIN));
}

function as(token: string): SPFI {
  return spfi(sharePoint.emulator.siteUrl).using(
    DefaultHeaders(),
    DefaultInit(),
    BrowserFetchWithRetry({ retries: 1 }),
    DefaultParse(),
    BearerToken(token),
  );
}

/** What MSAL in the tab sends for acquireTokenSilent (the recorded envelope), for the site's own origin. */
function getTokenEnvelope(scope: string): string {
  const recorded = wireFixture('naa').exchanges.find((e) => String(e.request.data).includes('"GetToken"'))!;
  const envelope = JSON.parse(recorded.request.data as string);
  envelope.tokenParams.scope = scope;
  return JSON.stringify(envelope);
}

async function naaToken(upn: string, at: RunningTeamsHost = host): Promise<string> {
  const res = await fetch(`${at.url}_host/api/naa`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({
      envelope: getTokenEnvelope(`${sharePoint.emulator.url}/.default`),
      user: { upn },
    }),
  });
  expect(res.status).toBe(200);
  const { envelope } = (await res.json()) as { envelope: string };
  const answer = JSON.parse(envelope) as { success: boolean; token: { access_token: string } };
  expect(answer.success).toBe(true);
  return answer.token.access_token;
}

describe('tokens from the host’s nested app auth', () => {
  it('let PnPjs read the web as the persona', async () => {
    const web = await as(await naaToken(ANNA)).web.select('Title')();
    expect(web.Title).toBeTruthy();
    const me = await as(await naaToken(ANNA)).web.currentUser.select('LoginName')();
    expect(me.LoginName).toBe(`i:0#.f|membership|${ANNA}`);
  });

  it('carry that persona’s rights and no more', async () => {
    const anna = as(await naaToken(ANNA));
    await expect(anna.web.lists.add('Annas lista')).rejects.toMatchObject({ status: 403 });
    await expect(as(await naaToken(ERIK)).web.select('Title')()).rejects.toMatchObject({ status: 403 });
    const list = await as(await naaToken(ADMIN)).web.lists.add('Adminlista');
    expect(list.Title).toBe('Adminlista');
  });

  it('are refused by the emulator when the host signs with another data directory’s key', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'teams-host-other-'));
    const stranger = await startTeamsHost({ port: 0, dataDir: elsewhere });
    try {
      await expect(as(await naaToken(ANNA, stranger)).web.select('Title')()).rejects.toMatchObject({
        status: 401,
      });
    } finally {
      await stranger.close();
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});

describe('the host’s doors', () => {
  const envelope = () =>
    JSON.stringify({ envelope: getTokenEnvelope('http://127.0.0.1:7071/.default'), user: { upn: ANNA } });

  it('refuse a page on another origin before signing anything', async () => {
    const res = await fetch(`${host.url}_host/api/naa`, {
      method: 'POST',
      headers: { ...json, Origin: 'http://127.0.0.1:3000' },
      body: envelope(),
    });
    expect(res.status).toBe(403);
    expect(await res.text()).toMatch(/får inte.*\/ The origin http:\/\/127\.0\.0\.1:3000 may not/);
  });

  it('refuse a request a browser sends across sites without an Origin, and bodies that are not JSON', async () => {
    const crossSite = await fetch(`${host.url}_host/api/naa`, {
      method: 'POST',
      headers: { ...json, 'Sec-Fetch-Site': 'cross-site' },
      body: envelope(),
    });
    expect(crossSite.status).toBe(403);
    const text = await fetch(`${host.url}_host/api/naa`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: envelope(),
    });
    expect(text.status).toBe(415);
  });

  it('answer the host’s own page', async () => {
    const res = await fetch(`${host.url}_host/api/naa`, {
      method: 'POST',
      headers: { ...json, Origin: host.origin, 'Sec-Fetch-Site': 'same-origin' },
      body: envelope(),
    });
    expect(res.status).toBe(200);
  });

  it('refuse a Host header that is not this machine (DNS rebinding)', async () => {
    const res = await rawRequest(host.origin, {
      path: '/',
      headers: { Host: `rebind.example:${new URL(host.url).port}` },
    });
    expect(res.status).toBe(400);
  });

  it('refuse a user that is no UPN', async () => {
    const res = await fetch(`${host.url}_host/api/persona`, {
      method: 'POST',
      headers: json,
      body: '{"upn":"nobody"}',
    });
    expect(res.status).toBe(400);
    const ok = await fetch(`${host.url}_host/api/persona`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ upn: 'Ny.Person@Kommun.example' }),
    });
    expect(await ok.json()).toMatchObject({ upn: 'ny.person@kommun.example', name: 'Ny Person' });
  });
});

describe('the host page', () => {
  it('is served with a policy that frames only the tab and lets nobody frame the host', async () => {
    const res = await fetch(host.url);
    expect(res.status).toBe(200);
    const policy = res.headers.get('content-security-policy') ?? '';
    expect(policy).toContain('frame-src http://127.0.0.1:3000');
    expect(policy).toContain("frame-ancestors 'none'");
    const html = await res.text();
    expect(html).toContain('<iframe id="app-frame"');
    expect(html).toContain('anna.berg@kommun.example');
  });

  it('serves its modules transpiled, and nothing but page and protocol modules', async () => {
    const module = await fetch(`${host.url}_host/js/protocol/answer.js`);
    expect(module.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await module.text()).toContain('export function answerRequest');
    for (const path of ['page/hostPage', 'page/modules', 'tokens', '../index', 'protocol/..%2Fdoors']) {
      expect((await fetch(`${host.url}_host/js/${path}.js`)).status).toBe(404);
    }
  });

  it('says clearly when its port is taken', async () => {
    const port = Number(new URL(host.url).port);
    await expect(startTeamsHost({ port, dataDir: sharePoint.dataDir })).rejects.toThrow(TeamsHostStartError);
    await expect(startTeamsHost({ port, dataDir: sharePoint.dataDir })).rejects.toThrow(
      /används redan.*already in use/s,
    );
  });
});
