// Site states for the planner's tests: an empty site, and one that matches the schema exactly.
import { fieldEntityType, typeAsString } from '../../../../src/sharepoint/provision/fieldXml';
import { maskOf, permissionLevels } from '../../../../src/sharepoint/provision';
import { listGrants } from '../../../../src/sharepoint/provision/listPermissions';
import { type ListState, type SiteState } from '../../../../src/sharepoint/provision/siteState';
import { viewScopeNumber } from '../../../../src/sharepoint/provision/plan';
import { listDescriptions, listViews, siteLists, type ListKey } from '../../../../src/sharepoint/schema';

export { fieldEntityType };

/** Role definition ids as SharePoint has them; custom ones from 1073741924. */
export const ids = {
  fullControl: 1073741829,
  edit: 1073741830,
  read: 1073741826,
  besvara: 1073741924,
  besluta: 1073741925,
};
/** Group ids. */
export const groups = {
  owners: 3,
  members: 4,
  visitors: 5,
  projectTeam: 7,
  managers: 8,
  reviewersS1: 9,
  board: 10,
};

const builtIns = [
  { id: ids.fullControl, name: 'Full Control', roleTypeKind: 5 },
  { id: ids.edit, name: 'Edit', roleTypeKind: 6 },
  { id: ids.read, name: 'Read', roleTypeKind: 2 },
].map((d) => ({ ...d, description: '', order: 1, hidden: false, mask: { high: 0, low: 0 } }));

/** A new site: the built-in levels, the three standard groups, no lists. */
export function emptySite(): SiteState {
  return {
    serverRelativeUrl: '/sites/stodinventering',
    title: 'Stödinventering',
    permissions: { high: 2147483647, low: 4294967295 },
    currentUser: { id: 1, loginName: 'i:0#.f|membership|admin@kommun.example', isSiteAdmin: true },
    roleDefinitions: builtIns,
    groups: [
      { id: groups.owners, title: 'Stödinventering Owners', description: '' },
      { id: groups.members, title: 'Stödinventering Members', description: '' },
      { id: groups.visitors, title: 'Stödinventering Visitors', description: '' },
    ],
    ownerGroupId: groups.owners,
    lists: {},
  };
}

const principalIds = {
  owners: groups.owners,
  projectTeam: groups.projectTeam,
  managers: groups.managers,
  board: groups.board,
};
const roleIds = {
  fullControl: ids.fullControl,
  edit: ids.edit,
  read: ids.read,
  besvara: ids.besvara,
  besluta: ids.besluta,
};

/** A site exactly as provisioning leaves it. */
export function provisionedSite(): SiteState {
  const lists: Partial<Record<ListKey, ListState>> = {};
  for (const list of siteLists) {
    lists[list.key] = {
      id: `guid-${list.key}`,
      title: list.title,
      description: listDescriptions[list.key],
      baseTemplate: list.template,
      hasUniqueRoleAssignments: true,
      fields: [
        {
          internalName: 'Title',
          title: list.titleDisplayName,
          typeAsString: 'Text',
          required: false,
          maxLength: 255,
        },
        ...list.fields.map((f) => ({
          internalName: f.internalName,
          title: f.displayName,
          typeAsString: typeAsString[f.kind],
          required: f.required ?? false,
          maxLength: f.kind === 'Text' ? (f.maxLength ?? 255) : undefined,
          choices: f.choices,
          minimumValue: f.min,
          maximumValue: f.max,
          indexed: f.indexed ?? false,
          enforceUniqueValues: f.enforceUnique ?? false,
          description: f.description ?? '',
        })),
      ].map((f) => ({
        id: `field-${f.internalName}`,
        description: '',
        indexed: false,
        enforceUniqueValues: false,
        choices: undefined,
        minimumValue: undefined,
        maximumValue: undefined,
        ...f,
      })),
      views: listViews[list.key].map((v) => ({
        id: `view-${v.title}`,
        title: v.title,
        // SharePoint's spelling of the same CAML.
        viewQuery: v.query.replace(/'/g, '"').replace(/\/>/g, ' />'),
        rowLimit: v.rowLimit ?? 100,
        defaultView: v.isDefault ?? false,
        scope: viewScopeNumber(v),
        fields: [...v.fields],
      })),
      assignments: [
        { principalId: 12, roleDefinitionIds: [ids.fullControl] },
        ...listGrants[list.key].map((g) => ({
          principalId: principalIds[g.principal],
          roleDefinitionIds: [roleIds[g.role]],
        })),
      ],
    };
  }
  const site = emptySite();
  return {
    ...site,
    roleDefinitions: [
      ...site.roleDefinitions,
      ...permissionLevels.map((l) => ({
        id: l.name === 'Besvara' ? ids.besvara : ids.besluta,
        name: l.name,
        description: l.description,
        order: l.order,
        roleTypeKind: 0,
        hidden: false,
        mask: maskOf(l.kinds),
      })),
    ],
    groups: [
      ...site.groups,
      { id: groups.projectTeam, title: 'Stödinventering projektgrupp', description: '' },
      { id: groups.managers, title: 'Stödinventering chefer', description: '' },
      { id: groups.board, title: 'Stödinventering kommunstyrelsen', description: '' },
      { id: groups.reviewersS1, title: 'Granskare S1 Välfärd', description: '' },
    ],
    lists,
  };
}
