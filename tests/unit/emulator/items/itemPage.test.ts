import { SITE_ADMIN_UPN } from '../../../../emulators/identity/personas';
import fc from 'fast-check';
import { SpError } from '../../../../emulators/sharepoint/errors/SpError';
import { SpErrorFactory } from '../../../../emulators/sharepoint/errors/SpErrorFactory';
import { project, type Entity } from '../../../../emulators/sharepoint/handlers/entity';
import { describeItem } from '../../../../emulators/sharepoint/items/itemEntity';
import { encodeItemPage } from '../../../../emulators/sharepoint/items/itemProjection';
import { ListSchema } from '../../../../emulators/sharepoint/items/ListSchema';
import type {
  FieldRecord,
  FieldValue,
  ItemRecord,
  ListRecord,
  UserRecord,
} from '../../../../emulators/sharepoint/model/records';
import type { FieldPath } from '../../../../emulators/sharepoint/odata/filter';
import {
  deferred,
  encodeEntity,
  expanded,
  type Flavour,
  type NestedEntity,
} from '../../../../emulators/sharepoint/odata/format';
import { FieldTypeKind } from '../../../../emulators/sharepoint/schema/fieldTypes';
import { MemoryListStore } from '../../../../emulators/sharepoint/store/MemoryListStore';
import { addUser, fieldFixture, itemFixture, listFixture, requestContext, siteStore } from '../fixtures';

// The collection path (`encodeItemPage`: one `$select`/`$expand` plan per list, only the sent columns read) must
// answer exactly what describing every item and projecting it one by one answers — the way the emulator did it
// before the plan existed. `referenceProjection` below is that one-by-one projection, kept as the oracle.

type Kind =
  | 'text'
  | 'number'
  | 'boolean'
  | 'date'
  | 'multiChoice'
  | 'user'
  | 'userMulti'
  | 'lookup'
  | 'lookupMulti'
  | 'url';

const KINDS: readonly Kind[] = [
  'text',
  'number',
  'boolean',
  'date',
  'multiChoice',
  'user',
  'userMulti',
  'lookup',
  'lookupMulti',
  'url',
];

/** Column names, some colliding with built-in properties in case (`title`) or in REST name (`AuthorId`). */
const NAMES = [
  'Sektor',
  'Persons',
  'Chef',
  'Enhet',
  'Lank',
  'Val',
  'Klar',
  'Datum',
  '_Dolt',
  'title',
  'AuthorId',
];

const SELECTS = [
  '*',
  'Id',
  'ID',
  'id',
  'Title',
  'title',
  'Sektor',
  'Persons',
  'ChefId',
  'ChefStringId',
  'EnhetId',
  'Lank',
  'Val',
  'OData__Dolt',
  'AuthorId',
  'Modified',
  'FileRef',
  'FileLeafRef',
  'FSObjType',
  'ContentTypeId',
  'EncodedAbsUrl',
  'EffectiveBasePermissions',
  'HasUniqueRoleAssignments',
  'GUID',
  'Author',
  'Chef',
  'ParentList',
  'Author/Title',
  'Author/EMail',
  'Editor/Id',
  'Chef/Title',
  'Enhet/Title',
  'Enhet/Nope',
  'Nope',
];
const EXPANDS = ['Author', 'Editor', 'Chef', 'Enhet', 'ParentList', 'Nope', 'Author/Foo'];

