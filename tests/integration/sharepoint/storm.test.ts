// A 429/503 storm during saves: the emulator throttles each user to 2 requests a second and answers a quarter
// of all requests 503 Server Too Busy. PnPjs's BrowserFetchWithRetry (the client's only retry loop) waits for
// Retry-After, and every save lands — none lost, none doubled, none turned into a false conflict.
import { type Queryable } from '@pnp/queryable';
import { type Inventory } from '../../../src/domain';
import { createSharePointClient } from '../../../src/sharepoint/client';
import { createRepositories } from '../../../src/sharepoint/repositories';
import { staticTokenProvider } from '../../../src/auth';
import { answeredLine, contentOf, withAnswers } from './helpers';
import {
  describeEmulatorOnly,
  during2018,
  fillSite,
  startBackend,
  type Backend,
  type FilledSite,
} from './fixture';

jest.setTimeout(90_000);

describeEmulatorOnly(
  {
    name: 'a 429/503 storm during saves',
    reason:
      'needs the emulator to throttle (--throttle) and to answer 503 (--error-rate); a tenant cannot be asked to',
  },
  () => {
    let backend: Backend;
    let site: FilledSite;
    beforeAll(async () => {
      backend = await startBackend();
      site = await fillSite(backend);
    });
    afterAll(() => backend.close());

    it('every save of every manager lands through 429s and 503s', async () => {
      const managers = site.units.flatMap((u) => (u.manager ? [u.manager.upn] : []));
      const retried = { 429: 0, 503: 0 };
      const sessions = await Promise.all(
        managers.map(async (upn) => {
          const sp = createSharePointClient({
            siteUrl: backend.siteUrl,
            tokens: staticTokenProvider(backend.emulator.token(upn)),
          });
          // PnPjs logs each retry it makes; counting them shows the storm really happened.
          sp.using((instance: Queryable) => {
            instance.on.log((message: string) => {
              const status = /failed with (429|503)/.exec(message)?.[1];
              if (status === '429' || status === '503') retried[status]++;
            });
            return instance;
          });
          const repos = createRepositories(sp);
          const form = await repos.inventories.loadMine({ upn, on: during2018 });
          return { upn, repos, inventory: form.inventories[0]! };
        }),
      );
      backend.emulator.configure({ throttle: 2, faults: { errorRate: 0.25, seed: 42 } });
      const saved = await Promise.all(
        sessions.map(async ({ repos, inventory }, m) => {
          let current: Inventory = inventory;
          for (const [round, fn] of ['ekonomi', 'hr', 'it', 'juridik'].entries()) {
            current = await repos.inventories.save(
              withAnswers(current, [answeredLine(fn, null, m * 10 + round)]),
            );
          }
          return current;
        }),
      );
      backend.emulator.configure({ throttle: 0, faults: { errorRate: 0 } });
      expect(retried[429]).toBeGreaterThan(0);
      expect(retried[503]).toBeGreaterThan(0);
      for (const [index, { upn }] of sessions.entries()) {
        const stored = await backend.repos(upn).inventories.loadMine({ upn, on: during2018 });
        expect(contentOf(stored.inventories[0]!)).toEqual(contentOf(saved[index]!));
        expect(stored.inventories[0]!.lines.find((l) => l.functionId === 'juridik')?.persons).toBe(
          index * 10 + 3 + 1,
        );
      }
    });
  },
);
