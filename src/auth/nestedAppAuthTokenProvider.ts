// Tokens through nested app auth: MSAL asks the Teams host (its `window.nestedAppAuthBridge`, which teams-js
// installs once the host says it supports nested app auth) and the host signs the user in with its own session.
// Teams' recommended sign-in for tabs:
// https://learn.microsoft.com/microsoftteams/platform/concepts/authentication/nested-authentication
import {
  createNestablePublicClientApplication,
  type Configuration,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import { type TokenProvider } from '../domain/ports';
import { authErrorOf, authorityOf, needsInteraction, scopesFor, tokenOf } from './msalErrors';
import { cachedTokens, type ExpiringToken } from './tokenCache';

/** Options for `nestedAppAuthTokenProvider`. */
export interface NestedAppAuthOptions {
  /** The app registration's client id (a single-page application with the `brk-multihub://<domain>` redirect URI). */
  readonly clientId: string;
  /** The tenant's id or domain. */
  readonly tenantId: string;
  /** Extra MSAL system options (tests replace the network; production passes none). */
  readonly system?: Configuration['system'];
}

/**
 * Tokens from the Teams host through MSAL's nested app auth. Create it only after teams-js has initialised in a
 * host that supports nested app auth (src/teams' `supportsNestedAppAuth`): MSAL looks for the bridge once, when
 * the client is created, and without it quietly becomes an ordinary browser client.
 * Silent first (MSAL's cache, then the host); when the host says the user must act (consent, MFA), the host's
 * own popup (`acquireTokenPopup`, which nested app auth turns into a request to the host).
 * @throws AppError `unauthenticated` (from `getToken`) when no token can be had, `offline` without a network.
 */
export function nestedAppAuthTokenProvider(options: NestedAppAuthOptions): TokenProvider {
  let client: Promise<IPublicClientApplication> | undefined;
  const clientOnce = (): Promise<IPublicClientApplication> =>
    (client ??= createNestablePublicClientApplication({
      auth: { clientId: options.clientId, authority: authorityOf(options.tenantId) },
      ...(options.system !== undefined && { system: options.system }),
    }).catch((error: unknown) => {
      client = undefined;
      throw error;
    }));
  return cachedTokens(async (resource): Promise<ExpiringToken> => {
    const scopes = scopesFor(resource);
    let pca: IPublicClientApplication;
    try {
      pca = await clientOnce();
    } catch (error) {
      throw authErrorOf(error, 'Nested app auth could not start');
    }
    try {
      // No account needed: under nested app auth the host knows who is signed in.
      return tokenOf(await pca.acquireTokenSilent({ scopes }));
    } catch (error) {
      if (!needsInteraction(error)) throw authErrorOf(error, 'Nested app auth gave no token');
    }
    try {
      return tokenOf(await pca.acquireTokenPopup({ scopes }));
    } catch (error) {
      throw authErrorOf(error, 'Sign-in through Teams failed');
    }
  });
}
