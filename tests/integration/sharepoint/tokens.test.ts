// The dev identity token provider against the emulator's /_emulator/token: real tokens SharePoint accepts,
// cached until shortly before they expire, one call for concurrent requests.
import '@pnp/sp/webs';
import { devIdentityTokenProvider } from '../../../src/auth';
import { createSharePointClient } from '../../../src/sharepoint/client';
import { rejectionOf } from './helpers';
import { describeEmulatorOnly, startBackend, type Backend } from './fixture';

describeEmulatorOnly(
  {
    name: 'the dev identity token provider',
    reason: 'gets its tokens from the emulator’s /_emulator/token, which a tenant does not have',
  },
  () => {
    let backend: Backend;
    beforeAll(async () => {
      backend = await startBackend();
    });
    afterAll(() => backend.close());
    afterEach(() => jest.restoreAllMocks());

    const tokenCalls = (spy: jest.SpyInstance): number =>
      spy.mock.calls.filter(([url]) => String(url).endsWith('/_emulator/token')).length;

    it('gives tokens the emulator accepts, for the persona asked for', async () => {
      const tokens = devIdentityTokenProvider({
        emulatorUrl: backend.emulator.url,
        upn: 'anna.berg@kommun.example',
      });
      const sp = createSharePointClient({ siteUrl: backend.siteUrl, tokens });
      const me = (await sp.web.currentUser()) as { LoginName: string; Title: string };
      expect(me.LoginName).toBe('i:0#.f|membership|anna.berg@kommun.example');
      expect(me.Title).toBe('Anna Berg');
    });

    it('asks once for concurrent requests and again only when the token nears expiry', async () => {
      let now = Date.parse('2018-05-01T10:00:00Z');
      const spy = jest.spyOn(globalThis, 'fetch');
      const tokens = devIdentityTokenProvider({
        emulatorUrl: `${backend.emulator.url}/`,
        upn: 'erik.lund@kommun.example',
        now: () => now,
      });
      const first = await Promise.all([tokens.getToken('x'), tokens.getToken('x'), tokens.getToken('x')]);
      expect(new Set(first).size).toBe(1);
      expect(tokenCalls(spy)).toBe(1);
      now += 54 * 60_000; // 54 minutes: still more than 5 minutes left of the hour
      await tokens.getToken('x');
      expect(tokenCalls(spy)).toBe(1);
      now += 2 * 60_000; // 56 minutes: inside the renewal margin
      await tokens.getToken('x');
      expect(tokenCalls(spy)).toBe(2);
    });

    it('fails as offline when the emulator cannot be reached', async () => {
      const tokens = devIdentityTokenProvider({ emulatorUrl: 'http://127.0.0.1:9', upn: 'a@b.se' });
      expect(await rejectionOf(tokens.getToken('x'))).toMatchObject({ name: 'AppError', code: 'offline' });
    });
  },
);
