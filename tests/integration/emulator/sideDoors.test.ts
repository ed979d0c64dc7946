import { ADMIN, expectJson, spError, useEmulator } from './harness';

const target = useEmulator();
// The side doors take JSON only (a page on another origin cannot send it without a preflight).
const json = { 'Content-Type': 'application/json' };

describe('the emulator’s side doors', () => {
  it('signs a token for any UPN through POST /_emulator/token, which the API then accepts', async () => {
    const { emulator } = target();
    const res = await fetch(`${emulator.url}/_emulator/token`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ upn: 'anna.berg@kommun.example', name: 'Anna B' }),
    });
    const body = await expectJson<{ access_token: string; token_type: string; expires_in: number }>(res);
    expect(body.token_type).toBe('Bearer');
    expect(body.expires_in).toBe(3600);
    const me = await expectJson<{ Title: string; LoginName: string }>(
      await target().fetch('web/currentuser', { token: body.access_token }),
    );
    expect(me).toMatchObject({ Title: 'Anna B', LoginName: 'i:0#.f|membership|anna.berg@kommun.example' });
  });

  it('refuses a token request without a UPN, in Swedish and English', async () => {
    const res = await fetch(`${target().emulator.url}/_emulator/token`, {
      method: 'POST',
      headers: json,
      body: '{}',
    });
    const error = await spError(res);
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/^Ange "upn".*\/ Give "upn"/);
  });

  it('counts requests per user, a $batch as one request and its parts as operations, and the bytes answered', async () => {
    const { emulator } = target();
    await fetch(`${emulator.url}/_emulator/stats/reset`, { method: 'POST', headers: json });
    await target().fetch('web');
    await target().fetch('web', { as: 'erik.lund@kommun.example' });
    const [batched, execute] = target().sp().web.batched();
    void batched.lists.select('Title')();
    void batched.currentUser();
    void batched.select('Title')();
    await execute();
    const stats = await expectJson<{
      requests: number;
      batchOperations: number;
      byUser: Record<string, number>;
      bytesSent: number;
      bytesPlain: number;
    }>(await fetch(`${emulator.url}/_emulator/stats`));
    expect(stats).toMatchObject({
      requests: 3,
      batchOperations: 3,
      byUser: { [ADMIN]: 2, 'erik.lund@kommun.example': 1 },
    });
    // fetch accepts gzip: the $batch's answer (several kilobytes) went compressed, the two small ones as they were.
    expect(stats.bytesSent).toBeGreaterThan(0);
    expect(stats.bytesSent).toBeLessThan(stats.bytesPlain);
    expect(emulator.stats()).toEqual(stats);
    emulator.resetStats();
    expect(emulator.stats()).toEqual({
      requests: 0,
      batchOperations: 0,
      byUser: {},
      bytesSent: 0,
      bytesPlain: 0,
    });
  });

  it('changes the threshold and throttling at run time through POST /_emulator/configure', async () => {
    const { emulator } = target();
    const configure = (body: unknown) =>
      fetch(`${emulator.url}/_emulator/configure`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify(body),
      });
    await expectJson(await configure({ throttle: 1 }));
    // Three requests within far less than two seconds span at most two one-second windows: one must be refused.
    const responses = [];
    for (let i = 0; i < 3; i++)
      responses.push(await target().fetch('web', { as: 'throttled@kommun.example' }));
    await expectJson(await configure({ throttle: 0 }));
    const throttled = responses.find((r) => r.status === 429);
    expect(throttled).toBeDefined();
    expect(Number(throttled?.headers.get('Retry-After'))).toBeGreaterThanOrEqual(1);
    // Throttling off again: refused for lack of permission (403), no longer for the rate.
    expect((await target().fetch('web', { as: 'throttled@kommun.example' })).status).toBe(403);
    const refused = await configure({ threshold: -1 });
    expect(refused.status).toBe(400);
  });

  it('refuses fault settings out of range, so that no request can stall every other', async () => {
    for (const faults of [
      { latencyMs: 3_600_000 },
      { errorRate: '1' },
      { dropRate: -1 },
      { speed: 1 },
      null,
    ]) {
      const res = await fetch(`${target().emulator.url}/_emulator/configure`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ faults }),
      });
      expect(res.status).toBe(400);
    }
    expect((await target().fetch('web')).status).toBe(200);
  });

  it('refuses a body nested deeper than 100 levels, which would overflow the stack of its checks', async () => {
    const deep = `${'['.repeat(30_000)}${']'.repeat(30_000)}`;
    for (const [door, body] of [
      ['configure', `{"threshold":${deep}}`],
      ['token', `{"upn":${deep}}`],
    ]) {
      const res = await fetch(`${target().emulator.url}/_emulator/${door}`, {
        method: 'POST',
        headers: json,
        body,
      });
      const error = await spError(res);
      expect(error.status).toBe(400);
      expect(error.message).toMatch(/nests deeper than 100 levels/);
    }
  });

  it('is not reachable for other methods or paths under /_emulator/', async () => {
    const res = await fetch(`${target().emulator.url}/_emulator/nothing`);
    expect(res.status).toBe(404);
  });
});