function fieldOf(list: ListRecord, target: ListRecord, name: string, kind: Kind, order: number): FieldRecord {
  const base = { order, fromBaseType: false };
  switch (kind) {
    case 'text':
      return fieldFixture(list, name, base);
    case 'number':
      return fieldFixture(list, name, {
        ...base,
        fieldTypeKind: FieldTypeKind.Number,
        typeAsString: 'Number',
      });
    case 'boolean':
      return fieldFixture(list, name, {
        ...base,
        fieldTypeKind: FieldTypeKind.Boolean,
        typeAsString: 'Boolean',
      });
    case 'date':
      return fieldFixture(list, name, {
        ...base,
        fieldTypeKind: FieldTypeKind.DateTime,
        typeAsString: 'DateTime',
      });
    case 'multiChoice':
      return fieldFixture(list, name, {
        ...base,
        fieldTypeKind: FieldTypeKind.MultiChoice,
        typeAsString: 'MultiChoice',
        choices: ['A', 'B'],
      });
    case 'user':
    case 'userMulti':
      return fieldFixture(list, name, {
        ...base,
        fieldTypeKind: FieldTypeKind.User,
        typeAsString: kind === 'user' ? 'User' : 'UserMulti',
        allowMultipleValues: kind === 'userMulti',
      });
    case 'lookup':
    case 'lookupMulti':
      return fieldFixture(list, name, {
        ...base,
        fieldTypeKind: FieldTypeKind.Lookup,
        typeAsString: kind === 'lookup' ? 'Lookup' : 'LookupMulti',
        allowMultipleValues: kind === 'lookupMulti',
        lookupListId: target.id,
        lookupField: 'Title',
      });
    case 'url':
      return fieldFixture(list, name, { ...base, fieldTypeKind: FieldTypeKind.URL, typeAsString: 'URL' });
  }
}

function valueArbitrary(kind: Kind, userIds: number[]): fc.Arbitrary<FieldValue | undefined> {
  const id = fc.constantFrom(...userIds, 999);
  const absent = fc.constantFrom(undefined, null);
  switch (kind) {
    case 'text':
      return fc.oneof(absent, fc.string({ maxLength: 6 }), fc.constant('Norr "väst"\n'));
    case 'number':
      return fc.oneof(absent, fc.integer({ min: -5, max: 5 }), fc.double({ noNaN: true, min: -10, max: 10 }));
    case 'boolean':
      return fc.oneof(absent, fc.boolean());
    case 'date':
      return fc.oneof(absent, fc.constant('2024-03-15T10:43:10Z'));
    case 'multiChoice':
      return fc.oneof(absent, fc.subarray(['A', 'B']), fc.constant('A'));
    case 'user':
    case 'lookup':
      return fc.oneof(absent, id);
    case 'userMulti':
    case 'lookupMulti':
      return fc.oneof(absent, fc.array(id, { maxLength: 3 }));
    case 'url':
      return fc.oneof(
        absent,
        fc.constant('https://example.com, Exempel'),
        fc.constant('https://example.com'),
      );
  }
}

interface Scenario {
  columns: { name: string; kind: Kind }[];
  rows: Record<string, FieldValue | undefined>[];
  folders: boolean[];
  select: string[];
  expand: string[];
  flavour: Flavour;
  asAdmin: boolean;
}

const scenario: fc.Arbitrary<Scenario> = fc
  .uniqueArray(fc.record({ name: fc.constantFrom(...NAMES), kind: fc.constantFrom(...KINDS) }), {
    selector: (column) => column.name,
    maxLength: 6,
  })
  .chain((columns) =>
    fc.record({
      columns: fc.constant(columns),
      rows: fc.array(
        fc.record(Object.fromEntries(columns.map((c) => [c.name, valueArbitrary(c.kind, [1, 2, 3])]))),
        { minLength: 1, maxLength: 4 },
      ),
      folders: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
      select: fc.oneof(fc.constant<string[]>([]), fc.array(fc.constantFrom(...SELECTS), { maxLength: 5 })),
      expand: fc.oneof(fc.constant<string[]>([]), fc.array(fc.constantFrom(...EXPANDS), { maxLength: 2 })),
      flavour: fc.constantFrom<Flavour>('minimal', 'verbose', 'nometadata'),
      asAdmin: fc.boolean(),
    }),
  );

