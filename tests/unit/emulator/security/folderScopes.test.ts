import { SITE_ADMIN_UPN } from '../../../../emulators/identity/personas';
import type { ItemRecord, ListRecord, UserRecord } from '../../../../emulators/sharepoint/model/records';
import { PermissionEvaluator } from '../../../../emulators/sharepoint/security/PermissionEvaluator';
import {
  addRoleAssignment,
  breakRoleInheritance,
  effectiveAssignments,
  hasUniqueRoleAssignments,
} from '../../../../emulators/sharepoint/security/roleAssignments';
import { RoleDefinitionId } from '../../../../emulators/sharepoint/security/roleDefinitions';
import { parentOf } from '../../../../emulators/sharepoint/security/securable';
import { MemoryListStore } from '../../../../emulators/sharepoint/store/MemoryListStore';
import { addUser, itemFixture, listFixture, siteStore } from '../fixtures';

/** A store that counts scope look-ups, to show that trimming costs a fixed number of them per item. */
class CountingStore extends MemoryListStore {
  scopeLookups = 0;
  override scope(key: string) {
    this.scopeLookups++;
    return super.scope(key);
  }
}

describe('permissions of folders and the items in them', () => {
  let store: CountingStore;
  let admin: UserRecord;
  let anna: UserRecord;
  let erik: UserRecord;
  let list: ListRecord;
  let nextId: number;

  const as = (user: UserRecord) => new PermissionEvaluator(store, store.user(user.id)!);
  const onItem = (itemId: number) => ({ kind: 'item', listId: list.id, itemId }) as const;

  function folder(parentUrl: string, name: string): ItemRecord {
    const item = itemFixture(
      list,
      nextId++,
      {},
      { fileSystemObjectType: 1, folderUrl: parentUrl, leafName: name },
    );
    store.transaction(() => store.putItem(item));
    return item;
  }

  function item(folderUrl: string): ItemRecord {
    const record = itemFixture(list, nextId++, { Title: 'rad' }, { folderUrl });
    store.transaction(() => store.putItem(record));
    return record;
  }

  /** Breaks the folder's inheritance (admin keeps Full Control) and gives `user` the role. */
  function grant(folderItem: ItemRecord, user: UserRecord, roleDefinitionId: number): void {
    store.transaction(() => {
      breakRoleInheritance(store, onItem(folderItem.id), {
        copyRoleAssignments: false,
        clearSubscopes: false,
        callerId: admin.id,
      });
      addRoleAssignment(store, onItem(folderItem.id), { principalId: user.id, roleDefinitionId });
    });
  }

  beforeEach(() => {
    store = siteStore(new CountingStore());
    admin = store.userByLoginName(`i:0#.f|membership|${SITE_ADMIN_UPN}`)!;
    anna = addUser(store, 'anna.berg@kommun.example');
    erik = addUser(store, 'erik.lund@kommun.example');
    const created = listFixture('Inventeringar');
    list = created.list;
    store.transaction(() => {
      store.putList(list);
      for (const field of created.fields) store.putField(field);
      // Like the project's lists: only the owners keep access at list level.
      breakRoleInheritance(
        store,
        { kind: 'list', listId: list.id },
        {
          copyRoleAssignments: false,
          clearSubscopes: false,
          callerId: admin.id,
        },
      );
    });
    nextId = 1;
  });

  it('files folder items in the store by URL, case-insensitively', () => {
    const e1 = folder(list.rootFolderUrl, 'E1042');
    const inner = folder(`${list.rootFolderUrl}/E1042`, 'Arkiv');
    const row = item(`${list.rootFolderUrl}/E1042`);
    expect(store.folderItemId(list.id, `${list.rootFolderUrl}/e1042`)).toBe(e1.id);
    expect(store.folderItemId(list.id, `${list.rootFolderUrl}/E1042/Arkiv`)).toBe(inner.id);
    expect(store.folderItemId(list.id, list.rootFolderUrl)).toBeUndefined();
    expect(store.itemIdsInFolder(list.id, `${list.rootFolderUrl}/E1042`)).toEqual([inner.id, row.id]);
    expect(parentOf(onItem(row.id), store)).toEqual(onItem(e1.id));
    expect(parentOf(onItem(e1.id), store)).toEqual({ kind: 'list', listId: list.id });
    store.transaction(() => store.deleteItem(list.id, inner.id));
    expect(store.folderItemId(list.id, `${list.rootFolderUrl}/E1042/Arkiv`)).toBeUndefined();
    expect(store.itemIdsInFolder(list.id, `${list.rootFolderUrl}/E1042`)).toEqual([row.id]);
  });

  it('lets items, nested folders and their items inherit from the folder', () => {
    const e1 = folder(list.rootFolderUrl, 'E1042');
    const e2 = folder(list.rootFolderUrl, 'E2001');
    const inner = folder(`${list.rootFolderUrl}/E1042`, 'Arkiv');
    const mine = item(`${list.rootFolderUrl}/E1042`);
    const deep = item(`${list.rootFolderUrl}/E1042/Arkiv`);
    const other = item(`${list.rootFolderUrl}/E2001`);
    const atRoot = item(list.rootFolderUrl);
    grant(e1, anna, RoleDefinitionId.contribute);
    const evaluator = as(anna);
    for (const visible of [e1, inner, mine, deep]) expect(evaluator.canRead(list, visible)).toBe(true);
    for (const hidden of [e2, other, atRoot]) expect(evaluator.canRead(list, hidden)).toBe(false);
    expect(evaluator.canWrite(list, deep, 'EditListItems')).toBe(true);
    expect(evaluator.has(onItem(e1.id), 'AddListItems')).toBe(true);
    expect(evaluator.has({ kind: 'list', listId: list.id }, 'AddListItems')).toBe(false);
    expect(as(erik).canRead(list, mine)).toBe(false);
  });

  it('gives Limited Access on the list and web, and lets an item break away from its folder', () => {
    const e1 = folder(list.rootFolderUrl, 'E1042');
    const row = item(`${list.rootFolderUrl}/E1042`);
    grant(e1, anna, RoleDefinitionId.read);
    const evaluator = as(anna);
    expect(evaluator.has({ kind: 'list', listId: list.id }, 'Open')).toBe(true);
    expect(evaluator.has({ kind: 'list', listId: list.id }, 'ViewListItems')).toBe(false);
    expect(evaluator.has({ kind: 'web' }, 'Open')).toBe(true);
    store.transaction(() =>
      breakRoleInheritance(store, onItem(row.id), {
        copyRoleAssignments: true,
        clearSubscopes: false,
        callerId: admin.id,
      }),
    );
    // Copying takes the folder's assignments, not the list's.
    expect(effectiveAssignments(store, onItem(row.id))).toEqual(effectiveAssignments(store, onItem(e1.id)));
    store.transaction(() =>
      breakRoleInheritance(store, onItem(e1.id), {
        copyRoleAssignments: true,
        clearSubscopes: true,
        callerId: admin.id,
      }),
    );
    expect(hasUniqueRoleAssignments(store, onItem(row.id))).toBe(false);
  });

  it('trims 75,000 items in 3,750 folder scopes with a fixed number of scope look-ups per item', () => {
    const folders: ItemRecord[] = [];
    store.transaction(() => {
      for (let f = 0; f < 3_750; f++) {
        const record = itemFixture(
          list,
          nextId++,
          {},
          {
            fileSystemObjectType: 1,
            folderUrl: list.rootFolderUrl,
            leafName: `E${f}`,
          },
        );
        store.putItem(record);
        folders.push(record);
        for (let i = 0; i < 20; i++)
          store.putItem(itemFixture(list, nextId++, {}, { folderUrl: `${list.rootFolderUrl}/E${f}` }));
        breakRoleInheritance(store, onItem(record.id), {
          copyRoleAssignments: true,
          clearSubscopes: false,
          callerId: admin.id,
        });
        // Anna reviews every tenth unit.
        if (f % 10 === 0)
          addRoleAssignment(store, onItem(record.id), {
            principalId: anna.id,
            roleDefinitionId: RoleDefinitionId.read,
          });
      }
    });
    const evaluator = as(anna);
    const ids = store.itemIds(list.id);
    store.scopeLookups = 0;
    let visible = 0;
    for (const id of ids) if (evaluator.canRead(list, store.item(list.id, id)!)) visible++;
    expect(ids.length).toBe(3_750 * 21);
    expect(visible).toBe(375 * 21);
    // One look-up for the item's own scope, plus a few per folder the first time it is met.
    expect(store.scopeLookups).toBeLessThanOrEqual(ids.length + 3 * folders.length + 10);
  });
});
