import { normaliseUpn, type Unit } from '../../domain';
import {
  managersGroupName,
  projectTeamGroupName,
  reviewerGroupCode,
  reviewerGroupsByCode,
  reviewerGroupDescription,
  reviewerGroupName,
} from './groups';
import { type FolderList } from '../lists';
import { folderLists, type UnitAccessState } from './unitAccessState';

/** Who a folder grant is for: a user by UPN, a reviewer group by its unit, the project team or the site owners. */
export type FolderPrincipal =
  | { readonly kind: 'user'; readonly upn: string }
  | { readonly kind: 'reviewers'; readonly unitId: string }
  | { readonly kind: 'projectTeam' }
  | { readonly kind: 'owners' };

/** A permission level on a unit folder. */
export type FolderRole = 'besvara' | 'besluta' | 'read' | 'edit' | 'fullControl';

/** One change to groups, users or unit folders. Steps are data: planned first, then applied phase by phase. */
export type UnitAccessStep =
  | {
      readonly kind: 'createGroup';
      readonly unitId: string;
      readonly name: string;
      readonly description: string;
    }
  | {
      readonly kind: 'renameGroup';
      readonly groupId: number;
      readonly name: string;
      readonly description: string;
    }
  | { readonly kind: 'ensureUser'; readonly upn: string }
  | { readonly kind: 'addMember'; readonly group: GroupRef; readonly upn: string }
  | { readonly kind: 'removeMember'; readonly groupId: number; readonly userId: number }
  | { readonly kind: 'createFolder'; readonly list: FolderList; readonly unitId: string }
  | { readonly kind: 'breakFolderInheritance'; readonly list: FolderList; readonly unitId: string }
  | {
      readonly kind: 'grantFolder';
      readonly list: FolderList;
      readonly unitId: string;
      readonly principal: FolderPrincipal;
      readonly role: FolderRole;
    }
  | {
      readonly kind: 'revokeFolder';
      readonly list: FolderList;
      readonly unitId: string;
      readonly principalId: number;
      readonly roleDefinitionId: number;
    };

/** A group by id (exists) or by the unit whose reviewers it holds (created in this run). */
export type GroupRef =
  { readonly kind: 'id'; readonly id: number } | { readonly kind: 'reviewers'; readonly unitId: string };

/** The phase of a unit access step: groups and users first, then memberships, then folders. */
export type UnitAccessPhase = 'principals' | 'members' | 'folders';

/** The phase a step runs in. */
export function unitAccessPhaseOf(step: UnitAccessStep): UnitAccessPhase {
  switch (step.kind) {
    case 'createGroup':
    case 'renameGroup':
    case 'ensureUser':
      return 'principals';
    case 'addMember':
    case 'removeMember':
      return 'members';
    default:
      return 'folders';
  }
}

/** What the plan found wrong with the site before any change (nothing is written then). */
export type UnitAccessProblem =
  'managersGroupMissing' | 'projectTeamGroupMissing' | 'permissionLevelsMissing';

/** The plan: steps in order, and counts for the report. */
export interface UnitAccessPlan {
  readonly steps: readonly UnitAccessStep[];
  readonly problems: readonly UnitAccessProblem[];
  /** Unit folders on the site whose unit is not in the organisation; left as they are (their data stays). */
  readonly orphanFolders: number;
}

/** Who gets what on a folder list's folders, besides the site owners (Full Control) and the project team (Edit). */
interface FolderRule {
  /** Whether a unit has a folder of its own in the list. */
  readonly holds: (unit: Unit) => boolean;
  /** The level of the unit's manager on its folder; `null` where only groups are granted. */
  readonly manager: FolderRole | null;
  /** The reviewer groups granted on a unit's folder, by the unit whose reviewers they are. */
  readonly reviewers: (
    unit: Unit,
    byId: ReadonlyMap<string, Unit>,
  ) => readonly { readonly unitId: string; readonly role: FolderRole }[];
}

/** A unit list's rule: every unit's folder, its manager at `manager`, its reviewer groups (`reviewersOf`) at `reviewers`. */
const unitRule = (manager: FolderRole, reviewers: FolderRole): FolderRule => ({
  holds: () => true,
  manager,
  reviewers: (unit, byId) => reviewersOf(unit, byId).map((unitId) => ({ unitId, role: reviewers })),
});

/** A kontor list's rule: a folder per kontor, its own reviewer group (its head) at `head`, its sektor's reading. */
const kontorRule = (head: FolderRole): FolderRule => ({
  holds: (unit) => unit.kind === 'kontor',
  manager: null,
  reviewers: (unit) => [
    { unitId: unit.id, role: head },
    ...(unit.sektorId === null ? [] : [{ unitId: unit.sektorId, role: 'read' as const }]),
  ],
});

