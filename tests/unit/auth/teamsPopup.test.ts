/**
 * @jest-environment jsdom
 * @jest-environment-options {"url": "https://app.kommun.se/"}
 */
// Sign-in through Teams' popup where the host has no nested app auth: the tab asks the host (a fake port here; the
// real one is src/teams' TeamsHost), and the popup page signs in with MSAL and reports back.
import './webCrypto';
import { AppError } from '../../../src/domain/errors';
import {
  completeTeamsPopupSignIn,
  teamsPopupTokenProvider,
  type TeamsAuthenticationReporter,
} from '../../../src/auth/teamsPopupTokenProvider';
import { CLIENT_ID, FakeEntra, TENANT_ID } from './fakeEntra';

const SHAREPOINT = 'https://kommun.sharepoint.com';

describe('the tab’s side', () => {
  it('opens the app’s sign-in page for the resource, and takes the token it reports', async () => {
    const opened: { url: string; width?: number; height?: number }[] = [];
    const provider = teamsPopupTokenProvider({
      popupUrl: 'https://app.kommun.se/',
      port: {
        authenticate: (request) => {
          opened.push(request);
          return Promise.resolve(
            JSON.stringify({ accessToken: 'from-popup', expiresOn: '2999-01-01T00:00:00Z' }),
          );
        },
      },
    });
    await expect(provider.getToken(SHAREPOINT)).resolves.toBe('from-popup');
    await expect(provider.getToken(SHAREPOINT)).resolves.toBe('from-popup');
    expect(opened).toHaveLength(1);
    expect(new URL(opened[0]!.url).searchParams.get('resource')).toBe(SHAREPOINT);
    expect(opened[0]).toMatchObject({ width: 600, height: 535 });
  });

  it('says the user must sign in when the popup was closed or reported no token', async () => {
    const closed = teamsPopupTokenProvider({
      popupUrl: 'https://app.kommun.se/',
      port: { authenticate: () => Promise.reject(new Error('CancelledByUser')) },
    }).getToken(SHAREPOINT);
    await expect(closed).rejects.toBeInstanceOf(AppError);
    await expect(closed).rejects.toMatchObject({ code: 'unauthenticated' });
    const garbage = teamsPopupTokenProvider({
      popupUrl: 'https://app.kommun.se/',
      port: { authenticate: () => Promise.resolve('<html>') },
    }).getToken(SHAREPOINT);
    await expect(garbage).rejects.toMatchObject({ code: 'unauthenticated' });
  });
});

describe('the popup page’s side', () => {
  let entra: FakeEntra;
  let reports: { ok: boolean; value: string }[];
  const reporter: TeamsAuthenticationReporter = {
    notifyAuthenticationSuccess: (value) => reports.push({ ok: true, value }),
    notifyAuthenticationFailure: (value) => reports.push({ ok: false, value }),
  };
  const msal = () => ({
    clientId: CLIENT_ID,
    tenantId: TENANT_ID,
    redirectUri: 'https://app.kommun.se/',
    system: { navigationClient: entra.navigationClient, networkClient: entra.networkClient },
  });

  beforeEach(() => {
    entra = new FakeEntra();
    reports = [];
    window.history.replaceState(null, '', '/');
  });

  afterEach(() => {
    window.sessionStorage.clear();
  });

  it('signs in with a redirect inside the popup and reports the token for the resource asked', async () => {
    window.history.replaceState(null, '', `/?resource=${encodeURIComponent(SHAREPOINT)}`);
    void completeTeamsPopupSignIn({ msal: msal(), reporter });
    for (let turn = 0; turn < 100 && entra.navigations.length === 0; turn++)
      await new Promise((r) => setTimeout(r));
    expect(entra.authorizeRequest().get('scope')?.split(' ')).toContain(`${SHAREPOINT}/.default`);
    expect(reports).toEqual([]);
    // Entra ID sends the popup back, without the query: the resource was kept in the popup's session.
    window.history.replaceState(null, '', entra.redirectBack().replace('https://app.kommun.se', ''));
    await completeTeamsPopupSignIn({ msal: msal(), reporter });
    expect(reports).toHaveLength(1);
    expect(reports[0]!.ok).toBe(true);
    expect(JSON.parse(reports[0]!.value)).toMatchObject({ accessToken: 'access-token-1' });
  });

  it('reports failure when opened without a resource', async () => {
    await completeTeamsPopupSignIn({ msal: msal(), reporter });
    expect(reports).toEqual([{ ok: false, value: 'The sign-in page was opened without a resource.' }]);
  });
});
