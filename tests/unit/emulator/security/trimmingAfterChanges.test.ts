import { SITE_ADMIN_UPN } from '../../../../emulators/identity/personas';
import { SpError } from '../../../../emulators/sharepoint/errors/SpError';
import type { GroupRecord, ListRecord, UserRecord } from '../../../../emulators/sharepoint/model/records';
import { route } from '../../../../emulators/sharepoint/router/router';
import { maskOf } from '../../../../emulators/sharepoint/security/permissions';
import {
  addRoleAssignment,
  breakRoleInheritance,
  removeRoleAssignment,
  resetRoleInheritance,
} from '../../../../emulators/sharepoint/security/roleAssignments';
import { RoleDefinitionId } from '../../../../emulators/sharepoint/security/roleDefinitions';
import type { Securable } from '../../../../emulators/sharepoint/security/securable';
import { MemoryListStore } from '../../../../emulators/sharepoint/store/MemoryListStore';
import { addUser, itemFixture, listFixture, requestContext, siteStore } from '../fixtures';

// Reads are trimmed through caches (the store's index of item scopes, the folder scopes and masks a request
// evaluates once, the list's item shape). Whatever changes a permission between two requests — an assignment
// removed, a group left, an item breaking away, a role narrowed, a folder reset, an item moved — the next read
// must show exactly what the new permissions allow; and an undone change must change nothing.

const FOLDER = 1;
const IN_FOLDER = [2, 3];
const AT_ROOT = 4;
const CUSTOM_ROLE = 1073741924;

