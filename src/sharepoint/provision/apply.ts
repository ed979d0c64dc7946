import { body, headers } from '@pnp/queryable';
import { spPostMerge, type SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/views';
import '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import { runInBatches, type BatchOperation } from '../batch';
import { listDescriptions } from '../schema';
import { fieldSchemaXml } from './fieldXml';
import { groupVisibility, principalGroupNames } from './groups';
import { builtInRoleTypeKind, type SitePrincipal, type SiteRole } from './listPermissions';
import { maskOf } from './permissionLevels';
import { numeric, text, type Json } from './rest';
import { viewScopeNumber } from './plan';
import { type SiteState } from './siteState';
import { phaseOf, provisionPhases, type ProvisionPhase, type ProvisionStep } from './steps';
import { listServerRelativeUrl } from './urls';

/** AddFieldOptions.AddFieldInternalNameHint: take the internal name from the XML's `Name`, not `DisplayName`. */
const addFieldInternalNameHint = 8;

/** How one step went. */
export type StepOutcome = { readonly ok: true } | { readonly ok: false; readonly error: unknown };

/** What `applySteps` reports as it goes. */
export interface ApplyListener {
  /** A phase starts with this many steps. */
  phase(phase: ProvisionPhase, steps: number): void;
  /** A step finished (all its requests answered). */
  step(step: ProvisionStep, outcome: StepOutcome): void;
}

/** Ids of principals and levels, from the site as read and from what this run creates. */
class Ids {
  private readonly groups = new Map<string, number>();
  private readonly roles = new Map<string, number>();

  constructor(private readonly state: SiteState) {
    for (const group of state.groups) this.groups.set(group.title.toLowerCase(), group.id);
    for (const definition of state.roleDefinitions)
      this.roles.set(definition.name.toLowerCase(), definition.id);
  }

  addGroup(name: string, id: number): void {
    this.groups.set(name.toLowerCase(), id);
  }

  addRole(name: string, id: number): void {
    this.roles.set(name.toLowerCase(), id);
  }

  principal(principal: SitePrincipal): number {
    const id =
      principal === 'owners'
        ? this.state.ownerGroupId
        : this.groups.get(principalGroupNames[principal].toLowerCase());
    if (id === undefined || id === null) throw new Error(`No SharePoint group for ${principal}`);
    return id;
  }

  role(role: SiteRole): number {
    if (role === 'besvara' || role === 'besluta') {
      const id = this.roles.get(role);
      if (id === undefined) throw new Error(`No permission level ${role}`);
      return id;
    }
    const id = this.state.roleDefinitions.find((d) => d.roleTypeKind === builtInRoleTypeKind[role])?.id;
    if (id === undefined) throw new Error(`No built-in permission level ${role}`);
    return id;
  }
}

const verbose = headers({
  Accept: 'application/json;odata=verbose',
  'Content-Type': 'application/json;odata=verbose',
});

function operationsOf(step: ProvisionStep, context: { web: string; ids: Ids }): BatchOperation<unknown>[] {
  const { ids } = context;
  const listUrl = 'list' in step ? listServerRelativeUrl(context.web, step.list) : '';
  switch (step.kind) {
    case 'createRoleDefinition': {
      const mask = maskOf(step.level.kinds);
      return [
        (b) =>
          b.web.roleDefinitions
            .add(step.level.name, step.level.description, step.level.order, {
              High: mask.high,
              Low: mask.low,
            })
            .then((r) => ids.addRole(step.level.name, numeric((r.data as unknown as Json).Id) ?? 0)),
      ];
    }
    case 'updateRoleDefinition': {
      const mask = maskOf(step.level.kinds);
      return [
        (b) =>
          b.web.roleDefinitions.getById(step.id).update({
            BasePermissions: { High: mask.high, Low: mask.low },
            Description: step.level.description,
          }),
      ];
    }
    case 'createGroup':
      return [
        (b) =>
          b.web.siteGroups
            .add({ Title: step.name, Description: step.description, ...groupVisibility })
            .then((g) => ids.addGroup(step.name, numeric((g as unknown as Json).Id) ?? 0)),
      ];
    case 'createList': {
      // A list's URL comes from its title at creation and never changes; create it under the URL name, then
      // give it its (Swedish, å/ä/ö) title.
      const ops: BatchOperation<unknown>[] = [
        (b) => b.web.lists.add(step.list.url, listDescriptions[step.list.key], step.list.template, false),
      ];
      if (step.list.title !== step.list.url)
        ops.push((b) => b.web.getList(listUrl).update({ Title: step.list.title }));
      return ops;
    }
    case 'updateList':
      return [(b) => b.web.getList(listUrl).update({ ...step.changes })];
    case 'createField':
      return [
        (b) =>
          b.web
            .getList(listUrl)
            .fields.createFieldAsXml({
              SchemaXml: fieldSchemaXml(step.field),
              Options: addFieldInternalNameHint,
            })
            .then((created) => {
              const internalName = text((created as unknown as Json).InternalName);
              if (internalName !== step.field.internalName) {
                throw new Error(
                  `SharePoint gave the column ${step.field.displayName} the internal name ${internalName}, not ${step.field.internalName}`,
                );
              }
            }),
      ];
    case 'updateField':
      // The documented MERGE form (with __metadata in verbose JSON); a Choice column's values go as { results }.
      return [
        (b) =>
          spPostMerge(
            b.web.getList(listUrl).fields.getByInternalNameOrTitle(step.internalName),
            body({ __metadata: { type: step.entityType }, ...step.changes }, verbose),
          ),
      ];
    case 'createView': {
      const { view } = step;
      const ops: BatchOperation<unknown>[] = [
        (b) =>
          b.web.getList(listUrl).views.add(view.title, false, {
            ViewQuery: view.query,
            RowLimit: view.rowLimit ?? 100,
            Scope: viewScopeNumber(view),
          }),
        (b) => b.web.getList(listUrl).views.getByTitle(view.title).fields.removeAll(),
        ...view.fields.map(
          (field): BatchOperation<unknown> =>
            (b) =>
              b.web.getList(listUrl).views.getByTitle(view.title).fields.add(field),
        ),
      ];
      if (view.isDefault)
        ops.push((b) => b.web.getList(listUrl).views.getByTitle(view.title).update({ DefaultView: true }));
      return ops;
    }
    case 'updateView': {
      const { view } = step;
      const ops: BatchOperation<unknown>[] = [];
      if (Object.keys(step.changes).length > 0)
        ops.push((b) =>
          b.web
            .getList(listUrl)
            .views.getByTitle(view.title)
            .update({ ...step.changes }),
        );
      if (step.columns === 'replace') {
        ops.push((b) => b.web.getList(listUrl).views.getByTitle(view.title).fields.removeAll());
        for (const field of view.fields)
          ops.push((b) => b.web.getList(listUrl).views.getByTitle(view.title).fields.add(field));
      }
      return ops;
    }
    case 'breakInheritance':
      // Not copying: the site's Members and Visitors get nothing here; the grants that follow say who does.
      return [(b) => b.web.getList(listUrl).breakRoleInheritance(false, false)];
    case 'grant':
      return [
        (b) => b.web.getList(listUrl).roleAssignments.add(ids.principal(step.principal), ids.role(step.role)),
      ];
    case 'revoke':
      return [(b) => b.web.getList(listUrl).roleAssignments.remove(step.principalId, step.roleDefinitionId)];
  }
}

/**
 * Applies planned steps phase by phase, each phase as `$batch`es of at most 100 requests, and reports every step.
 * Stops after the first phase with a failed step, since later phases need what earlier ones make.
 * @returns the steps done and the steps not done (failed or never tried), in plan order.
 */
export async function applySteps(
  sp: SPFI,
  steps: readonly ProvisionStep[],
  options: { readonly state: SiteState; readonly listener: ApplyListener },
): Promise<{ done: ProvisionStep[]; remaining: ProvisionStep[]; firstError: unknown }> {
  const ids = new Ids(options.state);
  const context = { web: options.state.serverRelativeUrl, ids };
  const done: ProvisionStep[] = [];
  for (const [index, phase] of provisionPhases.entries()) {
    const phaseSteps = steps.filter((s) => phaseOf(s) === phase);
    if (phaseSteps.length === 0) continue;
    options.listener.phase(phase, phaseSteps.length);
    // Built lazily, so grants see the ids of the groups and levels created in the security phase.
    const perStep = phaseSteps.map((step) => operationsOf(step, context));
    const outcomes = await runInBatches(sp, perStep.flat());
    let cursor = 0;
    let firstError: unknown;
    perStep.forEach((operations, i) => {
      const step = phaseSteps[i]!;
      const failed = outcomes.slice(cursor, cursor + operations.length).find((o) => !o.ok);
      cursor += operations.length;
      if (failed && !failed.ok) {
        firstError ??= failed.error;
        options.listener.step(step, { ok: false, error: failed.error });
      } else {
        done.push(step);
        options.listener.step(step, { ok: true });
      }
    });
    if (firstError !== undefined) {
      const later = new Set(provisionPhases.slice(index + 1));
      const remaining = steps.filter(
        (s) => !done.includes(s) && (phaseOf(s) === phase || later.has(phaseOf(s))),
      );
      return { done, remaining, firstError };
    }
  }
  return { done, remaining: [], firstError: undefined };
}
