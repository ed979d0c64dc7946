// The list view threshold , shrunk to 50 so that 60 items cross it. SharePoint Online's
// threshold is a fixed 5,000, so this file runs against the emulator only.
import type { IListInfo } from '@pnp/sp/lists';
import type { IItems } from '@pnp/sp/items';
import { describeEmulatorOnly, uniqueName, useTarget } from './harness';
import { listViewThreshold } from './support/expectations';
import { spErrorOf } from './support/spError';
import { addItems } from './support/seed';

describeEmulatorOnly(
  { name: 'list view threshold', reason: 'needs a threshold of 50; SharePoint Online fixes it at 5,000' },
  () => {
    const target = useTarget({ threshold: 50 });
    const total = 60;
    let list: IListInfo;
    let ids: number[];

    function items(): IItems {
      return target().sp().web.lists.getById(list.Id).items;
    }

    beforeAll(async () => {
      list = await target().createList(uniqueName('Troskel'));
      const fields = target().sp().web.lists.getById(list.Id).fields;
      await fields.addNumber('Antal');
      await fields.addText('Kod');
      const rows = Array.from({ length: total }, (_, i) => ({
        Title: `Rad ${i + 1}`,
        Antal: i % 6,
        Kod: `K${i % 3}`,
      }));
      ids = await addItems(target().sp(), { listTitle: list.Title, rows });
    });

    it('refuses a filter on a non-indexed column with SPQueryThrottledException', async () => {
      // PnP-JS-Core #203, office365-rest-python-client #681: $filter on a non-indexed column of a large list → 500.
      const seen = await spErrorOf(() => items().filter('Antal eq 5')());
      expect(seen).toMatchObject(listViewThreshold);
    });

    it('refuses it even with a small $top', async () => {
      const seen = await spErrorOf(() => items().filter('Antal eq 5').top(1)());
      expect(seen).toMatchObject(listViewThreshold);
    });

    it('serves the same filter once the column is indexed', async () => {
      await target()
        .sp()
        .web.lists.getById(list.Id)
        .fields.getByInternalNameOrTitle('Antal')
        .update({ Indexed: true });
      const rows = await items().select('Id').filter('Antal eq 5')();
      expect(rows.map((r: { Id: number }) => r.Id)).toEqual(ids.filter((_, i) => i % 6 === 5));
    });

    it('serves an indexed leading clause AND-ed with a non-indexed one', async () => {
      // The first (indexed) clause narrows the set below the threshold (sp-dev-docs #5232, #5291).
      const rows = await items().select('Id').filter("Antal eq 5 and Kod eq 'K2'")();
      expect(rows.map((r: { Id: number }) => r.Id)).toEqual(ids.filter((_, i) => i % 6 === 5 && i % 3 === 2));
    });

    it('refuses $orderby on a non-indexed column', async () => {
      // sp-dev-docs #6826: $orderby on a non-indexed column of a large list throws.
      const seen = await spErrorOf(() => items().orderBy('Kod')());
      expect(seen).toMatchObject(listViewThreshold);
    });

    it('filters by ID, which is always indexed', async () => {
      const last = ids[total - 1] ?? 0;
      const rows = await items()
        .select('Id')
        .filter(`ID gt ${last - 5}`)();
      expect(rows).toHaveLength(5);
    });

    it('refuses $top above the threshold', async () => {
      // PnP-JS-Core #203: top(10000) on a list past the threshold failed with the threshold error.
      const seen = await spErrorOf(() => items().top(51)());
      expect(seen).toMatchObject(listViewThreshold);
    });

    it('pages the whole list without a filter', async () => {
      const seen: number[] = [];
      for await (const page of items().select('Id').top(20))
        seen.push(...page.map((r: { Id: number }) => r.Id));
      expect(seen).toEqual(ids);
    });
  },
);
