import type {
  FieldRecord,
  GroupRecord,
  ItemRecord,
  ListRecord,
  RecycleBinRecord,
  RoleDefinitionRecord,
  ScopeRecord,
  UserRecord,
  ViewRecord,
  WebRecord,
} from '../model/records';
import { storedValue } from '../model/itemValues';
import { ItemIndex } from './ItemIndex';
import type { ListStore } from './ListStore';
import { insertSorted, removeSorted } from './sortedIds';

/** The stored collections; each change to one of them is one journal entry. */
export type TableName =
  'web' | 'list' | 'field' | 'view' | 'item' | 'user' | 'group' | 'roleDef' | 'scope' | 'blob' | 'recycle';

/** One write: the value before and after (undefined = absent). */
export interface Change {
  table: TableName;
  key: string;
  before: unknown;
  after: unknown;
}

/** The order a durable store loads tables in, so that lists and fields exist before their items are indexed. */
export const LOAD_ORDER: readonly TableName[] = [
  'web',
  'roleDef',
  'user',
  'group',
  'list',
  'field',
  'view',
  'item',
  'scope',
  'blob',
  'recycle',
];

interface ListData {
  fields: Map<string, FieldRecord>;
  views: Map<string, ViewRecord>;
  items: Map<number, ItemRecord>;
  ids: number[];
  /** By internal name. */
  indexes: Map<string, ItemIndex>;
  /** Folder items by their lower-cased server-relative URL. */
  folders: Map<string, number>;
  /** Ascending ids of the items directly in a folder, by the folder's lower-cased server-relative URL. */
  children: Map<string, number[]>;
}

/** The in-memory store; also the model the durable store keeps loaded and writes through from. */
export class MemoryListStore implements ListStore {
  readonly kind: 'memory' | 'sqlite' = 'memory';

  private webRecord: WebRecord | undefined;
  private readonly listsById = new Map<string, ListRecord>();
  private readonly listData = new Map<string, ListData>();
  private readonly usersById = new Map<number, UserRecord>();
  private readonly userIdsByLogin = new Map<string, number>();
  private readonly groupsById = new Map<number, GroupRecord>();
  private readonly roleDefinitionsById = new Map<number, RoleDefinitionRecord>();
  private readonly scopes = new Map<string, ScopeRecord>();
  /** By list id: the ids of the items whose scope key is in `scopes`. */
  private readonly scopedItemIds = new Map<string, Set<number>>();
  private readonly blobs = new Map<string, Buffer>();
  private readonly recycled = new Map<string, RecycleBinRecord>();
  private journal: Change[] | undefined;
  // Sorted snapshots handed out until the next change, so hot paths (every batch part builds a ListSchema and a
  // PermissionEvaluator) do not sort on every call.
  private readonly sortedFields = new Map<string, readonly FieldRecord[]>();
  private sortedGroups: readonly GroupRecord[] | undefined;

  transaction<T>(work: () => T): T {
    const outermost = this.journal === undefined;
    if (outermost) this.journal = [];
    const journal = this.journal!;
    const mark = journal.length;
    let result: T;
    try {
      result = work();
      if (result instanceof Promise) {
        throw new Error(
          'A store transaction must be synchronous: an await inside it would let other requests interleave.',
        );
      }
    } catch (error) {
      this.undoTo(journal, mark);
      if (outermost) this.journal = undefined;
      throw error;
    }
    if (outermost) {
      try {
        if (journal.length > 0) this.persist(journal);
      } catch (error) {
        this.undoTo(journal, 0);
        throw error;
      } finally {
        this.journal = undefined;
      }
    }
    return result;
  }

  durable(): Promise<void> {
    return Promise.resolve();
  }

  close(): void {
    // nothing to release in memory
  }

  /**
   * Hands the changes of a committed transaction to lasting storage (the in-memory store keeps nothing).
   * @throws on a disk error, which undoes the transaction.
   */
  protected persist(_changes: readonly Change[]): void {
    // in memory only
  }

  /** Undoes committed changes (newest last in the array), when a deferred disk write of them failed. */
  protected undoCommitted(changes: readonly Change[]): void {
    for (let i = changes.length - 1; i >= 0; i--) {
      const change = changes[i]!;
      this.apply(change.table, change.key, change.before);
    }
  }

  hasWeb(): boolean {
    return this.webRecord !== undefined;
  }

  web(): WebRecord {
    if (!this.webRecord) throw new Error('The site has not been set up yet.');
    return this.webRecord;
  }

  putWeb(web: WebRecord): void {
    this.write('web', 'web', web);
  }

