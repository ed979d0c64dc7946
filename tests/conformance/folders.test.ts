// Folders in generic lists and the items in them: create (addUsingPath), get by path and by name, `Exists`,
// the folder's list item (FSObjType, FileRef, FileDirRef, FileLeafRef), items created in a folder with
// AddValidateUpdateItemUsingPath (string form values per field type, HasException instead of an error),
// ValidateUpdateListItem, and permissions set on a folder's item that its items inherit.
// Sources: PnPjs 4.21 folders/types.js, lists/types.js (addValidateUpdateItemUsingPath), items/types.js;
// MS-CSOMSPT 3.2.5.79.2.1.19 (AddValidateUpdateItemUsingPath: nothing is committed if a value fails);
// sp-dev-docs #7437 (`?$select=Exists` on a missing folder answers Exists:false, without it 404);
// Rob Windsor, "SharePoint REST API and Lists with Folders" (items returns every folder's items; FSObjType).
import type { IList, IListInfo } from '@pnp/sp/lists';
import type { IListItemFormUpdateValue } from '@pnp/sp/lists';
import { PermissionKind } from '@pnp/sp/security';
import { describeEmulatorOnly, describeWithPersonas, uniqueName, useTarget, type Persona } from './harness';
import { asJson, type Json } from './support/json';
import { accessDenied, roleIds } from './support/expectations';
import { spErrorOf } from './support/spError';

const target = useTarget();

/** `File Not Found.` for a folder or file path that does not exist (sp-dev-docs #7437). */
const fileNotFound = {
  status: 404,
  code: '-2147024894, System.IO.FileNotFoundException',
};

let info: IListInfo;
let rootUrl: string;

function listAs(persona: Persona = 'admin'): IList {
  return target().sp(persona).web.lists.getById(info.Id);
}

function formValues(values: Record<string, string>): IListItemFormUpdateValue[] {
  return Object.entries(values).map(([FieldName, FieldValue]) => ({ FieldName, FieldValue }));
}

function byField(results: IListItemFormUpdateValue[]): Record<string, Json> {
  return Object.fromEntries(results.map((r) => [String(r.FieldName), asJson(r)]));
}

beforeAll(async () => {
  info = await target().createList(uniqueName('Mappar'));
  const list = listAs();
  await list.fields.addNumber('Arsarbetare');
  await list.fields.addBoolean('Chefsnara');
  await list.fields.addMultiChoice('Placering', { Choices: ['Enhet', 'Kontor', 'Sektor'] });
  await list.fields.addDateTime('Inskickad');
  await list.fields.addUser('Ansvarig', { SelectionMode: 0 });
  rootUrl = (await list.rootFolder.select('ServerRelativeUrl')()).ServerRelativeUrl;
});

