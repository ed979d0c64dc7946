import type { RequestContext } from '../context';
import { SpErrorFactory } from '../errors/SpErrorFactory';
import type { UserRecord } from '../model/records';
import { ensureUser, upnFromLogonName } from '../site/principals';
import { checkWriteBody } from '../entities/entityRules';
import { jsonBody } from './http';

/** The user a `{"LoginName":…}` body names, added to the site when new. @throws SpError for a non-user login. */
export function userFromBody(ctx: RequestContext): UserRecord {
  const body = jsonBody(ctx);
  checkWriteBody('SP.User', body, { creating: true });
  const login = body.LoginName;
  const upn = typeof login === 'string' ? upnFromLogonName(login) : undefined;
  if (!upn) throw SpErrorFactory.userNotFound();
  return ensureUser(ctx.store, { upn });
}
