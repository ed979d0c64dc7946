import type { RequestContext } from '../context';
import { SpErrorFactory } from '../errors/SpErrorFactory';
import type { GroupRecord, UserRecord } from '../model/records';
import type { ResourceFamily } from '../router/family';
import type { Resource } from '../router/resources';
import { unsupportedMethod } from '../router/unsupported';
import { removePrincipalEverywhere } from '../security/roleAssignments';
import { ensureUser, upnFromLogonName } from '../site/principals';
import type { SpResponse } from '../response';
import { collectionQueryResponse } from './collection';
import { project } from './entity';
import { canManageGroup, groupsOf, requireMembershipView } from './membership';
import { userFromBody } from './userBody';
import { checkWriteBody } from '../entities/entityRules';
import { describeGroup, describeUser } from '../entities/principals';
import { integerArgument, requirePermission, stringArgument } from './guards';
import { deleted, entityResponse, jsonBody, noContent, voidResponse } from './http';

/** Site users: `siteUsers`, `currentUser`, `ensureuser`, get by id/e-mail/login name, add, remove; group members. */
export const usersFamily: ResourceFamily = {
  navigate(resource, segment, ctx) {
    const name = segment.name.toLowerCase();
    if (resource.kind === 'web') {
      if (name === 'siteusers') {
        return segment.key !== undefined ? userResource(findUser(ctx, segment.key)) : { kind: 'siteUsers' };
      }
      if (name === 'currentuser') return { kind: 'user', user: ctx.user };
      if (name === 'getuserbyid') return userResource(ctx.store.user(integerArgument(segment.key, 'id')));
      if (name === 'ensureuser') return { kind: 'operation', name: 'EnsureUser', run: ensureUserOperation };
    }
    if (resource.kind === 'siteUsers' || resource.kind === 'groupUsers') {
      const group = resource.kind === 'groupUsers' ? resource.group : undefined;
      // Finding a user among a group's members tells whether they are one: only for those who may see that.
      const inScope = (user: UserRecord | undefined): UserRecord | undefined => {
        if (group) requireMembershipView(ctx, group);
        return user && (!group || group.memberIds.includes(user.id)) ? user : undefined;
      };
      switch (name) {
        case 'getbyid':
          return userResource(inScope(ctx.store.user(integerArgument(segment.key, 'id'))), group);
        case 'getbyemail': {
          const email = stringArgument(segment.key, 'emailAddress').toLowerCase();
          return userResource(inScope(ctx.store.users().find((u) => u.email.toLowerCase() === email)), group);
        }
        case 'getbyloginname':
          return userResource(inScope(findUser(ctx, segment.key)), group);
        case 'removebyid':
          return removeOperation(group, () => ctx.store.user(integerArgument(segment.key, 'id')));
        case 'removebyloginname':
          return removeOperation(group, () => findUser(ctx, segment.key));
        default:
          return undefined;
      }
    }
    if (resource.kind === 'user' && name === 'groups') {
      if (segment.key === undefined) return { kind: 'userGroups', user: resource.user };
      // `groups(<id>)`: one of the user's groups, by id, as the caller may see it.
      const id = integerArgument(segment.key, 'id');
      const group = groupsOf(ctx, resource.user).find((g) => g.id === id);
      if (!group) throw SpErrorFactory.groupNotFound();
      return { kind: 'group', group };
    }
    return undefined;
  },

  handle(resource, ctx) {
    switch (resource.kind) {
      case 'siteUsers':
        return handleSiteUsers(ctx);
      case 'user':
        return handleUser(ctx, resource.user, resource.group);
      case 'userGroups':
        if (ctx.method !== 'GET') throw unsupportedMethod(ctx, 'SP.GroupCollection');
        requirePermission(ctx, { kind: 'web' }, 'BrowseUserInfo');
        return collectionQueryResponse(
          ctx,
          groupsOf(ctx, resource.user).map((g) => describeGroup(ctx, g)),
          { query: ctx.query, metadata: 'SP.ApiData.Groups' },
        );
      default:
        return undefined;
    }
  },

  describe(resource, ctx) {
    return resource.kind === 'user' ? describeUser(ctx, resource.user) : undefined;
  },
};

function userResource(user: UserRecord | undefined, group?: GroupRecord): Resource {
  if (!user) throw SpErrorFactory.userNotFound();
  return group ? { kind: 'user', user, group } : { kind: 'user', user };
}

