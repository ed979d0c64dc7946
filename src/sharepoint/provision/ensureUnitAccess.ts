import { type SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/folders';
import { Item, type IItem } from '@pnp/sp/items';
import '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import { AppError, type Unit } from '../../domain';
import { lists } from '../schema';
import { type FolderList } from '../lists';
import { runInBatches, type BatchOperation } from '../batch';
import { groupVisibility, projectTeamGroupName, reviewerGroupsByCode } from './groups';
import { serverMessage } from '../errors';
import { stepFailure } from './failures';
import { numeric, type Json } from './rest';
import {
  planUnitAccess,
  unitAccessPhaseOf,
  type FolderPrincipal,
  type FolderRole,
  type UnitAccessPhase,
  type UnitAccessStep,
} from './unitAccessPlan';
import { loginNameOf, readUnitAccessState, type UnitAccessState } from './unitAccessState';
import { listServerRelativeUrl, unitFolderServerRelativeUrl } from './urls';

/** Counts of what ensureUnitAccess changed (all zero when the site already matched). */
export interface UnitAccessReport {
  readonly groupsCreated: number;
  readonly groupsRenamed: number;
  readonly usersAdded: number;
  readonly membersAdded: number;
  readonly membersRemoved: number;
  readonly foldersCreated: number;
  readonly foldersSecured: number;
  readonly grantsAdded: number;
  readonly grantsRemoved: number;
  /** Folders of units no longer in the organisation, left untouched (their inventories stay readable). */
  readonly orphanFolders: number;
}

/** What ensureUnitAccess tells its caller as it works. */
export type UnitAccessEvent =
  | { readonly kind: 'reading'; readonly done: number; readonly total: number }
  | { readonly kind: 'planned'; readonly steps: number }
  | {
      readonly kind: 'progress';
      readonly phase: UnitAccessPhase;
      readonly done: number;
      readonly total: number;
    }
  | { readonly kind: 'done'; readonly report: UnitAccessReport };

/** Options for `ensureUnitAccess`. */
export interface UnitAccessOptions {
  /** The whole organisation (`buildOrganisation`'s units). */
  readonly units: readonly Unit[];
  /** Progress; called per `$batch`. */
  readonly log?: (event: UnitAccessEvent) => void;
  /** Plan and count, but change nothing. @default false */
  readonly dryRun?: boolean;
}

const phases: readonly UnitAccessPhase[] = ['principals', 'members', 'folders'];

/** Ids learnt while applying: groups created, users ensured. */
class Principals {
  private readonly users = new Map<string, number>();
  private readonly reviewerGroups = new Map<string, number>();
  private readonly projectTeamId: number | undefined;
  private readonly ownerGroupId: number | null;

  constructor(state: UnitAccessState) {
    this.projectTeamId = state.groups.find(
      (g) => g.title.toLowerCase() === projectTeamGroupName.toLowerCase(),
    )?.id;
    this.ownerGroupId = state.ownerGroupId;
    for (const user of state.users) this.users.set(user.upn, user.id);
    for (const [code, group] of reviewerGroupsByCode(state.groups)) this.reviewerGroups.set(code, group.id);
  }

  setUser(upn: string, id: number): void {
    this.users.set(upn, id);
  }

  setGroup(unitId: string, id: number): void {
    this.reviewerGroups.set(unitId.toLowerCase(), id);
  }

  id(principal: FolderPrincipal): number {
    const id =
      principal.kind === 'user'
        ? this.users.get(principal.upn)
        : principal.kind === 'reviewers'
          ? this.reviewerGroups.get(principal.unitId.toLowerCase())
          : principal.kind === 'projectTeam'
            ? this.projectTeamId
            : (this.ownerGroupId ?? undefined);
    if (id === undefined) throw new Error(`No SharePoint principal for ${JSON.stringify(principal)}`);
    return id;
  }

  group(ref: { kind: 'id'; id: number } | { kind: 'reviewers'; unitId: string }): number {
    return ref.kind === 'id' ? ref.id : this.id(ref);
  }
}

function operationOf(
  step: UnitAccessStep,
  context: { web: string; principals: Principals; roleIds: Record<FolderRole, number> },
): BatchOperation<unknown> {
  const { web, principals } = context;
  // The folder's list item is the securable (`…/getFolderByServerRelativePath(…)/ListItemAllFields`).
  const folder = (b: SPFI, list: FolderList, unitId: string): IItem =>
    Item(
      b.web.getFolderByServerRelativePath(unitFolderServerRelativeUrl(web, lists[list], unitId)),
      'ListItemAllFields',
    );
  switch (step.kind) {
    case 'createGroup':
      return (b) =>
        b.web.siteGroups
          .add({ Title: step.name, Description: step.description, ...groupVisibility })
          .then((g) => principals.setGroup(step.unitId, numeric((g as unknown as Json).Id) ?? 0));
    case 'renameGroup':
      return (b) =>
        b.web.siteGroups.getById(step.groupId).update({ Title: step.name, Description: step.description });
    case 'ensureUser':
      return (b) =>
        b.web
          .ensureUser(loginNameOf(step.upn))
          .then((u) => principals.setUser(step.upn, numeric((u as unknown as Json).Id) ?? 0));
    case 'addMember':
      return (b) => b.web.siteGroups.getById(principals.group(step.group)).users.add(loginNameOf(step.upn));
    case 'removeMember':
      return (b) => b.web.siteGroups.getById(step.groupId).users.removeById(step.userId);
    case 'createFolder':
      return (b) =>
        b.web
          .getFolderByServerRelativePath(listServerRelativeUrl(web, lists[step.list]))
          .folders.addUsingPath(step.unitId);
    case 'breakFolderInheritance':
      // Not copying (see planUnitAccess): the grants that follow give the owners and the project team theirs.
      return (b) => folder(b, step.list, step.unitId).breakRoleInheritance(false, false);
    case 'grantFolder':
      return (b) =>
        folder(b, step.list, step.unitId).roleAssignments.add(
          principals.id(step.principal),
          context.roleIds[step.role],
        );
    case 'revokeFolder':
      return (b) =>
        folder(b, step.list, step.unitId).roleAssignments.remove(step.principalId, step.roleDefinitionId);
  }
}

function reportOf(steps: readonly UnitAccessStep[], orphanFolders: number): UnitAccessReport {
  const count = (kind: UnitAccessStep['kind']): number => steps.filter((s) => s.kind === kind).length;
  return {
    groupsCreated: count('createGroup'),
    groupsRenamed: count('renameGroup'),
    usersAdded: count('ensureUser'),
    membersAdded: count('addMember'),
    membersRemoved: count('removeMember'),
    foldersCreated: count('createFolder'),
    foldersSecured: count('breakFolderInheritance'),
    grantsAdded: count('grantFolder'),
    grantsRemoved: count('revokeFolder'),
    orphanFolders,
  };
}

/**
 * Gives every sektor and kontor a reviewer group (members: its manager), puts every manager in the managers'
 * group, and gives every unit a folder in Inventeringar, Inventeringsrader and Granskningsbeslut with its own
 * permissions: the manager Besvara on the answer and Read on the decisions, the reviewer groups of its sektor and
 * kontor Read on the answer and Besluta on the decisions (`planUnitAccess`). Idempotent: only what differs is written (stale members and grants are removed), in `$batch`es of 100.
 * @throws AppError `invalid` when the site is not provisioned (no managers' group or permission levels); the
 * failing request's error (mapped) when a write fails — run again to finish, nothing is done twice.
 */
export async function ensureUnitAccess(sp: SPFI, options: UnitAccessOptions): Promise<UnitAccessReport> {
  const { units, log = () => undefined, dryRun = false } = options;
  let state: UnitAccessState;
  try {
    state = await readUnitAccessState(sp, {
      onProgress: (done, total) => log({ kind: 'reading', done, total }),
    });
  } catch (error) {
    throw new AppError('invalid', {
      message:
        `Kan inte läsa enhetsmapparna (${serverMessage(error)}). Är webbplatsen provisionerad? Kör npm run provision först.\n` +
        `Cannot read the unit folders (${serverMessage(error)}). Is the site provisioned? Run npm run provision first.`,
      cause: error,
    });
  }
  const plan = planUnitAccess(state, units);
  if (plan.problems.length > 0) {
    throw new AppError('invalid', {
      message:
        'Webbplatsen saknar grupperna Stödinventering chefer och projektgrupp eller behörighetsnivåerna Besvara och Besluta. Kör npm run provision först.\n' +
        'The site lacks the groups Stödinventering chefer and projektgrupp or the permission levels Besvara and Besluta. Run npm run provision first.',
    });
  }
  log({ kind: 'planned', steps: plan.steps.length });
  const report = reportOf(plan.steps, plan.orphanFolders);
  if (dryRun || plan.steps.length === 0) {
    log({ kind: 'done', report });
    return report;
  }
  const principals = new Principals(state);
  const context = {
    web: state.serverRelativeUrl,
    principals,
    roleIds: state.roleIds as Required<UnitAccessState['roleIds']>,
  };
  for (const phase of phases) {
    const steps = plan.steps.filter((s) => unitAccessPhaseOf(s) === phase);
    if (steps.length === 0) continue;
    // Built per phase, so memberships and grants see the ids of the groups and users made before them.
    const outcomes = await runInBatches(
      sp,
      steps.map((step) => operationOf(step, context)),
      { onBatch: (done, total) => log({ kind: 'progress', phase, done, total }) },
    );
    const failed = outcomes.findIndex((o) => !o.ok);
    if (failed >= 0) {
      const outcome = outcomes[failed]!;
      const failures = outcomes.filter((o) => !o.ok).length;
      throw stepFailure(outcome.ok ? undefined : outcome.error, {
        sv: `Behörigheterna för enheterna (${failures} av ${steps.length} ändringar i steget ${phase}; kör igen för att slutföra)`,
        en: `The units' access (${failures} of ${steps.length} changes in the ${phase} step; run again to finish)`,
      });
    }
  }
  log({ kind: 'done', report });
  return report;
}
