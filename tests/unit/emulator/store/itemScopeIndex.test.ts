import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ListStore } from '../../../../emulators/sharepoint/store/ListStore';
import { MemoryListStore } from '../../../../emulators/sharepoint/store/MemoryListStore';
import { SqliteListStore } from '../../../../emulators/sharepoint/store/SqliteListStore';
import { itemFixture, listFixture } from '../fixtures';

// `itemIdsWithScope` stands in for `scope('item:<list>:<id>') !== undefined` on every item a query trims, so it
// must agree with the scopes after every write, undo, deletion and reload.

const dirs: string[] = [];

function sqliteFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'item-scopes-'));
  dirs.push(dir);
  return join(dir, 'sharepoint.db');
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const stores: [string, (file: string) => ListStore][] = [
  ['in memory', () => new MemoryListStore()],
  ['SQLite', (file) => SqliteListStore.open({ file })],
];

const assignments = [{ principalId: 3, roleDefinitionIds: [1073741826] }];

/** What the scopes themselves say: the ids `n` with a scope `item:<listId>:<n>`. */
function idsFromScopes(store: ListStore, listId: string): number[] {
  return store
    .scopeKeys(`item:${listId}:`)
    .map((key) => Number(key.slice(`item:${listId}:`.length)))
    .sort((a, b) => a - b);
}

function indexed(store: ListStore, listId: string): number[] {
  return [...store.itemIdsWithScope(listId)].sort((a, b) => a - b);
}

describe.each(stores)('the item scope index (%s)', (_name, open) => {
  let file: string;
  let store: ListStore;
  const { list, fields } = listFixture('Inventering');
  const other = listFixture('Annan', '00000000-0000-4000-8000-0000000000aa');

  beforeEach(() => {
    file = sqliteFile();
    store = open(file);
    store.transaction(() => {
      for (const created of [{ list, fields }, other]) {
        store.putList(created.list);
        for (const field of created.fields) store.putField(field);
        for (let id = 1; id <= 5; id++) store.putItem(itemFixture(created.list, id, { Title: `Rad ${id}` }));
      }
    });
  });

  afterEach(() => store.close());

  it('follows scopes put and deleted, per list, and ignores list and web scopes', () => {
    store.transaction(() => {
      store.putScope({ key: `item:${list.id}:2`, assignments });
      store.putScope({ key: `item:${list.id}:4`, assignments });
      store.putScope({ key: `item:${other.list.id}:4`, assignments });
      store.putScope({ key: `list:${list.id}`, assignments });
    });
    expect(indexed(store, list.id)).toEqual([2, 4]);
    expect(indexed(store, other.list.id)).toEqual([4]);
    store.transaction(() => store.deleteScope(`item:${list.id}:2`));
    expect(indexed(store, list.id)).toEqual([4]);
    expect(store.itemIdsWithScope(list.id).has(2)).toBe(false);
    expect(indexed(store, 'no-such-list')).toEqual([]);
  });

  it('forgets the scope of a deleted item and of a deleted list', () => {
    store.transaction(() => {
      store.putScope({ key: `item:${list.id}:3`, assignments });
      store.putScope({ key: `item:${other.list.id}:1`, assignments });
    });
    store.transaction(() => store.deleteItem(list.id, 3));
    expect(indexed(store, list.id)).toEqual([]);
    store.transaction(() => store.deleteList(other.list.id));
    expect(indexed(store, other.list.id)).toEqual([]);
  });

  it('undoes with a failing transaction: a scope removed there is still in force', () => {
    store.transaction(() => store.putScope({ key: `item:${list.id}:5`, assignments }));
    expect(() =>
      store.transaction(() => {
        store.deleteScope(`item:${list.id}:5`);
        store.putScope({ key: `item:${list.id}:1`, assignments });
        expect(indexed(store, list.id)).toEqual([1]);
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(indexed(store, list.id)).toEqual([5]);
    // A savepoint that fails undoes only its own writes.
    store.transaction(() => {
      store.putScope({ key: `item:${list.id}:2`, assignments });
      expect(() =>
        store.transaction(() => {
          store.deleteScope(`item:${list.id}:2`);
          throw new Error('inner');
        }),
      ).toThrow('inner');
    });
    expect(indexed(store, list.id)).toEqual([2, 5]);
  });

  it('agrees with the scopes after any sequence of writes, undos and (durable store) a reload', () => {
    const step = fc.record({
      id: fc.integer({ min: 1, max: 6 }),
      op: fc.constantFrom('put', 'delete', 'deleteItem'),
      fails: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), (steps) => {
        for (const { id, op, fails } of steps) {
          try {
            store.transaction(() => {
              if (op === 'put') store.putScope({ key: `item:${list.id}:${id}`, assignments });
              if (op === 'delete') store.deleteScope(`item:${list.id}:${id}`);
              if (op === 'deleteItem') store.deleteItem(list.id, id);
              if (fails) throw new Error('undo');
            });
          } catch {
            // the transaction was undone
          }
          expect(indexed(store, list.id)).toEqual(idsFromScopes(store, list.id));
        }
      }),
      { numRuns: 40 },
    );
    const expected = idsFromScopes(store, list.id);
    if (store.kind === 'sqlite') {
      store.close();
      store = open(file);
    }
    expect(indexed(store, list.id)).toEqual(expected);
  });
});