describe('folders in a generic list', () => {
  it('adds a folder with folders.addUsingPath and reports its name and URL', async () => {
    const folder = asJson(await listAs().rootFolder.folders.addUsingPath('E1042'));
    expect(folder).toMatchObject({ Name: 'E1042', ServerRelativeUrl: `${rootUrl}/E1042`, Exists: true });
  });

  it('gets the folder by server-relative path, by URL and by name', async () => {
    const web = target().sp().web;
    const byPath = await web.getFolderByServerRelativePath(`${rootUrl}/E1042`)();
    expect(byPath).toMatchObject({ Name: 'E1042', ServerRelativeUrl: `${rootUrl}/E1042` });
    const res = await target().raw(
      `web/getFolderByServerRelativeUrl('${encodeURIComponent(`${rootUrl}/E1042`)}')?$select=Name`,
    );
    expect(res.status).toBe(200);
    expect(((await res.json()) as Json).Name).toBe('E1042');
    const byName = await listAs().rootFolder.folders.getByUrl('E1042')();
    expect(byName.ServerRelativeUrl).toBe(`${rootUrl}/E1042`);
  });

  it('answers Exists for a folder, Exists:false for a missing one with $select=Exists, else 404', async () => {
    const web = target().sp().web;
    expect((await web.getFolderByServerRelativePath(`${rootUrl}/E1042`).select('Exists')()).Exists).toBe(
      true,
    );
    expect((await web.getFolderByServerRelativePath(`${rootUrl}/E9999`).select('Exists')()).Exists).toBe(
      false,
    );
    await expect(
      spErrorOf(() => web.getFolderByServerRelativePath(`${rootUrl}/E9999`)()),
    ).resolves.toMatchObject(fileNotFound);
  });

  it('has a list item with FSObjType 1, the folder content type and its name in FileLeafRef', async () => {
    const item = asJson(
      await target()
        .sp()
        .web.getFolderByServerRelativePath(`${rootUrl}/E1042`)
        .listItemAllFields.select(
          'Id',
          'FileSystemObjectType',
          'ContentTypeId',
          'FSObjType',
          'FileLeafRef',
          'FileRef',
          'FileDirRef',
        )(),
    );
    expect(item).toMatchObject({
      FileSystemObjectType: 1,
      FileLeafRef: 'E1042',
      FileRef: `${rootUrl}/E1042`,
      FileDirRef: rootUrl,
    });
    expect(Number(item.FSObjType)).toBe(1);
    // 0x0120 is the Folder content type every list folder derives from.
    expect(String(item.ContentTypeId).startsWith('0x0120')).toBe(true);
  });

  it('nests folders; the inner folder’s FileDirRef is the outer folder', async () => {
    const outer = target().sp().web.getFolderByServerRelativePath(`${rootUrl}/E1042`);
    await outer.folders.addUsingPath('Arkiv');
    const inner = asJson(
      await outer.folders.getByUrl('Arkiv').listItemAllFields.select('FileDirRef', 'FileRef')(),
    );
    expect(inner).toMatchObject({ FileDirRef: `${rootUrl}/E1042`, FileRef: `${rootUrl}/E1042/Arkiv` });
    const names = (await outer.folders()).map((f) => f.Name);
    expect(names).toEqual(['Arkiv']);
  });

  it('lists a list’s folders with their items expanded, for one-request permission checks', async () => {
    const folders = await target()
      .sp()
      .web.getFolderByServerRelativePath(rootUrl)
      .folders.select('Name', 'ListItemAllFields/Id', 'ListItemAllFields/HasUniqueRoleAssignments')
      .expand('ListItemAllFields')();
    const e1042 = asJson(folders.find((f) => f.Name === 'E1042'));
    const item = e1042.ListItemAllFields as Json;
    expect(Number(item.Id)).toBeGreaterThan(0);
    expect(item.HasUniqueRoleAssignments).toBe(false);
  });

  it('refuses a second folder of the same name unless overwrite is asked for', async () => {
    const error = await spErrorOf(() => listAs().rootFolder.folders.addUsingPath('E1042'));
    expect(error.status).toBe(400);
    const again = await listAs().rootFolder.folders.addUsingPath('E1042', true);
    expect(asJson(again).Name).toBe('E1042');
  });
});

