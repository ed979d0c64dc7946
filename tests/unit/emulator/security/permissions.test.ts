import { PermissionKind as PnpPermissionKind } from '@pnp/sp/security';
import {
  FULL_MASK,
  PermissionKind,
  fromRestMask,
  hasPermission,
  maskOf,
  toRestMask,
  unionMask,
  type PermissionName,
} from '../../../../emulators/sharepoint/security/permissions';
import {
  BUILT_IN_ROLE_DEFINITIONS,
  RoleDefinitionId,
} from '../../../../emulators/sharepoint/security/roleDefinitions';

function definition(id: number) {
  const found = BUILT_IN_ROLE_DEFINITIONS.find((d) => d.id === id);
  if (!found) throw new Error(`no role ${id}`);
  return found;
}

/** PnPjs's own bit test (security/funcs.js hasPermissions), to check the masks the way clients read them. */
function pnpHas(mask: { high: number; low: number }, permission: number): boolean {
  const bit = permission - 1;
  return bit < 32 ? ((mask.low >>> bit) & 1) === 1 : ((mask.high >>> (bit - 32)) & 1) === 1;
}

describe('base permissions', () => {
  it('numbers each permission as SP.PermissionKind does (the numbers PnPjs uses)', () => {
    for (const [name, kind] of Object.entries(PermissionKind)) {
      expect(kind).toBe(PnpPermissionKind[name as keyof typeof PnpPermissionKind]);
    }
  });

  it.each<[string, number, PermissionName[], PermissionName[]]>([
    [
      'Read',
      RoleDefinitionId.read,
      ['ViewListItems', 'Open', 'ViewPages', 'BrowseUserInfo'],
      ['AddListItems', 'EditListItems', 'ManageLists'],
    ],
    [
      'Contribute',
      RoleDefinitionId.contribute,
      ['ViewListItems', 'AddListItems', 'EditListItems', 'DeleteListItems'],
      ['ManageLists', 'ManagePermissions', 'CancelCheckout'],
    ],
    ['Edit', RoleDefinitionId.edit, ['EditListItems', 'ManageLists'], ['ManagePermissions', 'CreateGroups']],
    [
      'Design',
      RoleDefinitionId.design,
      ['ManageLists', 'ApproveItems', 'CancelCheckout'],
      ['ManagePermissions'],
    ],
    [
      'Limited Access',
      RoleDefinitionId.limitedAccess,
      ['Open', 'ViewFormPages', 'BrowseUserInfo', 'UseRemoteAPIs'],
      ['ViewListItems', 'AddListItems'],
    ],
    [
      'Full Control',
      RoleDefinitionId.fullControl,
      ['ManagePermissions', 'EnumeratePermissions', 'CreateGroups', 'ManageWeb'],
      [],
    ],
  ])('%s grants what SharePoint’s level grants', (_name, id, granted, denied) => {
    const mask = definition(id);
    for (const permission of granted) {
      expect(hasPermission(mask, permission)).toBe(true);
      expect(pnpHas(mask, PermissionKind[permission])).toBe(true);
    }
    for (const permission of denied) expect(hasPermission(mask, permission)).toBe(false);
  });

  it('shows masks as SharePoint’s REST strings and reads them back from strings or numbers', () => {
    expect(toRestMask(definition(RoleDefinitionId.contribute))).toEqual({ High: '432', Low: '1011028719' });
    expect(toRestMask(FULL_MASK)).toEqual({ High: '2147483647', Low: '4294967295' });
    expect(fromRestMask({ High: '176', Low: 138612833 })).toEqual({ high: 176, low: 138612833 });
    expect(() => fromRestMask({ High: '-1', Low: '0' })).toThrow();
    expect(() => fromRestMask({ High: '1', Low: '4294967296' })).toThrow();
  });

  it('builds masks from permission names and unites them without sign trouble in the top bit', () => {
    const mask = maskOf(['ViewListItems', 'EnumeratePermissions']);
    expect(hasPermission(mask, 'ViewListItems')).toBe(true);
    expect(hasPermission(mask, 'EnumeratePermissions')).toBe(true);
    expect(hasPermission(mask, 'AddListItems')).toBe(false);
    const united = unionMask({ high: 0, low: 0x80000000 }, { high: 0, low: 1 });
    expect(united.low).toBe(2147483649);
  });
});
