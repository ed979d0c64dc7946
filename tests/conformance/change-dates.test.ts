// A list's LastItemModifiedDate and LastItemDeletedDate, which date the stored overview (docs/data-model.md,
// "Dashboards at region scale"): whole seconds in UTC; the first moves with every item or file added or changed,
// the second with every item, file or folder deleted; reading changes neither.
// https://learn.microsoft.com/dotnet/api/microsoft.sharepoint.client.list.lastitemmodifieddate?view=sharepoint-csom
import type { IListInfo } from '@pnp/sp/lists';
import { uniqueName, useTarget } from './harness';

const target = useTarget();

let list: IListInfo;
let library: IListInfo;

beforeAll(async () => {
  list = await target().createList(uniqueName('Ändringar'));
  library = await target().createList(uniqueName('Ändringsdokument'), { template: 101 });
});

async function datesOf(listId: string): Promise<{ modified: string; deleted: string }> {
  const info = await target()
    .sp()
    .web.lists.getById(listId)
    .select('LastItemModifiedDate', 'LastItemDeletedDate')<{
    LastItemModifiedDate: string;
    LastItemDeletedDate: string;
  }>();
  return { modified: info.LastItemModifiedDate, deleted: info.LastItemDeletedDate };
}

// The dates are whole seconds: a change is seen only a second after the last one.
const nextSecond = () => new Promise((resolve) => setTimeout(resolve, 1100));

describe('a list’s change dates', () => {
  it('are whole seconds in UTC', async () => {
    const { modified, deleted } = await datesOf(list.Id);
    expect(modified).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(deleted).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('move with an item added and changed, and not with a read', async () => {
    const items = () => target().sp().web.lists.getById(list.Id).items;
    const before = await datesOf(list.Id);
    await nextSecond();
    const added = await items().add({ Title: 'ett' });
    const afterAdd = await datesOf(list.Id);
    expect(afterAdd.modified > before.modified).toBe(true);
    expect(afterAdd.deleted).toBe(before.deleted);

    await nextSecond();
    await items().select('Id', 'Title')();
    expect(await datesOf(list.Id)).toEqual(afterAdd);

    await items().getById(added.Id).update({ Title: 'två' });
    const afterUpdate = await datesOf(list.Id);
    expect(afterUpdate.modified > afterAdd.modified).toBe(true);

    await nextSecond();
    await items().getById(added.Id).delete();
    const afterDelete = await datesOf(list.Id);
    expect(afterDelete.deleted > afterUpdate.deleted).toBe(true);
  });

  it('move with a file added, a file deleted and a folder deleted in a library', async () => {
    const root = () => target().sp().web.lists.getById(library.Id).rootFolder;
    const before = await datesOf(library.Id);
    await nextSecond();
    await root().files.addUsingPath('a.json', '{}', { Overwrite: true });
    const afterAdd = await datesOf(library.Id);
    expect(afterAdd.modified > before.modified).toBe(true);

    await nextSecond();
    await root().files.getByUrl('a.json').delete();
    const afterFile = await datesOf(library.Id);
    expect(afterFile.deleted > afterAdd.deleted).toBe(true);

    await root().folders.addUsingPath('mapp');
    await nextSecond();
    await root().folders.getByUrl('mapp').delete();
    expect((await datesOf(library.Id)).deleted > afterFile.deleted).toBe(true);
  });
});
