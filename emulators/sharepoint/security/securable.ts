import type { ListStore } from '../store/ListStore';

/** An object that can carry role assignments: the web, a list, or an item (a folder's item secures the folder). */
export type Securable =
  { kind: 'web' } | { kind: 'list'; listId: string } | { kind: 'item'; listId: string; itemId: number };

/** The scope key a securable's unique permissions are stored under. */
export function scopeKeyOf(securable: Securable): string {
  switch (securable.kind) {
    case 'web':
      return 'web';
    case 'list':
      return `list:${securable.listId}`;
    case 'item':
      return `item:${securable.listId}:${securable.itemId}`;
  }
}

/**
 * The object a securable inherits from: an item inherits from the folder it is in (the folder's item), a
 * top-level item from its list, a list from the web; the web from nothing.
 */
export function parentOf(securable: Securable, store: ListStore): Securable | undefined {
  switch (securable.kind) {
    case 'web':
      return undefined;
    case 'list':
      return { kind: 'web' };
    case 'item': {
      const item = store.item(securable.listId, securable.itemId);
      const folderId = item ? store.folderItemId(securable.listId, item.folderUrl) : undefined;
      return folderId === undefined
        ? { kind: 'list', listId: securable.listId }
        : { kind: 'item', listId: securable.listId, itemId: folderId };
    }
  }
}

/** The API path of a securable, e.g. `Web/Lists(guid'…')/Items(5)`. */
export function securablePath(securable: Securable): string {
  switch (securable.kind) {
    case 'web':
      return 'Web';
    case 'list':
      return `Web/Lists(guid'${securable.listId}')`;
    case 'item':
      return `Web/Lists(guid'${securable.listId}')/Items(${securable.itemId})`;
  }
}
