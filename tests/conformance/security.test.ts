// Permissions: role definitions, role assignments on web/list/item, inheritance, groups, EffectiveBasePermissions,
// ReadSecurity/WriteSecurity, and what a user without rights sees.
import type { IList, IListInfo } from '@pnp/sp/lists';
import { PermissionKind } from '@pnp/sp/security';
import { describeWithPersonas, uniqueName, useTarget, type Persona } from './harness';
import { asJson, type Json } from './support/json';
import { accessDenied, builtInRoleDefinitions, itemNotFound, roleIds } from './support/expectations';
import { spErrorOf } from './support/spError';

const target = useTarget();

interface AssignmentRow {
  PrincipalId: number;
  Member: { PrincipalType: number; Title: string };
  RoleDefinitionBindings: { Name: string; Id: number }[];
}

function listAs(persona: Persona, id: string): IList {
  return target().sp(persona).web.lists.getById(id);
}

describe('role definitions', () => {
  it('has SharePoint’s built-in definitions with their ids, names and kinds', async () => {
    const defs = (await target().sp().web.roleDefinitions()) as Json[];
    for (const expected of builtInRoleDefinitions) {
      const found = defs.find((d) => d.Id === expected.Id);
      expect(found).toMatchObject({ Name: expected.Name, RoleTypeKind: expected.RoleTypeKind });
      if ('BasePermissions' in expected) {
        const bp = found?.BasePermissions as { High: unknown; Low: unknown };
        expect({ High: String(bp.High), Low: String(bp.Low) }).toEqual(expected.BasePermissions);
      }
    }
  });

  it('gets a definition by id, by name and by type', async () => {
    const defs = target().sp().web.roleDefinitions;
    expect((await defs.getById(roleIds.read)()).Name).toBe('Read');
    expect((await defs.getByName('Contribute')()).Id).toBe(roleIds.contribute);
    // RoleTypeKind 6 = Editor.
    expect((await defs.getByType(6)()).Id).toBe(roleIds.edit);
  });
});

describe('role assignments on the web', () => {
  it('assigns a group Read on the web, lists it with Member and bindings, and removes it', async () => {
    const web = target().sp().web;
    const group = asJson(await web.siteGroups.add({ Title: uniqueName('Webbgrupp') }));
    const groupId = Number(group.Id);
    target().trackGroup(groupId);
    await web.roleAssignments.add(groupId, roleIds.read);
    const rows = (await web.roleAssignments.expand('Member', 'RoleDefinitionBindings')()) as AssignmentRow[];
    const mine = rows.find((r) => r.PrincipalId === groupId);
    // PrincipalType 8 = SharePoint group.
    expect(mine?.Member).toMatchObject({ PrincipalType: 8, Title: group.Title });
    expect(mine?.RoleDefinitionBindings.map((b) => b.Name)).toEqual(['Read']);
    await web.roleAssignments.remove(groupId, roleIds.read);
    const after = (await web.roleAssignments()) as { PrincipalId: number }[];
    expect(after.map((r) => r.PrincipalId)).not.toContain(groupId);
    await web.siteGroups.removeById(groupId);
  });
});

