// Who the SharePoint token belongs to, when nothing else has said (a browser signed in through MSAL redirect:
// Teams gives the UPN in its context, the dev identity knows its persona).
import { type SPFI } from '@pnp/sp';
import '@pnp/sp/site-users/web';
import { AppError } from '../domain/errors';
import { toAppError } from './errors';

/**
 * The signed-in user's UPN, lower case, as SharePoint knows it (`web/currentuser`: one request).
 * @throws AppError `unauthenticated` when SharePoint names no UPN; any other AppError as the request failed.
 */
export async function signedInUpn(sp: SPFI): Promise<string> {
  let user: { UserPrincipalName?: string | null };
  try {
    user = await sp.web.currentUser.select('UserPrincipalName')();
  } catch (error) {
    throw await toAppError(error);
  }
  const upn = user.UserPrincipalName?.trim().toLowerCase();
  if (!upn) throw new AppError('unauthenticated', { message: 'SharePoint named no signed-in user.' });
  return upn;
}
