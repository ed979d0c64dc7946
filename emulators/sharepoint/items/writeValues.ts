import type { RequestContext } from '../context';
import { SpErrorFactory } from '../errors/SpErrorFactory';
import type { FieldRecord, FieldValue, ItemRecord } from '../model/records';
import { storedValue } from '../model/itemValues';
import { literalKey } from '../store/ItemIndex';
import { FieldTypeKind, valueShape } from '../schema/fieldTypes';
import { listItemEntityTypeFullName } from '../schema/newList';
import { requireEntityType } from '../entities/entityTypes';
import type { ListSchema } from './ListSchema';

/**
 * The field values a write body sets, by internal name, read as SharePoint reads them: REST property names
 * (`<User>Id`, `OData__X`), plain arrays or verbose `{"results":[…]}` for multi values, ISO dates. Read-only
 * built-in columns are left to the server; `<User>StringId` is ignored.
 * @throws SpError for an unknown property, a value of the wrong type, or a value the field's rules refuse.
 */
export function valuesFromBody(
  ctx: RequestContext,
  schema: ListSchema,
  body: Record<string, unknown>,
): Record<string, FieldValue> {
  const values: Record<string, FieldValue> = {};
  const type = listItemEntityTypeFullName(schema.list);
  for (const [name, raw] of Object.entries(body)) {
    if (name === '__metadata') {
      const given = (raw as { type?: unknown } | null)?.type;
      if (typeof given === 'string' && given !== type) throw SpErrorFactory.unresolvableType({ type: given });
      continue;
    }
    const binding = schema.property(name);
    if (!binding) {
      // SP.ListItem's own documented properties (FileSystemObjectType, DisplayName…) are not the list's columns.
      if (requireEntityType('SP.ListItem').availability(name) !== 'undocumented')
        throw SpErrorFactory.notImplemented({ what: `writing SP.ListItem.${name}`, modelled: false });
      throw SpErrorFactory.propertyNotOnType({ name, type });
    }
    // SharePoint renames a folder or file when FileLeafRef is written; the emulator does not model renames, and
    // ignoring the value as for the other read-only columns would answer 204 for a rename that never happened.
    if (binding.field.internalName === 'FileLeafRef')
      throw SpErrorFactory.notImplemented({ what: 'renaming an item by writing FileLeafRef' });
    if (binding.part === 'stringId' || binding.field.readOnlyField) continue;
    values[binding.field.internalName] = coerce(ctx, binding.field, raw);
  }
  return values;
}

/** The values a new item starts with: each field's default value, where it has one. */
export function defaultValues(ctx: RequestContext, schema: ListSchema): Record<string, FieldValue> {
  const values: Record<string, FieldValue> = {};
  for (const field of schema.fields) {
    if (field.defaultValue === null || field.readOnlyField || field.fromBaseType) continue;
    const shape = valueShape(field);
    if (shape === 'dateTime' && field.defaultValue.toLowerCase() === '[today]') {
      values[field.internalName] = `${ctx.now.toISOString().slice(0, 10)}T00:00:00Z`;
      continue;
    }
    const raw: unknown =
      shape === 'boolean'
        ? field.defaultValue === '1' || field.defaultValue.toLowerCase() === 'true'
        : field.defaultValue;
    try {
      values[field.internalName] = coerce(ctx, field, raw);
    } catch {
      // A default SharePoint could not apply is skipped, as SharePoint leaves such a field empty.
    }
  }
  return values;
}

/**
 * @throws SpError when a field that enforces unique values would hold a value another item of the list has.
 */
export function checkUniqueValues(ctx: RequestContext, schema: ListSchema, item: ItemRecord): void {
  for (const field of schema.fields) {
    if (!field.enforceUniqueValues) continue;
    const value = storedValue(item, field.internalName);
    if (value === null || value === undefined || Array.isArray(value)) continue;
    const key = literalKey(value as string | number | boolean);
    const ids = ctx.store.itemIdsByIndex(item.listId, field.internalName, key) ?? [];
    if (ids.some((id) => id !== item.id)) throw SpErrorFactory.duplicateValues();
  }
}

