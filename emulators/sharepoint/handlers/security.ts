import type { RequestContext } from '../context';
import { SpErrorFactory } from '../errors/SpErrorFactory';
import type { RoleDefinitionRecord } from '../model/records';
import { complexValue } from '../odata/format';
import type { PathSegment } from '../odata/path';
import type { ResourceFamily } from '../router/family';
import type { Resource } from '../router/resources';
import { unsupportedMethod } from '../router/unsupported';
import { PermissionEvaluator } from '../security/PermissionEvaluator';
import { fromRestMask, toRestMask } from '../security/permissions';
import {
  addRoleAssignment,
  breakRoleInheritance,
  effectiveAssignments,
  removeRoleAssignment,
  resetRoleInheritance,
} from '../security/roleAssignments';
import { isBuiltInRoleDefinition } from '../security/roleDefinitions';
import { type Securable } from '../security/securable';
import { upnFromLogonName, loginNameFor } from '../site/principals';
import type { SpResponse } from '../response';
import { collectionQueryResponse } from './collection';
import { project } from './entity';
import { booleanArgument, integerArgument, namedArgument, requirePermission, stringArgument } from './guards';
import { deleted, entityResponse, jsonBody, noContent, valueResponse, voidResponse } from './http';
import { checkWriteBody } from '../entities/entityRules';
import { bindingsOf, describeAssignment, describeDefinition } from '../entities/security';

/** Custom permission levels get ids from here up, as in SharePoint Online. */
const FIRST_CUSTOM_ROLE_ID = 1073741924;

/** Role definitions, role assignments, inheritance and effective permissions on the web, lists and items. */
export const securityFamily: ResourceFamily = {
  navigate(resource, segment, ctx) {
    const name = segment.name.toLowerCase();
    if (resource.kind === 'web' && name === 'roledefinitions') {
      return segment.key !== undefined
        ? definitionResource(ctx, ctx.store.roleDefinition(integerArgument(segment.key, 'id')))
        : { kind: 'roleDefinitions' };
    }
    if (resource.kind === 'roleDefinitions') {
      if (name === 'getbyid')
        return definitionResource(ctx, ctx.store.roleDefinition(integerArgument(segment.key, 'id')));
      if (name === 'getbyname') {
        const wanted = stringArgument(segment.key, 'name').toLowerCase();
        return definitionResource(
          ctx,
          ctx.store.roleDefinitions().find((d) => d.name.toLowerCase() === wanted),
        );
      }
      if (name === 'getbytype') {
        const kind = integerArgument(segment.key, 'roleType');
        return definitionResource(
          ctx,
          ctx.store.roleDefinitions().find((d) => d.roleTypeKind === kind && kind !== 0),
        );
      }
    }
    const securable = securableOf(resource);
    if (securable) return navigateSecurable(ctx, { securable, segment });
    if (resource.kind === 'roleAssignments') {
      if (name === 'getbyprincipalid')
        return assignmentResource(ctx, resource.securable, integerArgument(segment.key, 'principalId'));
      if (name === 'addroleassignment' || name === 'removeroleassignment') {
        const add = name === 'addroleassignment';
        const principalId = integerArgument(namedArgument(segment, 'principalid'), 'principalid');
        const roleDefinitionId = integerArgument(namedArgument(segment, 'roledefid'), 'roledefid');
        return {
          kind: 'operation',
          name: add ? 'AddRoleAssignment' : 'RemoveRoleAssignment',
          run: (c) => changeAssignment(c, resource.securable, { add, principalId, roleDefinitionId }),
        };
      }
    }
    if (resource.kind === 'roleAssignment') {
      if (name === 'member') {
        const user = ctx.store.user(resource.principalId);
        if (user) return { kind: 'user', user };
        const group = ctx.store.group(resource.principalId);
        if (group) return { kind: 'group', group };
        throw SpErrorFactory.userNotFound();
      }
      if (name === 'roledefinitionbindings') {
        const { securable, principalId } = resource;
        if (segment.key === undefined) return { kind: 'roleBindings', securable, principalId };
        // `roleDefinitionBindings(<id>)`: one of the principal's levels, by id.
        const id = integerArgument(segment.key, 'id');
        const bound = effectiveAssignments(ctx.store, securable)
          .find((entry) => entry.principalId === principalId)
          ?.roleDefinitionIds.includes(id);
        return definitionResource(ctx, bound ? ctx.store.roleDefinition(id) : undefined);
      }
    }
    return undefined;
  },

  handle(resource, ctx) {
    switch (resource.kind) {
      case 'roleDefinitions':
        return handleDefinitions(ctx);
      case 'roleDefinition':
        return handleDefinition(ctx, resource.definition);
      case 'roleAssignments': {
        if (ctx.method !== 'GET') throw unsupportedMethod(ctx, 'SP.RoleAssignmentCollection');
        requirePermission(ctx, resource.securable, 'EnumeratePermissions');
        const entities = effectiveAssignments(ctx.store, resource.securable).map((entry) =>
          describeAssignment(ctx, resource.securable, entry.principalId),
        );
        return collectionQueryResponse(ctx, entities, {
          query: ctx.query,
          metadata: 'SP.ApiData.RoleAssignments',
        });
      }
      case 'roleAssignment':
        return handleAssignment(ctx, resource.securable, resource.principalId);
      case 'roleBindings': {
        if (ctx.method !== 'GET') throw unsupportedMethod(ctx, 'SP.RoleDefinitionBindingCollection');
        requirePermission(ctx, resource.securable, 'EnumeratePermissions');
        return collectionQueryResponse(ctx, bindingsOf(ctx, resource.securable, resource.principalId), {
          query: ctx.query,
          metadata: 'SP.ApiData.RoleDefinitions',
        });
      }
      default:
        return undefined;
    }
  },

  describe(resource, ctx) {
    if (resource.kind === 'roleDefinition') return describeDefinition(ctx, resource.definition);
    if (resource.kind === 'roleAssignment')
      return describeAssignment(ctx, resource.securable, resource.principalId);
    return undefined;
  },
};

