import type { RequestContext } from '../context';
import type { Entity, Navigation } from '../handlers/entity';
import { apiUrl, requirePermission } from '../handlers/guards';
import type { RoleDefinitionRecord } from '../model/records';
import { complexValue, type NavigationLink } from '../odata/format';
import { toRestMask } from '../security/permissions';
import { effectiveAssignments } from '../security/roleAssignments';
import { securablePath, type Securable } from '../security/securable';
import { entityOf } from './entityOf';

/** A permission level as SharePoint describes SP.RoleDefinition. */
export function describeDefinition(ctx: RequestContext, definition: RoleDefinitionRecord): Entity {
  const editLink = `Web/RoleDefinitions(${definition.id})`;
  const url = apiUrl(ctx, editLink);
  return entityOf({
    meta: {
      type: 'SP.RoleDefinition',
      id: url,
      uri: url,
      editLink,
      metadata: 'SP.ApiData.RoleDefinitions/@Element',
    },
    values: {
      BasePermissions: complexValue('SP.BasePermissions', toRestMask(definition)),
      Description: definition.description,
      Hidden: definition.hidden,
      Id: definition.id,
      Name: definition.name,
      Order: definition.order,
      RoleTypeKind: definition.roleTypeKind,
    },
  });
}

/** The permission levels a principal holds on a securable. */
export function bindingsOf(ctx: RequestContext, securable: Securable, principalId: number): Entity[] {
  const entry = effectiveAssignments(ctx.store, securable).find((e) => e.principalId === principalId);
  return (entry?.roleDefinitionIds ?? []).flatMap((id) => {
    const definition = ctx.store.roleDefinition(id);
    return definition ? [describeDefinition(ctx, definition)] : [];
  });
}

/**
 * `RoleAssignments` of a securable (SP.SecurableObject) as a navigation property: `$expand` needs
 * EnumeratePermissions, as the collection itself does.
 */
export function roleAssignmentsNavigation(
  ctx: RequestContext,
  { securable, link }: { securable: Securable; link: NavigationLink },
): Navigation {
  return {
    link,
    resolve: () => {
      requirePermission(ctx, securable, 'EnumeratePermissions');
      return effectiveAssignments(ctx.store, securable).map((entry) =>
        ctx.describe({ kind: 'roleAssignment', securable, principalId: entry.principalId }),
      );
    },
  };
}

/** A role assignment as SharePoint describes SP.RoleAssignment. */
export function describeAssignment(ctx: RequestContext, securable: Securable, principalId: number): Entity {
  const editLink = `${securablePath(securable)}/RoleAssignments/GetByPrincipalId(${principalId})`;
  const url = apiUrl(ctx, editLink);
  return entityOf({
    meta: {
      type: 'SP.RoleAssignment',
      id: url,
      uri: url,
      editLink,
      metadata: 'SP.ApiData.RoleAssignments/@Element',
    },
    values: { PrincipalId: principalId },
    navigation: {
      Member: {
        link: { uri: `${url}/Member`, editLink: `${editLink}/Member` },
        resolve: () => {
          const user = ctx.store.user(principalId);
          if (user) return ctx.describe({ kind: 'user', user });
          const group = ctx.store.group(principalId);
          return group ? ctx.describe({ kind: 'group', group }) : null;
        },
      },
      RoleDefinitionBindings: {
        link: { uri: `${url}/RoleDefinitionBindings`, editLink: `${editLink}/RoleDefinitionBindings` },
        resolve: () => bindingsOf(ctx, securable, principalId),
      },
    },
  });
}