function coerce(ctx: RequestContext, field: FieldRecord, raw: unknown): FieldValue {
  const shape = valueShape(field);
  if (raw === undefined) return null;
  switch (shape) {
    case 'text': {
      if (raw === null) return null;
      if (typeof raw !== 'string' && typeof raw !== 'number' && typeof raw !== 'boolean') {
        throw SpErrorFactory.cannotConvertValue({ edmType: 'Edm.String' });
      }
      const text = String(raw);
      if (field.fieldTypeKind === FieldTypeKind.Text && text.length > (field.maxLength ?? 255)) {
        throw SpErrorFactory.invalidFieldValue({
          message: `The value of the field '${field.title}' is longer than its maximum length of ${field.maxLength ?? 255} characters.`,
        });
      }
      return text;
    }
    case 'number':
    case 'integer': {
      if (raw === null || raw === '') return null;
      const number =
        typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
      if (!Number.isFinite(number) || (shape === 'integer' && !Number.isInteger(number))) {
        throw SpErrorFactory.cannotConvertValue({
          edmType: shape === 'integer' ? 'Edm.Int32' : 'Edm.Double',
        });
      }
      if (
        (field.minimumValue !== undefined && number < field.minimumValue) ||
        (field.maximumValue !== undefined && number > field.maximumValue)
      ) {
        throw SpErrorFactory.invalidFieldValue({
          message: `The value of the field '${field.title}' is outside its allowed range.`,
        });
      }
      return number;
    }
    case 'boolean':
      if (raw === null) return null;
      if (typeof raw === 'boolean') return raw;
      if (raw === 1 || raw === '1' || raw === 'true') return true;
      if (raw === 0 || raw === '0' || raw === 'false') return false;
      throw SpErrorFactory.cannotConvertValue({ edmType: 'Edm.Boolean' });
    case 'dateTime': {
      if (raw === null || raw === '') return null;
      const time =
        typeof raw === 'string'
          ? Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(raw) || !raw.includes('T') ? raw : `${raw}Z`)
          : NaN;
      if (!Number.isFinite(time)) throw SpErrorFactory.cannotConvertValue({ edmType: 'Edm.DateTime' });
      return `${new Date(time).toISOString().slice(0, 19)}Z`;
    }
    case 'multiChoice': {
      if (raw === null) return null;
      return multiValues(raw, 'Edm.String').map(String);
    }
    case 'user':
    case 'lookup': {
      if (raw === null) return null;
      const id = integerValue(raw);
      if (id === 0 || id === -1) return null;
      return checkReference(ctx, field, id);
    }
    case 'userMulti':
    case 'lookupMulti': {
      if (raw === null) return [];
      return multiValues(raw, 'Edm.Int32').map((value) => checkReference(ctx, field, integerValue(value)));
    }
    case 'url': {
      if (raw === null) return null;
      const value = raw as { Url?: unknown; Description?: unknown };
      if (typeof value !== 'object' || typeof value.Url !== 'string')
        throw SpErrorFactory.cannotConvertValue({ edmType: 'SP.FieldUrlValue' });
      // SharePoint stores a hyperlink as "<url>, <description>".
      return `${value.Url}, ${typeof value.Description === 'string' ? value.Description : value.Url}`;
    }
    case 'readOnly':
      return null;
  }
}

function multiValues(raw: unknown, edmType: string): unknown[] {
  if (Array.isArray(raw)) return raw;
  const results = (raw as { results?: unknown } | null)?.results;
  if (Array.isArray(results)) return results;
  throw SpErrorFactory.cannotConvertValue({ edmType: `Collection(${edmType})` });
}

function integerValue(raw: unknown): number {
  const number = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw;
  if (typeof number !== 'number' || !Number.isInteger(number))
    throw SpErrorFactory.cannotConvertValue({ edmType: 'Edm.Int32' });
  return number;
}

function checkReference(ctx: RequestContext, field: FieldRecord, id: number): number {
  if (field.fieldTypeKind === FieldTypeKind.User) {
    const isUser = ctx.store.user(id) !== undefined;
    const isGroup = ctx.store.group(id) !== undefined;
    if (!isUser && !(isGroup && field.selectionMode !== 0)) {
      throw SpErrorFactory.invalidFieldValue({ message: 'The user does not exist or is not unique.' });
    }
  }
  return id;
}
