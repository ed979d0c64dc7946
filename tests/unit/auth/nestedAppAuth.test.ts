/**
 * @jest-environment jsdom
 * @jest-environment-options {"url": "http://127.0.0.1:3000/"}
 */
// The nested app auth provider with MSAL itself and a fake host bridge answering MSAL's recorded envelopes: the
// only network edge replaced is the bridge.
import './webCrypto';
import { AppError } from '../../../src/domain/errors';
import { nestedAppAuthTokenProvider } from '../../../src/auth/nestedAppAuthTokenProvider';
import { installBridge, recordedAnswers } from './fakeNestedAppAuthBridge';

const CLIENT_ID = '9c1e4b7a-3f2d-4a6e-8b5c-7d0f2e9a1c64';
const TENANT_ID = '6f1c0c8e-3d0b-4a57-9d7e-5e2f0a0b7c11';
const SHAREPOINT = 'http://127.0.0.1:7071';

const recordedToken = () => (recordedAnswers().GetToken.token as { access_token: string }).access_token;

let bridge: ReturnType<typeof installBridge>;

afterEach(() => {
  bridge.uninstall();
  window.sessionStorage.clear();
  window.localStorage.clear();
});

describe('tokens through nested app auth', () => {
  it('asks the host for SharePoint’s .default scope with the app’s client id, and gives the host’s token', async () => {
    bridge = installBridge();
    const provider = nestedAppAuthTokenProvider({ clientId: CLIENT_ID, tenantId: TENANT_ID });
    await expect(provider.getToken(SHAREPOINT)).resolves.toBe(recordedToken());
    expect(bridge.requests.map((r) => r.method)).toEqual(['GetInitContext', 'GetToken']);
    expect(bridge.requests[1]!.tokenParams).toMatchObject({
      clientId: CLIENT_ID,
      scope: `${SHAREPOINT}/.default`,
    });
  });

  it('serves the next request from MSAL’s cache, without the host', async () => {
    bridge = installBridge();
    const provider = nestedAppAuthTokenProvider({ clientId: CLIENT_ID, tenantId: TENANT_ID });
    await provider.getToken(SHAREPOINT);
    await expect(provider.getToken(SHAREPOINT)).resolves.toBe(recordedToken());
    expect(bridge.requests.map((r) => r.method)).toEqual(['GetInitContext', 'GetToken']);
  });

  it('lets the host ask the user when it says interaction is required', async () => {
    const recorded = recordedAnswers();
    bridge = installBridge((request) =>
      request.method === 'GetToken'
        ? { success: false, error: { status: 'USER_INTERACTION_REQUIRED', code: 'interaction_required' } }
        : request.method === 'GetTokenPopup'
          ? recorded.GetToken
          : recorded.GetInitContext,
    );
    const provider = nestedAppAuthTokenProvider({ clientId: CLIENT_ID, tenantId: TENANT_ID });
    await expect(provider.getToken(SHAREPOINT)).resolves.toBe(recordedToken());
    expect(bridge.requests.map((r) => r.method)).toEqual(['GetInitContext', 'GetToken', 'GetTokenPopup']);
  });

  it('says the user must sign in when the host gives no token, and offline when there is no network', async () => {
    const recorded = recordedAnswers();
    const failWith = (status: string) =>
      installBridge((request) =>
        request.method === 'GetInitContext'
          ? recorded.GetInitContext
          : { success: false, error: { status, code: 'x', description: 'refused' } },
      );
    bridge = failWith('PERSISTENT_ERROR');
    const refused = nestedAppAuthTokenProvider({ clientId: CLIENT_ID, tenantId: TENANT_ID }).getToken(
      SHAREPOINT,
    );
    await expect(refused).rejects.toBeInstanceOf(AppError);
    await expect(refused).rejects.toMatchObject({ code: 'unauthenticated' });
    bridge.uninstall();
    window.sessionStorage.clear();
    bridge = failWith('NO_NETWORK');
    await expect(
      nestedAppAuthTokenProvider({ clientId: CLIENT_ID, tenantId: TENANT_ID }).getToken(SHAREPOINT),
    ).rejects.toMatchObject({ code: 'offline' });
  });
});
