import { SITE_ADMIN_UPN } from '../../../../emulators/identity/personas';
import type { ListRecord, UserRecord } from '../../../../emulators/sharepoint/model/records';
import { PermissionEvaluator } from '../../../../emulators/sharepoint/security/PermissionEvaluator';
import {
  addRoleAssignment,
  breakRoleInheritance,
  effectiveAssignments,
  hasUniqueRoleAssignments,
  removeRoleAssignment,
  resetRoleInheritance,
} from '../../../../emulators/sharepoint/security/roleAssignments';
import { RoleDefinitionId } from '../../../../emulators/sharepoint/security/roleDefinitions';
import { MemoryListStore } from '../../../../emulators/sharepoint/store/MemoryListStore';
import { addUser, itemFixture, listFixture, siteStore } from '../fixtures';

describe('effective permissions', () => {
  let store: MemoryListStore;
  let admin: UserRecord;
  let anna: UserRecord;
  let erik: UserRecord;
  let list: ListRecord;

  const as = (user: UserRecord) => new PermissionEvaluator(store, store.user(user.id)!);
  const onList = () => ({ kind: 'list', listId: list.id }) as const;
  const onItem = (itemId: number) => ({ kind: 'item', listId: list.id, itemId }) as const;

  beforeEach(() => {
    store = siteStore(new MemoryListStore());
    admin = store.userByLoginName(`i:0#.f|membership|${SITE_ADMIN_UPN}`)!;
    anna = addUser(store, 'anna.berg@kommun.example');
    erik = addUser(store, 'erik.lund@kommun.example');
    const created = listFixture('Inventering');
    list = created.list;
    store.transaction(() => {
      store.putList(list);
      for (const field of created.fields) store.putField(field);
      store.putItem(itemFixture(list, 1, { Title: 'Annas' }, { authorId: anna.id }));
      store.putItem(itemFixture(list, 2, { Title: 'Eriks' }, { authorId: erik.id }));
    });
  });

  it('gives the site collection admin everything and a user without assignments nothing', () => {
    expect(as(admin).has(onItem(1), 'ManagePermissions')).toBe(true);
    expect(as(anna).has({ kind: 'web' }, 'Open')).toBe(false);
    expect(as(anna).canRead(list, store.item(list.id, 1)!)).toBe(false);
  });

  it('grants a group’s role to its members, on every object that inherits', () => {
    const members = store.group(store.web().associatedMemberGroupId)!;
    store.transaction(() => store.putGroup({ ...members, memberIds: [anna.id] }));
    const evaluator = as(anna);
    expect(evaluator.has({ kind: 'web' }, 'ManageLists')).toBe(true);
    expect(evaluator.canWrite(list, store.item(list.id, 2)!, 'EditListItems')).toBe(true);
    expect(evaluator.has({ kind: 'web' }, 'ManagePermissions')).toBe(false);
  });

  it('stops inheritance at a unique item scope and resumes it after a reset', () => {
    store.transaction(() => {
      addRoleAssignment(
        store,
        { kind: 'web' },
        { principalId: anna.id, roleDefinitionId: RoleDefinitionId.read },
      );
      breakRoleInheritance(store, onItem(2), {
        copyRoleAssignments: false,
        clearSubscopes: false,
        callerId: admin.id,
      });
    });
    expect(hasUniqueRoleAssignments(store, onItem(2))).toBe(true);
    expect(as(anna).canRead(list, store.item(list.id, 1)!)).toBe(true);
    expect(as(anna).canRead(list, store.item(list.id, 2)!)).toBe(false);
    // Breaking without copying keeps the caller in with Full Control.
    expect(effectiveAssignments(store, onItem(2))).toEqual([
      { principalId: admin.id, roleDefinitionIds: [RoleDefinitionId.fullControl] },
    ]);
    store.transaction(() => resetRoleInheritance(store, onItem(2)));
    expect(as(anna).canRead(list, store.item(list.id, 2)!)).toBe(true);
  });

  it('copies the inherited assignments when asked and clears child scopes with clearsubscopes', () => {
    store.transaction(() => {
      addRoleAssignment(
        store,
        { kind: 'web' },
        { principalId: anna.id, roleDefinitionId: RoleDefinitionId.contribute },
      );
      breakRoleInheritance(store, onItem(1), {
        copyRoleAssignments: true,
        clearSubscopes: false,
        callerId: admin.id,
      });
    });
    expect(effectiveAssignments(store, onItem(1))).toEqual(effectiveAssignments(store, { kind: 'web' }));
    store.transaction(() =>
      breakRoleInheritance(store, onList(), {
        copyRoleAssignments: true,
        clearSubscopes: true,
        callerId: admin.id,
      }),
    );
    expect(hasUniqueRoleAssignments(store, onList())).toBe(true);
    expect(hasUniqueRoleAssignments(store, onItem(1))).toBe(false);
  });

  it('gives Limited Access on unique ancestors when a role is added on an item, so the item can be reached', () => {
    store.transaction(() => {
      breakRoleInheritance(store, onList(), {
        copyRoleAssignments: false,
        clearSubscopes: true,
        callerId: admin.id,
      });
      breakRoleInheritance(store, onItem(1), {
        copyRoleAssignments: false,
        clearSubscopes: false,
        callerId: admin.id,
      });
      addRoleAssignment(store, onItem(1), {
        principalId: anna.id,
        roleDefinitionId: RoleDefinitionId.contribute,
      });
    });
    const evaluator = as(anna);
    expect(evaluator.has(onList(), 'Open')).toBe(true);
    expect(evaluator.has(onList(), 'ViewListItems')).toBe(false);
    expect(evaluator.has({ kind: 'web' }, 'Open')).toBe(true);
    expect(evaluator.canWrite(list, store.item(list.id, 1)!, 'EditListItems')).toBe(true);
    expect(evaluator.canRead(list, store.item(list.id, 2)!)).toBe(false);
    store.transaction(() =>
      removeRoleAssignment(store, onItem(1), {
        principalId: anna.id,
        roleDefinitionId: RoleDefinitionId.contribute,
      }),
    );
    expect(as(anna).canRead(list, store.item(list.id, 1)!)).toBe(false);
  });

  it('refuses role assignments on an object that inherits', () => {
    expect(() =>
      store.transaction(() =>
        addRoleAssignment(store, onItem(1), {
          principalId: anna.id,
          roleDefinitionId: RoleDefinitionId.read,
        }),
      ),
    ).toThrow(expect.objectContaining({ status: 400 }) as Error);
  });

  it('applies ReadSecurity 2 and WriteSecurity 2/4 to authors, and lets ManageLists override them', () => {
    store.transaction(() => {
      addRoleAssignment(
        store,
        { kind: 'web' },
        { principalId: anna.id, roleDefinitionId: RoleDefinitionId.contribute },
      );
      addRoleAssignment(
        store,
        { kind: 'web' },
        { principalId: erik.id, roleDefinitionId: RoleDefinitionId.edit },
      );
    });
    const own = store.item(list.id, 1)!;
    const others = store.item(list.id, 2)!;
    const readOwn = { ...list, readSecurity: 2, writeSecurity: 2 };
    expect(as(anna).canRead(readOwn, own)).toBe(true);
    expect(as(anna).canRead(readOwn, others)).toBe(false);
    expect(as(anna).canWrite(readOwn, own, 'EditListItems')).toBe(true);
    expect(as(anna).canWrite({ ...list, writeSecurity: 2 }, others, 'EditListItems')).toBe(false);
    expect(as(anna).canWrite({ ...list, writeSecurity: 4 }, own, 'DeleteListItems')).toBe(false);
    // Erik has Edit, which includes ManageLists ("override list behaviors").
    expect(as(erik).canRead(readOwn, own)).toBe(true);
    expect(as(erik).canWrite({ ...list, writeSecurity: 4 }, own, 'EditListItems')).toBe(true);
    expect(as(admin).canRead(readOwn, own)).toBe(true);
  });

  it('trims a 70,000-item list with 3,500 unique item scopes exactly', () => {
    const count = 70_000;
    store.transaction(() => {
      for (let id = 3; id <= count; id++) store.putItem(itemFixture(list, id, {}, { authorId: anna.id }));
      addRoleAssignment(
        store,
        { kind: 'web' },
        { principalId: anna.id, roleDefinitionId: RoleDefinitionId.read },
      );
      for (let id = 3; id <= 3_502; id++) {
        breakRoleInheritance(store, onItem(id), {
          copyRoleAssignments: false,
          clearSubscopes: false,
          callerId: admin.id,
        });
        if (id % 2 === 0)
          addRoleAssignment(store, onItem(id), {
            principalId: anna.id,
            roleDefinitionId: RoleDefinitionId.read,
          });
      }
    });
    const evaluator = as(anna);
    let visible = 0;
    for (const id of store.itemIds(list.id)) if (evaluator.canRead(list, store.item(list.id, id)!)) visible++;
    // 2 seeded items + 66,498 inheriting ones + 1,750 unique scopes that name Anna.
    expect(visible).toBe(2 + (count - 3_502) + 1_750);
  });
});
