// Lists: create, ensure, get by title and id, update, delete, ItemCount and the entity type names.
import { uniqueName, useTarget } from './harness';
import { listByIdNotFound, listNotFound } from './support/expectations';
import { readSpError, spErrorOf } from './support/spError';

const target = useTarget();

const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

describe('creating lists', () => {
  it('adds a generic list and reports its ids and entity type names', async () => {
    const title = uniqueName('Lista');
    const info = await target().createList(title);
    expect(info.Title).toBe(title);
    expect(info.Id).toMatch(guidPattern);
    expect(info.BaseTemplate).toBe(100);
    expect(info.ItemCount).toBe(0);
    // Generic lists: EntityTypeName `<Name>List`, items `SP.Data.<Name>ListItem` ([SPDOCS] working-with-lists).
    expect(info.EntityTypeName).toBe(`${title}List`);
    expect(info.ListItemEntityTypeFullName).toBe(`SP.Data.${title}ListItem`);
  });

  it('adds a document library with the library entity type', async () => {
    const title = uniqueName('Bibliotek');
    const info = await target().createList(title, { template: 101 });
    expect(info.BaseTemplate).toBe(101);
    // Libraries: `SP.Data.<Name>Item` (e.g. SP.Data.Shared_x0020_DocumentsItem).
    expect(info.ListItemEntityTypeFullName).toBe(`SP.Data.${title}Item`);
  });

  it('accepts the documented verbose create body too', async () => {
    const title = uniqueName('Verbos');
    const res = await target().raw('web/lists', {
      method: 'POST',
      accept: 'application/json;odata=verbose',
      headers: { 'Content-Type': 'application/json;odata=verbose' },
      body: JSON.stringify({
        __metadata: { type: 'SP.List' },
        AllowContentTypes: true,
        BaseTemplate: 100,
        ContentTypesEnabled: true,
        Description: 'Skapad med verbose',
        Title: title,
      }),
    });
    expect(res.status).toBe(201);
    const d = ((await res.json()) as { d: { Id: string; Title: string } }).d;
    expect(d.Title).toBe(title);
    await target().sp().web.lists.getById(d.Id).delete();
  });

  it('ensure creates once, then finds the same list', async () => {
    const title = uniqueName('Ensure');
    const lists = target().sp().web.lists;
    const first = await lists.ensure(title, 'första');
    const firstInfo = await first.list.select('Id')();
    try {
      expect(first.created).toBe(true);
      const second = await lists.ensure(title, 'andra');
      expect(second.created).toBe(false);
      const info = await second.list.select('Id', 'Description')();
      expect(info.Id).toBe(firstInfo.Id);
      // ensure() MERGEs the settings into an existing list ([PNP-SP] lists/types.js ensure).
      expect(info.Description).toBe('andra');
    } finally {
      await lists.getById(firstInfo.Id).delete();
    }
  });
});

