import type { RequestContext } from '../context';
import { SpErrorFactory } from '../errors/SpErrorFactory';
import { checkTitleLength } from '../model/limits';
import type { GroupRecord } from '../model/records';
import type { ResourceFamily } from '../router/family';
import type { Resource } from '../router/resources';
import { unsupportedMethod } from '../router/unsupported';
import { removePrincipalEverywhere } from '../security/roleAssignments';
import type { SpResponse } from '../response';
import { collectionQueryResponse } from './collection';
import { project } from './entity';
import { integerArgument, requirePermission, stringArgument } from './guards';
import { deleted, entityResponse, jsonBody, noContent, voidResponse } from './http';
import { canManageGroup, requireMembershipView } from './membership';
import { userFromBody } from './userBody';
import { checkWriteBody } from '../entities/entityRules';
import { describeGroup, describeUser } from '../entities/principals';

/**
 * Site groups: create, get by id/name, update, remove, members (add/remove), owner. The members of a group whose
 * membership only its members may see are shown to no one else (see {@link canViewMembership}).
 */
export const groupsFamily: ResourceFamily = {
  navigate(resource, segment, ctx) {
    const name = segment.name.toLowerCase();
    if (resource.kind === 'web') {
      if (name === 'sitegroups') {
        return segment.key !== undefined
          ? groupResource(ctx.store.group(integerArgument(segment.key, 'id')))
          : { kind: 'siteGroups' };
      }
      const associated = {
        associatedownergroup: 'Owner',
        associatedmembergroup: 'Member',
        associatedvisitorgroup: 'Visitor',
      }[name];
      if (associated) {
        const web = ctx.store.web();
        const id =
          associated === 'Owner'
            ? web.associatedOwnerGroupId
            : associated === 'Member'
              ? web.associatedMemberGroupId
              : web.associatedVisitorGroupId;
        return groupResource(ctx.store.group(id));
      }
    }
    if (resource.kind === 'siteGroups') {
      switch (name) {
        case 'getbyid':
          return groupResource(ctx.store.group(integerArgument(segment.key, 'id')));
        case 'getbyname':
          return groupResource(ctx.store.groupByTitle(stringArgument(segment.key, 'name')));
        case 'removebyid':
          return removeOperation(() => ctx.store.group(integerArgument(segment.key, 'id')));
        case 'removebyloginname':
          return removeOperation(() => ctx.store.groupByTitle(stringArgument(segment.key, 'loginName')));
        default:
          return undefined;
      }
    }
    if (resource.kind === 'group') {
      const group = resource.group;
      if (name === 'users') {
        if (segment.key !== undefined) {
          requireMembershipView(ctx, group);
          const user = ctx.store.userByLoginName(stringArgument(segment.key, 'loginName'));
          if (!user || !group.memberIds.includes(user.id)) throw SpErrorFactory.userNotFound();
          return { kind: 'user', user, group };
        }
        return { kind: 'groupUsers', group };
      }
      if (name === 'setuserasowner') {
        return {
          kind: 'operation',
          name: 'SetUserAsOwner',
          run: (c) => {
            if (c.method !== 'POST') throw unsupportedMethod(c, 'SP.Group.SetUserAsOwner');
            if (!canManageGroup(c, group)) throw SpErrorFactory.accessDenied();
            const ownerId = integerArgument(segment.key, 'ownerId');
            if (!c.store.user(ownerId) && !c.store.group(ownerId)) throw SpErrorFactory.userNotFound();
            c.store.putGroup({ ...group, ownerId });
            return voidResponse(c, 'SetUserAsOwner');
          },
        };
      }
    }
    return undefined;
  },

  handle(resource, ctx) {
    switch (resource.kind) {
      case 'siteGroups':
        return handleSiteGroups(ctx);
      case 'group':
        return handleGroup(ctx, resource.group);
      case 'groupUsers':
        return handleGroupUsers(ctx, resource.group);
      default:
        return undefined;
    }
  },

  describe(resource, ctx) {
    return resource.kind === 'group' ? describeGroup(ctx, resource.group) : undefined;
  },
};

function groupResource(group: GroupRecord | undefined): Resource {
  if (!group) throw SpErrorFactory.groupNotFound();
  return { kind: 'group', group };
}

function removeOperation(find: () => GroupRecord | undefined): Resource {
  return {
    kind: 'operation',
    name: 'Remove',
    run: (ctx) => {
      if (ctx.method !== 'POST') throw unsupportedMethod(ctx, 'SP.GroupCollection.Remove');
      const group = find();
      if (!group) throw SpErrorFactory.groupNotFound();
      deleteGroup(ctx, group);
      return voidResponse(ctx, 'Remove');
    },
  };
}

