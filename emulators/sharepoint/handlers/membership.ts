import type { RequestContext } from '../context';
import { SpErrorFactory } from '../errors/SpErrorFactory';
import type { GroupRecord, UserRecord } from '../model/records';

/**
 * Whether the user may change a group: site admins, holders of ManagePermissions on the web, the group's
 * owner (a user, or a group the user is in), and members when the group lets members edit membership.
 */
export function canManageGroup(ctx: RequestContext, group: GroupRecord): boolean {
  if (ctx.security.isSiteAdmin || ctx.security.has({ kind: 'web' }, 'ManagePermissions')) return true;
  if (ctx.security.principals().has(group.ownerId)) return true;
  return group.allowMembersEditMembership && group.memberIds.includes(ctx.user.id);
}

/**
 * Whether the user may see who is in a group. With "Who can view the membership of the group? Group Members"
 * (`OnlyAllowMembersViewMembership`) only its members, its owner (a user, or the members of an owning group)
 * and site collection administrators may; Full Control on the site alone is not enough (sp-dev-docs #7381).
 * SharePoint tells the user with `CanCurrentUserViewMembership`.
 * https://learn.microsoft.com/previous-versions/office/sharepoint-server/ms467938(v=office.15)
 */
export function canViewMembership(ctx: RequestContext, group: GroupRecord): boolean {
  if (!group.onlyAllowMembersViewMembership || ctx.security.isSiteAdmin) return true;
  return group.memberIds.includes(ctx.user.id) || ctx.security.principals().has(group.ownerId);
}

/**
 * @throws SpError 403 access denied — SharePoint's answer to reading the members of a group whose membership
 * the user may not see, also when they come with `$expand=Users` (which fails the whole request).
 */
export function requireMembershipView(ctx: RequestContext, group: GroupRecord): void {
  if (!canViewMembership(ctx, group)) throw SpErrorFactory.accessDenied();
}

/**
 * The groups a user is in, as the caller may see them: a members-only group the caller cannot see into is left
 * out, so a user's groups do not give away what the group's own member list hides (the emulator's choice; how
 * SharePoint trims `SP.User.Groups` is unconfirmed).
 */
export function groupsOf(ctx: RequestContext, user: UserRecord): GroupRecord[] {
  return ctx.store.groups().filter((g) => g.memberIds.includes(user.id) && canViewMembership(ctx, g));
}