/** The securable behind a web, list or item resource. */
export function securableOf(resource: Resource): Securable | undefined {
  switch (resource.kind) {
    case 'web':
      return { kind: 'web' };
    case 'list':
      return { kind: 'list', listId: resource.list.id };
    case 'item':
      return { kind: 'item', listId: resource.list.id, itemId: resource.item.id };
    default:
      return undefined;
  }
}

function navigateSecurable(
  ctx: RequestContext,
  { securable, segment }: { securable: Securable; segment: PathSegment },
): Resource | undefined {
  switch (segment.name.toLowerCase()) {
    case 'roleassignments':
      return segment.key !== undefined
        ? assignmentResource(ctx, securable, integerArgument(segment.key, 'principalId'))
        : { kind: 'roleAssignments', securable };
    case 'breakroleinheritance': {
      const copyRoleAssignments = booleanArgument(
        namedArgument(segment, 'copyroleassignments') ?? false,
        'copyroleassignments',
      );
      const clearSubscopes = booleanArgument(
        namedArgument(segment, 'clearsubscopes') ?? false,
        'clearsubscopes',
      );
      return operation('BreakRoleInheritance', {
        method: 'POST',
        run: (c) => {
          requirePermission(c, securable, 'ManagePermissions');
          breakRoleInheritance(c.store, securable, {
            copyRoleAssignments,
            clearSubscopes,
            callerId: c.user.id,
          });
          return voidResponse(c, 'BreakRoleInheritance');
        },
      });
    }
    case 'resetroleinheritance':
      return operation('ResetRoleInheritance', {
        method: 'POST',
        run: (c) => {
          requirePermission(c, securable, 'ManagePermissions');
          resetRoleInheritance(c.store, securable);
          return voidResponse(c, 'ResetRoleInheritance');
        },
      });
    case 'effectivebasepermissions':
    case 'effectivebasepermissionsforui':
      return operation('EffectiveBasePermissions', {
        method: 'GET',
        run: (c) =>
          permissionsResponse(c, { evaluator: c.security, securable, name: 'EffectiveBasePermissions' }),
      });
    case 'getusereffectivepermissions': {
      const login = stringArgument(segment.key ?? namedArgument(segment, 'userName'), 'userName');
      return operation('GetUserEffectivePermissions', {
        method: 'GET',
        run: (c) => {
          requirePermission(c, securable, 'EnumeratePermissions');
          const upn = upnFromLogonName(login);
          const user =
            c.store.userByLoginName(login) ?? (upn ? c.store.userByLoginName(loginNameFor(upn)) : undefined);
          if (!user) throw SpErrorFactory.userNotFound();
          return permissionsResponse(c, {
            evaluator: new PermissionEvaluator(c.store, user),
            securable,
            name: 'GetUserEffectivePermissions',
          });
        },
      });
    }
    default:
      return undefined;
  }
}

