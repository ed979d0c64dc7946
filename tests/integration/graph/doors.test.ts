// The receiver's own doors and its edges: faults answered in the services' shapes without recording anything,
// the doors open only to local processes and the allowed origins, CORS for any page on Graph and the flow's
// trigger, the Host check, 501 for what it does not model, and bad requests that never take the process down.
import { DEV_BOARD_CHANNEL_ID, DEV_TEAM_ID } from '../../../emulators/graph';
import { rawRequest } from '../emulator/rawHttp';
import { graphMessage, SUMMARY_CARD_1_4, workflowMessage } from './cards';
import { ANNA, BOARD_MESSAGES, graphError, JSON_TYPE, useReceiver } from './harness';

const TAB = 'http://127.0.0.1:3999';
const OTHER = 'http://127.0.0.1:8081';
const target = useReceiver({
  allowedOrigins: [TAB],
  activityTypes: [{ type: 'reportDue', templateText: '{actor} påminner' }],
});

const reminder = {
  topic: { source: 'text', value: 'Stödinventering', webUrl: 'https://teams.microsoft.com/l/entity/a/b' },
  activityType: 'reportDue',
  previewText: { content: 'Påminnelse' },
};

describe('faults', () => {
  it('answer the next requests of a route with the status and Graph’s body, recording nothing', async () => {
    const set = await target().door('faults', {
      route: 'channelMessage',
      status: 429,
      count: 2,
      retryAfterSeconds: 7,
    });
    expect(set.status).toBe(200);
    expect(await set.json()).toEqual({
      route: 'channelMessage',
      status: 429,
      count: 2,
      retryAfterSeconds: 7,
    });
    for (let i = 0; i < 2; i++) {
      const res = await target().post(BOARD_MESSAGES, graphMessage(SUMMARY_CARD_1_4));
      expect(res.status).toBe(429);
      expect(res.headers.get('retry-after')).toBe('7');
      expect((await graphError(res)).code).toBe('TooManyRequests');
    }
    expect(await target().messages()).toEqual([]);
    expect((await target().post(BOARD_MESSAGES, graphMessage(SUMMARY_CARD_1_4))).status).toBe(201);
  });

  it('answer every status in the shape of the route’s service', async () => {
    const graphCodes: Record<number, string> = {
      400: 'BadRequest',
      401: 'InvalidAuthenticationToken',
      403: 'Forbidden',
      500: 'InternalServerError',
      503: 'ServiceNotAvailable',
    };
    for (const [status, code] of Object.entries(graphCodes)) {
      expect((await target().door('faults', { route: 'activity', status: Number(status) })).status).toBe(200);
      const res = await target().post(`users/${ANNA}/teamwork/sendActivityNotification`, reminder);
      expect(res.status).toBe(Number(status));
      expect((await graphError(res)).code).toBe(code);
    }
    expect(await target().feed(ANNA)).toEqual([]);
    expect(
      (await target().door('faults', { route: 'workflows', status: 503, retryAfterSeconds: 3 })).status,
    ).toBe(200);
    const flow = await fetch(target().receiver.workflowUrl, {
      method: 'POST',
      headers: JSON_TYPE,
      body: JSON.stringify(workflowMessage(SUMMARY_CARD_1_4)),
    });
    expect(flow.status).toBe(503);
    expect(flow.headers.get('retry-after')).toBe('3');
    expect(((await flow.json()) as { error: { code: string } }).error.code).toBe('ServiceUnavailable');
    expect(await target().runs()).toEqual([]);
  });

  it('are refused when the route, status or count is not one the door takes', async () => {
    for (const body of [
      { route: 'chat', status: 429 },
      { route: 'activity', status: 404 },
      { route: 'activity', status: 429, count: 0 },
      { route: 'activity', status: 429, retryAfterSeconds: -1 },
    ]) {
      const res = await target().door('faults', body);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: string }).error).toMatch(/ \/ /);
    }
  });

  it('are forgotten by a reset, with messages, feeds and runs', async () => {
    await target().door('faults', { route: 'channelMessage', status: 500 });
    await target().door('reset');
    expect((await target().post(BOARD_MESSAGES, graphMessage(SUMMARY_CARD_1_4))).status).toBe(201);
    await target().door('reset');
    expect(await target().messages()).toEqual([]);
  });
});

