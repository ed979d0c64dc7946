import { PermissionKind } from '@pnp/sp/security';
import { besluta, besvara, maskOf } from '../../../../src/sharepoint/provision';
import { grants } from '../../../../src/sharepoint/provision/permissionLevels';

describe('permission levels', () => {
  it('start from exactly SharePoint’s built-in Read (High 176, Low 138612833)', () => {
    const readOnly = besvara.kinds.filter(
      (k) => k !== PermissionKind.AddListItems && k !== PermissionKind.EditListItems,
    );
    expect(maskOf(readOnly)).toEqual({ high: 176, low: 138612833 });
  });

  it('Besvara may view, add and edit items but not delete them or manage the list', () => {
    const mask = maskOf(besvara.kinds);
    expect(mask).toEqual({ high: 176, low: 138612839 });
    for (const kind of [
      PermissionKind.ViewListItems,
      PermissionKind.AddListItems,
      PermissionKind.EditListItems,
    ])
      expect(grants(mask, kind)).toBe(true);
    for (const kind of [
      PermissionKind.DeleteListItems,
      PermissionKind.ManageLists,
      PermissionKind.ManagePermissions,
    ])
      expect(grants(mask, kind)).toBe(false);
  });

  it('Besluta may view and add items, never edit or delete them: a decision once made stays as made', () => {
    const mask = maskOf(besluta.kinds);
    expect(mask).toEqual({ high: 176, low: 138612835 });
    expect(grants(mask, PermissionKind.AddListItems)).toBe(true);
    expect(grants(mask, PermissionKind.EditListItems)).toBe(false);
    expect(grants(mask, PermissionKind.DeleteListItems)).toBe(false);
    expect(grants(mask, PermissionKind.ManagePermissions)).toBe(false);
  });

  it('sets bit 31 and high bits without turning negative, and counts a kind once', () => {
    expect(maskOf([PermissionKind.AnonymousSearchAccessWebLists])).toEqual({ high: 0, low: 2 ** 31 });
    expect(maskOf([PermissionKind.EnumeratePermissions, PermissionKind.EnumeratePermissions])).toEqual({
      high: 2 ** 30,
      low: 0,
    });
    expect(grants({ high: 0, low: 2 ** 31 }, PermissionKind.AnonymousSearchAccessWebLists)).toBe(true);
  });
});