  lists(): readonly ListRecord[] {
    return [...this.listsById.values()];
  }

  list(id: string): ListRecord | undefined {
    return this.listsById.get(id.toLowerCase());
  }

  listByTitle(title: string): ListRecord | undefined {
    const wanted = title.toLowerCase();
    for (const list of this.listsById.values()) if (list.title.toLowerCase() === wanted) return list;
    return undefined;
  }

  putList(list: ListRecord): void {
    this.write('list', list.id, list);
  }

  deleteList(id: string): void {
    const data = this.listData.get(id);
    if (data) {
      for (const itemId of [...data.ids]) this.deleteItem(id, itemId);
      for (const viewId of [...data.views.keys()]) this.deleteView(id, viewId);
      for (const fieldId of [...data.fields.keys()]) this.deleteField(id, fieldId);
    }
    if (this.scopes.has(`list:${id}`)) this.deleteScope(`list:${id}`);
    this.write('list', id, undefined);
  }

  fields(listId: string): readonly FieldRecord[] {
    let fields = this.sortedFields.get(listId);
    if (!fields) {
      fields = [...(this.listData.get(listId)?.fields.values() ?? [])].sort((a, b) => a.order - b.order);
      this.sortedFields.set(listId, fields);
    }
    return fields;
  }

  putField(field: FieldRecord): void {
    this.write('field', `${field.listId}/${field.id}`, field);
  }

  deleteField(listId: string, fieldId: string): void {
    this.write('field', `${listId}/${fieldId}`, undefined);
  }

  views(listId: string): readonly ViewRecord[] {
    const views = [...(this.listData.get(listId)?.views.values() ?? [])];
    return views.sort((a, b) => a.order - b.order);
  }

  putView(view: ViewRecord): void {
    this.write('view', `${view.listId}/${view.id}`, view);
  }

  deleteView(listId: string, viewId: string): void {
    this.write('view', `${listId}/${viewId}`, undefined);
  }

  itemCount(listId: string): number {
    return this.listData.get(listId)?.ids.length ?? 0;
  }

  item(listId: string, id: number): ItemRecord | undefined {
    return this.listData.get(listId)?.items.get(id);
  }

  itemIds(listId: string): readonly number[] {
    return this.listData.get(listId)?.ids ?? [];
  }

  itemIdsByIndex(listId: string, internalName: string, key: string): readonly number[] | undefined {
    return this.listData.get(listId)?.indexes.get(internalName)?.lookup(key);
  }

  folderItemId(listId: string, folderUrl: string): number | undefined {
    return this.listData.get(listId)?.folders.get(folderUrl.toLowerCase());
  }

  itemIdsInFolder(listId: string, folderUrl: string): readonly number[] {
    return this.listData.get(listId)?.children.get(folderUrl.toLowerCase()) ?? [];
  }

  putItem(item: ItemRecord): void {
    this.write('item', `${item.listId}/${item.id}`, item);
  }

  deleteItem(listId: string, id: number): void {
    const item = this.item(listId, id);
    if (!item) return;
    const scopeKey = `item:${listId}:${id}`;
    if (this.scopes.has(scopeKey)) this.deleteScope(scopeKey);
    if (item.file && this.blobs.has(item.file.blobId)) this.deleteBlob(item.file.blobId);
    this.write('item', `${listId}/${id}`, undefined);
  }

  users(): readonly UserRecord[] {
    return [...this.usersById.values()].sort((a, b) => a.id - b.id);
  }

  user(id: number): UserRecord | undefined {
    return this.usersById.get(id);
  }

  userByLoginName(loginName: string): UserRecord | undefined {
    const id = this.userIdsByLogin.get(loginName.toLowerCase());
    return id === undefined ? undefined : this.usersById.get(id);
  }

  putUser(user: UserRecord): void {
    this.write('user', String(user.id), user);
  }

  deleteUser(id: number): void {
    this.write('user', String(id), undefined);
  }

  groups(): readonly GroupRecord[] {
    this.sortedGroups ??= [...this.groupsById.values()].sort((a, b) => a.id - b.id);
    return this.sortedGroups;
  }

  group(id: number): GroupRecord | undefined {
    return this.groupsById.get(id);
  }

  groupByTitle(title: string): GroupRecord | undefined {
    const wanted = title.toLowerCase();
    for (const group of this.groupsById.values()) if (group.title.toLowerCase() === wanted) return group;
    return undefined;
  }

  putGroup(group: GroupRecord): void {
    this.write('group', String(group.id), group);
  }

