import { randomUUID } from 'node:crypto';
import type { FieldRecord, ListRecord, ViewRecord } from '../model/records';
import { baseFieldsFor } from './baseFields';
import { listNames } from './internalNames';

/** What a list is created from. */
export interface NewListSpec {
  title: string;
  description: string;
  baseTemplate: 100 | 101;
  hidden: boolean;
  enableVersioning: boolean;
  contentTypesEnabled: boolean;
  allowContentTypes: boolean;
}

/** A new list with its built-in fields and default view, its URL name made unique among `takenUrlNames`. */
export function newList(
  spec: NewListSpec,
  options: { webServerRelativeUrl: string; now: string; takenUrlNames: ReadonlySet<string>; id?: string },
): { list: ListRecord; fields: FieldRecord[]; view: ViewRecord } {
  const id = options.id ?? randomUUID();
  const names = listNames({ title: spec.title, baseTemplate: spec.baseTemplate });
  let urlName = names.urlName;
  for (let n = 1; options.takenUrlNames.has(urlName.toLowerCase()); n++) urlName = `${names.urlName}${n}`;
  const entityTypeName =
    urlName === names.urlName
      ? names.entityTypeName
      : listNames({ title: urlName, baseTemplate: spec.baseTemplate }).entityTypeName;
  const library = spec.baseTemplate === 101;
  const rootFolderUrl = library
    ? `${options.webServerRelativeUrl}/${urlName}`
    : `${options.webServerRelativeUrl}/Lists/${urlName}`;
  const list: ListRecord = {
    id,
    title: spec.title,
    description: spec.description,
    baseTemplate: spec.baseTemplate,
    baseType: library ? 1 : 0,
    urlName,
    rootFolderUrl,
    entityTypeName,
    created: options.now,
    // SharePoint keeps these to the second (and the stored overview relies on that: docs/emulator.md).
    lastItemModifiedDate: `${options.now.slice(0, 19)}Z`,
    lastItemDeletedDate: `${options.now.slice(0, 19)}Z`,
    readSecurity: 1,
    writeSecurity: 1,
    hidden: spec.hidden,
    enableVersioning: spec.enableVersioning,
    contentTypesEnabled: spec.contentTypesEnabled,
    allowContentTypes: spec.allowContentTypes,
    version: 0,
    nextItemId: 1,
  };
  const view: ViewRecord = {
    id: randomUUID(),
    listId: id,
    title: library ? 'All Documents' : 'All Items',
    personalView: false,
    defaultView: true,
    hidden: false,
    viewQuery: library
      ? '<OrderBy><FieldRef Name="FileLeafRef" /></OrderBy>'
      : '<OrderBy><FieldRef Name="ID" /></OrderBy>',
    rowLimit: 30,
    paged: true,
    viewFields: library ? ['FileLeafRef', 'Modified', 'Editor'] : ['LinkTitle'],
    serverRelativeUrl: library ? `${rootFolderUrl}/Forms/AllItems.aspx` : `${rootFolderUrl}/AllItems.aspx`,
    order: 0,
    extra: {},
  };
  return { list, fields: baseFieldsFor({ listId: id, baseType: list.baseType }), view };
}

/** The item content type id of a list: `0x0100` (item), `0x0101` (document) or `0x0120` (folder) + list suffix. */
export function contentTypeIdFor(list: ListRecord, kind: 'item' | 'document' | 'folder'): string {
  const prefix = kind === 'folder' ? '0x0120' : kind === 'document' ? '0x0101' : '0x0100';
  return `${prefix}${list.id.replace(/-/g, '').toUpperCase()}`;
}

/**
 * `ListItemEntityTypeFullName`: `SP.Data.<EntityTypeName>Item`, e.g. `SP.Data.InventeringListItem` for a list
 * (EntityTypeName `InventeringList`) and `SP.Data.Shared_x0020_DocumentsItem` for a library.
 */
export function listItemEntityTypeFullName(list: ListRecord): string {
  return `SP.Data.${list.entityTypeName}Item`;
}
