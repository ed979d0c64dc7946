// Throttling, injected faults and strict mode. These switch the emulator at run time (`configure`), so they run
// against the emulator only; what they expect of each answer is SharePoint Online's behaviour.
import { describeEmulatorOnly, useTarget } from './harness';
import { roleIds } from './support/expectations';
import { readSpError } from './support/spError';

describeEmulatorOnly(
  { name: 'throttling and faults', reason: 'needs the emulator’s throttle and fault switches' },
  () => {
    const target = useTarget();

    beforeAll(async () => {
      // Other users need Read on the web before they may ask it anything (a signed-in stranger gets 403).
      const web = target().sp().web;
      for (const upn of ['anna.berg@kommun.example', 'erik.lund@kommun.example']) {
        const user = await web.ensureUser(`i:0#.f|membership|${upn}`);
        await web.roleAssignments.add(user.Id, roleIds.read);
      }
    });

    afterEach(() => {
      target().emulator?.configure({ throttle: 0, faults: { errorRate: 0, dropRate: 0, latencyMs: 0 } });
    });

    it('answers 429 with Retry-After in seconds once a user exceeds the rate', async () => {
      // "SharePoint Online returns 429 … a Retry-After header is included" in seconds
      // ([SPDOCS] how-to-avoid-getting-throttled-or-blocked-in-sharepoint-online.md).
      target().emulator?.configure({ throttle: 2 });
      const answers = await Promise.all(Array.from({ length: 8 }, () => target().raw('web?$select=Title')));
      const throttled = answers.filter((r) => r.status === 429);
      expect(throttled.length).toBeGreaterThan(0);
      expect(answers.filter((r) => r.status === 200).length).toBeGreaterThan(0);
      for (const r of throttled) {
        expect(r.statusText).toBe('Too Many Requests');
        expect(r.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
      }
    });

    it('throttles per user: another user is still served', async () => {
      target().emulator?.configure({ throttle: 2 });
      await Promise.all(Array.from({ length: 6 }, () => target().raw('web?$select=Title')));
      const other = await target().raw('web?$select=Title', { persona: 'anna' });
      expect(other.status).toBe(200);
    });

    it('PnPjs retries after Retry-After and every request succeeds', async () => {
      target().emulator?.configure({ throttle: 2 });
      // A user with no requests yet, so earlier tests' traffic does not count against this one.
      const sp = target().sp('erik');
      // Three at once at 2/s: one is throttled, waits Retry-After and succeeds on its second attempt
      // (BrowserFetchWithRetry retries 429/503/504 up to 3 attempts in total).
      const webs = await Promise.all([
        sp.web.select('Title')(),
        sp.web.select('Title')(),
        sp.web.select('Title')(),
      ]);
      expect(webs).toHaveLength(3);
      for (const web of webs) expect(typeof web.Title).toBe('string');
    });

    it('injects 503 Server Too Busy with Retry-After', async () => {
      target().emulator?.configure({ faults: { errorRate: 1, seed: 7 } });
      const res = await target().raw('web?$select=Title');
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
    });

    it('PnPjs retries a 503 and succeeds once the fault clears', async () => {
      const emulator = target().emulator;
      emulator?.configure({ faults: { errorRate: 1, seed: 7 } });
      const pending = target().sp().web.select('Title')();
      // The first attempt fails; PnPjs waits Retry-After (≥ 1 s) before the next, by which time the fault is gone.
      setTimeout(() => emulator?.configure({ faults: { errorRate: 0 } }), 300);
      const web = await pending;
      expect(typeof web.Title).toBe('string');
    });

    it('drops connections when asked to', async () => {
      target().emulator?.configure({ faults: { dropRate: 1, seed: 7 } });
      await expect(target().raw('web?$select=Title')).rejects.toThrow();
    });

    it('injects the same faults for the same seed', async () => {
      const run = async (): Promise<number[]> => {
        target().emulator?.configure({ faults: { errorRate: 0.5, seed: 42 } });
        const statuses: number[] = [];
        for (let i = 0; i < 12; i += 1) statuses.push((await target().raw('web?$select=Title')).status);
        return statuses;
      };
      const first = await run();
      const second = await run();
      expect(second).toEqual(first);
      expect(first).toContain(503);
      expect(first).toContain(200);
    });
  },
);

describeEmulatorOnly(
  { name: 'strict mode', reason: 'the real service answers unsupported calls differently' },
  () => {
    const target = useTarget();

    it('answers an unsupported OData option with 501 naming it', async () => {
      const res = await target().raw('web/lists?$search=budget');
      expect(res.status).toBe(501);
      expect(res.statusText).toBe('Not Implemented');
      const seen = await readSpError(res);
      expect(seen.message).toContain('$search');
    });

    it('answers an unsupported path with 501 naming it', async () => {
      const res = await target().raw("search/query?querytext='budget'");
      expect(res.status).toBe(501);
      const seen = await readSpError(res);
      expect(seen.message).toContain('search/query');
    });

    it('names the switch that loosens strict mode', async () => {
      const seen = await readSpError(await target().raw('web/lists?$format=json'));
      expect(seen.message).toContain('$format');
      expect(seen.message).toContain('--loose');
    });
  },
);