  deleteGroup(id: number): void {
    this.write('group', String(id), undefined);
  }

  roleDefinitions(): readonly RoleDefinitionRecord[] {
    return [...this.roleDefinitionsById.values()].sort((a, b) => a.order - b.order || a.id - b.id);
  }

  roleDefinition(id: number): RoleDefinitionRecord | undefined {
    return this.roleDefinitionsById.get(id);
  }

  putRoleDefinition(definition: RoleDefinitionRecord): void {
    this.write('roleDef', String(definition.id), definition);
  }

  deleteRoleDefinition(id: number): void {
    this.write('roleDef', String(id), undefined);
  }

  scope(key: string): ScopeRecord | undefined {
    return this.scopes.get(key);
  }

  itemIdsWithScope(listId: string): ReadonlySet<number> {
    return this.scopedItemIds.get(listId) ?? NO_IDS;
  }

  scopeKeys(prefix: string): readonly string[] {
    return [...this.scopes.keys()].filter((key) => key.startsWith(prefix));
  }

  putScope(scope: ScopeRecord): void {
    this.write('scope', scope.key, scope);
  }

  deleteScope(key: string): void {
    this.write('scope', key, undefined);
  }

  blob(id: string): Buffer | undefined {
    return this.blobs.get(id);
  }

  putBlob(id: string, data: Buffer): void {
    this.write('blob', id, data);
  }

  deleteBlob(id: string): void {
    this.write('blob', id, undefined);
  }

  recycleBin(): readonly RecycleBinRecord[] {
    return [...this.recycled.values()];
  }

  putRecycleBinItem(entry: RecycleBinRecord): void {
    this.write('recycle', entry.id, entry);
  }

  private write(table: TableName, key: string, after: unknown): void {
    if (!this.journal) throw new Error(`A write to '${table}' outside a store transaction.`);
    const before = this.current(table, key);
    if (before === undefined && after === undefined) return;
    this.apply(table, key, after);
    this.journal.push({ table, key, before, after });
  }

  private undoTo(journal: Change[], mark: number): void {
    while (journal.length > mark) {
      const change = journal.pop()!;
      this.apply(change.table, change.key, change.before);
    }
  }

  private current(table: TableName, key: string): unknown {
    switch (table) {
      case 'web':
        return this.webRecord;
      case 'list':
        return this.listsById.get(key);
      case 'field': {
        const [listId, id] = splitKey(key);
        return this.listData.get(listId)?.fields.get(id);
      }
      case 'view': {
        const [listId, id] = splitKey(key);
        return this.listData.get(listId)?.views.get(id);
      }
      case 'item': {
        const [listId, id] = splitKey(key);
        return this.listData.get(listId)?.items.get(Number(id));
      }
      case 'user':
        return this.usersById.get(Number(key));
      case 'group':
        return this.groupsById.get(Number(key));
      case 'roleDef':
        return this.roleDefinitionsById.get(Number(key));
      case 'scope':
        return this.scopes.get(key);
      case 'blob':
        return this.blobs.get(key);
      case 'recycle':
        return this.recycled.get(key);
    }
  }

  /** Puts a value into the model without journaling (loading, undo, and `write`). */
  protected apply(table: TableName, key: string, value: unknown): void {
    switch (table) {
      case 'web':
        this.webRecord = value as WebRecord | undefined;
        return;
      case 'list':
        return this.applyList(key, value as ListRecord | undefined);
      case 'field':
        return this.applyField(key, value as FieldRecord | undefined);
      case 'view': {
        const [listId, id] = splitKey(key);
        setOrDelete(this.dataFor(listId).views, id, value as ViewRecord | undefined);
        return;
      }
      case 'item':
        return this.applyItem(key, value as ItemRecord | undefined);
      case 'user':
        return this.applyUser(Number(key), value as UserRecord | undefined);
      case 'group':
        setOrDelete(this.groupsById, Number(key), value as GroupRecord | undefined);
        this.sortedGroups = undefined;
        return;
      case 'roleDef':
        setOrDelete(this.roleDefinitionsById, Number(key), value as RoleDefinitionRecord | undefined);
        return;
      case 'scope':
        setOrDelete(this.scopes, key, value as ScopeRecord | undefined);
        this.fileItemScope(key, value !== undefined);
        return;
      case 'blob':
        setOrDelete(this.blobs, key, value as Buffer | undefined);
        return;
      case 'recycle':
        setOrDelete(this.recycled, key, value as RecycleBinRecord | undefined);
        return;
    }
  }