/**
 * What each folder list grants. In the unit lists the manager writes the answer (inventory, lines, a consultation's
 * answers) and reads the decisions; the reviewers read the answer and add decisions, so neither can write what the
 * other decides (docs/data-model.md, "Statuses only the right people can set"). In the kontor lists the kontor's
 * head books for the office (Bokningar) and reads what the project team noted (Seminarieanteckningar); the sektor's
 * head reads both.
 */
const folderRules: Readonly<Record<FolderList, FolderRule>> = {
  inventeringar: unitRule('besvara', 'read'),
  inventeringsrader: unitRule('besvara', 'read'),
  granskningsbeslut: unitRule('read', 'besluta'),
  remissvar: unitRule('besvara', 'read'),
  bokningar: kontorRule('besvara'),
  seminarieanteckningar: kontorRule('read'),
};

/**
 * The reviewer groups of a unit's folder: its sektor's and its kontor's, except its own and any whose manager
 * leads this unit too — nobody decides on their own inventory (a kontorschef's is reviewed by the sektor, a
 * sektorchef's by the project team, and so is a unit its kontorschef leads in person).
 */
export function reviewersOf(unit: Unit, byId: ReadonlyMap<string, Unit> = new Map()): string[] {
  const manager = unit.manager === null ? null : normaliseUpn(unit.manager.upn);
  return [unit.sektorId, unit.kontorId].filter((id): id is string => {
    if (id === null || id === unit.id) return false;
    const head = byId.get(id)?.manager;
    return manager === null || head === null || head === undefined || normaliseUpn(head.upn) !== manager;
  });
}

/**
 * Compares groups, memberships and unit folders with the organisation: a reviewer group per sektor and kontor
 * (members: its manager), every manager in the managers' group, a folder per unit in each folder list with its own
 * permissions: the site owners Full Control, the project team Edit, the manager Besvara on the answer (inventory
 * and lines) and Read on the decisions, the reviewer groups Read on the answer and Besluta on the decisions. A unit
 * without a manager gets its folders too, so no manager can rename their own folder into a unit's name (SharePoint
 * refuses a second folder of one name). Folders break inheritance WITHOUT copying: a copy
 * would also copy the Limited Access entries SharePoint adds to the list for every manager of every other folder,
 * so each folder's ACL would grow with the organisation (3,500 entries per folder at 10×). Stale members and
 * grants of managed principals (users with Besvara, reviewer groups, the project team) are removed; anything else
 * IT granted is left alone. Pure.
 */
