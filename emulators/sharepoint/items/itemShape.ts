import type { RequestContext } from '../context';
import type { FieldRecord, FieldValue, ItemRecord } from '../model/records';
import { storedValue, storedValueReader } from '../model/itemValues';
import { complexValue, typedCollection } from '../odata/format';
import { valueShape } from '../schema/fieldTypes';
import { entityPropertyName } from '../schema/internalNames';
import { toRestMask } from '../security/permissions';
import { hasUniqueRoleAssignments } from '../security/roleAssignments';
import { itemSecurable } from '../security/PermissionEvaluator';

/** Reads one REST property of an item; `ctx` serves what depends on the request (permissions, the site's URL). */
export type ItemReader = (item: ItemRecord, ctx: RequestContext) => unknown;

/**
 * What a navigation property of an item expands to: the users or items of a reference field, or one of
 * SP.ListItem's own navigation properties (`entities/entityTypes.ts`).
 */
export type ItemNavigationSource = FieldRecord | 'ParentList' | 'File' | 'Folder' | 'RoleAssignments';

/**
 * What every item of a list looks like in REST, decided by the list's fields alone: the properties sent without
 * `$select` (in SharePoint's order), those sent only when selected, and the navigation properties (the field
 * behind each, or SP.ListItem's own: `ParentList`, `File`, `Folder`, `RoleAssignments`). Built once per fields array and shared by `describeItem` and the
 * collection projection, so the two cannot drift apart.
 */
export interface ItemShape {
  readonly props: readonly (readonly [string, ItemReader])[];
  readonly selectable: readonly (readonly [string, ItemReader])[];
  readonly navigation: readonly (readonly [string, ItemNavigationSource])[];
  /** The names of `props`, `selectable` and `navigation`, in order. */
  readonly names: {
    /** SP.ListItem: the table's row for names an item does not serve. */
    readonly type: string;
    readonly props: readonly string[];
    readonly selectable: readonly string[];
    readonly navigation: readonly string[];
  };
}

/** Built-in columns that SharePoint places before the list's own columns, and those after them. */
const LEADING = new Set(['ContentTypeId', 'Title', 'ComplianceAssetId']);
const TRAILING = new Set([
  'ID',
  'Modified',
  'Created',
  'Author',
  'Editor',
  '_UIVersionString',
  'Attachments',
  'GUID',
]);

// The store hands out the same fields array until a field changes (see ListSchema).
const shapes = new WeakMap<readonly FieldRecord[], ItemShape>();

/** The shape of the items of a list with these fields (cached until the fields change). */
export function itemShape(fields: readonly FieldRecord[]): ItemShape {
  let shape = shapes.get(fields);
  if (!shape) {
    shape = buildShape(fields);
    shapes.set(fields, shape);
  }
  return shape;
}

/** The `<url>, <description>` SharePoint stores for a hyperlink, as `SP.FieldUrlValue`. */
function urlValue(stored: FieldValue | undefined): unknown {
  if (typeof stored !== 'string') return null;
  const comma = stored.indexOf(', ');
  const url = comma < 0 ? stored : stored.slice(0, comma);
  return complexValue('SP.FieldUrlValue', {
    Description: comma < 0 ? stored : stored.slice(comma + 2),
    Url: url,
  });
}

/**
 * The REST properties of one field as SharePoint shows them without `$expand`, each computed from the field's
 * stored value: users and lookups as `<Name>Id` (and `<Name>StringId` for users), multi values as typed
 * collections, URLs as `SP.FieldUrlValue`.
 */
export function fieldPropReaders(
  field: FieldRecord,
): (readonly [string, (stored: FieldValue | undefined) => unknown])[] {
  const name = entityPropertyName(field.internalName);
  const orNull = (stored: FieldValue | undefined): FieldValue => (stored === undefined ? null : stored);
  switch (valueShape(field)) {
    case 'user':
      return [
        [`${name}Id`, orNull],
        [`${name}StringId`, (stored) => (orNull(stored) === null ? null : String(stored))],
      ];
    case 'userMulti': {
      const ids = (stored: FieldValue | undefined): number[] =>
        Array.isArray(stored) ? (stored as number[]) : [];
      return [
        [`${name}Id`, (stored) => typedCollection('Edm.Int32', [...ids(stored)])],
        [`${name}StringId`, (stored) => typedCollection('Edm.String', ids(stored).map(String))],
      ];
    }
    case 'lookup':
      return [[`${name}Id`, orNull]];
    case 'lookupMulti':
      return [
        [
          `${name}Id`,
          (stored) => typedCollection('Edm.Int32', Array.isArray(stored) ? [...(stored as number[])] : []),
        ],
      ];
    case 'multiChoice':
      return [
        [
          name,
          (stored) =>
            Array.isArray(stored) ? typedCollection('Edm.String', [...(stored as string[])]) : null,
        ],
      ];
    case 'url':
      return [[name, urlValue]];
    default:
      return [[name, orNull]];
  }
}

