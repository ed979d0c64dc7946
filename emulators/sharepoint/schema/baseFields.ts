import type { FieldRecord } from '../model/records';
import { FieldTypeKind, typeAsString } from './fieldTypes';

interface BaseField {
  id: string;
  internalName: string;
  title: string;
  kind: number;
  hidden?: boolean;
  readOnly?: boolean;
  required?: boolean;
  /** Only in document libraries / only in generic lists. */
  only?: 'library' | 'list';
}

// Built-in columns every list has, with SharePoint's fixed field ids, in SharePoint's collection order.
const BASE_FIELDS: readonly BaseField[] = [
  {
    id: '03e45e84-1992-4d42-9116-26f756012634',
    internalName: 'ContentTypeId',
    title: 'Content Type ID',
    kind: FieldTypeKind.ContentTypeId,
    hidden: true,
    readOnly: true,
  },
  {
    id: 'fa564e0f-0c70-4ab9-b863-0177e6ddd247',
    internalName: 'Title',
    title: 'Title',
    kind: FieldTypeKind.Text,
  },
  {
    id: '3a6b296c-3f50-445c-a13f-9c679ea9dda3',
    internalName: 'ComplianceAssetId',
    title: 'Compliance Asset Id',
    kind: FieldTypeKind.Text,
    readOnly: true,
  },
  {
    id: '1d22ea11-1e32-424e-89ab-9fedbadb6ce1',
    internalName: 'ID',
    title: 'ID',
    kind: FieldTypeKind.Counter,
    readOnly: true,
  },
  {
    id: '28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f',
    internalName: 'Modified',
    title: 'Modified',
    kind: FieldTypeKind.DateTime,
    readOnly: true,
  },
  {
    id: '8c06beca-0777-48f7-91c7-6da68bc07b69',
    internalName: 'Created',
    title: 'Created',
    kind: FieldTypeKind.DateTime,
    readOnly: true,
  },
  {
    id: '1df5e554-ec7e-46a6-901d-d85a3881cb18',
    internalName: 'Author',
    title: 'Created By',
    kind: FieldTypeKind.User,
    readOnly: true,
  },
  {
    id: 'd31655d1-1d5b-4511-95a1-7a09e9b75bf2',
    internalName: 'Editor',
    title: 'Modified By',
    kind: FieldTypeKind.User,
    readOnly: true,
  },
  {
    id: 'dce8262a-3ae9-45aa-aab4-83bd75fb738a',
    internalName: '_UIVersionString',
    title: 'Version',
    kind: FieldTypeKind.Text,
    readOnly: true,
  },
  {
    id: '67df98f4-9dec-48ff-a553-29bece9c5bf4',
    internalName: 'Attachments',
    title: 'Attachments',
    kind: FieldTypeKind.Attachments,
    only: 'list',
  },
  {
    id: 'ae069f25-3ac2-4256-b9c3-15dbc15da0e0',
    internalName: 'GUID',
    title: 'GUID',
    kind: FieldTypeKind.Guid,
    hidden: true,
    readOnly: true,
  },
  {
    id: '82642ec8-ef9b-478f-acf9-31f7d45fbc31',
    internalName: 'LinkTitle',
    title: 'Title',
    kind: FieldTypeKind.Computed,
    readOnly: true,
    only: 'list',
  },
  {
    id: 'bc91a437-52e7-49e1-8c4e-4698904b2b6d',
    internalName: 'LinkTitleNoMenu',
    title: 'Title',
    kind: FieldTypeKind.Computed,
    readOnly: true,
    only: 'list',
  },
  {
    id: '8553196d-ec8d-4564-9861-3dbe931050c8',
    internalName: 'FileLeafRef',
    title: 'Name',
    kind: FieldTypeKind.File,
    required: true,
  },
  {
    id: '94f89715-e097-4e8b-ba79-ea02aa8b7adb',
    internalName: 'FileRef',
    title: 'URL Path',
    kind: FieldTypeKind.Lookup,
    hidden: true,
    readOnly: true,
  },
  {
    id: '56605df6-8fa1-47e4-a04c-5b384d59609f',
    internalName: 'FileDirRef',
    title: 'Path',
    kind: FieldTypeKind.Lookup,
    hidden: true,
    readOnly: true,
  },
  {
    id: '30bb605f-5bae-48fe-b4e3-1f81d9772af9',
    internalName: 'FSObjType',
    title: 'Item Type',
    kind: FieldTypeKind.Lookup,
    hidden: true,
    readOnly: true,
  },
  {
    id: 'd4e44a66-ee3a-4d02-88c9-4ec5ff3f4cd5',
    internalName: 'owshiddenversion',
    title: 'owshiddenversion',
    kind: FieldTypeKind.Integer,
    hidden: true,
    readOnly: true,
  },
];

/** The built-in fields of a new list (`baseType` 0) or document library (1), as stored records. */
export function baseFieldsFor(options: { listId: string; baseType: number }): FieldRecord[] {
  const library = options.baseType === 1;
  return BASE_FIELDS.filter(
    (field) => field.only === undefined || (field.only === 'library') === library,
  ).map((field, order): FieldRecord => ({
    id: field.id,
    listId: options.listId,
    internalName: field.internalName,
    staticName: field.internalName,
    title: field.title,
    fieldTypeKind: field.kind,
    typeAsString: typeAsString({ fieldTypeKind: field.kind, allowMultipleValues: false }),
    required: (field.required ?? false) || (field.internalName === 'Title' && !library),
    indexed: false,
    enforceUniqueValues: false,
    // A generic list's items have a (hidden) Name too, `<id>_.000`.
    hidden: (field.hidden ?? false) || (field.internalName === 'FileLeafRef' && !library),
    readOnlyField: field.readOnly ?? false,
    fromBaseType: true,
    description: '',
    group: field.hidden ? '_Hidden' : 'Base Columns',
    defaultValue: null,
    ...(field.kind === FieldTypeKind.Text && { maxLength: 255 }),
    ...(field.kind === FieldTypeKind.User && { selectionMode: 0, allowMultipleValues: false }),
    order,
    extra: {},
  }));
}

/** Built-in columns that are indexed without being marked (SharePoint keeps ID, Created and Modified indexed). */
export const IMPLICITLY_INDEXED: ReadonlySet<string> = new Set(['ID', 'Id', 'Created', 'Modified']);