/** `$select`/`$expand` applied to one described entity, as the emulator did before it planned projections. */
function referenceProjection(
  flavour: Flavour,
  entity: Entity,
  { select, expand }: { select: FieldPath[]; expand: FieldPath[] },
): Record<string, unknown> {
  const find = (names: string[], wanted: string) =>
    names.find((n) => n.toLowerCase() === wanted.toLowerCase());
  const navigation = entity.navigation ?? {};
  const navigationNames = Object.keys(navigation);
  const propNames = Object.keys(entity.props);
  const selectableNames = Object.keys(entity.selectable ?? {});
  const expandedNames = new Map<string, FieldPath[]>();
  for (const path of expand) {
    const name = find(navigationNames, path[0]!);
    if (name === undefined) throw SpErrorFactory.fieldOrPropertyNotFound({ name: path[0]! });
    expandedNames.set(name, [
      ...(expandedNames.get(name) ?? []),
      ...(path.length > 1 ? [path.slice(1)] : []),
    ]);
  }
  const selectAll = select.length === 0 || select.some((path) => path[0] === '*');
  const out: Record<string, unknown> = {};
  if (selectAll) Object.assign(out, entity.props);
  const nestedSelects = new Map<string, FieldPath[]>();
  for (const path of select) {
    if (path[0] === '*') continue;
    const navigationName = find(navigationNames, path[0]!);
    if (navigationName !== undefined) {
      if (path.length > 1 && !expandedNames.has(navigationName))
        throw SpErrorFactory.fieldOrPropertyNotFound({ name: path.join('/') });
      nestedSelects.set(navigationName, [
        ...(nestedSelects.get(navigationName) ?? []),
        ...(path.length > 1 ? [path.slice(1)] : []),
      ]);
      continue;
    }
    if (path.length > 1) throw SpErrorFactory.fieldOrPropertyNotFound({ name: path.join('/') });
    const prop = find(propNames, path[0]!);
    const selectable = prop === undefined ? find(selectableNames, path[0]!) : undefined;
    if (prop === undefined && selectable === undefined)
      throw SpErrorFactory.fieldOrPropertyNotFound({ name: path[0]! });
    if (prop !== undefined) out[prop] = entity.props[prop];
    else out[selectable!] = entity.selectable![selectable!]!();
  }
  for (const name of navigationNames) {
    const nav = navigation[name]!;
    if (expandedNames.has(name)) {
      const nestedProjection = { select: nestedSelects.get(name) ?? [], expand: expandedNames.get(name)! };
      const one = (e: Entity): NestedEntity => ({
        props: referenceProjection(flavour === 'verbose' ? 'minimal' : flavour, e, nestedProjection),
        meta: e.meta,
      });
      const resolved = nav.resolve();
      out[name] = expanded(
        nav.link,
        resolved === null ? null : Array.isArray(resolved) ? resolved.map(one) : one(resolved),
      );
    } else if (flavour === 'verbose' && (selectAll || nestedSelects.has(name))) {
      out[name] = deferred(nav.link);
    }
  }
  return out;
}

function outcome(work: () => unknown): string {
  try {
    return JSON.stringify(work());
  } catch (error) {
    if (error instanceof SpError) return `${error.status} ${error.message}`;
    throw error;
  }
}