export function planUnitAccess(state: UnitAccessState, units: readonly Unit[]): UnitAccessPlan {
  const problems: UnitAccessProblem[] = [];
  const groupNamed = (name: string) => state.groups.find((g) => g.title.toLowerCase() === name.toLowerCase());
  const managersGroup = groupNamed(managersGroupName);
  const projectTeam = groupNamed(projectTeamGroupName);
  if (managersGroup === undefined) problems.push('managersGroupMissing');
  if (projectTeam === undefined) problems.push('projectTeamGroupMissing');
  const { besvara, besluta, read, edit, fullControl } = state.roleIds;
  if ([besvara, besluta, read, edit, fullControl].includes(undefined))
    problems.push('permissionLevelsMissing');
  if (managersGroup === undefined || projectTeam === undefined || problems.length > 0)
    return { steps: [], problems, orphanFolders: 0 };
  const roleIds = state.roleIds as Record<FolderRole, number>;

  const principals: UnitAccessStep[] = [];
  const members: UnitAccessStep[] = [];
  const folders: UnitAccessStep[] = [];
  const userByUpn = new Map(state.users.map((u) => [u.upn, u]));
  const userById = new Map(state.users.map((u) => [u.id, u]));
  const ensured = new Set<string>();
  const ensure = (upn: string): void => {
    if (!userByUpn.has(upn) && !ensured.has(upn)) {
      ensured.add(upn);
      principals.push({ kind: 'ensureUser', upn });
    }
  };
  const syncMembers = (group: GroupRef, current: readonly number[], wanted: ReadonlySet<string>): void => {
    for (const upn of wanted) {
      ensure(upn);
      const user = userByUpn.get(upn);
      if (user === undefined || !current.includes(user.id)) members.push({ kind: 'addMember', group, upn });
    }
    if (group.kind !== 'id') return;
    for (const id of current) {
      const user = userById.get(id);
      if (user === undefined || !wanted.has(user.upn))
        members.push({ kind: 'removeMember', groupId: group.id, userId: id });
    }
  };

  // Reviewer groups, found by the unit code in their name (in any case), so a renamed unit renames its group.
  const groupByCode = reviewerGroupsByCode(state.groups);
  const groupIdOf = new Map<string, number>();
  for (const unit of units.filter((u) => u.kind !== 'enhet')) {
    const name = reviewerGroupName(unit);
    const description = reviewerGroupDescription(unit);
    const existing = groupByCode.get(unit.id.toLowerCase());
    const wanted = new Set(unit.manager ? [normaliseUpn(unit.manager.upn)] : []);
    if (existing === undefined) {
      principals.push({ kind: 'createGroup', unitId: unit.id, name, description });
      syncMembers({ kind: 'reviewers', unitId: unit.id }, [], wanted);
      continue;
    }
    groupIdOf.set(unit.id, existing.id);
    if (existing.title !== name || existing.description !== description)
      principals.push({ kind: 'renameGroup', groupId: existing.id, name, description });
    syncMembers({ kind: 'id', id: existing.id }, existing.memberIds, wanted);
  }
  const allManagers = new Set(units.flatMap((u) => (u.manager ? [normaliseUpn(u.manager.upn)] : [])));
  syncMembers({ kind: 'id', id: managersGroup.id }, managersGroup.memberIds, allManagers);

  // Folders: grants of managed principals are compared; what the folder copied from the list is not touched.
  const reviewerGroupIds = new Set(
    state.groups.filter((g) => reviewerGroupCode(g.title) !== undefined).map((g) => g.id),
  );
  // Folders by their name in lower case: SharePoint compares URLs without case, so `e1159` is E1159's folder.
  const known = new Set(units.map((u) => u.id.toLowerCase()));
  const byId = new Map(units.map((u) => [u.id, u]));
  let orphanFolders = 0;
  for (const list of folderLists) {
    const existingFolders = new Map([...state.folders[list]].map(([name, f]) => [name.toLowerCase(), f]));
    const rule = folderRules[list];
    for (const name of existingFolders.keys()) if (!known.has(name)) orphanFolders++;
    for (const unit of units.filter(rule.holds)) {
      const folder = existingFolders.get(unit.id.toLowerCase());
      const manager = unit.manager && rule.manager ? normaliseUpn(unit.manager.upn) : null;
      const grants: { principal: FolderPrincipal; role: FolderRole }[] = [
        ...(state.ownerGroupId === null
          ? []
          : [{ principal: { kind: 'owners' } as const, role: 'fullControl' as const }]),
        { principal: { kind: 'projectTeam' }, role: 'edit' },
        ...(manager && rule.manager
          ? [{ principal: { kind: 'user', upn: manager } as const, role: rule.manager }]
          : []),
        ...rule.reviewers(unit, byId).map(({ unitId, role }) => ({
          principal: { kind: 'reviewers', unitId } as const,
          role,
        })),
      ];
      if (manager) ensure(manager);
      if (folder === undefined) folders.push({ kind: 'createFolder', list, unitId: unit.id });
      if (folder === undefined || !folder.hasUniqueRoleAssignments) {
        folders.push({ kind: 'breakFolderInheritance', list, unitId: unit.id });
        for (const grant of grants) folders.push({ kind: 'grantFolder', list, unitId: unit.id, ...grant });
        continue;
      }
      const wanted = new Set<string>();
      for (const grant of grants) {
        const principalId = (() => {
          switch (grant.principal.kind) {
            case 'user':
              return userByUpn.get(grant.principal.upn)?.id;
            case 'reviewers':
              return groupIdOf.get(grant.principal.unitId);
            case 'projectTeam':
              return projectTeam.id;
            case 'owners':
              return state.ownerGroupId ?? undefined;
          }
        })();
        const roleId = roleIds[grant.role];
        if (principalId !== undefined) wanted.add(`${principalId}:${roleId}`);
        const has =
          principalId !== undefined &&
          folder.assignments.some(
            (a) => a.principalId === principalId && a.roleDefinitionIds.includes(roleId),
          );
        if (!has) folders.push({ kind: 'grantFolder', list, unitId: unit.id, ...grant });
      }
      for (const assignment of folder.assignments) {
        const managed =
          reviewerGroupIds.has(assignment.principalId) || assignment.principalId === projectTeam.id
            ? 'group'
            : userById.has(assignment.principalId)
              ? 'user'
              : undefined;
        if (managed === undefined) continue;
        for (const roleDefinitionId of assignment.roleDefinitionIds) {
          // Users are managed through the manager's level of the list only: a user IT gave Edit by hand keeps it.
          if (managed === 'user' && (rule.manager === null || roleDefinitionId !== roleIds[rule.manager]))
            continue;
          if (wanted.has(`${assignment.principalId}:${roleDefinitionId}`)) continue;
          folders.push({
            kind: 'revokeFolder',
            list,
            unitId: unit.id,
            principalId: assignment.principalId,
            roleDefinitionId,
          });
        }
      }
    }
  }
  return { steps: [...principals, ...members, ...folders], problems, orphanFolders };
}
