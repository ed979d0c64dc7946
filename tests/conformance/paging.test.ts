// Paging: the default page of 100, odata.nextLink / __next with $skiptoken=Paged=TRUE&p_ID=<last id>, and
// PnPjs v4's `for await … of items.top(n)` yielding every item exactly once.
import type { IListInfo } from '@pnp/sp/lists';
import { uniqueName, useTarget } from './harness';
import { asJson, type Json } from './support/json';
import { addItems } from './support/seed';

const target = useTarget();

const total = 230;
let list: IListInfo;
let ids: number[];

beforeAll(async () => {
  list = await target().createList(uniqueName('Sidor'));
  await target().sp().web.lists.getById(list.Id).fields.addNumber('Antal');
  const rows = Array.from({ length: total }, (_, i) => ({ Title: `Rad ${i + 1}`, Antal: i % 10 }));
  ids = await addItems(target().sp(), { listTitle: list.Title, rows });
});

function itemsPath(query: string): string {
  return `web/lists/getByTitle('${list.Title}')/items?${query}`;
}

describe('pages', () => {
  it('returns 100 items when $top is not given', async () => {
    // [SPDOCS] working-with-lists…: "By default, this will return the first 100 items".
    const rows = await target().sp().web.lists.getById(list.Id).items.select('Id')();
    expect(rows).toHaveLength(100);
  });

  it('links the next page with an absolute odata.nextLink carrying Paged=TRUE&p_ID=<last id>', async () => {
    const res = await target().raw(itemsPath('$select=Id&$top=100'));
    const body = asJson(await res.json());
    const page = body.value as { Id: number }[];
    expect(page.map((r) => r.Id)).toEqual(ids.slice(0, 100));
    const next = String(body['odata.nextLink']);
    const url = new URL(next);
    expect(`${url.origin}${url.pathname}`.toLowerCase()).toContain(
      new URL(target().siteUrl).pathname.toLowerCase(),
    );
    expect(url.searchParams.get('$skiptoken')).toBe(`Paged=TRUE&p_ID=${ids[99]}`);
    const second = asJson(await (await target().raw(next)).json());
    expect((second.value as { Id: number }[]).map((r) => r.Id)).toEqual(ids.slice(100, 200));
  });

  it('links the next page in verbose as d.__next', async () => {
    const res = await target().raw(itemsPath('$select=Id&$top=150'), {
      accept: 'application/json;odata=verbose',
    });
    const d = ((await res.json()) as { d: Json }).d;
    expect((d.results as unknown[]).length).toBe(150);
    expect(new URL(String(d.__next)).searchParams.get('$skiptoken')).toBe(`Paged=TRUE&p_ID=${ids[149]}`);
  });

  it('has no next link on the last page', async () => {
    const res = await target().raw(
      itemsPath(`$select=Id&$top=100&$skiptoken=${encodeURIComponent(`Paged=TRUE&p_ID=${ids[199]}`)}`),
    );
    const body = asJson(await res.json());
    expect((body.value as unknown[]).length).toBe(total - 200);
    expect(body).not.toHaveProperty('odata.nextLink');
  });

  it('accepts the raw $skiptoken form from the docs (Paged=TRUE%26p_ID=n)', async () => {
    // [SPDOCS] documents $skiptoken=Paged=TRUE%26p_ID=5.
    const res = await target().raw(itemsPath(`$select=Id&$top=5&$skiptoken=Paged=TRUE%26p_ID=${ids[4]}`));
    const body = asJson(await res.json());
    expect((body.value as { Id: number }[]).map((r) => r.Id)).toEqual(ids.slice(5, 10));
  });

  it('items.skip(id) starts after that id', async () => {
    const rows = await target()
      .sp()
      .web.lists.getById(list.Id)
      .items.select('Id')
      .skip(ids[99] ?? 0)
      .top(50)();
    expect(rows.map((r: { Id: number }) => r.Id)).toEqual(ids.slice(100, 150));
  });
});

describe('for await … of items.top(n)', () => {
  it('yields exactly ItemCount items, each once, in pages of n', async () => {
    const sizes: number[] = [];
    const seen: number[] = [];
    for await (const page of target().sp().web.lists.getById(list.Id).items.select('Id').top(100)) {
      sizes.push(page.length);
      seen.push(...page.map((r: { Id: number }) => r.Id));
    }
    const { ItemCount } = await target().sp().web.lists.getById(list.Id).select('ItemCount')();
    expect(ItemCount).toBe(total);
    expect(sizes).toEqual([100, 100, 30]);
    expect(seen).toEqual(ids);
  });

  it('pages a filtered, ordered query without losing or repeating rows', async () => {
    const seen: { Id: number; Antal: number }[] = [];
    const query = target()
      .sp()
      .web.lists.getById(list.Id)
      .items.select('Id', 'Antal')
      .filter('Antal ge 5')
      .orderBy('Antal', false)
      .top(40);
    for await (const page of query) seen.push(...(page as { Id: number; Antal: number }[]));
    const expected = ids.filter((_, i) => i % 10 >= 5);
    expect(seen).toHaveLength(expected.length);
    expect(new Set(seen.map((r) => r.Id))).toEqual(new Set(expected));
    const antal = seen.map((r) => r.Antal);
    expect(antal).toEqual([...antal].sort((a, b) => b - a));
  });
});