describe('a page of items for a collection answer', () => {
  let store: MemoryListStore;
  let admin: UserRecord;
  let anna: UserRecord;
  let target: ListRecord;

  beforeEach(() => {
    store = siteStore(new MemoryListStore());
    admin = store.userByLoginName(`i:0#.f|membership|${SITE_ADMIN_UPN}`)!;
    anna = addUser(store, 'anna.berg@kommun.example');
    const created = listFixture('Enheter', '00000000-0000-4000-8000-00000000e0e0');
    target = created.list;
    store.transaction(() => {
      store.putList(target);
      for (const field of created.fields) store.putField(field);
      for (const id of [1, 2]) store.putItem(itemFixture(target, id, { Title: `Enhet ${id}` }));
      // Anna reads the whole web.
      const visitors = store.group(store.web().associatedVisitorGroupId)!;
      store.putGroup({ ...visitors, memberIds: [...visitors.memberIds, anna.id] });
    });
  });

  /** A list with these columns and rows (odd rows in a folder), returned with its schema. */
  function listWith(s: Scenario): { schema: ListSchema; items: ItemRecord[] } {
    const created = listFixture(
      'Rader',
      `00000000-0000-4000-8000-${String(store.lists().length).padStart(12, '0')}`,
    );
    const list = created.list;
    const items: ItemRecord[] = [];
    store.transaction(() => {
      store.putList(list);
      for (const field of created.fields) store.putField(field);
      s.columns.forEach((c, i) => store.putField(fieldOf(list, target, c.name, c.kind, 100 + i)));
      store.putItem(
        itemFixture(list, 100, {}, { fileSystemObjectType: 1, leafName: 'E1', contentTypeId: '0x0120' }),
      );
      s.rows.forEach((values, i) => {
        const stored = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
        const item = itemFixture(list, i + 1, stored as ItemRecord['values'], {
          ...(s.folders[i] && { folderUrl: `${list.rootFolderUrl}/E1` }),
          version: i + 1,
          authorId: i % 2 === 0 ? admin.id : anna.id,
        });
        store.putItem(item);
        items.push(item);
      });
    });
    return { schema: new ListSchema(store.list(list.id)!, store), items };
  }

  it('answers exactly what projecting each described item answers, for any columns, $select, $expand and flavour', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { schema, items } = listWith(s);
        const ctx = () =>
          requestContext(store, s.asAdmin ? admin : anna, {
            path: `web/lists/getByTitle('Rader')/items`,
            flavour: s.flavour,
          });
        const projection = {
          select: s.select.map((name) => name.split('/')),
          expand: s.expand.map((name) => name.split('/')),
        };
        const fast = outcome(() => encodeItemPage(ctx(), schema, items, projection));
        const reference = outcome(() => {
          const c = ctx();
          return items.map((item) => {
            const entity = describeItem(c, schema, item);
            return encodeEntity(s.flavour, referenceProjection(s.flavour, entity, projection), entity.meta);
          });
        });
        const generic = outcome(() => {
          const c = ctx();
          return items.map((item) => {
            const projected = project(c, describeItem(c, schema, item), projection);
            return encodeEntity(s.flavour, projected.props, projected.meta);
          });
        });
        expect(fast).toBe(reference);
        expect(generic).toBe(reference);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses an unknown column only when there is an item to project', () => {
    const { schema, items } = listWith({
      columns: [{ name: 'Sektor', kind: 'text' }],
      rows: [{ Sektor: 'Norr' }],
      folders: [false],
      select: [],
      expand: [],
      flavour: 'minimal',
      asAdmin: true,
    });
    const ctx = requestContext(store, admin, { path: `web/lists/getByTitle('Rader')/items` });
    expect(encodeItemPage(ctx, schema, [], { select: [['Nope']] })).toEqual([]);
    expect(() => encodeItemPage(ctx, schema, items, { select: [['Nope']] })).toThrow(
      "The field or property 'Nope' does not exist.",
    );
  });

  it('follows the list’s columns: a column added or deleted shows in the next page', () => {
    const { schema, items } = listWith({
      columns: [{ name: 'Sektor', kind: 'text' }],
      rows: [{ Sektor: 'Norr' }],
      folders: [false],
      select: [],
      expand: [],
      flavour: 'minimal',
      asAdmin: true,
    });
    const list = schema.list;
    const page = () =>
      encodeItemPage(
        requestContext(store, admin, { path: `web/lists/getByTitle('Rader')/items` }),
        new ListSchema(store.list(list.id)!, store),
        [store.item(list.id, items[0]!.id)!],
        {},
      )[0]!;
    expect(page()).toHaveProperty('Sektor', 'Norr');
    expect(page()).not.toHaveProperty('Extra');
    const extra = fieldOf(list, target, 'Extra', 'number', 200);
    store.transaction(() => {
      store.putField(extra);
      store.putItem({ ...items[0]!, values: { ...items[0]!.values, Extra: 4 } });
    });
    expect(page()).toHaveProperty('Extra', 4);
    store.transaction(() => store.deleteField(list.id, extra.id));
    expect(page()).not.toHaveProperty('Extra');
    expect(page()).toHaveProperty('Sektor', 'Norr');
  });
});
