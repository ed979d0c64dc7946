// One table decides how the tab signs in (docs/auth.md); each row is checked here.
import {
  chooseTokenProvider,
  DEV_SITE_ADMIN_UPN,
  type TokenHost,
} from '../../../src/auth/chooseTokenProvider';
import { type RuntimeConfig } from '../../../src/auth/runtimeConfig';

const dev: RuntimeConfig = {
  siteUrl: 'http://127.0.0.1:7071/sites/stodinventering',
  auth: { kind: 'devIdentity', tokenUrl: 'http://127.0.0.1:7071/_emulator/token' },
  teamsHostOrigins: ['http://127.0.0.1:4000'],
};
const entra: RuntimeConfig = {
  siteUrl: 'https://kommun.sharepoint.com/sites/stodinventering',
  auth: {
    kind: 'entra',
    clientId: '9c1e4b7a-3f2d-4a6e-8b5c-7d0f2e9a1c64',
    tenantId: 'kommun.onmicrosoft.com',
  },
  teamsHostOrigins: [],
};

function host(supportsNestedAppAuth: boolean): TokenHost {
  return {
    supportsNestedAppAuth,
    context: { upn: 'karl.kontor@kommun.example', displayName: 'Karl Kontorschef' },
    authenticate: () => Promise.reject(new Error('not in this test')),
  };
}

const page = 'http://127.0.0.1:3000/';

describe('choosing the token provider', () => {
  it.each([
    [
      'devIdentity',
      'in the local Teams host',
      dev,
      host(true),
      page,
      'devIdentity',
      'karl.kontor@kommun.example',
    ],
    [
      'devIdentity',
      'in a browser with ?as=',
      dev,
      null,
      `${page}?as=Anna.Berg@kommun.example`,
      'devIdentity',
      'anna.berg@kommun.example',
    ],
    ['devIdentity', 'in a browser without ?as=', dev, null, page, 'devIdentity', DEV_SITE_ADMIN_UPN],
    [
      'devIdentity',
      'in a browser with a broken ?as=',
      dev,
      null,
      `${page}?as=nobody`,
      'devIdentity',
      DEV_SITE_ADMIN_UPN,
    ],
    [
      'entra',
      'in Teams with nested app auth',
      entra,
      host(true),
      page,
      'nestedAppAuth',
      'karl.kontor@kommun.example',
    ],
    [
      'entra',
      'in Teams without nested app auth',
      entra,
      host(false),
      page,
      'teamsPopup',
      'karl.kontor@kommun.example',
    ],
    ['entra', 'in a browser', entra, null, page, 'msalRedirect', undefined],
  ])('%s %s', (_auth, _where, config, teamsHost, pageUrl, kind, upn) => {
    const chosen = chooseTokenProvider({ config, host: teamsHost, pageUrl });
    expect(chosen.kind).toBe(kind);
    expect(chosen.upn).toBe(upn);
  });

  it('asks the dev identity at config.json’s token URL for the persona, with Teams’ display name', async () => {
    const requests: { url: string; body: unknown }[] = [];
    const fetchSpy = jest.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
      requests.push({ url: String(input), body: JSON.parse(String(init?.body)) });
      return Promise.resolve(Response.json({ access_token: 'dev-token', expires_in: 3600 }));
    });
    try {
      const chosen = chooseTokenProvider({ config: dev, host: host(true), pageUrl: page });
      await expect(chosen.provider.getToken('http://127.0.0.1:7071')).resolves.toBe('dev-token');
      expect(requests).toEqual([
        {
          url: 'http://127.0.0.1:7071/_emulator/token',
          body: { upn: 'karl.kontor@kommun.example', name: 'Karl Kontorschef' },
        },
      ]);
    } finally {
      fetchSpy.mockRestore();
    }
  });
});