  /** Keeps `scopedItemIds` in step with one scope key (only the keys `scopeKeyOf` makes for items count). */
  private fileItemScope(key: string, present: boolean): void {
    if (!key.startsWith('item:')) return;
    const colon = key.lastIndexOf(':');
    const idText = key.slice(colon + 1);
    const id = Number(idText);
    if (colon < 5 || String(id) !== idText) return;
    const listId = key.slice(5, colon);
    let ids = this.scopedItemIds.get(listId);
    if (present) {
      if (!ids) {
        ids = new Set();
        this.scopedItemIds.set(listId, ids);
      }
      ids.add(id);
    } else if (ids) {
      ids.delete(id);
      if (ids.size === 0) this.scopedItemIds.delete(listId);
    }
  }

  private applyList(id: string, list: ListRecord | undefined): void {
    if (list) {
      this.listsById.set(id, list);
      this.dataFor(id);
    } else {
      this.listsById.delete(id);
      const data = this.listData.get(id);
      if (data && data.items.size === 0 && data.fields.size === 0 && data.views.size === 0)
        this.listData.delete(id);
    }
  }

  private applyField(key: string, field: FieldRecord | undefined): void {
    const [listId, id] = splitKey(key);
    this.sortedFields.delete(listId);
    const data = this.dataFor(listId);
    const old = data.fields.get(id);
    setOrDelete(data.fields, id, field);
    const keepsIndex = old?.indexed && field?.indexed && old.internalName === field.internalName;
    if (keepsIndex) return;
    if (old?.indexed) data.indexes.delete(old.internalName);
    if (field?.indexed) {
      const index = new ItemIndex();
      for (const item of data.items.values()) index.add(item.id, storedValue(item, field.internalName));
      data.indexes.set(field.internalName, index);
    }
  }

  private applyItem(key: string, item: ItemRecord | undefined): void {
    const [listId, idText] = splitKey(key);
    const id = Number(idText);
    const data = this.dataFor(listId);
    const old = data.items.get(id);
    for (const [name, index] of data.indexes) {
      if (old) index.remove(id, storedValue(old, name));
      if (item) index.add(id, storedValue(item, name));
    }
    if (item) {
      data.items.set(id, item);
      if (!old) insertSorted(data.ids, id);
    } else if (old) {
      data.items.delete(id);
      removeSorted(data.ids, id);
    }
    if (old) unfileFromFolder(data, old);
    if (item) fileInFolder(data, item);
  }

  private applyUser(id: number, user: UserRecord | undefined): void {
    const old = this.usersById.get(id);
    if (old) this.userIdsByLogin.delete(old.loginName.toLowerCase());
    setOrDelete(this.usersById, id, user);
    if (user) this.userIdsByLogin.set(user.loginName.toLowerCase(), id);
  }

  private dataFor(listId: string): ListData {
    let data = this.listData.get(listId);
    if (!data) {
      data = {
        fields: new Map(),
        views: new Map(),
        items: new Map(),
        ids: [],
        indexes: new Map(),
        folders: new Map(),
        children: new Map(),
      };
      this.listData.set(listId, data);
    }
    return data;
  }
}

const NO_IDS: ReadonlySet<number> = new Set();

/** The lower-cased server-relative URL of a folder item itself. */
function folderItemUrl(item: ItemRecord): string {
  return `${item.folderUrl}/${item.leafName ?? ''}`.toLowerCase();
}

function fileInFolder(data: ListData, item: ItemRecord): void {
  const parent = item.folderUrl.toLowerCase();
  let siblings = data.children.get(parent);
  if (!siblings) {
    siblings = [];
    data.children.set(parent, siblings);
  }
  insertSorted(siblings, item.id);
  if (item.fileSystemObjectType === 1) data.folders.set(folderItemUrl(item), item.id);
}

function unfileFromFolder(data: ListData, item: ItemRecord): void {
  const parent = item.folderUrl.toLowerCase();
  const siblings = data.children.get(parent);
  if (siblings) {
    removeSorted(siblings, item.id);
    if (siblings.length === 0) data.children.delete(parent);
  }
  if (item.fileSystemObjectType === 1 && data.folders.get(folderItemUrl(item)) === item.id)
    data.folders.delete(folderItemUrl(item));
}

function splitKey(key: string): [string, string] {
  const slash = key.indexOf('/');
  return [key.slice(0, slash), key.slice(slash + 1)];
}

function setOrDelete<K, V>(map: Map<K, V>, key: K, value: V | undefined): void {
  if (value === undefined) map.delete(key);
  else map.set(key, value);
}
