// config.json decides which SharePoint the tab talks to and how it signs in; a wrong file must fail with words
// that say what to fix, in Swedish and English, and never half-work.
import { AppError } from '../../../src/domain/errors';
import {
  loadRuntimeConfig,
  parseRuntimeConfig,
  RUNTIME_CONFIG_URL,
  type RuntimeConfig,
} from '../../../src/auth/runtimeConfig';

const CLIENT_ID = '0f3c1e6a-7a7b-4a53-9d11-2b8f3b0c4d5e';
const TENANT_ID = '6f1c0c8e-3d0b-4a57-9d7e-5e2f0a0b7c11';

const local = {
  siteUrl: 'http://127.0.0.1:7071/sites/stodinventering',
  auth: { kind: 'devIdentity', tokenUrl: 'http://127.0.0.1:7071/_emulator/token' },
  teamsHostOrigins: ['http://127.0.0.1:4000'],
};

const tenant = {
  siteUrl: 'https://kommun.sharepoint.com/sites/stodinventering/',
  auth: { kind: 'entra', clientId: CLIENT_ID.toUpperCase(), tenantId: TENANT_ID },
  teamsHostOrigins: [],
};

function failure(value: unknown): AppError {
  try {
    parseRuntimeConfig(value);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected parseRuntimeConfig to throw');
}

describe('parseRuntimeConfig', () => {
  it('accepts the local stand-ins', () => {
    expect(parseRuntimeConfig(local)).toEqual<RuntimeConfig>(local as RuntimeConfig);
  });

  it('accepts a tenant, dropping the trailing slash and normalising the GUIDs', () => {
    expect(parseRuntimeConfig(tenant)).toEqual<RuntimeConfig>({
      siteUrl: 'https://kommun.sharepoint.com/sites/stodinventering',
      auth: { kind: 'entra', clientId: CLIENT_ID, tenantId: TENANT_ID },
      teamsHostOrigins: [],
    });
  });

  it('keeps a redirect URI and accepts a tenant domain name', () => {
    const config = parseRuntimeConfig({
      ...tenant,
      auth: { ...tenant.auth, tenantId: 'Kommun.onmicrosoft.com', redirectUri: 'https://app.kommun.se/' },
    });
    expect(config.auth).toEqual({
      kind: 'entra',
      clientId: CLIENT_ID,
      tenantId: 'kommun.onmicrosoft.com',
      redirectUri: 'https://app.kommun.se/',
    });
  });

  it('reads missing teamsHostOrigins as none', () => {
    const { teamsHostOrigins: _, ...rest } = tenant;
    expect(parseRuntimeConfig(rest).teamsHostOrigins).toEqual([]);
  });

  it('names every problem at once, in Swedish and English, with issues for programs', () => {
    const error = failure({
      siteUrl: 'kommun.sharepoint.com',
      auth: { kind: 'entra', clientId: 'my-app' },
      teamsHostOrigins: ['http://127.0.0.1:4000/host'],
    });
    expect(error.code).toBe('invalid');
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([
      ['siteUrl', 'wrongType'],
      ['auth.clientId', 'wrongType'],
      ['auth.tenantId', 'required'],
      ['teamsHostOrigins.0', 'wrongType'],
    ]);
    expect(error.message).toContain('config.json är inte giltig');
    expect(error.message).toContain('config.json is not valid');
    expect(error.message).toContain('auth.clientId: ska vara ett GUID');
    expect(error.message).toContain('auth.clientId: must be a GUID');
    expect(error.message).toContain('auth.tenantId: saknas');
    expect(error.message).toContain('auth.tenantId: is missing');
    expect(error.message).toContain('e.g. http://127.0.0.1:4000, not http://127.0.0.1:4000/host');
  });

  it.each([
    ['not an object', [], 'config.json: ska vara ett objekt, inte en lista'],
    [
      'an unknown kind',
      { ...local, auth: { kind: 'saml' } },
      'auth.kind: must be "devIdentity" or "entra", not "saml"',
    ],
    ['a missing auth', { siteUrl: local.siteUrl }, 'auth: is missing'],
    [
      'a token URL of the wrong type',
      { ...local, auth: { kind: 'devIdentity', tokenUrl: 7071 } },
      'auth.tokenUrl: must be text, not 7071',
    ],
    [
      'plain http to another machine',
      { ...tenant, siteUrl: 'http://kommun.sharepoint.com/sites/x' },
      'siteUrl: must start with https://',
    ],
    [
      'origins that are no list',
      { ...local, teamsHostOrigins: 'http://127.0.0.1:4000' },
      'teamsHostOrigins: must be a list of origins',
    ],
  ])('refuses %s', (_name, value, text) => {
    const error = failure(value);
    expect(error.code).toBe('invalid');
    expect(error.message).toContain(text);
  });
});

describe('loadRuntimeConfig', () => {
  const respond =
    (body: string, init: ResponseInit = { status: 200 }) =>
    (url: string, requestInit?: RequestInit) => {
      calls.push({ url, cache: requestInit?.cache });
      return Promise.resolve(new Response(body, init));
    };
  let calls: { url: string; cache: RequestCache | undefined }[];
  beforeEach(() => {
    calls = [];
  });

  it('fetches config.json beside the bundle, uncached, and validates it', async () => {
    await expect(loadRuntimeConfig(respond(JSON.stringify(local)))).resolves.toEqual(local);
    expect(RUNTIME_CONFIG_URL).toBe('./config.json');
    expect(calls).toEqual([{ url: './config.json', cache: 'no-store' }]);
  });

  it('says the file is missing when the server answers 404', async () => {
    const promise = loadRuntimeConfig(respond('Not found', { status: 404 }));
    await expect(promise).rejects.toMatchObject({ code: 'unavailable' });
    await expect(promise).rejects.toThrow(/HTTP 404.*bredvid appens filer.*beside the app's files/);
  });

  it('says so when the server cannot be reached', async () => {
    const promise = loadRuntimeConfig(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(promise).rejects.toMatchObject({ code: 'unavailable' });
    await expect(promise).rejects.toThrow('Kunde inte hämta config.json. / Could not fetch config.json.');
  });

  it('refuses text that is not JSON', async () => {
    const promise = loadRuntimeConfig(respond('<!doctype html>'));
    await expect(promise).rejects.toMatchObject({ code: 'invalid' });
    await expect(promise).rejects.toThrow(
      'config.json är inte giltig JSON. / config.json is not valid JSON.',
    );
  });

  it('refuses JSON of the wrong shape', async () => {
    await expect(loadRuntimeConfig(respond('{"siteUrl":"https://k.sharepoint.com"}'))).rejects.toMatchObject({
      code: 'invalid',
      issues: [expect.objectContaining({ path: 'auth', code: 'required' })],
    });
  });
});
