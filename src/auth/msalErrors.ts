// What the MSAL-based providers share: MSAL's errors in the app's terms (every provider rejects with an AppError),
// the scopes for a resource, the authority of a tenant, and a result's token.
import {
  BrowserAuthErrorCodes,
  InteractionRequiredAuthError,
  type AuthenticationResult,
  type AuthError,
} from '@azure/msal-browser';
import { AppError } from '../domain/errors';
import { type ExpiringToken } from './tokenCache';

// MSAL's code when the network, not the user, is the problem (also what its NAA bridge maps NO_NETWORK to).
const OFFLINE_CODES: readonly string[] = [BrowserAuthErrorCodes.noNetworkConnectivity];

/** An MSAL failure as an AppError: `offline` when the network failed, `unauthenticated` otherwise. */
export function authErrorOf(error: unknown, action: string): AppError {
  const code = (error as Partial<AuthError> | null)?.errorCode ?? '';
  const detail = error instanceof Error ? error.message : String(error);
  if (OFFLINE_CODES.includes(code)) {
    return new AppError('offline', { message: `${action}: no network (${detail})`, cause: error });
  }
  return new AppError('unauthenticated', { message: `${action}: ${detail}`, cause: error });
}

/** Whether MSAL says only the user can go on (sign in, consent, pick an account). */
export function needsInteraction(error: unknown): boolean {
  return error instanceof InteractionRequiredAuthError;
}

/** The scopes a token for `resource` is asked with: what the admin consented for it (`.default`). */
export function scopesFor(resource: string): string[] {
  return [`${resource.replace(/\/+$/, '')}/.default`];
}

/** The Entra ID authority of a tenant (a GUID or a domain name). */
export function authorityOf(tenantId: string): string {
  return `https://login.microsoftonline.com/${tenantId}`;
}

/** The token and its expiry from an MSAL result. */
export function tokenOf(result: AuthenticationResult): ExpiringToken {
  return { token: result.accessToken, expiresOn: result.expiresOn };
}
