/**
 * @jest-environment jsdom
 * @jest-environment-options {"url": "http://127.0.0.1:3000/"}
 */
// The MSAL redirect provider with MSAL itself; only navigation and the network are replaced, through MSAL's seams.
import './webCrypto';
import { msalRedirectTokenProvider } from '../../../src/auth/msalRedirectTokenProvider';
import { CLIENT_ID, FakeEntra, TENANT_ID, USER_UPN } from './fakeEntra';

const SHAREPOINT = 'https://kommun.sharepoint.com';

let entra: FakeEntra;

beforeEach(() => {
  entra = new FakeEntra();
  window.history.replaceState(null, '', '/');
});

afterEach(() => {
  window.sessionStorage.clear();
  window.localStorage.clear();
});

const provider = (options: { loginHint?: string } = {}) =>
  msalRedirectTokenProvider({
    clientId: CLIENT_ID,
    tenantId: TENANT_ID,
    ...options,
    system: { navigationClient: entra.navigationClient, networkClient: entra.networkClient },
  });

/** Lets MSAL work until it has navigated `count` times (it reads crypto and storage asynchronously). */
async function navigated(count: number): Promise<void> {
  for (let turn = 0; turn < 100 && entra.navigations.length < count; turn++) {
    await new Promise((resolve) => setTimeout(resolve));
  }
}

/** Whether a promise is still pending once everything that can happen has happened. */
async function pending(promise: Promise<unknown>): Promise<boolean> {
  const marker = Symbol('pending');
  const settled = await Promise.race([
    promise.catch(() => undefined),
    new Promise((r) => setTimeout(() => r(marker))),
  ]);
  return settled === marker;
}

/** Signs in: the first call redirects to Entra ID, which sends the browser back with a code. */
async function signIn(): Promise<ReturnType<typeof provider>> {
  void provider().getToken(SHAREPOINT);
  await navigated(1);
  window.history.replaceState(null, '', entra.redirectBack().replace('http://127.0.0.1:3000', ''));
  return provider();
}

describe('signing in with a redirect', () => {
  it('sends a signed-out user to the tenant’s sign-in page with PKCE, for SharePoint’s .default scope', async () => {
    const token = provider({ loginHint: USER_UPN }).getToken(SHAREPOINT);
    await navigated(1);
    const authorize = new URL(entra.navigations[0]!);
    expect(`${authorize.origin}${authorize.pathname}`).toBe(
      `https://login.microsoftonline.com/${TENANT_ID}/oauth2/v2.0/authorize`,
    );
    const query = entra.authorizeRequest();
    expect(query.get('client_id')).toBe(CLIENT_ID);
    expect(query.get('scope')?.split(' ')).toContain(`${SHAREPOINT}/.default`);
    expect(query.get('redirect_uri')).toBe('http://127.0.0.1:3000/');
    expect(query.get('response_type')).toBe('code');
    expect(query.get('code_challenge_method')).toBe('S256');
    expect(query.get('login_hint')).toBe(USER_UPN);
    // The page is leaving: the token never comes on this page.
    expect(await pending(token)).toBe(true);
  });

  it('finishes the sign-in when the browser comes back, and gives Entra ID’s token', async () => {
    const back = await signIn();
    await expect(back.getToken(SHAREPOINT)).resolves.toBe('access-token-1');
    const [exchange] = entra.tokenRequests;
    expect(exchange?.form.get('grant_type')).toBe('authorization_code');
    expect(exchange?.form.get('code')).toBe('authorization-code');
    expect(exchange?.form.get('code_verifier')).toBeTruthy();
    // The code is gone from the address bar.
    expect(window.location.hash).toBe('');
  });

  it('answers later requests without Entra ID until the token is about to expire', async () => {
    const back = await signIn();
    await back.getToken(SHAREPOINT);
    const requests = entra.tokenRequests.length;
    await expect(back.getToken(SHAREPOINT)).resolves.toBe('access-token-1');
    expect(entra.tokenRequests).toHaveLength(requests);
  });

  it('redirects again when Entra ID says the user must act (MFA, consent)', async () => {
    await (await signIn()).getToken(SHAREPOINT);
    entra.answers = [{ status: 400, error: 'interaction_required' }];
    // A new page load: the account is known, but another resource needs a token MSAL must refresh.
    const token = provider().getToken('https://kommun-my.sharepoint.com');
    await navigated(2);
    // Silently first (a refresh), and only then to the sign-in page.
    expect(entra.tokenRequests.at(-1)?.form.get('grant_type')).toBe('refresh_token');
    expect(entra.navigations).toHaveLength(2);
    expect(entra.authorizeRequest().get('scope')?.split(' ')).toContain(
      'https://kommun-my.sharepoint.com/.default',
    );
    expect(await pending(token)).toBe(true);
  });

  it('says the user must sign in again when Entra ID fails otherwise', async () => {
    await (await signIn()).getToken(SHAREPOINT);
    entra.answers = [{ status: 500 }];
    await expect(provider().getToken('https://kommun-my.sharepoint.com')).rejects.toMatchObject({
      code: 'unauthenticated',
    });
  });
});
