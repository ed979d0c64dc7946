import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../context';
import type { ItemRecord, ListRecord } from '../model/records';

/** A timestamp as SharePoint keeps it: UTC, whole seconds. */
export function stamp(ctx: RequestContext): string {
  return `${ctx.now.toISOString().slice(0, 19)}Z`;
}

/** The ETag header SharePoint sends for an item write: `"<item guid>,<version>"`. */
export function itemETag(item: ItemRecord): string {
  return `"${item.guid},${item.version}"`;
}

/** Stores a new item (or document, or folder) with the next id of its list. */
export function addItem(
  ctx: RequestContext,
  list: ListRecord,
  init: Pick<ItemRecord, 'values' | 'contentTypeId' | 'folderUrl'> &
    Partial<Pick<ItemRecord, 'fileSystemObjectType' | 'file' | 'leafName'>>,
): ItemRecord {
  const current = ctx.store.list(list.id) ?? list;
  const now = stamp(ctx);
  const item: ItemRecord = {
    listId: list.id,
    id: current.nextItemId,
    guid: randomUUID(),
    version: 1,
    created: now,
    modified: now,
    authorId: ctx.user.id,
    editorId: ctx.user.id,
    fileSystemObjectType: 0,
    ...init,
  };
  ctx.store.putItem(item);
  ctx.store.putList({ ...current, nextItemId: current.nextItemId + 1, lastItemModifiedDate: now });
  return item;
}

/** Stores a changed item: one version up, modified now by the user. */
export function touchItem(
  ctx: RequestContext,
  { list, item, change }: { list: ListRecord; item: ItemRecord; change: Partial<ItemRecord> },
): ItemRecord {
  const now = stamp(ctx);
  const updated: ItemRecord = {
    ...item,
    ...change,
    version: item.version + 1,
    modified: now,
    editorId: ctx.user.id,
  };
  ctx.store.putItem(updated);
  const current = ctx.store.list(list.id) ?? list;
  ctx.store.putList({ ...current, lastItemModifiedDate: now });
  return updated;
}

/**
 * Deletes an item, and everything in it when it is a folder, and notes when on its list (LastItemDeletedDate), as
 * SharePoint does for every deletion.
 */
export function deleteItem(ctx: RequestContext, list: ListRecord, item: ItemRecord): void {
  if (item.fileSystemObjectType === 1) {
    const prefix = `${item.folderUrl}/${item.leafName}`.toLowerCase();
    for (const id of [...ctx.store.itemIds(list.id)]) {
      const folder = ctx.store.item(list.id, id)!.folderUrl.toLowerCase();
      if (folder === prefix || folder.startsWith(`${prefix}/`)) ctx.store.deleteItem(list.id, id);
    }
  }
  ctx.store.deleteItem(list.id, item.id);
  const current = ctx.store.list(list.id) ?? list;
  ctx.store.putList({ ...current, lastItemDeletedDate: stamp(ctx) });
}
