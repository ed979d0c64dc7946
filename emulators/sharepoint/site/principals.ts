import { displayNameFor, oidFromUpn } from '../../identity';
import type { UserRecord } from '../model/records';
import type { ListStore } from '../store/ListStore';

const CLAIM_PREFIX = 'i:0#.f|membership|';

/** SharePoint Online's claims login name of a user: `i:0#.f|membership|<upn>`. */
export function loginNameFor(upn: string): string {
  return `${CLAIM_PREFIX}${upn.toLowerCase()}`;
}

/** The UPN in a logon name given as a claim (`i:0#.f|membership|a@b`) or plainly (`a@b`); undefined otherwise. */
export function upnFromLogonName(logonName: string): string | undefined {
  const text = logonName.trim();
  const upn = text.toLowerCase().startsWith(CLAIM_PREFIX) ? text.slice(CLAIM_PREFIX.length) : text;
  return /^[^\s@|]+@[^\s@|]+$/.test(upn) ? upn.toLowerCase() : undefined;
}

/**
 * The user with this UPN, added to the site's users (the User Information List) when missing, as SharePoint
 * does on a user's first visit and on `ensureuser`. Must run inside a store transaction when it may add.
 */
export function ensureUser(
  store: ListStore,
  options: { upn: string; name?: string; siteAdmin?: boolean },
): UserRecord {
  const loginName = loginNameFor(options.upn);
  const existing = store.userByLoginName(loginName);
  if (existing) {
    if (options.siteAdmin !== true || existing.isSiteAdmin) return existing;
    const promoted = { ...existing, isSiteAdmin: true };
    store.putUser(promoted);
    return promoted;
  }
  const web = store.web();
  const upn = options.upn.toLowerCase();
  const user: UserRecord = {
    id: web.nextPrincipalId,
    loginName,
    title: options.name ?? displayNameFor(upn),
    email: upn,
    upn,
    oid: oidFromUpn(upn),
    isSiteAdmin: options.siteAdmin ?? false,
    isHiddenInUI: false,
  };
  store.putWeb({ ...web, nextPrincipalId: web.nextPrincipalId + 1 });
  store.putUser(user);
  return user;
}
