// Tokens in a plain browser (the tab opened outside Teams): MSAL with a full-page redirect to Entra ID. Redirect,
// not popup, because popups are blocked more often and a redirect survives mobile browsers.
// https://learn.microsoft.com/entra/identity-platform/scenario-spa-sign-in
import {
  PublicClientApplication,
  type AccountInfo,
  type AuthenticationResult,
  type Configuration,
} from '@azure/msal-browser';
import { type TokenProvider } from '../domain/ports';
import { authErrorOf, authorityOf, needsInteraction, scopesFor, tokenOf } from './msalErrors';
import { cachedTokens, type ExpiringToken } from './tokenCache';

/** Options for `msalRedirectTokenProvider`. */
export interface MsalRedirectOptions {
  /** The app registration's client id (a single-page application). */
  readonly clientId: string;
  /** The tenant's id or domain: only its users sign in. */
  readonly tenantId: string;
  /** Where Entra ID sends the browser back; registered on the app. @default the page's origin and path */
  readonly redirectUri?: string;
  /** Pre-fills the sign-in page (`?as=` or a remembered UPN). */
  readonly loginHint?: string;
  /** Extra MSAL system options (tests replace navigation and network; production passes none). */
  readonly system?: Configuration['system'];
}

/**
 * Tokens through MSAL's redirect flow, cached per resource until shortly before they expire. The first `getToken` finishes a sign-in the browser is coming back from;
 * with a signed-in account it answers from MSAL's cache or silently from Entra ID; otherwise it sends the browser
 * to Entra ID's sign-in page and its promise never settles (the page is leaving).
 * @throws AppError `unauthenticated` (from `getToken`) when MSAL fails, `offline` without a network.
 */
export function msalRedirectTokenProvider(options: MsalRedirectOptions): TokenProvider {
  return cachedTokens(msalRedirectTokens(options));
}

/**
 * The redirect flow without the cache: each call asks MSAL, and gives the token with its expiry (the Teams
 * sign-in popup reports both).
 * @throws AppError as `msalRedirectTokenProvider`.
 */
export function msalRedirectTokens(
  options: MsalRedirectOptions,
): (resource: string) => Promise<ExpiringToken> {
  let ready: Promise<PublicClientApplication> | undefined;
  const start = async (): Promise<PublicClientApplication> => {
    const pca = new PublicClientApplication({
      auth: {
        clientId: options.clientId,
        authority: authorityOf(options.tenantId),
        redirectUri: options.redirectUri ?? defaultRedirectUri(),
      },
      // Session storage: signed out when the browser tab closes, as on a shared municipal computer.
      cache: { cacheLocation: 'sessionStorage' },
      ...(options.system !== undefined && { system: options.system }),
    });
    await pca.initialize();
    // Completes a redirect back from Entra ID (a no-op on any other page load).
    const back: AuthenticationResult | null = await pca.handleRedirectPromise();
    if (back) pca.setActiveAccount(back.account);
    return pca;
  };
  const readyOnce = (): Promise<PublicClientApplication> =>
    (ready ??= start().catch((error: unknown) => {
      ready = undefined;
      throw error;
    }));
  return async (resource): Promise<ExpiringToken> => {
    const scopes = scopesFor(resource);
    let pca: PublicClientApplication;
    try {
      pca = await readyOnce();
    } catch (error) {
      throw authErrorOf(error, 'Sign-in could not start');
    }
    const account = signedIn(pca, options.loginHint);
    if (!account) return redirect(() => pca.loginRedirect({ scopes, ...hint(options.loginHint) }));
    try {
      return tokenOf(await pca.acquireTokenSilent({ scopes, account }));
    } catch (error) {
      if (!needsInteraction(error)) throw authErrorOf(error, 'Entra ID gave no token');
      return redirect(() => pca.acquireTokenRedirect({ scopes, account }));
    }
  };
}

/** The account to use: the active one, else the only (or the hinted) one MSAL knows. */
function signedIn(pca: PublicClientApplication, loginHint: string | undefined): AccountInfo | null {
  const active = pca.getActiveAccount();
  if (active) return active;
  const accounts = pca.getAllAccounts();
  const chosen =
    accounts.find((a) => loginHint !== undefined && a.username.toLowerCase() === loginHint.toLowerCase()) ??
    (accounts.length === 1 ? accounts[0] : undefined);
  if (chosen) pca.setActiveAccount(chosen);
  return chosen ?? null;
}

/** Starts a redirect; the returned promise never settles, since the page is being replaced. */
async function redirect(go: () => Promise<void>): Promise<ExpiringToken> {
  try {
    await go();
  } catch (error) {
    throw authErrorOf(error, 'The redirect to sign-in failed');
  }
  return new Promise<ExpiringToken>(() => undefined);
}

function hint(loginHint: string | undefined): { loginHint?: string } {
  return loginHint === undefined ? {} : { loginHint };
}

function defaultRedirectUri(): string {
  return `${window.location.origin}${window.location.pathname}`;
}