function operation(
  name: string,
  { method, run }: { method: 'GET' | 'POST'; run: (ctx: RequestContext) => SpResponse },
): Resource {
  return {
    kind: 'operation',
    name,
    run: (ctx) => {
      if (ctx.method !== method) throw unsupportedMethod(ctx, name);
      return run(ctx);
    },
  };
}

function permissionsResponse(
  ctx: RequestContext,
  { evaluator, securable, name }: { evaluator: PermissionEvaluator; securable: Securable; name: string },
): SpResponse {
  return valueResponse(
    ctx,
    complexValue('SP.BasePermissions', toRestMask(evaluator.permissions(securable))),
    {
      name,
      type: 'SP.BasePermissions',
    },
  );
}

function definitionResource(ctx: RequestContext, definition: RoleDefinitionRecord | undefined): Resource {
  if (!definition) throw SpErrorFactory.roleDefinitionNotFound();
  return { kind: 'roleDefinition', definition };
}

function assignmentResource(ctx: RequestContext, securable: Securable, principalId: number): Resource {
  if (!effectiveAssignments(ctx.store, securable).some((entry) => entry.principalId === principalId)) {
    throw SpErrorFactory.invalidArgument({
      message: 'Can not find the principal with id: ' + principalId + '.',
    });
  }
  return { kind: 'roleAssignment', securable, principalId };
}

function changeAssignment(
  ctx: RequestContext,
  securable: Securable,
  change: { add: boolean; principalId: number; roleDefinitionId: number },
): SpResponse {
  if (ctx.method !== 'POST') throw unsupportedMethod(ctx, 'SP.RoleAssignmentCollection');
  requirePermission(ctx, securable, 'ManagePermissions');
  if (!ctx.store.user(change.principalId) && !ctx.store.group(change.principalId))
    throw SpErrorFactory.userNotFound();
  if (!ctx.store.roleDefinition(change.roleDefinitionId)) throw SpErrorFactory.roleDefinitionNotFound();
  const binding = { principalId: change.principalId, roleDefinitionId: change.roleDefinitionId };
  if (change.add) addRoleAssignment(ctx.store, securable, binding);
  else removeRoleAssignment(ctx.store, securable, binding);
  return voidResponse(ctx, change.add ? 'AddRoleAssignment' : 'RemoveRoleAssignment');
}

function handleAssignment(ctx: RequestContext, securable: Securable, principalId: number): SpResponse {
  if (ctx.method === 'GET') {
    requirePermission(ctx, securable, 'EnumeratePermissions');
    return entityResponse(ctx, project(ctx, describeAssignment(ctx, securable, principalId), ctx.query));
  }
  if (ctx.method !== 'DELETE') throw unsupportedMethod(ctx, 'SP.RoleAssignment');
  requirePermission(ctx, securable, 'ManagePermissions');
  removeRoleAssignment(ctx.store, securable, { principalId });
  return deleted();
}

