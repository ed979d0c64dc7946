import type { RoleAssignmentEntry, ScopeRecord } from '../model/records';
import type { ListStore } from '../store/ListStore';
import { SpErrorFactory } from '../errors/SpErrorFactory';
import { RoleDefinitionId } from './roleDefinitions';
import { parentOf, scopeKeyOf, type Securable } from './securable';

/** Whether the object has its own role assignments (`HasUniqueRoleAssignments`). */
export function hasUniqueRoleAssignments(store: ListStore, securable: Securable): boolean {
  return securable.kind === 'web' || store.scope(scopeKeyOf(securable)) !== undefined;
}

/** The role assignments that apply to the object: its own or the nearest ancestor's. */
export function effectiveAssignments(store: ListStore, securable: Securable): readonly RoleAssignmentEntry[] {
  let current: Securable | undefined = securable;
  while (current) {
    const scope = store.scope(scopeKeyOf(current));
    if (scope) return scope.assignments;
    current = parentOf(current, store);
  }
  return [];
}

/**
 * `breakroleinheritance(copyroleassignments, clearsubscopes)`: gives the object its own scope, copied from what
 * it inherited or empty; when not copying, SharePoint keeps the caller in with Full Control so they do not lock
 * themselves out. `clearsubscopes` makes every child scope inherit again. A no-op on an object already unique.
 */
export function breakRoleInheritance(
  store: ListStore,
  securable: Securable,
  options: { copyRoleAssignments: boolean; clearSubscopes: boolean; callerId: number },
): void {
  const key = scopeKeyOf(securable);
  if (!store.scope(key) && securable.kind !== 'web') {
    const assignments: RoleAssignmentEntry[] = options.copyRoleAssignments
      ? effectiveAssignments(store, securable).map((entry) => ({ ...entry }))
      : [{ principalId: options.callerId, roleDefinitionIds: [RoleDefinitionId.fullControl] }];
    store.putScope({ key, assignments });
  }
  if (options.clearSubscopes) clearChildScopes(store, securable);
}

/** `resetroleinheritance`: the object inherits from its parent again. @throws SpError on the root web. */
export function resetRoleInheritance(store: ListStore, securable: Securable): void {
  if (securable.kind === 'web') {
    throw SpErrorFactory.invalidArgument({
      message: 'You cannot reset the role inheritance of the root web of a site collection.',
    });
  }
  const key = scopeKeyOf(securable);
  if (store.scope(key)) store.deleteScope(key);
}

/**
 * `addroleassignment(principalid, roledefid)`: binds a role to a principal on an object with unique
 * permissions, and — as SharePoint does — gives the principal Limited Access on each unique ancestor where
 * it has nothing yet, so that it can reach the object.
 * @throws SpError when the object inherits its permissions.
 */
export function addRoleAssignment(
  store: ListStore,
  securable: Securable,
  binding: { principalId: number; roleDefinitionId: number },
): void {
  const scope = requireUniqueScope(store, securable);
  store.putScope(withBinding(scope, binding));
  let ancestor = parentOf(securable, store);
  while (ancestor) {
    const ancestorScope = store.scope(scopeKeyOf(ancestor));
    if (
      ancestorScope &&
      !ancestorScope.assignments.some((entry) => entry.principalId === binding.principalId)
    ) {
      store.putScope(
        withBinding(ancestorScope, {
          principalId: binding.principalId,
          roleDefinitionId: RoleDefinitionId.limitedAccess,
        }),
      );
    }
    ancestor = parentOf(ancestor, store);
  }
}

/** `removeroleassignment(principalid, roledefid)`: removes one binding (and the principal's entry when empty). */
export function removeRoleAssignment(
  store: ListStore,
  securable: Securable,
  binding: { principalId: number; roleDefinitionId?: number },
): void {
  const scope = requireUniqueScope(store, securable);
  const assignments = scope.assignments
    .map((entry) =>
      entry.principalId !== binding.principalId
        ? entry
        : {
            ...entry,
            roleDefinitionIds:
              binding.roleDefinitionId === undefined
                ? []
                : entry.roleDefinitionIds.filter((id) => id !== binding.roleDefinitionId),
          },
    )
    .filter((entry) => entry.roleDefinitionIds.length > 0);
  store.putScope({ ...scope, assignments });
}

/** Removes a principal from every scope (when a user or group is deleted). */
export function removePrincipalEverywhere(store: ListStore, principalId: number): void {
  for (const key of store.scopeKeys('')) {
    const scope = store.scope(key)!;
    if (!scope.assignments.some((entry) => entry.principalId === principalId)) continue;
    store.putScope({
      ...scope,
      assignments: scope.assignments.filter((entry) => entry.principalId !== principalId),
    });
  }
}

function requireUniqueScope(store: ListStore, securable: Securable): ScopeRecord {
  const key = scopeKeyOf(securable);
  const scope = store.scope(key);
  if (scope) return scope;
  if (securable.kind === 'web') return { key, assignments: [] };
  throw SpErrorFactory.inheritsPermissions();
}

function withBinding(
  scope: ScopeRecord,
  { principalId, roleDefinitionId }: { principalId: number; roleDefinitionId: number },
): ScopeRecord {
  const existing = scope.assignments.find((entry) => entry.principalId === principalId);
  if (existing?.roleDefinitionIds.includes(roleDefinitionId)) return scope;
  const assignments = existing
    ? scope.assignments.map((entry) =>
        entry === existing
          ? { ...entry, roleDefinitionIds: [...entry.roleDefinitionIds, roleDefinitionId] }
          : entry,
      )
    : [...scope.assignments, { principalId, roleDefinitionIds: [roleDefinitionId] }];
  return { ...scope, assignments };
}

function clearChildScopes(store: ListStore, securable: Securable): void {
  if (securable.kind === 'item') {
    // A folder's subscopes are those of the items below it.
    const folder = store.item(securable.listId, securable.itemId);
    if (folder?.fileSystemObjectType !== 1) return;
    const path = `${folder.folderUrl}/${folder.leafName ?? ''}`.toLowerCase();
    for (const key of store.scopeKeys(`item:${securable.listId}:`)) {
      const item = store.item(securable.listId, Number(key.slice(key.lastIndexOf(':') + 1)));
      const where = item?.folderUrl.toLowerCase();
      if (where !== undefined && (where === path || where.startsWith(`${path}/`))) store.deleteScope(key);
    }
    return;
  }
  const prefixes = securable.kind === 'web' ? ['list:', 'item:'] : [`item:${securable.listId}:`];
  for (const prefix of prefixes) for (const key of store.scopeKeys(prefix)) store.deleteScope(key);
}
