import type { RoleDefinitionRecord } from '../model/records';

/** Ids of SharePoint's built-in permission levels (the same in every site). */
export const RoleDefinitionId = {
  fullControl: 1073741829,
  design: 1073741828,
  edit: 1073741830,
  contribute: 1073741827,
  read: 1073741826,
  limitedAccess: 1073741825,
} as const;

/**
 * SharePoint Online's built-in permission levels with their BasePermissions as the REST API returns them
 * (sp-dev-docs users-groups-and-roles-rest-api-reference; Limited Access = ViewFormPages, Open, BrowseUserInfo,
 * UseClientIntegration, UseRemoteAPIs).
 */
export const BUILT_IN_ROLE_DEFINITIONS: readonly RoleDefinitionRecord[] = [
  role({
    id: RoleDefinitionId.fullControl,
    name: 'Full Control',
    description: 'Has full control.',
    order: 1,
    roleTypeKind: 5,
    high: 2147483647,
    low: 4294967295,
  }),
  role({
    id: RoleDefinitionId.design,
    name: 'Design',
    description: 'Can view, add, update, delete, approve, and customize.',
    order: 32,
    roleTypeKind: 4,
    high: 432,
    low: 1012866047,
  }),
  role({
    id: RoleDefinitionId.edit,
    name: 'Edit',
    description: 'Can add, edit and delete lists; can view, add, update and delete list items and documents.',
    order: 48,
    roleTypeKind: 6,
    high: 432,
    low: 1011030767,
  }),
  role({
    id: RoleDefinitionId.contribute,
    name: 'Contribute',
    description: 'Can view, add, update, and delete list items and documents.',
    order: 64,
    roleTypeKind: 3,
    high: 432,
    low: 1011028719,
  }),
  role({
    id: RoleDefinitionId.read,
    name: 'Read',
    description: 'Can view pages and list items and download documents.',
    order: 128,
    roleTypeKind: 2,
    high: 176,
    low: 138612833,
  }),
  role({
    id: RoleDefinitionId.limitedAccess,
    name: 'Limited Access',
    description:
      'Can view specific lists, document libraries, list items, folders, or documents when given permissions.',
    order: 160,
    roleTypeKind: 1,
    high: 48,
    low: 134287360,
    hidden: true,
  }),
];

/** Whether a role definition is one of SharePoint's built-in levels (which cannot be deleted). */
export function isBuiltInRoleDefinition(id: number): boolean {
  return BUILT_IN_ROLE_DEFINITIONS.some((definition) => definition.id === id);
}

function role(definition: Omit<RoleDefinitionRecord, 'hidden'> & { hidden?: boolean }): RoleDefinitionRecord {
  return { hidden: false, ...definition };
}