describeWithPersonas({ name: 'permissions on lists and items', personas: ['anna'] }, () => {
  let adminId: number;
  let annaId: number;
  let annaLogin: string;

  /** A list with unique permissions: the admin has Full Control, Anna the given role (if any). */
  async function restrictedList(stem: string, annaRole?: number): Promise<IListInfo> {
    const info = await target().createList(uniqueName(stem));
    const list = listAs('admin', info.Id);
    // copy=false drops the inherited assignments; the admin is added back explicitly so that a tenant account
    // that is not site collection admin keeps control in live mode.
    await list.breakRoleInheritance(false, true);
    await list.roleAssignments.add(adminId, roleIds.fullControl);
    if (annaRole) await list.roleAssignments.add(annaId, annaRole);
    return info;
  }

  beforeAll(async () => {
    adminId = (await target().user('admin')).Id;
    const anna = await target().user('anna');
    annaId = anna.Id;
    annaLogin = anna.LoginName;
  });

  describe('a reader', () => {
    let info: IListInfo;
    let openId: number;

    beforeAll(async () => {
      info = await restrictedList('Lasare', roleIds.read);
      openId = Number(asJson(await listAs('admin', info.Id).items.add({ Title: 'Öppen' })).Id);
    });

    it('reads the list’s items', async () => {
      const rows = await listAs('anna', info.Id).items.select('Title')();
      expect(rows.map((r: { Title: string }) => r.Title)).toEqual(['Öppen']);
    });

    it('gets 403 UnauthorizedAccessException on add, update and delete', async () => {
      const items = listAs('anna', info.Id).items;
      await expect(spErrorOf(() => items.add({ Title: 'Nej' }))).resolves.toMatchObject(accessDenied);
      await expect(spErrorOf(() => items.getById(openId).update({ Title: 'Nej' }))).resolves.toMatchObject(
        accessDenied,
      );
      await expect(spErrorOf(() => items.getById(openId).delete())).resolves.toMatchObject(accessDenied);
      expect(asJson(await listAs('admin', info.Id).items.getById(openId)()).Title).toBe('Öppen');
    });

    it('has Read in EffectiveBasePermissions; the owner has ManageLists', async () => {
      const annaList = listAs('anna', info.Id);
      const perms = await annaList.getCurrentUserEffectivePermissions();
      expect(annaList.hasPermissions(perms, PermissionKind.ViewListItems)).toBe(true);
      expect(annaList.hasPermissions(perms, PermissionKind.AddListItems)).toBe(false);
      expect(annaList.hasPermissions(perms, PermissionKind.EditListItems)).toBe(false);
      const adminList = listAs('admin', info.Id);
      const adminPerms = await adminList.getCurrentUserEffectivePermissions();
      expect(adminList.hasPermissions(adminPerms, PermissionKind.ManageLists)).toBe(true);
      expect(adminList.hasPermissions(adminPerms, PermissionKind.EditListItems)).toBe(true);
    });

    it('getUserEffectivePermissions answers for another user', async () => {
      const list = listAs('admin', info.Id);
      const perms = await list.getUserEffectivePermissions(annaLogin);
      expect(list.hasPermissions(perms, PermissionKind.ViewListItems)).toBe(true);
      expect(list.hasPermissions(perms, PermissionKind.EditListItems)).toBe(false);
    });

    it('lists the assignments of the list with members and bindings', async () => {
      const rows = (await listAs('admin', info.Id).roleAssignments.expand(
        'Member',
        'RoleDefinitionBindings',
      )()) as AssignmentRow[];
      const anna = rows.find((r) => r.PrincipalId === annaId);
      // PrincipalType 1 = user.
      expect(anna?.Member.PrincipalType).toBe(1);
      expect(anna?.RoleDefinitionBindings.map((b) => b.Id)).toEqual([roleIds.read]);
    });

    it('does not see an item with unique permissions that exclude them: not listed, 404 by id', async () => {
      const admin = listAs('admin', info.Id);
      const secretId = Number(asJson(await admin.items.add({ Title: 'Hemlig' })).Id);
      const secret = admin.items.getById(secretId);
      await secret.breakRoleInheritance(false, false);
      await secret.roleAssignments.add(adminId, roleIds.fullControl);

      const anna = listAs('anna', info.Id);
      const titles = (await anna.items.select('Title')()).map((r: { Title: string }) => r.Title);
      expect(titles).not.toContain('Hemlig');
      expect(await anna.items.filter(`Id eq ${secretId}`)()).toEqual([]);
      const seen = await spErrorOf(() => anna.items.getById(secretId)());
      expect(seen).toMatchObject({ status: itemNotFound.status, code: itemNotFound.code });
      expect(asJson(await secret.select('HasUniqueRoleAssignments')()).HasUniqueRoleAssignments).toBe(true);

      await secret.resetRoleInheritance();
      expect(asJson(await secret.select('HasUniqueRoleAssignments')()).HasUniqueRoleAssignments).toBe(false);
      expect(asJson(await anna.items.getById(secretId)()).Title).toBe('Hemlig');
    });

    it('breakRoleInheritance(copy=true) keeps the parent’s assignments on the item', async () => {
      const admin = listAs('admin', info.Id);
      const id = Number(asJson(await admin.items.add({ Title: 'Kopia' })).Id);
      const item = admin.items.getById(id);
      await item.breakRoleInheritance(true, false);
      const parent = ((await admin.roleAssignments()) as { PrincipalId: number }[]).map((r) => r.PrincipalId);
      const own = ((await item.roleAssignments()) as { PrincipalId: number }[]).map((r) => r.PrincipalId);
      expect(new Set(own)).toEqual(new Set(parent));
      expect(asJson(await item.select('HasUniqueRoleAssignments')()).HasUniqueRoleAssignments).toBe(true);
      expect(asJson(await listAs('anna', info.Id).items.getById(id)()).Title).toBe('Kopia');
    });
  });

  it('breakRoleInheritance(clearSubscopes=true) resets children with unique permissions', async () => {
    const info = await target().createList(uniqueName('Rensa'));
    const list = listAs('admin', info.Id);
    const id = Number(asJson(await list.items.add({ Title: 'Unik' })).Id);
    await list.items.getById(id).breakRoleInheritance(true, false);
    expect(
      asJson(await list.items.getById(id).select('HasUniqueRoleAssignments')()).HasUniqueRoleAssignments,
    ).toBe(true);
    await list.breakRoleInheritance(true, true);
    expect(asJson(await list.select('HasUniqueRoleAssignments')()).HasUniqueRoleAssignments).toBe(true);
    expect(
      asJson(await list.items.getById(id).select('HasUniqueRoleAssignments')()).HasUniqueRoleAssignments,
    ).toBe(false);
    await list.resetRoleInheritance();
    expect(asJson(await list.select('HasUniqueRoleAssignments')()).HasUniqueRoleAssignments).toBe(false);
  });

  it('a group’s role reaches its members; removing the member takes it away', async () => {
    const web = target().sp().web;
    const group = asJson(await web.siteGroups.add({ Title: uniqueName('Bidrag') }));
    const groupId = Number(group.Id);
    target().trackGroup(groupId);
    const info = await restrictedList('Gruppratt', roleIds.read);
    await listAs('admin', info.Id).roleAssignments.add(groupId, roleIds.contribute);
    const annaItems = listAs('anna', info.Id).items;

    await expect(spErrorOf(() => annaItems.add({ Title: 'Före' }))).resolves.toMatchObject(accessDenied);
    await web.siteGroups.getById(groupId).users.add(annaLogin);
    const added = asJson(await annaItems.add({ Title: 'Medlem' }));
    expect(added.Title).toBe('Medlem');
    await web.siteGroups.getById(groupId).users.removeByLoginName(annaLogin);
    await expect(spErrorOf(() => annaItems.add({ Title: 'Efter' }))).resolves.toMatchObject(accessDenied);
  });

  describe('ReadSecurity and WriteSecurity (1 = all, 2 = own items only)', () => {
    let info: IListInfo;
    let adminRowId: number;
    let annaRowId: number;

    beforeAll(async () => {
      info = await restrictedList('Egna', roleIds.contribute);
      adminRowId = Number(asJson(await listAs('admin', info.Id).items.add({ Title: 'Admins' })).Id);
      annaRowId = Number(asJson(await listAs('anna', info.Id).items.add({ Title: 'Annas' })).Id);
    });

    it('ReadSecurity=2 hides other users’ items from a contributor', async () => {
      await listAs('admin', info.Id).update({ ReadSecurity: 2, WriteSecurity: 1 });
      const anna = listAs('anna', info.Id);
      expect((await anna.items.select('Title')()).map((r: { Title: string }) => r.Title)).toEqual(['Annas']);
      const seen = await spErrorOf(() => anna.items.getById(adminRowId)());
      expect(seen.status).toBe(404);
      const adminTitles = (await listAs('admin', info.Id).items.select('Title').orderBy('ID')()).map(
        (r: { Title: string }) => r.Title,
      );
      expect(adminTitles).toEqual(['Admins', 'Annas']);
    });

    it('WriteSecurity=2 lets a contributor edit only their own items', async () => {
      await listAs('admin', info.Id).update({ ReadSecurity: 1, WriteSecurity: 2 });
      const anna = listAs('anna', info.Id);
      expect((await anna.items.select('Title')()).length).toBe(2);
      await expect(
        spErrorOf(() => anna.items.getById(adminRowId).update({ Title: 'Nej' })),
      ).resolves.toMatchObject(accessDenied);
      await anna.items.getById(annaRowId).update({ Title: 'Annas, ändrad' });
      expect(asJson(await anna.items.getById(annaRowId)()).Title).toBe('Annas, ändrad');
    });

    it('reads back ReadSecurity and WriteSecurity', async () => {
      const read = asJson(await listAs('admin', info.Id).select('ReadSecurity', 'WriteSecurity')());
      expect(read).toMatchObject({ ReadSecurity: 1, WriteSecurity: 2 });
    });
  });
});