describe('reading lists', () => {
  let title: string;
  let id: string;

  beforeAll(async () => {
    title = uniqueName('Las');
    id = (await target().createList(title)).Id;
  });

  it('gets a list by title', async () => {
    const info = await target().sp().web.lists.getByTitle(title)();
    expect(info.Id).toBe(id);
  });

  it("gets a list by id as PnPjs writes it: lists('<guid>')", async () => {
    const info = await target().sp().web.lists.getById(id)();
    expect(info.Title).toBe(title);
  });

  it("gets a list by id as the docs write it: lists(guid'<guid>')", async () => {
    const res = await target().raw(`web/lists(guid'${id}')?$select=Title`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { Title: string }).Title).toBe(title);
  });

  it('matches path segments case-insensitively', async () => {
    const res = await target().raw(`Web/Lists/GetByTitle('${title}')?$select=Id`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { Id: string }).Id).toBe(id);
  });

  it('lists the list in web.lists and filters lists by title', async () => {
    const all = await target().sp().web.lists.select('Title')();
    expect(all.map((l) => l.Title)).toContain(title);
    const filtered = await target().sp().web.lists.filter(`Title eq '${title}'`).select('Id')();
    expect(filtered.map((l) => l.Id)).toEqual([id]);
  });

  it('gets a list by its server-relative URL, with or without the leading slash', async () => {
    // PnPjs passes getList's URL on as given; SharePoint reads it as server-relative either way
    // (SPWeb.GetList: https://learn.microsoft.com/previous-versions/office/sharepoint-server/ms441870(v=office.15)).
    const web = target().sp().web;
    const root = (await web.lists.getById(id).rootFolder.select('ServerRelativeUrl')()).ServerRelativeUrl;
    expect((await web.getList(root).select('Id')()).Id).toBe(id);
    expect((await web.getList(root.replace(/^\//, '')).select('Id')()).Id).toBe(id);
    expect(
      (await web.getList(`${target().siteUrl.replace(/\/sites\/.*$/, '')}${root}`).select('Id')()).Id,
    ).toBe(id);
  });

  it('answers a missing title with 404 and the exact message', async () => {
    const missing = `${title}Saknas`;
    const seen = await spErrorOf(() => target().sp().web.lists.getByTitle(missing)());
    expect(seen).toMatchObject(listNotFound(missing, target().siteUrl));
  });

  it('answers a missing id with 404 "List does not exist."', async () => {
    const seen = await spErrorOf(() =>
      target().sp().web.lists.getById('0f3e2a6c-1b2d-4e5f-8a9b-0c1d2e3f4a5b')(),
    );
    expect(seen.status).toBe(listByIdNotFound.status);
    expect(seen.code).toBe(listByIdNotFound.code);
    expect(seen.message.split('\n')[0]).toBe(listByIdNotFound.firstLine);
  });
});

describe('changing lists', () => {
  it('updates properties with MERGE and reads them back', async () => {
    const title = uniqueName('Andra');
    const { Id } = await target().createList(title);
    const list = target().sp().web.lists.getById(Id);
    await list.update({ Description: 'Inventering av stödfunktioner', EnableVersioning: true });
    const info = await list.select('Description', 'EnableVersioning')();
    expect(info.Description).toBe('Inventering av stödfunktioner');
    expect(info.EnableVersioning).toBe(true);
  });

  it('keeps the entity type name when the title changes', async () => {
    // The entity type comes from the list URL fixed at creation, not from the current title.
    const title = uniqueName('Namn');
    const { Id, ListItemEntityTypeFullName } = await target().createList(title);
    const list = target().sp().web.lists.getById(Id);
    await list.update({ Title: `${title}Nytt` });
    const info = await target().sp().web.lists.getByTitle(`${title}Nytt`)();
    expect(info.Id).toBe(Id);
    expect(info.ListItemEntityTypeFullName).toBe(ListItemEntityTypeFullName);
    const old = await target().raw(`web/lists/getByTitle('${title}')`);
    expect(old.status).toBe(404);
  });

  it('counts items in ItemCount', async () => {
    const title = uniqueName('Rakna');
    const { Id } = await target().createList(title);
    const items = target().sp().web.lists.getById(Id).items;
    const added = [];
    for (const n of [1, 2, 3]) added.push(await items.add({ Title: `Rad ${n}` }));
    expect((await target().sp().web.lists.getById(Id).select('ItemCount')()).ItemCount).toBe(3);
    await items.getById((added[0] as { Id: number }).Id).delete();
    expect((await target().sp().web.lists.getById(Id).select('ItemCount')()).ItemCount).toBe(2);
  });

  it('deletes a list; afterwards the title is unknown', async () => {
    const title = uniqueName('Radera');
    const { Id } = await target().createList(title);
    await target().sp().web.lists.getById(Id).delete();
    const seen = await spErrorOf(() => target().sp().web.lists.getByTitle(title)());
    expect(seen).toMatchObject(listNotFound(title, target().siteUrl));
  });

  it('answers DELETE with 200 and an empty body', async () => {
    // PnPjs's delete: POST + X-HTTP-Method: DELETE + IF-Match: *.
    const title = uniqueName('RaderaRa');
    const { Id } = await target().createList(title);
    const res = await target().raw(`web/lists('${Id}')`, {
      method: 'POST',
      headers: { 'X-HTTP-Method': 'DELETE', 'IF-Match': '*' },
    });
    expect(res.status).toBe(200);
    expect((await res.text()).trim()).toBe('');
    const after = await readSpError(await target().raw(`web/lists('${Id}')`));
    expect(after.status).toBe(404);
  });
});
