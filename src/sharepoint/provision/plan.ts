import {
  listDescriptions,
  listViews,
  type FieldSchema,
  type ListSchema,
  type ViewSchema,
  viewScopes,
} from '../schema';
import { sameCaml } from './caml';
import { fieldEntityType, typeAsString } from './fieldXml';
import { principalGroupDescriptions, principalGroupNames, reviewerGroupCode } from './groups';
import { builtInRoleTypeKind, listGrants, type SitePrincipal, type SiteRole } from './listPermissions';
import { maskOf, permissionLevels, sameMask } from './permissionLevels';
import { type FieldState, type ListState, type SiteState, type ViewState } from './siteState';
import { type ProvisionStep } from './steps';

/** Something in the site that provisioning must not change by itself: it would lose data or break the app. */
export type SchemaConflict =
  | {
      readonly kind: 'fieldType';
      readonly list: ListSchema;
      readonly field: FieldSchema;
      /** The type the site has (`TypeAsString`). */
      readonly actual: string;
    }
  | { readonly kind: 'listTemplate'; readonly list: ListSchema; readonly actual: number };

/** What provisioning would do: the steps in order, or the conflicts that stop it before anything is written. */
export interface ProvisionPlan {
  readonly steps: readonly ProvisionStep[];
  readonly conflicts: readonly SchemaConflict[];
}

const sameText = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

function fieldChanges(field: FieldSchema, state: FieldState): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  if (state.title !== field.displayName) changes.Title = field.displayName;
  if (field.description !== undefined && state.description !== field.description)
    changes.Description = field.description;
  if (state.required !== (field.required ?? false)) changes.Required = field.required ?? false;
  // Indexes are only ever added: IT may index more columns for its own views, and removing one could break them.
  if (field.indexed && !state.indexed) changes.Indexed = true;
  if (field.enforceUnique && !state.enforceUniqueValues) changes.EnforceUniqueValues = true;
  if (field.kind === 'Text' && state.maxLength !== (field.maxLength ?? 255))
    changes.MaxLength = field.maxLength ?? 255;
  if (field.kind === 'Number') {
    if (field.min !== undefined && state.minimumValue !== field.min) changes.MinimumValue = field.min;
    if (field.max !== undefined && state.maximumValue !== field.max) changes.MaximumValue = field.max;
  }
  if (field.choices !== undefined) {
    const current = state.choices ?? [];
    if (current.length !== field.choices.length || current.some((c, i) => c !== field.choices?.[i]))
      changes.Choices = { results: [...field.choices] };
  }
  return changes;
}

/** A view's SP.ViewScope number, as SharePoint stores and returns it. */
export function viewScopeNumber(view: ViewSchema): number {
  return viewScopes.indexOf(view.scope ?? 'Default');
}

function viewChanges(
  view: ViewSchema,
  state: ViewState,
): { changes: Record<string, unknown>; columns: 'replace' | 'keep' } {
  const changes: Record<string, unknown> = {};
  if (!sameCaml(state.viewQuery, view.query)) changes.ViewQuery = view.query;
  if (state.rowLimit !== (view.rowLimit ?? 100)) changes.RowLimit = view.rowLimit ?? 100;
  if (state.scope !== viewScopeNumber(view)) changes.Scope = viewScopeNumber(view);
  // Only ever set: SharePoint always has one default view, so it moves when another view becomes the default.
  if (view.isDefault && !state.defaultView) changes.DefaultView = true;
  const sameColumns =
    state.fields.length === view.fields.length &&
    state.fields.every((f, i) => sameText(f, view.fields[i] ?? ''));
  return { changes, columns: sameColumns ? 'keep' : 'replace' };
}

function planColumns(
  list: ListSchema,
  state: ListState | undefined,
  conflicts: SchemaConflict[],
): ProvisionStep[] {
  const steps: ProvisionStep[] = [];
  const titleField = state?.fields.find((f) => f.internalName === 'Title');
  if ((titleField?.title ?? 'Title') !== list.titleDisplayName) {
    steps.push({
      kind: 'updateField',
      list,
      internalName: 'Title',
      entityType: 'SP.FieldText',
      changes: { Title: list.titleDisplayName },
    });
  }
  for (const field of list.fields) {
    const existing = state?.fields.find((f) => f.internalName === field.internalName);
    if (existing === undefined) {
      steps.push({ kind: 'createField', list, field });
      continue;
    }
    if (existing.typeAsString !== typeAsString[field.kind]) {
      conflicts.push({ kind: 'fieldType', list, field, actual: existing.typeAsString });
      continue;
    }
    const changes = fieldChanges(field, existing);
    if (Object.keys(changes).length > 0) {
      steps.push({
        kind: 'updateField',
        list,
        internalName: field.internalName,
        entityType: fieldEntityType[field.kind],
        changes,
      });
    }
  }
  return steps;
}

function planViews(list: ListSchema, state: ListState | undefined): ProvisionStep[] {
  const steps: ProvisionStep[] = [];
  for (const view of listViews[list.key]) {
    const existing = state?.views.find((v) => sameText(v.title, view.title));
    if (existing === undefined) {
      steps.push({ kind: 'createView', list, view });
      continue;
    }
    const { changes, columns } = viewChanges(view, existing);
    if (Object.keys(changes).length > 0 || columns === 'replace')
      steps.push({ kind: 'updateView', list, view, changes, columns });
  }
  return steps;
}

