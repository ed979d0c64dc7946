import { type SupportFunction, type SupportRole } from '../../domain/config/types';
import { joinPath } from '../../domain/validation/issues';
import { ItemReader, type ItemBody, type SpItem } from './values';

/** The Stodfunktioner columns the app reads. */
export const functionSelect: readonly string[] = [
  'ID',
  'Title',
  'FunctionId',
  'GroupId',
  'LabelEn',
  'Roles',
  'SortOrder',
];

/** A support function with its place in the taxonomy's order. */
export interface OrderedFunction {
  /** The function. */
  readonly fn: SupportFunction;
  /** Its position (the SortOrder column); items without one sort last. */
  readonly sortOrder: number;
}

/**
 * A support function from its Stodfunktioner item: the Swedish label is the title, roles are JSON
 * (`[{ "id": "controller", "label": { "sv": "Controller", "en": "Controller" } }]`).
 * @throws AppError `invalid` naming the item when a column cannot be read or the roles are not valid JSON.
 */
export function functionFromItem(item: SpItem): OrderedFunction {
  const r = new ItemReader(item, { list: 'stodfunktioner', keyField: 'FunctionId' });
  const sv = r.text('Title');
  const roles =
    r.json('Roles', (reader, value, path): SupportRole[] | null => {
      const items = reader.array(value, { path }) ?? [];
      const read = items.map((role, index): SupportRole | null => {
        const at = joinPath(path, index);
        const record = reader.object(role, at);
        if (record === null) return null;
        const id = reader.id(record.id, joinPath(at, 'id'));
        const label = reader.label(record.label, joinPath(at, 'label'));
        return id !== null && label !== null ? { id, label } : null;
      });
      return read.every((x) => x !== null) ? (read as SupportRole[]) : null;
    }) ?? [];
  const fn: SupportFunction = {
    id: r.text('FunctionId'),
    groupId: r.text('GroupId'),
    label: { sv, en: r.optionalText('LabelEn') ?? sv },
    roles,
  };
  return r.done({ fn, sortOrder: r.number('SortOrder') ?? Number.MAX_SAFE_INTEGER });
}

/** The Stodfunktioner item body for a function at a position of the taxonomy. */
export function functionToItem(fn: SupportFunction, sortOrder: number): ItemBody {
  return {
    Title: fn.label.sv,
    FunctionId: fn.id,
    GroupId: fn.groupId,
    LabelEn: fn.label.en,
    Roles: JSON.stringify(
      fn.roles.map((role) => ({ id: role.id, label: { sv: role.label.sv, en: role.label.en } })),
    ),
    SortOrder: sortOrder,
  };
}
