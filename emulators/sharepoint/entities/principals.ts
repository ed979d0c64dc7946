import type { RequestContext } from '../context';
import type { Entity } from '../handlers/entity';
import { apiUrl } from '../handlers/guards';
import { canManageGroup, canViewMembership, groupsOf, requireMembershipView } from '../handlers/membership';
import type { GroupRecord, UserRecord } from '../model/records';
import { complexValue } from '../odata/format';
import { entityOf } from './entityOf';

/** A user as SharePoint describes SP.User. */
export function describeUser(ctx: RequestContext, user: UserRecord): Entity {
  const editLink = `Web/GetUserById(${user.id})`;
  const url = apiUrl(ctx, editLink);
  return entityOf({
    meta: { type: 'SP.User', id: url, uri: url, editLink, metadata: 'SP.ApiData.Users/@Element' },
    values: {
      Id: user.id,
      IsHiddenInUI: user.isHiddenInUI,
      LoginName: user.loginName,
      Title: user.title,
      PrincipalType: 1,
      Email: user.email,
      Expiration: '',
      IsEmailAuthenticationGuestUser: false,
      IsShareByEmailGuestUser: false,
      IsSiteAdmin: user.isSiteAdmin,
      UserId: complexValue('SP.UserIdInfo', {
        NameId: user.oid.replace(/-/g, '').slice(0, 16),
        NameIdIssuer: 'urn:federation:microsoftonline',
      }),
      UserPrincipalName: user.upn,
    },
    navigation: {
      Groups: {
        link: { uri: `${url}/Groups`, editLink: `${editLink}/Groups` },
        resolve: () => groupsOf(ctx, user).map((g) => ctx.describe({ kind: 'group', group: g })),
      },
    },
  });
}

/** A group as SharePoint describes SP.Group. */
export function describeGroup(ctx: RequestContext, group: GroupRecord): Entity {
  const editLink = `Web/SiteGroups/GetById(${group.id})`;
  const url = apiUrl(ctx, editLink);
  const owner = ctx.store.user(group.ownerId) ?? ctx.store.group(group.ownerId);
  return entityOf({
    meta: { type: 'SP.Group', id: url, uri: url, editLink, metadata: 'SP.ApiData.Groups/@Element' },
    values: {
      Id: group.id,
      IsHiddenInUI: false,
      LoginName: group.title,
      Title: group.title,
      PrincipalType: 8,
      AllowMembersEditMembership: group.allowMembersEditMembership,
      AllowRequestToJoinLeave: false,
      AutoAcceptRequestToJoinLeave: false,
      Description: group.description,
      OnlyAllowMembersViewMembership: group.onlyAllowMembersViewMembership,
      OwnerTitle: owner?.title ?? '',
      RequestToJoinLeaveEmailSetting: null,
    },
    selected: {
      CanCurrentUserViewMembership: () => canViewMembership(ctx, group),
      CanCurrentUserEditMembership: () => canManageGroup(ctx, group),
      ContainsCurrentUser: () => group.memberIds.includes(ctx.user.id),
    },
    navigation: {
      Users: {
        link: { uri: `${url}/Users`, editLink: `${editLink}/Users` },
        resolve: () => {
          requireMembershipView(ctx, group);
          return group.memberIds.flatMap((id) => {
            const user = ctx.store.user(id);
            return user ? [ctx.describe({ kind: 'user', user })] : [];
          });
        },
      },
      Owner: {
        link: { uri: `${url}/Owner`, editLink: `${editLink}/Owner` },
        resolve: () => {
          const user = ctx.store.user(group.ownerId);
          if (user) return ctx.describe({ kind: 'user', user });
          const owningGroup = ctx.store.group(group.ownerId);
          return owningGroup ? ctx.describe({ kind: 'group', group: owningGroup }) : null;
        },
      },
    },
  });
}