describe('AddValidateUpdateItemUsingPath and ValidateUpdateListItem', () => {
  let annaLogin: string;

  beforeAll(async () => {
    annaLogin = (await target().user('anna')).LoginName;
  });

  it('creates an item inside the folder from string form values', async () => {
    const results = await listAs().addValidateUpdateItemUsingPath(
      formValues({
        Title: 'Ekonomi',
        Arsarbetare: '2.5',
        Chefsnara: '1',
        Placering: 'Enhet;#Kontor',
        Ansvarig: JSON.stringify([{ Key: annaLogin }]),
      }),
      `${rootUrl}/E1042`,
    );
    const fields = byField(results);
    for (const name of ['Title', 'Arsarbetare', 'Chefsnara', 'Placering', 'Ansvarig'])
      expect(fields[name]).toMatchObject({ HasException: false });
    const id = Number(fields.Title!.ItemId);
    expect(id).toBeGreaterThan(0);
    const item = asJson(
      await listAs()
        .items.getById(id)
        .select(
          'Title',
          'Arsarbetare',
          'Chefsnara',
          'Placering',
          'AnsvarigId',
          'FileDirRef',
          'FSObjType',
          'FileSystemObjectType',
        )(),
    );
    expect(item).toMatchObject({
      Title: 'Ekonomi',
      Arsarbetare: 2.5,
      Chefsnara: true,
      Placering: ['Enhet', 'Kontor'],
      AnsvarigId: (await target().user('anna')).Id,
      FileDirRef: `${rootUrl}/E1042`,
      FileSystemObjectType: 0,
    });
    expect(Number(item.FSObjType)).toBe(0);
  });

  it('reports a value it cannot read with HasException, stores nothing, and does not fail the request', async () => {
    const before = (await listAs().select('ItemCount')()).ItemCount;
    const results = await listAs().addValidateUpdateItemUsingPath(
      formValues({ Title: 'Fel', Arsarbetare: 'många' }),
      `${rootUrl}/E1042`,
    );
    const fields = byField(results);
    expect(fields.Arsarbetare).toMatchObject({ HasException: true });
    expect(String(fields.Arsarbetare!.ErrorMessage).length).toBeGreaterThan(0);
    expect((await listAs().select('ItemCount')()).ItemCount).toBe(before);
  });

  it('refuses a folder that does not exist', async () => {
    const error = await spErrorOf(() =>
      listAs().addValidateUpdateItemUsingPath(formValues({ Title: 'X' }), `${rootUrl}/E0000`),
    );
    expect(error.status).toBe(404);
  });

  it('updates an item from form values with ValidateUpdateListItem', async () => {
    const [first] = await listAs().addValidateUpdateItemUsingPath(
      formValues({ Title: 'HR', Arsarbetare: '1' }),
      `${rootUrl}/E1042`,
    );
    const id = Number(first!.ItemId);
    const results = await listAs()
      .items.getById(id)
      .validateUpdateListItem(formValues({ Arsarbetare: '4.25' }));
    expect(byField(results).Arsarbetare).toMatchObject({ HasException: false, ItemId: id });
    expect(asJson(await listAs().items.getById(id).select('Arsarbetare', 'Title')())).toMatchObject({
      Arsarbetare: 4.25,
      Title: 'HR',
    });
  });

  it('returns the items of every folder from items, folders included, filterable by FSObjType and FileDirRef', async () => {
    await listAs().addValidateUpdateItemUsingPath(formValues({ Title: 'I roten' }), rootUrl);
    const all = await listAs().items.select('Title', 'FileDirRef', 'FileSystemObjectType').top(500)();
    expect(all.some((i: Json) => i.FileDirRef === rootUrl && i.Title === 'I roten')).toBe(true);
    expect(all.some((i: Json) => i.FileDirRef === `${rootUrl}/E1042` && i.Title === 'Ekonomi')).toBe(true);
    expect(all.some((i: Json) => i.FileSystemObjectType === 1)).toBe(true);
    const onlyItems = await listAs().items.filter('FSObjType eq 0').select('FileSystemObjectType')();
    expect(onlyItems.length).toBeGreaterThan(0);
    expect(onlyItems.every((i: Json) => i.FileSystemObjectType === 0)).toBe(true);
    const inFolder = await listAs()
      .items.filter(`FileDirRef eq '${rootUrl}/E1042' and FSObjType eq 0`)
      .select('Title')();
    expect(inFolder.map((i: Json) => i.Title).sort()).toEqual(['Ekonomi', 'HR']);
  });
});

describe('CAML queries (getitems) and folders', () => {
  async function titles(query: { ViewXml: string; FolderServerRelativeUrl?: string }): Promise<string[]> {
    const rows = await listAs().getItemsByCAMLQuery(query);
    return rows.map((r: Json) => String(r.Title ?? r.FileLeafRef ?? '')).sort();
  }

  it('reaches only the queried folder without a view scope, every item below it with Scope="Recursive"', async () => {
    const where = "<Where><Eq><FieldRef Name='Title'/><Value Type='Text'>Ekonomi</Value></Eq></Where>";
    expect(await titles({ ViewXml: `<View><Query>${where}</Query></View>` })).toEqual([]);
    expect(await titles({ ViewXml: `<View Scope='Recursive'><Query>${where}</Query></View>` })).toEqual([
      'Ekonomi',
    ]);
    expect(
      await titles({
        ViewXml: `<View><Query>${where}</Query></View>`,
        FolderServerRelativeUrl: `${rootUrl}/E1042`,
      }),
    ).toEqual(['Ekonomi']);
  });

  it('lists a folder’s subfolders by default, and leaves folders out with Scope="Recursive"', async () => {
    const inFolder = await listAs().getItemsByCAMLQuery({
      ViewXml: '<View></View>',
      FolderServerRelativeUrl: `${rootUrl}/E1042`,
    });
    expect(inFolder.some((r: Json) => r.FileSystemObjectType === 1)).toBe(true);
    const recursive = await listAs().getItemsByCAMLQuery({ ViewXml: "<View Scope='Recursive'></View>" });
    expect(recursive.length).toBeGreaterThan(0);
    expect(recursive.every((r: Json) => r.FileSystemObjectType === 0)).toBe(true);
  });
});