/** The REST properties of one field of an item, as SharePoint shows them without `$expand`. */
export function fieldProps(field: FieldRecord, stored: FieldValue | undefined): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const [name, read] of fieldPropReaders(field)) props[name] = read(stored);
  return props;
}

function isReferenceShape(field: FieldRecord): boolean {
  const shape = valueShape(field);
  return shape === 'user' || shape === 'userMulti' || shape === 'lookup' || shape === 'lookupMulti';
}

function buildShape(fields: readonly FieldRecord[]): ItemShape {
  // Plain objects, filled in SharePoint's order: a name set twice keeps its first place and its last reader,
  // exactly as the properties of a described item do.
  const props: Record<string, ItemReader> = {
    FileSystemObjectType: (item) => item.fileSystemObjectType,
    Id: (item) => item.id,
    ServerRedirectedEmbedUri: () => null,
    ServerRedirectedEmbedUrl: () => '',
  };
  const addField = (field: FieldRecord): void => {
    const stored = storedValueReader(field.internalName);
    for (const [name, read] of fieldPropReaders(field)) props[name] = (item) => read(stored(item));
  };
  for (const name of LEADING) {
    const field = fields.find((f) => f.internalName === name);
    if (field) addField(field);
  }
  const navigation: Record<string, ItemNavigationSource> = {};
  for (const field of fields) {
    if (!field.fromBaseType && valueShape(field) !== 'readOnly') addField(field);
    if (isReferenceShape(field)) navigation[entityPropertyName(field.internalName)] = field;
  }
  props.ID = (item) => item.id;
  props.Modified = (item) => item.modified;
  props.Created = (item) => item.created;
  props.AuthorId = (item) => item.authorId;
  props.EditorId = (item) => item.editorId;
  props.OData__UIVersionString = (item) => `${item.version}.0`;
  if (fields.some((f) => f.internalName === 'Attachments')) props.Attachments = () => false;
  props.GUID = (item) => item.guid;

  const selectable: Record<string, ItemReader> = {};
  for (const field of fields) {
    if (!field.fromBaseType || LEADING.has(field.internalName) || TRAILING.has(field.internalName)) continue;
    const stored = storedValueReader(field.internalName);
    selectable[entityPropertyName(field.internalName)] = (item) => stored(item) ?? null;
  }
  const permissions: ItemReader = (item, ctx) =>
    complexValue('SP.BasePermissions', toRestMask(ctx.security.permissions(itemSecurable(item))));
  selectable.HasUniqueRoleAssignments = (item, ctx) =>
    hasUniqueRoleAssignments(ctx.store, itemSecurable(item));
  selectable.EffectiveBasePermissions = permissions;
  selectable.EffectiveBasePermissionsForUI = permissions;
  selectable.ContentTypeId = (item) => item.contentTypeId;
  selectable.EncodedAbsUrl = (item, ctx) =>
    `${ctx.site.origin}${encodeURI(wellFormed(String(storedValue(item, 'FileRef'))))}`;
  for (const own of ['ParentList', 'File', 'Folder', 'RoleAssignments'] as const) navigation[own] = own;

  const entries = <T>(record: Record<string, T>): (readonly [string, T])[] =>
    Object.keys(record).map((name) => [name, record[name]!] as const);
  return {
    props: entries(props),
    selectable: entries(selectable),
    navigation: entries(navigation),
    names: {
      type: 'SP.ListItem',
      props: Object.keys(props),
      selectable: Object.keys(selectable),
      navigation: Object.keys(navigation),
    },
  };
}

// A lone surrogate in a name would make encodeURI throw; it becomes U+FFFD, as a UTF-8 encoder writes it.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function wellFormed(text: string): string {
  return text.replace(loneSurrogate, '\uFFFD');
}