function deleteGroup(ctx: RequestContext, group: GroupRecord): void {
  if (!canManageGroup(ctx, group)) throw SpErrorFactory.accessDenied();
  removePrincipalEverywhere(ctx.store, group.id);
  ctx.store.deleteGroup(group.id);
}

function handleSiteGroups(ctx: RequestContext): SpResponse {
  if (ctx.method === 'GET') {
    requirePermission(ctx, { kind: 'web' }, 'BrowseUserInfo');
    return collectionQueryResponse(
      ctx,
      ctx.store.groups().map((group) => describeGroup(ctx, group)),
      {
        query: ctx.query,
        metadata: 'SP.ApiData.Groups',
      },
    );
  }
  if (ctx.method !== 'POST') throw unsupportedMethod(ctx, 'SP.GroupCollection');
  requirePermission(ctx, { kind: 'web' }, 'CreateGroups');
  const body = jsonBody(ctx);
  checkWriteBody('SP.Group', body, { creating: true });
  const title = body.Title;
  if (typeof title !== 'string' || title.trim() === '')
    throw SpErrorFactory.invalidArgument({ message: 'The group title must not be empty.' });
  checkTitleLength(title, 'group name');
  if (ctx.store.groupByTitle(title) || ctx.store.userByLoginName(title))
    throw SpErrorFactory.groupAlreadyExists({ title });
  const web = ctx.store.web();
  const group: GroupRecord = {
    id: web.nextPrincipalId,
    title,
    description: typeof body.Description === 'string' ? body.Description : '',
    ownerId: ctx.user.id,
    memberIds: [],
    allowMembersEditMembership: body.AllowMembersEditMembership === true,
    onlyAllowMembersViewMembership: body.OnlyAllowMembersViewMembership !== false,
  };
  ctx.store.putWeb({ ...web, nextPrincipalId: web.nextPrincipalId + 1 });
  ctx.store.putGroup(group);
  const entity = describeGroup(ctx, group);
  return entityResponse(ctx, project(ctx, entity, {}), {
    status: 201,
    headers: { Location: entity.meta.uri },
  });
}

function handleGroup(ctx: RequestContext, group: GroupRecord): SpResponse {
  switch (ctx.method) {
    case 'GET':
      requirePermission(ctx, { kind: 'web' }, 'BrowseUserInfo');
      return entityResponse(ctx, project(ctx, describeGroup(ctx, group), ctx.query));
    case 'MERGE':
    case 'PATCH': {
      if (!canManageGroup(ctx, group)) throw SpErrorFactory.accessDenied();
      const body = jsonBody(ctx);
      checkWriteBody('SP.Group', body);
      const title = typeof body.Title === 'string' ? body.Title : group.title;
      checkTitleLength(title, 'group name');
      const clash = ctx.store.groupByTitle(title);
      if (clash && clash.id !== group.id) throw SpErrorFactory.groupAlreadyExists({ title });
      ctx.store.putGroup({
        ...group,
        title,
        description: typeof body.Description === 'string' ? body.Description : group.description,
        allowMembersEditMembership:
          typeof body.AllowMembersEditMembership === 'boolean'
            ? body.AllowMembersEditMembership
            : group.allowMembersEditMembership,
        onlyAllowMembersViewMembership:
          typeof body.OnlyAllowMembersViewMembership === 'boolean'
            ? body.OnlyAllowMembersViewMembership
            : group.onlyAllowMembersViewMembership,
      });
      return noContent();
    }
    case 'DELETE':
      deleteGroup(ctx, group);
      return deleted();
    default:
      throw unsupportedMethod(ctx, 'SP.Group');
  }
}

function handleGroupUsers(ctx: RequestContext, group: GroupRecord): SpResponse {
  if (ctx.method === 'GET') {
    requireMembershipView(ctx, group);
    if (!group.memberIds.includes(ctx.user.id)) requirePermission(ctx, { kind: 'web' }, 'BrowseUserInfo');
    const users = group.memberIds.flatMap((id) => {
      const user = ctx.store.user(id);
      return user ? [describeUser(ctx, user)] : [];
    });
    return collectionQueryResponse(ctx, users, { query: ctx.query, metadata: 'SP.ApiData.Users' });
  }
  if (ctx.method !== 'POST') throw unsupportedMethod(ctx, 'SP.UserCollection');
  if (!canManageGroup(ctx, group)) throw SpErrorFactory.accessDenied();
  const user = userFromBody(ctx);
  const current = ctx.store.group(group.id) ?? group;
  if (!current.memberIds.includes(user.id))
    ctx.store.putGroup({ ...current, memberIds: [...current.memberIds, user.id] });
  return entityResponse(ctx, project(ctx, describeUser(ctx, user), {}), { status: 201 });
}