describeEmulatorOnly(
  {
    name: 'paging a CAML query with ListItemCollectionPosition',
    reason:
      'SharePoint does not return the next position from REST getitems; the test builds it as clients do',
  },
  () => {
    it('continues after the PagingInfo of the last row, in the query’s order', async () => {
      const viewXml =
        "<View Scope='Recursive'><Query><OrderBy><FieldRef Name='Title'/></OrderBy></Query><RowLimit>2</RowLimit></View>";
      const first = await listAs().getItemsByCAMLQuery({ ViewXml: viewXml });
      expect(first).toHaveLength(2);
      const last = asJson(first[1]);
      const pagingInfo = `Paged=TRUE&p_Title=${encodeURIComponent(String(last.Title))}&p_ID=${String(last.Id)}`;
      const res = await target().raw(`web/lists(guid'${info.Id}')/getitems`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          query: { ViewXml: viewXml, ListItemCollectionPosition: { PagingInfo: pagingInfo } },
        }),
      });
      const second = ((await res.json()) as { value: Json[] }).value;
      const all = await listAs().getItemsByCAMLQuery({
        ViewXml: "<View Scope='Recursive'><Query><OrderBy><FieldRef Name='Title'/></OrderBy></Query></View>",
      });
      expect([...first, ...second].map((r: Json) => r.Id)).toEqual(all.slice(0, 4).map((r: Json) => r.Id));
    });
  },
);

