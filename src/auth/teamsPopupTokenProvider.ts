// Tokens in a Teams host without nested app auth: Teams opens the app's own sign-in page in a popup
// (teams-js `authentication.authenticate`), that page signs in with MSAL's redirect flow inside the popup and
// reports the token back, and Teams hands it to the tab. The teams-js part lives in src/teams and reaches this
// module through the two small interfaces below (src/teams' `TeamsHost` has both).
// https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/authentication/auth-flow-tab
import { AppError } from '../domain/errors';
import { type TokenProvider } from '../domain/ports';
import { msalRedirectTokens, type MsalRedirectOptions } from './msalRedirectTokenProvider';
import { cachedTokens, type ExpiringToken } from './tokenCache';

/** What the tab needs from its Teams host: the authentication popup. */
export interface TeamsAuthenticationPort {
  /**
   * Opens `url` in Teams' sign-in popup and resolves with what the page there reported.
   * @throws when the user closed the popup or the page reported failure.
   */
  authenticate(request: { url: string; width?: number; height?: number }): Promise<string>;
}

/** What the popup page needs from its Teams host: reporting back. */
export interface TeamsAuthenticationReporter {
  notifyAuthenticationSuccess(result: string): void;
  notifyAuthenticationFailure(reason: string): void;
}

/** Options for `teamsPopupTokenProvider`. */
export interface TeamsPopupOptions {
  readonly port: TeamsAuthenticationPort;
  /**
   * The app's sign-in page (the tab's own URL; the app runs `completeTeamsPopupSignIn` there when Teams says its
   * frame is `authentication`). Must be https and in the manifest's valid domains: teams-js refuses any other.
   */
  readonly popupUrl: string;
}

/** The query parameter that tells the popup page which resource to sign in for. */
export const POPUP_RESOURCE_PARAMETER = 'resource';

// The resource survives the round trip through Entra ID in the popup's session storage (the redirect URI is
// registered without a query).
const RESOURCE_KEY = 'stodinventering.popupResource';

/**
 * Tokens through Teams' sign-in popup, cached per resource until shortly before they expire.
 * @throws AppError `unauthenticated` (from `getToken`) when the popup was closed, sign-in failed or the page
 *   reported something that is not a token.
 */
export function teamsPopupTokenProvider(options: TeamsPopupOptions): TokenProvider {
  return cachedTokens(async (resource) => {
    const url = new URL(options.popupUrl);
    url.searchParams.set(POPUP_RESOURCE_PARAMETER, resource);
    let result: string;
    try {
      result = await options.port.authenticate({ url: url.href, width: 600, height: 535 });
    } catch (error) {
      throw new AppError('unauthenticated', {
        message: `Inloggningen i Teams avbröts eller misslyckades. / Sign-in in Teams was cancelled or failed.`,
        cause: error,
      });
    }
    return readPopupResult(result);
  });
}

/**
 * The popup page's part: signs in for the resource the tab asked for (MSAL redirect inside the popup; the page
 * loads twice) and reports the token, or the failure, to Teams, which closes the popup.
 * @param options.pageUrl the popup page's address. @default `window.location.href`
 */
export async function completeTeamsPopupSignIn(options: {
  readonly msal: MsalRedirectOptions;
  readonly reporter: TeamsAuthenticationReporter;
  readonly pageUrl?: string;
}): Promise<void> {
  const asked = new URL(options.pageUrl ?? window.location.href).searchParams.get(POPUP_RESOURCE_PARAMETER);
  if (asked !== null) window.sessionStorage.setItem(RESOURCE_KEY, asked);
  const resource = asked ?? window.sessionStorage.getItem(RESOURCE_KEY);
  if (resource === null || !/^https?:\/\/[^/]+$/.test(resource)) {
    options.reporter.notifyAuthenticationFailure('The sign-in page was opened without a resource.');
    return;
  }
  try {
    const { token, expiresOn } = await msalRedirectTokens(options.msal)(resource);
    window.sessionStorage.removeItem(RESOURCE_KEY);
    options.reporter.notifyAuthenticationSuccess(
      JSON.stringify({ accessToken: token, expiresOn: expiresOn?.toISOString() ?? null }),
    );
  } catch (error) {
    options.reporter.notifyAuthenticationFailure(error instanceof Error ? error.message : String(error));
  }
}

function readPopupResult(result: string): ExpiringToken {
  let parsed: { accessToken?: unknown; expiresOn?: unknown };
  try {
    parsed = JSON.parse(result) as typeof parsed;
  } catch {
    parsed = {};
  }
  if (typeof parsed.accessToken !== 'string' || parsed.accessToken === '') {
    throw new AppError('unauthenticated', { message: 'The Teams sign-in popup reported no token.' });
  }
  const expiresOn = typeof parsed.expiresOn === 'string' ? new Date(parsed.expiresOn) : null;
  return {
    token: parsed.accessToken,
    expiresOn: expiresOn !== null && !Number.isNaN(expiresOn.getTime()) ? expiresOn : null,
  };
}