describe('the doors', () => {
  const messagesDoor = () =>
    `${target().receiver.url}/_receiver/channels/${DEV_TEAM_ID}/${encodeURIComponent(DEV_BOARD_CHANNEL_ID)}/messages`;

  it('answer the allowed origin with CORS, and refuse another page, with or without Origin', async () => {
    const tab = await fetch(messagesDoor(), { headers: { Origin: TAB } });
    expect(tab.status).toBe(200);
    expect(tab.headers.get('access-control-allow-origin')).toBe(TAB);
    const pages: Record<string, string>[] = [
      { Origin: OTHER },
      { Origin: 'null' },
      { 'Sec-Fetch-Site': 'cross-site' },
    ];
    for (const headers of pages) {
      const res = await fetch(messagesDoor(), { headers });
      expect(res.status).toBe(403);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      expect(await res.text()).not.toContain('"value"');
    }
    const faultFromPage = await fetch(`${target().receiver.url}/_receiver/faults`, {
      method: 'POST',
      headers: { ...JSON_TYPE, Origin: OTHER },
      body: JSON.stringify({ route: 'channelMessage', status: 500 }),
    });
    expect(faultFromPage.status).toBe(403);
    expect((await target().post(BOARD_MESSAGES, graphMessage(SUMMARY_CARD_1_4))).status).toBe(201);
  });

  it('answer preflights from the allowed origin only', async () => {
    const preflight = (origin: string) =>
      fetch(`${target().receiver.url}/_receiver/reset`, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type',
        },
      });
    const allowed = await preflight(TAB);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-methods')).toContain('POST');
    expect((await preflight(OTHER)).status).toBe(403);
  });

  it('take JSON bodies only, which no page can send without a preflight', async () => {
    for (const type of ['text/plain;charset=UTF-8', 'application/x-www-form-urlencoded']) {
      const res = await fetch(`${target().receiver.url}/_receiver/faults`, {
        method: 'POST',
        headers: { 'Content-Type': type },
        body: JSON.stringify({ route: 'channelMessage', status: 500 }),
      });
      expect(res.status).toBe(415);
    }
    expect((await target().post(BOARD_MESSAGES, graphMessage(SUMMARY_CARD_1_4))).status).toBe(201);
  });

  it('answer 404 for a door that does not exist, a channel it does not know, and 405 for a wrong method', async () => {
    expect((await fetch(`${target().receiver.url}/_receiver/nothing`)).status).toBe(404);
    expect(
      (
        await fetch(
          `${target().receiver.url}/_receiver/channels/${DEV_TEAM_ID}/19%3Ax%40thread.tacv2/messages`,
        )
      ).status,
    ).toBe(404);
    expect(
      (await fetch(`${target().receiver.url}/_receiver/runs`, { method: 'POST', headers: JSON_TYPE })).status,
    ).toBe(405);
  });
});