describeWithPersonas({ name: 'permissions on a folder', personas: ['anna'] }, () => {
  let annaId: number;
  let openFolderItemId: number;

  beforeAll(async () => {
    annaId = (await target().user('anna')).Id;
    const adminId = (await target().user('admin')).Id;
    await listAs().rootFolder.folders.addUsingPath('E2001');
    await listAs().rootFolder.folders.addUsingPath('E2002');
    await listAs().addValidateUpdateItemUsingPath(formValues({ Title: 'Annas rad' }), `${rootUrl}/E2001`);
    await listAs().addValidateUpdateItemUsingPath(formValues({ Title: 'Annan enhet' }), `${rootUrl}/E2002`);
    const folderItem = await target()
      .sp()
      .web.getFolderByServerRelativePath(`${rootUrl}/E2001`)
      .listItemAllFields.select('Id')();
    openFolderItemId = Number(asJson(folderItem).Id);
    const securable = listAs().items.getById(openFolderItemId);
    await securable.breakRoleInheritance(false, true);
    await securable.roleAssignments.add(adminId, roleIds.fullControl);
    await securable.roleAssignments.add(annaId, roleIds.contribute);
  });

  it('makes the folder’s item unique, with Anna’s assignment readable by principal id', async () => {
    const securable = listAs().items.getById(openFolderItemId);
    expect(asJson(await securable.select('HasUniqueRoleAssignments')()).HasUniqueRoleAssignments).toBe(true);
    expect(asJson(await securable.roleAssignments.getById(annaId)()).PrincipalId).toBe(annaId);
    const res = await target().raw(
      `web/lists(guid'${info.Id}')/items(${openFolderItemId})/roleassignments/getbyprincipalid(${annaId})?$expand=RoleDefinitionBindings`,
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as { RoleDefinitionBindings: { Name: string }[] };
    expect(body.RoleDefinitionBindings.map((b) => b.Name)).toEqual(['Contribute']);
  });

  it('lets Anna reach the list (Limited Access) by id, title and URL', async () => {
    expect((await listAs('anna').select('Title')()).Title).toBe(info.Title);
    expect((await target().sp('anna').web.lists.getByTitle(info.Title).select('Id')()).Id).toBe(info.Id);
    const byUrl = await target().sp('anna').web.getList(rootUrl).select('Id')();
    expect(byUrl.Id).toBe(info.Id);
  });

  it('shows Anna only the folder and the items she may read, which inherit from the folder', async () => {
    const seen = await listAs('anna').items.select('Title', 'FileLeafRef', 'FileDirRef')();
    const dirs = new Set(seen.map((i: Json) => i.FileDirRef));
    expect(seen.map((i: Json) => i.Title ?? i.FileLeafRef)).toEqual(expect.arrayContaining(['Annas rad']));
    expect(seen.some((i: Json) => i.Title === 'Annan enhet')).toBe(false);
    expect([...dirs].every((d) => d === rootUrl || d === `${rootUrl}/E2001`)).toBe(true);
  });

  it('lets Anna add and edit items in her folder but not at the root or in another folder', async () => {
    const [created] = await listAs('anna').addValidateUpdateItemUsingPath(
      formValues({ Title: 'Ny rad' }),
      `${rootUrl}/E2001`,
    );
    expect(created).toMatchObject({ HasException: false });
    const id = Number(created!.ItemId);
    const perms = await listAs('anna').items.getById(id).getCurrentUserEffectivePermissions();
    expect(listAs('anna').hasPermissions(perms, PermissionKind.EditListItems)).toBe(true);
    await listAs('anna').items.getById(id).update({ Title: 'Ändrad rad' });
    await expect(
      spErrorOf(() => listAs('anna').addValidateUpdateItemUsingPath(formValues({ Title: 'Nej' }), rootUrl)),
    ).resolves.toMatchObject(accessDenied);
    await expect(spErrorOf(() => listAs('anna').items.add({ Title: 'Inte heller' }))).resolves.toMatchObject(
      accessDenied,
    );
  });

  it('gives a group’s members what the group has on a folder', async () => {
    const web = target().sp().web;
    const group = asJson(await web.siteGroups.add({ Title: uniqueName('Granskare') }));
    const groupId = Number(group.Id);
    target().trackGroup(groupId);
    await web.siteGroups.getById(groupId).users.add((await target().user('anna')).LoginName);
    const folderItem = asJson(
      await web.getFolderByServerRelativePath(`${rootUrl}/E2002`).listItemAllFields.select('Id')(),
    );
    const securable = listAs().items.getById(Number(folderItem.Id));
    await securable.breakRoleInheritance(true, false);
    await securable.roleAssignments.add(groupId, roleIds.read);
    const seen = await listAs('anna').items.select('Title')();
    expect(seen.some((i: Json) => i.Title === 'Annan enhet')).toBe(true);
    const groups = await target().sp('anna').web.currentUser.groups.select('Id', 'Title')();
    expect(groups.map((g) => g.Id)).toContain(groupId);
  });
});

// What the reviewers' decision list rests on (docs/data-model.md): a level with AddListItems but not
// EditListItems lets a person add an item in a folder, the way SharePoint's own new-item form does, and never
// change or delete it afterwards; each item says which folder holds it; and every change raises its version.
describeWithPersonas({ name: 'an add-only level on a folder', personas: ['anna'] }, () => {
  let annaId: number;
  let added: number;
  const addOnly = 'E3001';

  beforeAll(async () => {
    annaId = (await target().user('anna')).Id;
    const adminId = (await target().user('admin')).Id;
    const web = target().sp().web;
    const { data } = await web.roleDefinitions.add(uniqueName('Lagga till'), 'Läsa och lägga till', 310, {
      High: 176,
      Low: 138612835,
    });
    const level = asJson(data);
    target().trackRoleDefinition(Number(level.Id));
    await listAs().rootFolder.folders.addUsingPath(addOnly);
    const folderItem = asJson(
      await web.getFolderByServerRelativePath(`${rootUrl}/${addOnly}`).listItemAllFields.select('Id')(),
    );
    const securable = listAs().items.getById(Number(folderItem.Id));
    await securable.breakRoleInheritance(false, true);
    await securable.roleAssignments.add(adminId, roleIds.fullControl);
    await securable.roleAssignments.add(annaId, Number(level.Id));
  });

  it('lets Anna add an item in the folder, as its author, with the folder in its FileDirRef', async () => {
    const results = await listAs('anna').addValidateUpdateItemUsingPath(
      formValues({ Title: 'Beslut' }),
      `${rootUrl}/${addOnly}`,
    );
    expect(results.every((r) => r.HasException === false)).toBe(true);
    added = Number(results.find((r) => r.FieldName === 'Id')?.FieldValue);
    const item = asJson(
      await listAs('anna')
        .items.getById(added)
        .select('Title', 'FileDirRef', 'Author/Name')
        .expand('Author')(),
    );
    expect(item).toMatchObject({
      Title: 'Beslut',
      FileDirRef: `${rootUrl}/${addOnly}`,
      Author: { Name: (await target().user('anna')).LoginName },
    });
  });

  it('refuses Anna every change to the item afterwards: MERGE, ValidateUpdateListItem, delete, recycle', async () => {
    const item = listAs('anna').items.getById(added);
    for (const attempt of [
      () => item.update({ Title: 'Ändrat' }),
      () => item.validateUpdateListItem(formValues({ Title: 'Ändrat' })),
      () => item.delete(),
      () => item.recycle(),
    ])
      await expect(spErrorOf(attempt)).resolves.toMatchObject(accessDenied);
    expect(asJson(await listAs().items.getById(added).select('Title')()).Title).toBe('Beslut');
  });

  it('raises an item’s version on every change, ValidateUpdateListItem too, and never lowers it', async () => {
    const version = async () =>
      Number(String(asJson(await listAs().items.getById(added)())['odata.etag']).replace(/\D/g, ''));
    const first = await version();
    await listAs().items.getById(added).update({ Title: 'Ett' });
    const second = await version();
    await listAs()
      .items.getById(added)
      .validateUpdateListItem(formValues({ Title: 'Två' }));
    const third = await version();
    expect(second).toBeGreaterThan(first);
    expect(third).toBeGreaterThan(second);
  });
});

describeEmulatorOnly(
  {
    name: 'form values in the web’s locale',
    reason: 'switches the site’s regional settings, which a tenant changes in site settings, not by REST',
  },
  () => {
    async function setLocale(localeId: number): Promise<void> {
      const res = await target().raw('web/regionalsettings', {
        method: 'POST',
        headers: { 'X-HTTP-Method': 'MERGE', 'Content-Type': 'application/json' },
        body: JSON.stringify({ LocaleId: localeId }),
      });
      expect(res.status).toBe(204);
    }

    afterAll(async () => {
      await setLocale(1033);
    });

    it('reads en-US numbers and dates on a new site, where "1,5" is fifteen', async () => {
      const results = await listAs().addValidateUpdateItemUsingPath(
        formValues({ Title: 'en-US', Arsarbetare: '1,5', Inskickad: '6/23/2018 10:15 PM' }),
        `${rootUrl}/E1042`,
      );
      const id = Number(results[0]!.ItemId);
      expect(asJson(await listAs().items.getById(id).select('Arsarbetare', 'Inskickad')())).toMatchObject({
        Arsarbetare: 15,
        Inskickad: '2018-06-23T22:15:00Z',
      });
    });

    it('reads sv-SE numbers with a decimal comma and refuses a decimal point', async () => {
      await setLocale(1053);
      const ok = await listAs().addValidateUpdateItemUsingPath(
        formValues({ Title: 'sv-SE', Arsarbetare: '1\u00a0234,5', Inskickad: '2018-06-23 22:15' }),
        `${rootUrl}/E1042`,
      );
      const id = Number(ok[0]!.ItemId);
      expect(asJson(await listAs().items.getById(id).select('Arsarbetare', 'Inskickad')())).toMatchObject({
        Arsarbetare: 1234.5,
        Inskickad: '2018-06-23T22:15:00Z',
      });
      const bad = byField(
        await listAs().addValidateUpdateItemUsingPath(
          formValues({ Title: 'sv-SE', Arsarbetare: '1.5' }),
          `${rootUrl}/E1042`,
        ),
      );
      expect(bad.Arsarbetare).toMatchObject({ HasException: true });
    });
  },
);
