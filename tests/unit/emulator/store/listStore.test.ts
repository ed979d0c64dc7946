import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { literalKey } from '../../../../emulators/sharepoint/store/ItemIndex';
import type { ListStore } from '../../../../emulators/sharepoint/store/ListStore';
import { MemoryListStore } from '../../../../emulators/sharepoint/store/MemoryListStore';
import { SqliteListStore } from '../../../../emulators/sharepoint/store/SqliteListStore';
import { fieldFixture, itemFixture, listFixture } from '../fixtures';

const dirs: string[] = [];

function sqliteFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'list-store-'));
  dirs.push(dir);
  return join(dir, 'sharepoint.db');
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const stores: [string, () => ListStore][] = [
  ['in memory', () => new MemoryListStore()],
  ['SQLite', () => SqliteListStore.open({ file: sqliteFile() })],
];

/** A store holding one list with a Sektor text field (indexed when asked) and its built-in fields. */
function withList(store: ListStore, options: { indexed: boolean }) {
  const { list, fields } = listFixture('Inventering');
  const sektor = fieldFixture(list, 'Sektor', { indexed: options.indexed });
  store.transaction(() => {
    store.putList(list);
    for (const field of [...fields, sektor]) store.putField(field);
  });
  return { list, sektor };
}

describe.each(stores)('ListStore (%s)', (_name, create) => {
  let store: ListStore;

  beforeEach(() => {
    store = create();
  });

  afterEach(() => {
    store.close();
  });

  it('keeps what a transaction wrote and undoes everything a failing one wrote', () => {
    const { list } = withList(store, { indexed: true });
    store.transaction(() => store.putItem(itemFixture(list, 1, { Title: 'Kept', Sektor: 'Norr' })));
    expect(() =>
      store.transaction(() => {
        store.putItem(itemFixture(list, 1, { Title: 'Changed', Sektor: 'Syd' }));
        store.putItem(itemFixture(list, 2, { Title: 'New', Sektor: 'Syd' }));
        store.putList({ ...list, title: 'Renamed' });
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(store.item(list.id, 1)?.values.Title).toBe('Kept');
    expect(store.item(list.id, 2)).toBeUndefined();
    expect(store.itemIds(list.id)).toEqual([1]);
    expect(store.list(list.id)?.title).toBe('Inventering');
    expect(store.itemIdsByIndex(list.id, 'Sektor', literalKey('syd'))).toEqual([]);
    expect(store.itemIdsByIndex(list.id, 'Sektor', literalKey('Norr'))).toEqual([1]);
  });

  it('treats a nested transaction as a savepoint: its failure undoes only its own writes', () => {
    const { list } = withList(store, { indexed: false });
    store.transaction(() => {
      store.putItem(itemFixture(list, 1, { Title: 'Part 1' }));
      expect(() =>
        store.transaction(() => {
          store.putItem(itemFixture(list, 2, { Title: 'Part 2' }));
          throw new Error('part 2 fails');
        }),
      ).toThrow('part 2 fails');
      store.transaction(() => store.putItem(itemFixture(list, 3, { Title: 'Part 3' })));
    });
    expect(store.itemIds(list.id)).toEqual([1, 3]);
  });

  it('refuses writes outside a transaction and asynchronous work inside one', () => {
    const { list } = withList(store, { indexed: false });
    expect(() => store.putItem(itemFixture(list, 1, {}))).toThrow(/outside a store transaction/);
    expect(() => store.transaction(() => Promise.resolve())).toThrow(/must be synchronous/);
  });

  it('keeps item ids ascending and finds items by an equality index, case-insensitively', () => {
    const { list } = withList(store, { indexed: true });
    store.transaction(() => {
      for (const id of [3, 1, 2, 10])
        store.putItem(itemFixture(list, id, { Sektor: id % 2 === 0 ? 'Syd' : 'Norr' }));
    });
    expect(store.itemIds(list.id)).toEqual([1, 2, 3, 10]);
    expect(store.itemCount(list.id)).toBe(4);
    expect(store.itemIdsByIndex(list.id, 'Sektor', literalKey('NORR'))).toEqual([1, 3]);
    store.transaction(() => store.putItem(itemFixture(list, 3, { Sektor: 'Syd' })));
    expect(store.itemIdsByIndex(list.id, 'Sektor', literalKey('syd'))).toEqual([2, 3, 10]);
    store.transaction(() => store.deleteItem(list.id, 10));
    expect(store.itemIdsByIndex(list.id, 'Sektor', literalKey('syd'))).toEqual([2, 3]);
    expect(store.itemIdsByIndex(list.id, 'Title', literalKey('x'))).toBeUndefined();
  });

  it('builds an index when a field becomes indexed and drops it when it stops being indexed', () => {
    const { list, sektor } = withList(store, { indexed: false });
    store.transaction(() => {
      store.putItem(itemFixture(list, 1, { Sektor: 'Norr' }));
      store.putItem(itemFixture(list, 2, { Sektor: 'Norr' }));
    });
    expect(store.itemIdsByIndex(list.id, 'Sektor', literalKey('Norr'))).toBeUndefined();
    store.transaction(() => store.putField({ ...sektor, indexed: true }));
    expect(store.itemIdsByIndex(list.id, 'Sektor', literalKey('Norr'))).toEqual([1, 2]);
    store.transaction(() => store.putField({ ...sektor, indexed: false }));
    expect(store.itemIdsByIndex(list.id, 'Sektor', literalKey('Norr'))).toBeUndefined();
  });

  it('indexes every value of a multi-value field and numbers by value', () => {
    const { list, fields } = listFixture('Multi');
    const lookup = fieldFixture(list, 'Kontor', {
      fieldTypeKind: 7,
      typeAsString: 'LookupMulti',
      allowMultipleValues: true,
      indexed: true,
    });
    store.transaction(() => {
      store.putList(list);
      for (const field of [...fields, lookup]) store.putField(field);
      store.putItem(itemFixture(list, 1, { Kontor: [4, 7] }));
      store.putItem(itemFixture(list, 2, { Kontor: [7] }));
    });
    expect(store.itemIdsByIndex(list.id, 'Kontor', literalKey(7))).toEqual([1, 2]);
    expect(store.itemIdsByIndex(list.id, 'Kontor', literalKey(4))).toEqual([1]);
  });

  it('deletes a list with its fields, views, items, scopes and file content', () => {
    const { list } = withList(store, { indexed: true });
    store.transaction(() => {
      store.putItem(
        itemFixture(
          list,
          1,
          {},
          {
            file: {
              name: 'a.txt',
              length: 1,
              blobId: 'blob-1',
              timeLastModified: '2024-01-01T00:00:00Z',
              contentVersion: 1,
            },
          },
        ),
      );
      store.putBlob('blob-1', Buffer.from('a'));
      store.putScope({ key: `list:${list.id}`, assignments: [] });
      store.putScope({ key: `item:${list.id}:1`, assignments: [] });
    });
    store.transaction(() => store.deleteList(list.id));
    expect(store.list(list.id)).toBeUndefined();
    expect(store.fields(list.id)).toEqual([]);
    expect(store.itemIds(list.id)).toEqual([]);
    expect(store.scopeKeys(`item:${list.id}`)).toEqual([]);
    expect(store.scope(`list:${list.id}`)).toBeUndefined();
    expect(store.blob('blob-1')).toBeUndefined();
  });

  it('finds lists by title and users by login name without regard to case', () => {
    const { list } = withList(store, { indexed: false });
    store.transaction(() =>
      store.putUser({
        id: 7,
        loginName: 'i:0#.f|membership|anna.berg@kommun.example',
        title: 'Anna Berg',
        email: 'anna.berg@kommun.example',
        upn: 'anna.berg@kommun.example',
        oid: 'x',
        isSiteAdmin: false,
        isHiddenInUI: false,
      }),
    );
    expect(store.listByTitle('INVENTERING')?.id).toBe(list.id);
    expect(store.userByLoginName('i:0#.f|membership|Anna.Berg@Kommun.Example')?.id).toBe(7);
  });
});

describe('the durable store', () => {
  it('has every committed write after reopening, and nothing of a failed transaction', () => {
    const file = sqliteFile();
    const first = SqliteListStore.open({ file });
    const { list } = withList(first, { indexed: true });
    first.transaction(() => {
      for (let id = 1; id <= 12; id++)
        first.putItem(itemFixture(list, id, { Title: `Rad ${id}`, Sektor: id % 3 === 0 ? 'Syd' : 'Norr' }));
      first.putBlob('content', Buffer.from([0, 1, 2, 255]));
    });
    first.transaction(() =>
      first.putItem(itemFixture(list, 5, { Title: 'Rad 5 ändrad', Sektor: 'Syd' }, { version: 2 })),
    );
    expect(() =>
      first.transaction(() => {
        first.putItem(itemFixture(list, 13, { Title: 'Never' }));
        throw new Error('rolled back');
      }),
    ).toThrow();
    first.close();

    const second = SqliteListStore.open({ file });
    expect(second.itemIds(list.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(second.item(list.id, 5)).toMatchObject({ version: 2, values: { Title: 'Rad 5 ändrad' } });
    expect(second.itemIdsByIndex(list.id, 'Sektor', literalKey('Syd'))).toEqual([3, 5, 6, 9, 12]);
    expect(second.blob('content')).toEqual(Buffer.from([0, 1, 2, 255]));
    expect(second.fields(list.id).map((f) => f.internalName)).toContain('Sektor');
    second.close();
  });

  it('writes the commits of one event-loop turn together and resolves durable() once they are on disk', async () => {
    const file = sqliteFile();
    const store = SqliteListStore.open({ file });
    const { list } = withList(store, { indexed: false });
    await store.durable();
    store.transaction(() => store.putItem(itemFixture(list, 1, { Title: 'Ett' })));
    store.transaction(() => store.putItem(itemFixture(list, 2, { Title: 'Två' })));
    const reader = new Database(file, { readonly: true });
    const stored = () =>
      reader.prepare("SELECT count(*) AS n FROM rows WHERE tbl = 'item'").get() as { n: number };
    expect(stored().n).toBe(0);
    await store.durable();
    expect(stored().n).toBe(2);
    reader.close();
    store.close();
  });

  it('writes nothing for a transaction that only reads', () => {
    const file = sqliteFile();
    const store = SqliteListStore.open({ file });
    const { list } = withList(store, { indexed: false });
    expect(store.transaction(() => store.item(list.id, 1))).toBeUndefined();
    store.close();
    const again = SqliteListStore.open({ file });
    expect(again.list(list.id)?.title).toBe('Inventering');
    again.close();
  });
});
