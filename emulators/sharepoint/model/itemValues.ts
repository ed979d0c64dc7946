import type { FieldValue, ItemRecord } from './records';

/**
 * The stored value of a column of an item, by internal name: built-in columns live on the record itself
 * (ID, Author, Created...), the rest in `values`. User and lookup columns hold ids.
 */
export function storedValue(item: ItemRecord, internalName: string): FieldValue | undefined {
  switch (internalName) {
    case 'ID':
    case 'Id':
      return item.id;
    case 'Author':
      return item.authorId;
    case 'Editor':
      return item.editorId;
    case 'Created':
      return item.created;
    case 'Modified':
      return item.modified;
    case 'GUID':
      return item.guid;
    case 'owshiddenversion':
      return item.version;
    case 'FSObjType':
      return item.fileSystemObjectType;
    case 'ContentTypeId':
      return item.contentTypeId;
    case 'FileLeafRef':
      // A list item's "file" is `<id>_.000`, as SharePoint names it.
      return item.file?.name ?? item.leafName ?? `${item.id}_.000`;
    case 'FileRef':
      return `${item.folderUrl}/${item.file?.name ?? item.leafName ?? `${item.id}_.000`}`;
    case 'FileDirRef':
      return item.folderUrl;
    default:
      return item.values[internalName];
  }
}

/**
 * `storedValue` for one column, decided once: collection answers read the same columns of thousands of items, so
 * the column's switch is not repeated per item.
 */
export function storedValueReader(internalName: string): (item: ItemRecord) => FieldValue | undefined {
  switch (internalName) {
    case 'ID':
    case 'Id':
      return (item) => item.id;
    case 'Author':
      return (item) => item.authorId;
    case 'Editor':
      return (item) => item.editorId;
    case 'Created':
      return (item) => item.created;
    case 'Modified':
      return (item) => item.modified;
    case 'GUID':
      return (item) => item.guid;
    case 'owshiddenversion':
      return (item) => item.version;
    case 'FSObjType':
      return (item) => item.fileSystemObjectType;
    case 'ContentTypeId':
      return (item) => item.contentTypeId;
    case 'FileLeafRef':
    case 'FileRef':
    case 'FileDirRef':
      return (item) => storedValue(item, internalName);
    default:
      return (item) => item.values[internalName];
  }
}