function handleDefinitions(ctx: RequestContext): SpResponse {
  if (ctx.method === 'GET') {
    requirePermission(ctx, { kind: 'web' }, 'Open');
    return collectionQueryResponse(
      ctx,
      ctx.store.roleDefinitions().map((d) => describeDefinition(ctx, d)),
      {
        query: ctx.query,
        metadata: 'SP.ApiData.RoleDefinitions',
      },
    );
  }
  if (ctx.method !== 'POST') throw unsupportedMethod(ctx, 'SP.RoleDefinitionCollection');
  requirePermission(ctx, { kind: 'web' }, 'ManagePermissions');
  const body = jsonBody(ctx);
  checkWriteBody('SP.RoleDefinition', body, { creating: true });
  const name = body.Name;
  if (typeof name !== 'string' || name.trim() === '')
    throw SpErrorFactory.invalidArgument({ message: 'The permission level needs a name.' });
  if (ctx.store.roleDefinitions().some((d) => d.name.toLowerCase() === name.toLowerCase())) {
    throw SpErrorFactory.invalidArgument({ message: 'The permission level name is already in use.' });
  }
  const mask = maskFromBody(body.BasePermissions);
  const web = ctx.store.web();
  const id = Math.max(web.nextRoleDefinitionId, FIRST_CUSTOM_ROLE_ID);
  const definition: RoleDefinitionRecord = {
    id,
    name,
    description: typeof body.Description === 'string' ? body.Description : '',
    order: body.Order === undefined ? 1000 : integerArgument(body.Order, 'Order'),
    roleTypeKind: 0,
    hidden: false,
    high: mask.high,
    low: mask.low,
  };
  ctx.store.putWeb({ ...web, nextRoleDefinitionId: id + 1 });
  ctx.store.putRoleDefinition(definition);
  const entity = describeDefinition(ctx, definition);
  return entityResponse(ctx, project(ctx, entity, {}), {
    status: 201,
    headers: { Location: entity.meta.uri },
  });
}

function maskFromBody(value: unknown): { high: number; low: number } {
  try {
    return fromRestMask(value);
  } catch (error) {
    throw SpErrorFactory.invalidArgument({ message: (error as Error).message });
  }
}

function handleDefinition(ctx: RequestContext, definition: RoleDefinitionRecord): SpResponse {
  switch (ctx.method) {
    case 'GET':
      requirePermission(ctx, { kind: 'web' }, 'Open');
      return entityResponse(ctx, project(ctx, describeDefinition(ctx, definition), ctx.query));
    case 'MERGE':
    case 'PATCH': {
      requirePermission(ctx, { kind: 'web' }, 'ManagePermissions');
      if (isBuiltInRoleDefinition(definition.id)) throw SpErrorFactory.roleDefinitionReadOnly();
      const body = jsonBody(ctx);
      checkWriteBody('SP.RoleDefinition', body);
      const mask = body.BasePermissions === undefined ? definition : maskFromBody(body.BasePermissions);
      ctx.store.putRoleDefinition({
        ...definition,
        name: typeof body.Name === 'string' ? body.Name : definition.name,
        description: typeof body.Description === 'string' ? body.Description : definition.description,
        order: body.Order === undefined ? definition.order : integerArgument(body.Order, 'Order'),
        high: mask.high,
        low: mask.low,
      });
      return noContent();
    }
    case 'DELETE': {
      requirePermission(ctx, { kind: 'web' }, 'ManagePermissions');
      if (isBuiltInRoleDefinition(definition.id)) throw SpErrorFactory.roleDefinitionReadOnly();
      for (const key of ctx.store.scopeKeys('')) {
        const scope = ctx.store.scope(key)!;
        if (!scope.assignments.some((e) => e.roleDefinitionIds.includes(definition.id))) continue;
        const assignments = scope.assignments
          .map((e) => ({ ...e, roleDefinitionIds: e.roleDefinitionIds.filter((id) => id !== definition.id) }))
          .filter((e) => e.roleDefinitionIds.length > 0);
        ctx.store.putScope({ ...scope, assignments });
      }
      ctx.store.deleteRoleDefinition(definition.id);
      return deleted();
    }
    default:
      throw unsupportedMethod(ctx, 'SP.RoleDefinition');
  }
}
