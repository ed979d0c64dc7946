import type { FieldRecord } from '../model/records';

/** SP.FieldType numbers the emulator knows. */
export const FieldTypeKind = {
  Integer: 1,
  Text: 2,
  Note: 3,
  DateTime: 4,
  Counter: 5,
  Choice: 6,
  Lookup: 7,
  Boolean: 8,
  Number: 9,
  Currency: 10,
  URL: 11,
  Computed: 12,
  Guid: 14,
  MultiChoice: 15,
  Calculated: 17,
  File: 18,
  Attachments: 19,
  User: 20,
  ContentTypeId: 25,
} as const;

/** How a field's values are stored, validated and shown. */
export type ValueShape =
  | 'text'
  | 'number'
  | 'integer'
  | 'boolean'
  | 'dateTime'
  | 'multiChoice'
  | 'user'
  | 'userMulti'
  | 'lookup'
  | 'lookupMulti'
  | 'url'
  | 'readOnly';

/** The value shape of a field. */
export function valueShape(field: FieldRecord): ValueShape {
  switch (field.fieldTypeKind) {
    case FieldTypeKind.Text:
    case FieldTypeKind.Note:
    case FieldTypeKind.Choice:
      return 'text';
    case FieldTypeKind.Number:
    case FieldTypeKind.Currency:
      return 'number';
    case FieldTypeKind.Integer:
      return 'integer';
    case FieldTypeKind.Boolean:
      return 'boolean';
    case FieldTypeKind.DateTime:
      return 'dateTime';
    case FieldTypeKind.MultiChoice:
      return 'multiChoice';
    case FieldTypeKind.User:
      return field.allowMultipleValues ? 'userMulti' : 'user';
    case FieldTypeKind.Lookup:
      // FileRef, FileDirRef and FSObjType are lookups into the list's own storage: REST shows them as values.
      if (field.fromBaseType && field.lookupListId === undefined) return 'readOnly';
      return field.allowMultipleValues ? 'lookupMulti' : 'lookup';
    case FieldTypeKind.URL:
      return 'url';
    default:
      return 'readOnly';
  }
}

const SP_TYPE_NAMES: Record<number, string> = {
  [FieldTypeKind.Integer]: 'SP.FieldNumber',
  [FieldTypeKind.Text]: 'SP.FieldText',
  [FieldTypeKind.Note]: 'SP.FieldMultiLineText',
  [FieldTypeKind.DateTime]: 'SP.FieldDateTime',
  [FieldTypeKind.Counter]: 'SP.Field',
  [FieldTypeKind.Choice]: 'SP.FieldChoice',
  [FieldTypeKind.Lookup]: 'SP.FieldLookup',
  [FieldTypeKind.Boolean]: 'SP.Field',
  [FieldTypeKind.Number]: 'SP.FieldNumber',
  [FieldTypeKind.Currency]: 'SP.FieldCurrency',
  [FieldTypeKind.URL]: 'SP.FieldUrl',
  [FieldTypeKind.Computed]: 'SP.FieldComputed',
  [FieldTypeKind.Guid]: 'SP.FieldGuid',
  [FieldTypeKind.MultiChoice]: 'SP.FieldMultiChoice',
  [FieldTypeKind.Calculated]: 'SP.FieldCalculated',
  [FieldTypeKind.User]: 'SP.FieldUser',
};

/** The entity type of a field in REST answers (`SP.FieldText`, `SP.FieldUser`...). */
export function fieldEntityType(field: FieldRecord): string {
  return SP_TYPE_NAMES[field.fieldTypeKind] ?? 'SP.Field';
}

const TYPE_AS_STRING: Record<number, string> = {
  [FieldTypeKind.Integer]: 'Integer',
  [FieldTypeKind.Text]: 'Text',
  [FieldTypeKind.Note]: 'Note',
  [FieldTypeKind.DateTime]: 'DateTime',
  [FieldTypeKind.Counter]: 'Counter',
  [FieldTypeKind.Choice]: 'Choice',
  [FieldTypeKind.Lookup]: 'Lookup',
  [FieldTypeKind.Boolean]: 'Boolean',
  [FieldTypeKind.Number]: 'Number',
  [FieldTypeKind.Currency]: 'Currency',
  [FieldTypeKind.URL]: 'URL',
  [FieldTypeKind.Computed]: 'Computed',
  [FieldTypeKind.Guid]: 'Guid',
  [FieldTypeKind.MultiChoice]: 'MultiChoice',
  [FieldTypeKind.Calculated]: 'Calculated',
  [FieldTypeKind.File]: 'File',
  [FieldTypeKind.Attachments]: 'Attachments',
  [FieldTypeKind.User]: 'User',
  [FieldTypeKind.ContentTypeId]: 'ContentTypeId',
};

/** `TypeAsString`: the type name, with `UserMulti`/`LookupMulti` for multi-value fields. */
export function typeAsString(options: { fieldTypeKind: number; allowMultipleValues: boolean }): string {
  const name = TYPE_AS_STRING[options.fieldTypeKind] ?? 'Text';
  return options.allowMultipleValues && (name === 'User' || name === 'Lookup') ? `${name}Multi` : name;
}

/** The FieldTypeKind of a `Type` attribute of Field XML (`UserMulti` → User). @returns undefined when unknown. */
export function kindFromTypeName(typeName: string): { kind: number; multi: boolean } | undefined {
  if (typeName === 'UserMulti') return { kind: FieldTypeKind.User, multi: true };
  if (typeName === 'LookupMulti') return { kind: FieldTypeKind.Lookup, multi: true };
  for (const [kind, name] of Object.entries(TYPE_AS_STRING)) {
    if (name.toLowerCase() === typeName.toLowerCase()) return { kind: Number(kind), multi: false };
  }
  return undefined;
}