describe('CORS on Graph and on the flow’s trigger', () => {
  it('answers any origin’s preflight and names no credentials', async () => {
    for (const url of [`${target().receiver.graphUrl}/${BOARD_MESSAGES}`, target().receiver.workflowUrl]) {
      const res = await fetch(url, {
        method: 'OPTIONS',
        headers: {
          Origin: OTHER,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'authorization,content-type',
        },
      });
      expect(res.status).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('access-control-allow-methods')).toContain('POST');
      expect(res.headers.get('access-control-allow-headers')).toBe('authorization,content-type');
      expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    }
  });

  it('lets a page read Graph’s answer and its request-id', async () => {
    const res = await target().post(BOARD_MESSAGES, graphMessage(SUMMARY_CARD_1_4), {
      headers: { Origin: OTHER },
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-expose-headers')).toContain('request-id');
  });
});

describe('edges', () => {
  it('refuses a Host that is not this machine (DNS rebinding)', async () => {
    const res = await rawRequest(target().receiver.url, {
      path: `/_receiver/runs`,
      headers: { Host: `evil.example:${new URL(target().receiver.url).port}` },
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatch(/Invalid Hostname/);
  });

  it('answers 501 naming a Graph call it does not model', async () => {
    const calls: [string, string][] = [
      ['GET', 'v1.0/me'],
      ['GET', `v1.0/${BOARD_MESSAGES}`],
      ['POST', 'beta/teams/x/channels/y/messages'],
      ['POST', 'v1.0/chats/19:x@thread.v2/messages'],
    ];
    for (const [method, path] of calls) {
      const res = await fetch(`${target().receiver.url}/${path}`, {
        method,
        headers: { Authorization: `Bearer ${target().token(ANNA)}`, ...(method === 'POST' && JSON_TYPE) },
        ...(method === 'POST' && { body: '{}' }),
      });
      expect(res.status).toBe(501);
      const error = await graphError(res);
      expect(error.code).toBe('NotImplemented');
      expect(error.message).toContain(`${method} /${decodeURIComponent(path)}`);
    }
  });

  it('answers 400 to a malformed URL and 404 outside its three areas', async () => {
    const bad = await rawRequest(target().receiver.url, {
      method: 'POST',
      path: '/v1.0/teams/%E0%A4%A/channels/x/messages',
    });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.code).toBe('BadRequest');
    expect((await rawRequest(target().receiver.url, { path: '/_receiver/users/%zz/feed' })).status).toBe(400);
    expect((await fetch(`${target().receiver.url}/`)).status).toBe(404);
  });

  it('survives malformed and huge bodies on every area and goes on answering', async () => {
    const token = target().token(ANNA);
    const requests = [
      rawRequest(target().receiver.url, {
        method: 'POST',
        path: new URL(`${target().receiver.graphUrl}/${BOARD_MESSAGES}`).pathname,
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': 'application/json',
          'Transfer-Encoding': 'chunked',
        },
        body: `100000\r\n${'{'.repeat(0x100000)}\r\n0\r\n\r\n`,
      }),
      rawRequest(target().receiver.url, {
        method: 'POST',
        path: new URL(target().receiver.workflowUrl).pathname + new URL(target().receiver.workflowUrl).search,
        headers: { 'Content-Type': 'application/json', 'Content-Length': String(2 ** 31) },
        body: '{"type":"message"',
      }),
      rawRequest(target().receiver.url, {
        method: 'POST',
        path: '/_receiver/faults',
        headers: { 'Content-Type': 'application/json', 'Content-Length': String(10 * 1024 * 1024) },
        body: '{',
      }),
      fetch(`${target().receiver.url}/_receiver/faults`, {
        method: 'POST',
        headers: JSON_TYPE,
        body: '{"route":',
      }),
      target().post(
        BOARD_MESSAGES,
        JSON.stringify(graphMessage({ type: 'AdaptiveCard', version: '1.5', body: nested(200) })),
      ),
    ];
    const statuses = (await Promise.all(requests)).map((res) => res.status);
    expect(statuses).toEqual([413, 202, 413, 400, 400]);
    expect((await target().runs()).map((run) => run.error)).toEqual(['Request Entity too large.']);
    expect((await target().post(BOARD_MESSAGES, graphMessage(SUMMARY_CARD_1_4))).status).toBe(201);
  });
});

function nested(depth: number): unknown[] {
  let element: Record<string, unknown> = { type: 'TextBlock', text: 'x' };
  for (let i = 0; i < depth; i++) element = { type: 'Container', items: [element] };
  return [element];
}
