import type {
  FieldRecord,
  FieldValue,
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

/**
 * What handlers read and write. Two stores implement it: in memory, and durable SQLite (which keeps the same
 * in-memory model and writes every committed transaction through to disk before the request is answered).
 * Every write must happen inside `transaction`; a transaction that throws leaves nothing behind.
 */
export interface ListStore {
  /** Which implementation this is. */
  readonly kind: 'memory' | 'sqlite';

  /**
   * Runs `work` atomically: if it throws, every write it made is undone. Nested calls are savepoints (a failing
   * inner call undoes only its own writes). The outermost call commits; see `durable` for when that is on disk.
   * @throws whatever `work` throws, after undoing its writes; or the disk error that prevented the commit.
   */
  transaction<T>(work: () => T): T;
  /**
   * Resolves when every transaction committed so far is on disk. The durable store writes the commits of
   * requests that arrive together in one SQLite transaction (group commit), so a request is answered only after
   * awaiting this; the in-memory store resolves at once.
   * @throws (rejects with) the disk error that prevented the write; the writes it covered have been undone.
   */
  durable(): Promise<void>;
  /** Closes the store, writing any pending commits first (the durable store closes its database). */
  close(): void;

  /** Whether the site has been set up (a fresh data directory has no web yet). */
  hasWeb(): boolean;
  /** @throws Error before the site has been set up. */
  web(): WebRecord;
  putWeb(web: WebRecord): void;

  lists(): readonly ListRecord[];
  list(id: string): ListRecord | undefined;
  /** Case-insensitive, as SharePoint's `getByTitle`. */
  listByTitle(title: string): ListRecord | undefined;
  putList(list: ListRecord): void;
  /** Deletes the list with its fields, views, items, files and permission scopes. */
  deleteList(id: string): void;

  /** In creation order. */
  fields(listId: string): readonly FieldRecord[];
  /** Creates or replaces a field; turning `indexed` on builds the field's index. */
  putField(field: FieldRecord): void;
  deleteField(listId: string, fieldId: string): void;

  views(listId: string): readonly ViewRecord[];
  putView(view: ViewRecord): void;
  deleteView(listId: string, viewId: string): void;

  itemCount(listId: string): number;
  item(listId: string, id: number): ItemRecord | undefined;
  /** Ascending ids of all items of the list. */
  itemIds(listId: string): readonly number[];
  /**
   * Ascending ids of the items whose indexed field `internalName` has the index key `key` (see `literalKey`);
   * undefined when the field has no index.
   */
  itemIdsByIndex(listId: string, internalName: string, key: string): readonly number[] | undefined;
  /**
   * The id of the folder item whose server-relative URL is `folderUrl` (case-insensitive); undefined when the
   * URL is the list's root folder or no such folder exists.
   */
  folderItemId(listId: string, folderUrl: string): number | undefined;
  /** Ascending ids of the items, documents and folders directly inside a folder (case-insensitive URL). */
  itemIdsInFolder(listId: string, folderUrl: string): readonly number[];
  putItem(item: ItemRecord): void;
  /** Deletes the item with its permission scope and file content. */
  deleteItem(listId: string, id: number): void;

  users(): readonly UserRecord[];
  user(id: number): UserRecord | undefined;
  /** Case-insensitive. */
  userByLoginName(loginName: string): UserRecord | undefined;
  putUser(user: UserRecord): void;
  deleteUser(id: number): void;

  groups(): readonly GroupRecord[];
  group(id: number): GroupRecord | undefined;
  /** Case-insensitive. */
  groupByTitle(title: string): GroupRecord | undefined;
  putGroup(group: GroupRecord): void;
  deleteGroup(id: number): void;

  roleDefinitions(): readonly RoleDefinitionRecord[];
  roleDefinition(id: number): RoleDefinitionRecord | undefined;
  putRoleDefinition(definition: RoleDefinitionRecord): void;
  deleteRoleDefinition(id: number): void;

  /** The unique permissions of a securable (`web`, `list:<id>`, `item:<listId>:<id>`), if it has any. */
  scope(key: string): ScopeRecord | undefined;
  /**
   * Ids of the items of a list that have a scope of their own (`item:<listId>:<id>`), kept with the scopes: a
   * permission-trimmed query asks this for every item it reads, instead of building each item's scope key.
   */
  itemIdsWithScope(listId: string): ReadonlySet<number>;
  /** Keys of all scopes that start with `prefix` (e.g. every item scope of a list). */
  scopeKeys(prefix: string): readonly string[];
  putScope(scope: ScopeRecord): void;
  deleteScope(key: string): void;

  blob(id: string): Buffer | undefined;
  putBlob(id: string, data: Buffer): void;
  deleteBlob(id: string): void;

  recycleBin(): readonly RecycleBinRecord[];
  putRecycleBinItem(entry: RecycleBinRecord): void;
}

/** Re-exported so handlers need one import for stored values. */
export type { FieldValue };
