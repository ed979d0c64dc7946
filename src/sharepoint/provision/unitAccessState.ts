import { type SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/folders';
import { Item } from '@pnp/sp/items';
import '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import { normaliseUpn } from '../../domain';
import { lists } from '../schema';
import { runInBatches, type BatchOperation } from '../batch';
import { managersGroupName, projectTeamGroupName, reviewerGroupCode } from './groups';
import { assignmentsOf, type AssignmentState } from './siteState';
import { arrayOf, flag, numeric, text, type Json } from './rest';
import { listServerRelativeUrl, unitFolderServerRelativeUrl } from './urls';
import { type FolderList } from '../lists';

/** Every folder list, in the order access is set. */
export const folderLists: readonly FolderList[] = [
  'inventeringar',
  'inventeringsrader',
  'granskningsbeslut',
  'remissvar',
  'bokningar',
  'seminarieanteckningar',
];

/** A site user, known by UPN. */
export interface UserState {
  readonly id: number;
  readonly loginName: string;
  readonly upn: string;
}

/** Whether a group is one ensureUnitAccess keeps: the managers', the project team's or a reviewer group. */
function isManagedGroup(title: string): boolean {
  const lower = title.toLowerCase();
  return (
    lower === managersGroupName.toLowerCase() ||
    lower === projectTeamGroupName.toLowerCase() ||
    reviewerGroupCode(title) !== undefined
  );
}

/** A group with its members' user ids (read for the groups ensureUnitAccess keeps; empty for others). */
export interface GroupMembersState {
  readonly id: number;
  readonly title: string;
  readonly description: string;
  readonly memberIds: readonly number[];
}

/** A unit folder as the site has it. */
export interface FolderState {
  readonly name: string;
  readonly hasUniqueRoleAssignments: boolean;
  /** Read only for folders with unique permissions (others inherit the list's). */
  readonly assignments: readonly AssignmentState[];
}

/** What ensureUnitAccess compares with the organisation. */
export interface UnitAccessState {
  readonly serverRelativeUrl: string;
  readonly users: readonly UserState[];
  readonly groups: readonly GroupMembersState[];
  /** Ids of the permission levels by name (`Besvara`, `Besluta`) and of the built-in ones used on folders. */
  readonly roleIds: {
    readonly besvara?: number;
    readonly besluta?: number;
    readonly read?: number;
    readonly edit?: number;
    readonly fullControl?: number;
  };
  /** The site's owners group, if it has one (Full Control on every folder). */
  readonly ownerGroupId: number | null;
  /** The folders of each folder list by folder name (the unit's or kontor's code). */
  readonly folders: Readonly<Record<FolderList, ReadonlyMap<string, FolderState>>>;
}

/** The UPN in a claims login name (`i:0#.f|membership|anna@kommun.se` → `anna@kommun.se`). */
export function upnOfLoginName(loginName: string): string {
  return normaliseUpn(loginName.split('|').pop() ?? loginName);
}

/** The claims login name SharePoint Online uses for a UPN. */
export function loginNameOf(upn: string): string {
  return `i:0#.f|membership|${normaliseUpn(upn)}`;
}

/**
 * Reads the users, groups (with members), permission levels and unit folders in one `$batch`, then the role
 * assignments of the folders with unique permissions in `$batch`es of 100.
 */
export async function readUnitAccessState(
  sp: SPFI,
  options: { readonly onProgress?: (done: number, total: number) => void } = {},
): Promise<UnitAccessState> {
  const web = (await sp.web.select('ServerRelativeUrl')()) as Json;
  const serverRelativeUrl = text(web.ServerRelativeUrl);
  const first: BatchOperation<unknown>[] = [
    (b) => b.web.siteUsers.select('Id', 'LoginName')(),
    // Members are read per group below, ours only: `$expand=Users` over every group fails for anyone but a site
    // collection admin when a group (SharePoint's own sharing groups) shows its members to its members only.
    (b) => b.web.siteGroups.select('Id', 'Title', 'Description')(),
    (b) => b.web.roleDefinitions.select('Id', 'Name', 'RoleTypeKind')(),
    // The owners group may be missing (IT removed it): its read fails, and the folders simply do without it.
    (b) =>
      b.web.associatedOwnerGroup
        .select('Id')()
        .catch(() => null),
    ...folderLists.map(
      (key): BatchOperation<unknown> =>
        (b) =>
          // The root folder's direct subfolders: one per unit, a few thousand at most, so this stays below the
          // list view threshold even when the list holds 75,000 lines.
          b.web
            .getFolderByServerRelativePath(listServerRelativeUrl(serverRelativeUrl, lists[key]))
            .folders.select('Name', 'ListItemAllFields/Id', 'ListItemAllFields/HasUniqueRoleAssignments')
            .expand('ListItemAllFields')(),
    ),
  ];
  const [users, groups, definitions, owners, ...folderLists_] = (await runInBatches(sp, first)).map((o) => {
    if (!o.ok) throw o.error;
    return o.value;
  });
  const folderNames = folderLists.map((key, i) => {
    const map = new Map<string, { hasUnique: boolean }>();
    for (const raw of arrayOf(folderLists_[i]) as Json[]) {
      const item = (raw.ListItemAllFields ?? null) as Json | null;
      // Only folders of the list itself: a list's root may also hold SharePoint's own (Attachments, Item).
      if (item === null || numeric(item.Id) === undefined) continue;
      map.set(text(raw.Name), { hasUnique: flag(item.HasUniqueRoleAssignments) });
    }
    return [key, map] as const;
  });
  const unique = folderNames.flatMap(([key, map]) =>
    [...map].filter(([, f]) => f.hasUnique).map(([name]) => ({ key, name })),
  );
  const managedGroups = (arrayOf(groups) as Json[]).filter((g) => isManagedGroup(text(g.Title)));
  const [memberOutcomes, assignmentOutcomes] = await Promise.all([
    runInBatches(
      sp,
      managedGroups.map(
        (g): BatchOperation<unknown> =>
          (b) =>
            b.web.siteGroups.getById(numeric(g.Id) ?? 0).users.select('Id')(),
      ),
    ),
    runInBatches(
      sp,
      unique.map(
        ({ key, name }): BatchOperation<unknown> =>
          (b) =>
            Item(
              b.web.getFolderByServerRelativePath(
                unitFolderServerRelativeUrl(serverRelativeUrl, lists[key], name),
              ),
              'ListItemAllFields',
            )
              .roleAssignments.select(
                'PrincipalId',
                'RoleDefinitionBindings/Id',
                'RoleDefinitionBindings/RoleTypeKind',
              )
              .expand('RoleDefinitionBindings')(),
      ),
      { onBatch: options.onProgress },
    ),
  ]);
  const members = new Map<number, number[]>();
  managedGroups.forEach((g, i) => {
    const outcome = memberOutcomes[i]!;
    if (!outcome.ok) throw outcome.error;
    members.set(
      numeric(g.Id) ?? 0,
      (arrayOf(outcome.value) as Json[]).map((u) => numeric(u.Id) ?? 0),
    );
  });
  const assignments = new Map<string, AssignmentState[]>();
  unique.forEach(({ key, name }, i) => {
    const outcome = assignmentOutcomes[i]!;
    if (!outcome.ok) throw outcome.error;
    assignments.set(`${key}/${name}`, assignmentsOf(outcome.value));
  });
  const folders = Object.fromEntries(
    folderNames.map(([key, map]) => [
      key,
      new Map(
        [...map].map(([name, f]) => [
          name,
          {
            name,
            hasUniqueRoleAssignments: f.hasUnique,
            assignments: assignments.get(`${key}/${name}`) ?? [],
          },
        ]),
      ),
    ]),
  ) as unknown as Record<FolderList, Map<string, FolderState>>;
  const roleDefinitions = arrayOf(definitions) as Json[];
  const roleId = (match: (d: Json) => boolean): number | undefined =>
    numeric(roleDefinitions.find(match)?.Id);
  return {
    serverRelativeUrl,
    users: (arrayOf(users) as Json[]).map((u) => ({
      id: numeric(u.Id) ?? 0,
      loginName: text(u.LoginName),
      upn: upnOfLoginName(text(u.LoginName)),
    })),
    groups: (arrayOf(groups) as Json[]).map((g) => ({
      id: numeric(g.Id) ?? 0,
      title: text(g.Title),
      description: text(g.Description),
      memberIds: members.get(numeric(g.Id) ?? 0) ?? [],
    })),
    roleIds: {
      besvara: roleId((d) => text(d.Name).toLowerCase() === 'besvara'),
      besluta: roleId((d) => text(d.Name).toLowerCase() === 'besluta'),
      read: roleId((d) => numeric(d.RoleTypeKind) === 2),
      edit: roleId((d) => numeric(d.RoleTypeKind) === 6),
      fullControl: roleId((d) => numeric(d.RoleTypeKind) === 5),
    },
    ownerGroupId: owners === null ? null : (numeric((owners as Json).Id) ?? null),
    folders,
  };
}
