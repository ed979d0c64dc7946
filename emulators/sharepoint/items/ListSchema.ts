import type { FieldRecord, ListRecord } from '../model/records';
import { IMPLICITLY_INDEXED } from '../schema/baseFields';
import { valueShape, type ValueShape } from '../schema/fieldTypes';
import { entityPropertyName } from '../schema/internalNames';
import type { ListStore } from '../store/ListStore';

/** How a REST property name maps onto a field: its value, or the id(s) of a user/lookup field (`AuthorId`). */
export interface PropertyBinding {
  field: FieldRecord;
  /** 'value' for plain fields; 'id' for `<Name>Id` of user/lookup fields; 'stringId' for `<Name>StringId`. */
  part: 'value' | 'id' | 'stringId';
}

/** A list's fields by every name a request may use for them. */
interface FieldNames {
  byInternalName: Map<string, FieldRecord>;
  byProperty: Map<string, PropertyBinding>;
}

// The store hands out the same fields array until a field changes, so the name maps are built once per change.
const namesByFields = new WeakMap<readonly FieldRecord[], FieldNames>();

/** The fields of one list, indexed by every name a request may use for them. */
export class ListSchema {
  readonly fields: readonly FieldRecord[];
  private readonly byInternalName: Map<string, FieldRecord>;
  private readonly byProperty: Map<string, PropertyBinding>;

  constructor(
    readonly list: ListRecord,
    store: ListStore,
  ) {
    this.fields = store.fields(list.id);
    let names = namesByFields.get(this.fields);
    if (!names) {
      names = fieldNames(this.fields);
      namesByFields.set(this.fields, names);
    }
    this.byInternalName = names.byInternalName;
    this.byProperty = names.byProperty;
  }

  /** A field by internal name, or by REST property name (`OData__UIVersionString`), case-insensitively. */
  field(name: string): FieldRecord | undefined {
    const lower = name.toLowerCase();
    return this.byInternalName.get(lower) ?? this.byProperty.get(lower)?.field;
  }

  /** What a REST property name in a body, `$select` or `$filter` refers to. */
  property(name: string): PropertyBinding | undefined {
    return this.byProperty.get(name.toLowerCase());
  }

  /** Whether the list view threshold treats the field as indexed. */
  isIndexed(field: FieldRecord): boolean {
    return field.indexed || IMPLICITLY_INDEXED.has(field.internalName);
  }
}

function fieldNames(fields: readonly FieldRecord[]): FieldNames {
  const byInternalName = new Map<string, FieldRecord>();
  const byProperty = new Map<string, PropertyBinding>();
  for (const field of fields) {
    byInternalName.set(field.internalName.toLowerCase(), field);
    const property = entityPropertyName(field.internalName);
    const shape = valueShape(field);
    if (isReference(shape)) {
      byProperty.set(`${property}Id`.toLowerCase(), { field, part: 'id' });
      if (shape === 'user' || shape === 'userMulti') {
        byProperty.set(`${property}StringId`.toLowerCase(), { field, part: 'stringId' });
      }
    } else {
      byProperty.set(property.toLowerCase(), { field, part: 'value' });
    }
  }
  // `Id` and `ID` both name the item id in SharePoint's payloads.
  const id = byInternalName.get('id');
  if (id) byProperty.set('id', { field: id, part: 'value' });
  return { byInternalName, byProperty };
}

/** Whether a field holds principal or item ids (users and lookups). */
export function isReference(shape: ValueShape): boolean {
  return shape === 'user' || shape === 'userMulti' || shape === 'lookup' || shape === 'lookupMulti';
}