/** How the plan finds principals and levels that already exist; `undefined` = made by this run. */
interface Directory {
  principalId(principal: SitePrincipal): number | null | undefined;
  roleId(role: SiteRole): number | undefined;
  managedPrincipal(id: number): string | undefined;
  roleName(id: number): string;
}

function directoryOf(state: SiteState): Directory {
  const group = (name: string): number | undefined => state.groups.find((g) => sameText(g.title, name))?.id;
  return {
    principalId: (principal) =>
      principal === 'owners' ? state.ownerGroupId : group(principalGroupNames[principal]),
    roleId: (role) => {
      if (role === 'besvara' || role === 'besluta') {
        const level = permissionLevels.find((l) => l.name.toLowerCase() === role);
        return state.roleDefinitions.find((d) => level !== undefined && sameText(d.name, level.name))?.id;
      }
      return state.roleDefinitions.find((d) => d.roleTypeKind === builtInRoleTypeKind[role])?.id;
    },
    // Only the groups provisioning owns are corrected; anything IT granted by hand is left alone.
    managedPrincipal: (id) => {
      const title = state.groups.find((g) => g.id === id)?.title;
      if (title === undefined) return undefined;
      const managed =
        Object.values(principalGroupNames).some((name) => sameText(title, name)) ||
        reviewerGroupCode(title) !== undefined;
      return managed ? title : undefined;
    },
    roleName: (id) => state.roleDefinitions.find((d) => d.id === id)?.name ?? String(id),
  };
}

function planPermissions(
  list: ListSchema,
  state: ListState | undefined,
  directory: Directory,
): ProvisionStep[] {
  const grants = listGrants[list.key].filter((g) => directory.principalId(g.principal) !== null);
  if (state === undefined || !state.hasUniqueRoleAssignments) {
    return [
      { kind: 'breakInheritance', list },
      ...grants.map((g): ProvisionStep => ({ kind: 'grant', list, ...g })),
    ];
  }
  const steps: ProvisionStep[] = [];
  const wanted = new Map<number, Set<number>>();
  for (const grant of grants) {
    const principalId = directory.principalId(grant.principal);
    const roleId = directory.roleId(grant.role);
    if (principalId === undefined || principalId === null || roleId === undefined) {
      steps.push({ kind: 'grant', list, ...grant });
      continue;
    }
    wanted.set(principalId, (wanted.get(principalId) ?? new Set()).add(roleId));
    const has = state.assignments.some(
      (a) => a.principalId === principalId && a.roleDefinitionIds.includes(roleId),
    );
    if (!has) steps.push({ kind: 'grant', list, ...grant });
  }
  for (const assignment of state.assignments) {
    const name = directory.managedPrincipal(assignment.principalId);
    if (name === undefined) continue;
    for (const roleDefinitionId of assignment.roleDefinitionIds) {
      if (wanted.get(assignment.principalId)?.has(roleDefinitionId)) continue;
      steps.push({
        kind: 'revoke',
        list,
        principalId: assignment.principalId,
        principalName: name,
        roleDefinitionId,
        roleName: directory.roleName(roleDefinitionId),
      });
    }
  }
  return steps;
}

/**
 * Compares the site with the schema and lists the steps that make it match, in the order they must run
 * (permission levels and groups, lists, columns, views, permissions). Pure: reads only `state`.
 */
export function planProvisioning(state: SiteState, schema: readonly ListSchema[]): ProvisionPlan {
  const conflicts: SchemaConflict[] = [];
  const security: ProvisionStep[] = [];
  for (const level of permissionLevels) {
    const existing = state.roleDefinitions.find((d) => sameText(d.name, level.name));
    if (existing === undefined) security.push({ kind: 'createRoleDefinition', level });
    else if (!sameMask(existing.mask, maskOf(level.kinds)) || existing.description !== level.description)
      security.push({ kind: 'updateRoleDefinition', level, id: existing.id });
  }
  for (const [principal, name] of Object.entries(principalGroupNames)) {
    if (!state.groups.some((g) => sameText(g.title, name))) {
      security.push({
        kind: 'createGroup',
        name,
        description: principalGroupDescriptions[principal as keyof typeof principalGroupNames],
      });
    }
  }
  const directory = directoryOf(state);
  const lists: ProvisionStep[] = [];
  const columns: ProvisionStep[] = [];
  const views: ProvisionStep[] = [];
  const permissions: ProvisionStep[] = [];
  for (const list of schema) {
    const state_ = state.lists[list.key];
    if (state_ === undefined) lists.push({ kind: 'createList', list });
    else {
      if (state_.baseTemplate !== list.template) {
        conflicts.push({ kind: 'listTemplate', list, actual: state_.baseTemplate });
        continue;
      }
      const changes: { Title?: string; Description?: string } = {};
      if (state_.title !== list.title) changes.Title = list.title;
      if (state_.description !== listDescriptions[list.key]) changes.Description = listDescriptions[list.key];
      if (Object.keys(changes).length > 0) columns.push({ kind: 'updateList', list, changes });
    }
    columns.push(...planColumns(list, state_, conflicts));
    views.push(...planViews(list, state_));
    permissions.push(...planPermissions(list, state_, directory));
  }
  return { steps: [...security, ...lists, ...columns, ...views, ...permissions], conflicts };
}