function findUser(ctx: RequestContext, key: unknown): UserRecord | undefined {
  const login = stringArgument(key, 'loginName');
  return ctx.store.userByLoginName(login) ?? ctx.store.userByLoginName(`i:0#.f|membership|${login}`);
}

function ensureUserOperation(ctx: RequestContext): SpResponse {
  if (ctx.method !== 'POST') throw unsupportedMethod(ctx, 'SP.Web.EnsureUser');
  requirePermission(ctx, { kind: 'web' }, 'BrowseUserInfo');
  const body = jsonBody(ctx);
  const logonName = body.logonName ?? body.LogonName;
  const upn = typeof logonName === 'string' ? upnFromLogonName(logonName) : undefined;
  if (!upn) throw SpErrorFactory.userNotFound();
  const user = ensureUser(ctx.store, { upn });
  return entityResponse(ctx, project(ctx, describeUser(ctx, user), ctx.query));
}

function handleSiteUsers(ctx: RequestContext): SpResponse {
  if (ctx.method === 'GET') {
    requirePermission(ctx, { kind: 'web' }, 'BrowseUserInfo');
    return collectionQueryResponse(
      ctx,
      ctx.store.users().map((user) => describeUser(ctx, user)),
      {
        query: ctx.query,
        metadata: 'SP.ApiData.Users',
      },
    );
  }
  if (ctx.method !== 'POST') throw unsupportedMethod(ctx, 'SP.UserCollection');
  requirePermission(ctx, { kind: 'web' }, 'ManagePermissions');
  const user = userFromBody(ctx);
  return entityResponse(ctx, project(ctx, describeUser(ctx, user), {}), { status: 201 });
}

function removeOperation(group: GroupRecord | undefined, find: () => UserRecord | undefined): Resource {
  return {
    kind: 'operation',
    name: 'Remove',
    run: (ctx) => {
      if (ctx.method !== 'POST') throw unsupportedMethod(ctx, 'SP.UserCollection.Remove');
      const user = find();
      if (!user) throw SpErrorFactory.userNotFound();
      removeUser(ctx, user, group);
      return voidResponse(ctx, 'Remove');
    },
  };
}

function removeUser(ctx: RequestContext, user: UserRecord, group: GroupRecord | undefined): void {
  if (group) {
    if (!canManageGroup(ctx, group)) throw SpErrorFactory.accessDenied();
    const current = ctx.store.group(group.id) ?? group;
    ctx.store.putGroup({ ...current, memberIds: current.memberIds.filter((id) => id !== user.id) });
    return;
  }
  requirePermission(ctx, { kind: 'web' }, 'ManagePermissions');
  for (const g of ctx.store.groups()) {
    if (g.memberIds.includes(user.id))
      ctx.store.putGroup({ ...g, memberIds: g.memberIds.filter((id) => id !== user.id) });
  }
  removePrincipalEverywhere(ctx.store, user.id);
  ctx.store.deleteUser(user.id);
}

function handleUser(ctx: RequestContext, user: UserRecord, group: GroupRecord | undefined): SpResponse {
  switch (ctx.method) {
    case 'GET':
      if (user.id !== ctx.user.id) requirePermission(ctx, { kind: 'web' }, 'BrowseUserInfo');
      return entityResponse(ctx, project(ctx, describeUser(ctx, user), ctx.query));
    case 'MERGE':
    case 'PATCH': {
      const body = jsonBody(ctx);
      checkWriteBody('SP.User', body);
      if (user.id !== ctx.user.id || body.IsSiteAdmin !== undefined)
        requirePermission(ctx, { kind: 'web' }, 'ManagePermissions');
      if (body.IsSiteAdmin !== undefined && !ctx.security.isSiteAdmin) throw SpErrorFactory.accessDenied();
      ctx.store.putUser({
        ...user,
        title: typeof body.Title === 'string' ? body.Title : user.title,
        email: typeof body.Email === 'string' ? body.Email : user.email,
        isSiteAdmin: typeof body.IsSiteAdmin === 'boolean' ? body.IsSiteAdmin : user.isSiteAdmin,
      });
      return noContent();
    }
    case 'DELETE':
      removeUser(ctx, user, group);
      return deleted();
    default:
      throw unsupportedMethod(ctx, 'SP.User');
  }
}
