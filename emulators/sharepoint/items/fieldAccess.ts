import type { RequestContext } from '../context';
import { SpErrorFactory } from '../errors/SpErrorFactory';
import type { FieldRecord, ItemRecord } from '../model/records';
import { storedValue, storedValueReader } from '../model/itemValues';
import type { FieldPath } from '../odata/filter';
import { valueShape } from '../schema/fieldTypes';
import { isReference, ListSchema } from './ListSchema';

/** How a `$filter`/`$orderby`/CAML field path reads an item. */
export interface FieldAccess {
  /** The list field the path starts at (what the list view threshold looks at). */
  field: FieldRecord;
  /** Whether the path reads the stored value itself (so an equality index on the field can serve it). */
  direct: boolean;
  read: (item: ItemRecord) => unknown;
}

/** Stands for a reference field's shown text: a user's name, a lookup's `ShowField`. */
const DISPLAY = '\u0000display';

const USER_PROPERTIES: Record<
  string,
  (user: { id: number; title: string; email: string; loginName: string; upn: string }) => unknown
> = {
  id: (u) => u.id,
  title: (u) => u.title,
  name: (u) => u.loginName,
  email: (u) => u.email,
  username: (u) => u.upn,
};

/**
 * Resolves a field path of a list: `Title`, `OData__UIVersionString`, `SektorId`, `Sektor/Id`, `Sektor/Title`,
 * `Author/EMail`, or (as CAML does) a lookup's internal name for its shown text.
 * @throws SpError (400) for a column the list does not have.
 */
export function fieldAccess(ctx: RequestContext, schema: ListSchema, path: FieldPath): FieldAccess {
  const [first, second, ...rest] = path;
  if (first === undefined || rest.length > 0) throw SpErrorFactory.columnNotFound({ name: path.join('/') });
  if (second === undefined) {
    const binding = schema.property(first);
    if (binding) {
      const stored = storedValueReader(binding.field.internalName);
      if (binding.part === 'stringId')
        return { field: binding.field, direct: false, read: (item) => stringIds(stored(item)) };
      return { field: binding.field, direct: true, read: (item) => stored(item) ?? null };
    }
    const field = schema.field(first);
    if (!field) throw SpErrorFactory.columnNotFound({ name: first });
    if (!isReference(valueShape(field)))
      return { field, direct: true, read: (item) => storedValue(item, field.internalName) ?? null };
    return { field, direct: false, read: projected(ctx, field, DISPLAY) };
  }
  const field = schema.field(first);
  if (!field || !isReference(valueShape(field)))
    throw SpErrorFactory.columnNotFound({ name: path.join('/') });
  if (second.toLowerCase() === 'id')
    return { field, direct: true, read: (item) => storedValue(item, field.internalName) ?? null };
  return { field, direct: false, read: projected(ctx, field, second) };
}

function stringIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(String);
  return value === null || value === undefined ? null : String(value);
}

/** Reads a property of the user(s) or lookup item(s) a reference field points at. */
function projected(ctx: RequestContext, field: FieldRecord, property: string): (item: ItemRecord) => unknown {
  const shape = valueShape(field);
  const lower = property === DISPLAY ? 'title' : property.toLowerCase();
  let read: (id: number) => unknown;
  if (shape === 'user' || shape === 'userMulti') {
    const pick = USER_PROPERTIES[lower];
    if (!pick) throw SpErrorFactory.columnNotFound({ name: `${field.internalName}/${property}` });
    read = (id) => {
      const user = ctx.store.user(id);
      if (user) return pick(user);
      const group = ctx.store.group(id);
      return group && lower === 'title' ? group.title : null;
    };
  } else {
    const target = field.lookupListId ? ctx.store.list(field.lookupListId) : undefined;
    if (!target) throw SpErrorFactory.columnNotFound({ name: `${field.internalName}/${property}` });
    const targetSchema = new ListSchema(target, ctx.store);
    const name = property === DISPLAY ? (field.lookupField ?? 'Title') : property;
    const targetField = targetSchema.field(name);
    if (!targetField) throw SpErrorFactory.columnNotFound({ name: `${field.internalName}/${property}` });
    read = (id) => {
      const item = ctx.store.item(target.id, id);
      return item ? (storedValue(item, targetField.internalName) ?? null) : null;
    };
  }
  return (item) => {
    const stored = storedValue(item, field.internalName);
    if (Array.isArray(stored)) return (stored as number[]).map(read);
    return typeof stored === 'number' ? read(stored) : null;
  };
}
