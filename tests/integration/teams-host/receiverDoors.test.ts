// The host's two doors onto the Graph receiver over HTTP: guarded like its other doors (only its own page and
// local processes), 501 with a bilingual reason when no receiver was given, and otherwise the receiver's own
// JSON passed through — with a Graph token from the host's nested app auth that the receiver accepts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  DEV_BOARD_CHANNEL_ID,
  DEV_TEAM_ID,
  startGraphReceiver,
  type RunningGraphReceiver,
} from '../../../emulators/graph';
import { startTeamsHost, TeamsHostStartError, type RunningTeamsHost } from '../../../emulators/teams-host';
import { graphToken, notify, postCard } from '../../e2e/lib/graphPosts';

jest.setTimeout(30_000);

const PIA = 'projekt@kommun.example';
const BOARD = 'styrelsen@kommun.example';

let dataDir: string;
let receiver: RunningGraphReceiver;
let host: RunningTeamsHost;
let bare: RunningTeamsHost;

const card = {
  type: 'AdaptiveCard',
  version: '1.5',
  speak: 'Stödinventering, 12 av 20 enheter.',
  body: [
    { type: 'TextBlock', text: 'Stödinventering – sammanställning', style: 'heading', wrap: true },
    { type: 'FactSet', facts: [{ title: 'Inskickade', value: '12 av 20 enheter' }] },
  ],
};

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'teams-host-receiver-'));
  receiver = await startGraphReceiver({
    port: 0,
    dataDir,
    activityTypes: [{ type: 'summaryPublished', templateText: '{actor} publicerade {period}' }],
  });
  host = await startTeamsHost({ port: 0, dataDir, receiverUrl: receiver.url });
  bare = await startTeamsHost({ port: 0, dataDir });
});

afterAll(async () => {
  await bare?.close();
  await host?.close();
  await receiver?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const feedPath = (upn: string) => `_host/api/feed?upn=${encodeURIComponent(upn)}`;

describe('without a receiver', () => {
  it.each(['_host/api/channel-messages', feedPath(BOARD)])(
    '%s answers 501 and says what to do',
    async (path) => {
      const res = await fetch(`${bare.url}${path}`);
      expect(res.status).toBe(501);
      expect(((await res.json()) as { error: string }).error).toMatch(
        /^Värden känner ingen mottagare .*receiverUrl.* \/ The host knows no Graph and Workflows receiver: start it with receiverUrl/,
      );
    },
  );
});

describe('the guard', () => {
  it('refuses a page on another origin, and a request a browser sends across sites', async () => {
    const foreign = await fetch(`${host.url}_host/api/channel-messages`, {
      headers: { Origin: 'http://127.0.0.1:3000' },
    });
    expect(foreign.status).toBe(403);
    const crossSite = await fetch(`${host.url}${feedPath(BOARD)}`, {
      headers: { 'Sec-Fetch-Site': 'cross-site' },
    });
    expect(crossSite.status).toBe(403);
  });

  it('answers the host’s own page, only with GET, and only for a UPN', async () => {
    const own = await fetch(`${host.url}_host/api/channel-messages`, {
      headers: { Origin: host.origin, 'Sec-Fetch-Site': 'same-origin' },
    });
    expect(own.status).toBe(200);
    const post = await fetch(`${host.url}_host/api/channel-messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET');
    const noUpn = await fetch(`${host.url}_host/api/feed?upn=nobody`);
    expect(noUpn.status).toBe(400);
  });
});

describe('with the receiver', () => {
  it('passes the channel’s messages through as the receiver gives them', async () => {
    const token = await graphToken(host, PIA);
    const posted = await postCard(receiver, token, { subject: 'Lägesrapport', card });
    expect(posted.status).toBe(201);
    const res = await fetch(`${host.url}_host/api/channel-messages`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const passed = await res.json();
    const own = await (
      await fetch(
        `${receiver.url}/_receiver/channels/${DEV_TEAM_ID}/${encodeURIComponent(DEV_BOARD_CHANNEL_ID)}/messages`,
      )
    ).json();
    expect(passed).toEqual(own);
    expect(passed).toMatchObject({
      value: [
        { via: 'graph', from: { displayName: 'Pia Projektledare' }, subject: 'Lägesrapport', cards: [card] },
      ],
    });
  });

  it('passes a person’s activity feed through', async () => {
    const token = await graphToken(host, PIA);
    const sent = await notify(receiver, token, {
      to: BOARD,
      activityType: 'summaryPublished',
      webUrl: 'https://teams.microsoft.com/l/entity/app/inventering',
      templateParameters: { period: 'våren 2026' },
    });
    expect(sent.status).toBe(204);
    const res = await fetch(`${host.url}${feedPath(BOARD.toUpperCase())}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      value: [
        { actor: { displayName: 'Pia Projektledare' }, text: 'Pia Projektledare publicerade våren 2026' },
      ],
    });
  });

  it('says so, in Swedish and English, when the receiver does not answer', async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((done) => closed.close(() => done()));
    const orphan = await startTeamsHost({ port: 0, dataDir, receiverUrl: `http://127.0.0.1:${port}` });
    try {
      const res = await fetch(`${orphan.url}_host/api/channel-messages`);
      expect(res.status).toBe(502);
      expect(((await res.json()) as { error: string }).error).toMatch(
        /svarar inte.* \/ The receiver does not answer/,
      );
    } finally {
      await orphan.close();
    }
  });

  it('refuses to start with a receiver address that is no http(s) URL', async () => {
    await expect(startTeamsHost({ port: 0, dataDir, receiverUrl: '127.0.0.1:7072' })).rejects.toThrow(
      TeamsHostStartError,
    );
  });
});

describe('the host’s Graph token', () => {
  it('carries Graph’s consented permissions, which the receiver accepts, when only SharePoint’s are named', async () => {
    const narrowed = await startTeamsHost({
      port: 0,
      dataDir,
      defaultScopes: { sharePoint: ['AllSites.Write'] },
    });
    try {
      // Naming one resource's scopes keeps the other's defaults.
      const token = await graphToken(narrowed, PIA);
      const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8'));
      expect(claims).toMatchObject({
        aud: 'https://graph.microsoft.com',
        scp: 'Calendars.ReadWrite ChannelMessage.Send TeamsActivity.Send User.Read',
        upn: PIA,
      });
      expect((await postCard(receiver, token, { card })).status).toBe(201);
    } finally {
      await narrowed.close();
    }
  });
});
