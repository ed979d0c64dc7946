import type { RequestContext } from '../context';
import type { Entity } from '../handlers/entity';
import { apiUrl } from '../handlers/guards';
import type { RoleDefinitionRecord } from '../model/records';
import { complexValue } from '../odata/format';
import { toRestMask } from '../security/permissions';
import { effectiveAssignments } from '../security/roleAssignments';
import { securablePath, type Securable } from '../security/securable';

/** A permission level as SharePoint describes SP.RoleDefinition. */
export function describeDefinition(ctx: RequestContext, definition: RoleDefinitionRecord): Entity {
  const editLink = `Web/RoleDefinitions(${definition.id})`;
  const url = apiUrl(ctx, editLink);
  return {
    meta: {
      type: 'SP.RoleDefinition',
      id: url,
      uri: url,
      editLink,
      metadata: 'SP.ApiData.RoleDefinitions/@Element',
    },
    props: {
      BasePermissions: complexValue('SP.BasePermissions', toRestMask(definition)),
      Description: definition.description,
      Hidden: definition.hidden,
      Id: definition.id,
      Name: definition.name,
      Order: definition.order,
      RoleTypeKind: definition.roleTypeKind,
    },
  };
}

/** The permission levels a principal holds on a securable. */
export function bindingsOf(ctx: RequestContext, securable: Securable, principalId: number): Entity[] {
  const entry = effectiveAssignments(ctx.store, securable).find((e) => e.principalId === principalId);
  return (entry?.roleDefinitionIds ?? []).flatMap((id) => {
    const definition = ctx.store.roleDefinition(id);
    return definition ? [describeDefinition(ctx, definition)] : [];
  });
}

/** A role assignment as SharePoint describes SP.RoleAssignment. */
export function describeAssignment(ctx: RequestContext, securable: Securable, principalId: number): Entity {
  const editLink = `${securablePath(securable)}/RoleAssignments/GetByPrincipalId(${principalId})`;
  const url = apiUrl(ctx, editLink);
  return {
    meta: {
      type: 'SP.RoleAssignment',
      id: url,
      uri: url,
      editLink,
      metadata: 'SP.ApiData.RoleAssignments/@Element',
    },
    props: { PrincipalId: principalId },
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
  };
}