describe('trimming reads after permission changes', () => {
  let store: MemoryListStore;
  let admin: UserRecord;
  let anna: UserRecord;
  let list: ListRecord;
  let reviewers: GroupRecord;

  const onItem = (itemId: number): Securable => ({ kind: 'item', listId: list.id, itemId });
  const write = (work: () => void) => store.transaction(work);

  /** The ids Anna's next request for the list's items answers. */
  function visibleToAnna(): number[] {
    const response = route(
      requestContext(store, anna, { path: "web/lists/getByTitle('Rader')/items?$select=Id&$top=100" }),
    );
    return (JSON.parse(String(response.body)) as { value: { Id: number }[] }).value.map((row) => row.Id);
  }

  /** The status Anna's next request for one item answers (SharePoint answers 404 for a hidden item). */
  function annaGetsItem(id: number): number {
    try {
      return route(requestContext(store, anna, { path: `web/lists/getByTitle('Rader')/items(${id})` }))
        .status;
    } catch (error) {
      if (error instanceof SpError) return error.status;
      throw error;
    }
  }

  beforeEach(() => {
    store = siteStore(new MemoryListStore());
    admin = store.userByLoginName(`i:0#.f|membership|${SITE_ADMIN_UPN}`)!;
    anna = addUser(store, 'anna.berg@kommun.example');
    const created = listFixture('Rader');
    list = created.list;
    write(() => {
      store.putList(list);
      for (const field of created.fields) store.putField(field);
      store.putItem(
        itemFixture(list, FOLDER, {}, { fileSystemObjectType: 1, leafName: 'E1', contentTypeId: '0x0120' }),
      );
      for (const id of IN_FOLDER)
        store.putItem(
          itemFixture(list, id, { Title: `Rad ${id}` }, { folderUrl: `${list.rootFolderUrl}/E1` }),
        );
      store.putItem(itemFixture(list, AT_ROOT, { Title: 'Rot' }));
      const noCopy = { copyRoleAssignments: false, clearSubscopes: false, callerId: admin.id };
      breakRoleInheritance(store, { kind: 'list', listId: list.id }, noCopy);
      breakRoleInheritance(store, onItem(FOLDER), noCopy);
      addRoleAssignment(store, onItem(FOLDER), {
        principalId: anna.id,
        roleDefinitionId: RoleDefinitionId.read,
      });
      reviewers = {
        ...store.group(store.web().associatedVisitorGroupId)!,
        id: 900,
        title: 'Granskare E1',
        memberIds: [],
      };
      store.putGroup(reviewers);
      store.putRoleDefinition({
        id: CUSTOM_ROLE,
        name: 'Granska',
        description: '',
        order: 200,
        roleTypeKind: 0,
        hidden: false,
        ...maskOf(['ViewListItems', 'EditListItems', 'Open', 'ViewPages']),
      });
    });
  });

  it('shows the folder and its items, and only them', () => {
    expect(visibleToAnna()).toEqual([FOLDER, ...IN_FOLDER]);
    expect(annaGetsItem(2)).toBe(200);
    expect(annaGetsItem(AT_ROOT)).toBe(404);
  });

  it('hides the items once the assignment is removed from their folder', () => {
    expect(visibleToAnna()).toEqual([FOLDER, ...IN_FOLDER]);
    write(() =>
      removeRoleAssignment(store, onItem(FOLDER), {
        principalId: anna.id,
        roleDefinitionId: RoleDefinitionId.read,
      }),
    );
    expect(visibleToAnna()).toEqual([]);
    expect(annaGetsItem(2)).toBe(404);
  });

  it('keeps them visible when the removal is undone, and hidden when a grant is undone', () => {
    expect(() =>
      write(() => {
        removeRoleAssignment(store, onItem(FOLDER), { principalId: anna.id });
        throw new Error('the disk write failed');
      }),
    ).toThrow('the disk write failed');
    expect(visibleToAnna()).toEqual([FOLDER, ...IN_FOLDER]);
    write(() => removeRoleAssignment(store, onItem(FOLDER), { principalId: anna.id }));
    expect(() =>
      write(() => {
        addRoleAssignment(store, onItem(FOLDER), {
          principalId: anna.id,
          roleDefinitionId: RoleDefinitionId.read,
        });
        throw new Error('refused');
      }),
    ).toThrow('refused');
    expect(visibleToAnna()).toEqual([]);
  });

  it('hides them when Anna leaves the group that has the role', () => {
    write(() => {
      removeRoleAssignment(store, onItem(FOLDER), { principalId: anna.id });
      store.putGroup({ ...reviewers, memberIds: [anna.id] });
      addRoleAssignment(store, onItem(FOLDER), { principalId: reviewers.id, roleDefinitionId: CUSTOM_ROLE });
    });
    expect(visibleToAnna()).toEqual([FOLDER, ...IN_FOLDER]);
    write(() => store.putGroup({ ...reviewers, memberIds: [] }));
    expect(visibleToAnna()).toEqual([]);
    expect(annaGetsItem(3)).toBe(404);
  });

  it('hides them when Anna’s role no longer includes reading items', () => {
    write(() =>
      addRoleAssignment(store, onItem(FOLDER), { principalId: anna.id, roleDefinitionId: CUSTOM_ROLE }),
    );
    write(() =>
      removeRoleAssignment(store, onItem(FOLDER), {
        principalId: anna.id,
        roleDefinitionId: RoleDefinitionId.read,
      }),
    );
    expect(visibleToAnna()).toEqual([FOLDER, ...IN_FOLDER]);
    write(() =>
      store.putRoleDefinition({ ...store.roleDefinition(CUSTOM_ROLE)!, ...maskOf(['Open', 'ViewPages']) }),
    );
    expect(visibleToAnna()).toEqual([]);
  });

  it('follows an item that breaks away from its folder and one that inherits again', () => {
    write(() =>
      breakRoleInheritance(store, onItem(3), {
        copyRoleAssignments: false,
        clearSubscopes: false,
        callerId: admin.id,
      }),
    );
    expect(visibleToAnna()).toEqual([FOLDER, 2]);
    expect(annaGetsItem(3)).toBe(404);
    write(() => resetRoleInheritance(store, onItem(3)));
    expect(visibleToAnna()).toEqual([FOLDER, ...IN_FOLDER]);
    // Breaking with a copy keeps Anna's access; removing her from the item's own scope hides only that item.
    write(() => {
      breakRoleInheritance(store, onItem(2), {
        copyRoleAssignments: true,
        clearSubscopes: false,
        callerId: admin.id,
      });
      removeRoleAssignment(store, onItem(2), { principalId: anna.id });
    });
    expect(visibleToAnna()).toEqual([FOLDER, 3]);
  });

  it('hides the items when their folder inherits from the list again, or an item leaves the folder', () => {
    write(() => store.putItem({ ...store.item(list.id, 3)!, folderUrl: list.rootFolderUrl }));
    expect(visibleToAnna()).toEqual([FOLDER, 2]);
    write(() => resetRoleInheritance(store, onItem(FOLDER)));
    expect(visibleToAnna()).toEqual([]);
  });
});
