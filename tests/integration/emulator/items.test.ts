import type { SPFI } from '@pnp/sp';
import { ADMIN, expectJson, spError, useEmulator, writeHeaders } from './harness';

const target = useEmulator({ threshold: 20 });

type Row = Record<string, unknown>;

let sektorListId: string;
let norrId: number;
let sydId: number;
let annaId: number;
let erikId: number;

async function userId(sp: SPFI, upn: string): Promise<number> {
  return Number((await sp.web.ensureUser(upn)).Id);
}

beforeAll(async () => {
  const sp = target().sp();
  annaId = await userId(sp, 'anna.berg@kommun.example');
  erikId = await userId(sp, 'erik.lund@kommun.example');
  const sektorer = await sp.web.lists.add('Sektorer', '', 100, false);
  sektorListId = String(sektorer.Id);
  norrId = Number((await sp.web.lists.getById(sektorListId).items.add({ Title: 'Norr' })).Id);
  sydId = Number((await sp.web.lists.getById(sektorListId).items.add({ Title: 'Syd' })).Id);
  await sp.web.lists.add('Inventering', '', 100, false);
  const fields = sp.web.lists.getByTitle('Inventering').fields;
  await fields.addLookup('Sektor', { LookupListId: sektorListId, LookupFieldName: 'Title' });
  await fields.addUser('Chef');
  await fields.createFieldAsXml(
    '<Field Type="UserMulti" DisplayName="Granskare" Name="Granskare" Mult="TRUE" UserSelectionMode="PeopleOnly" />',
  );
  await fields.addMultiChoice('Placering', { Choices: ['Enhet', 'Kontor', 'Sektor'] });
  await fields.addUrl('Länk');
  await fields.addDateTime('Inlämnad');
  await fields.addBoolean('Klar');
  await fields.addNumber('Årsarbetare', { MinimumValue: 0 });
});

function inventering(upn = ADMIN) {
  return target().sp(upn).web.lists.getByTitle('Inventering');
}

describe('field values as SharePoint stores and shows them', () => {
  let id: number;

  beforeAll(async () => {
    const added = (await inventering().items.add({
      Title: 'Ekonomi',
      SektorId: norrId,
      ChefId: annaId,
      GranskareId: [annaId, erikId],
      Placering: ['Enhet', 'Sektor'],
      L_x00e4_nk: { Url: 'https://kommun.example/ekonomi', Description: 'Ekonomi' },
      Inl_x00e4_mnad: '2024-03-15T10:43:10.123Z',
      Klar: true,
      OData__x00c5_rsarbetare: 2.5,
    })) as Row;
    id = Number(added.Id);
  });

  it('answers users and lookups as <Name>Id (and <Name>StringId for users), multi values as arrays', async () => {
    const row = (await inventering().items.getById(id)()) as Row;
    expect(row).toMatchObject({
      SektorId: norrId,
      ChefId: annaId,
      ChefStringId: String(annaId),
      GranskareId: [annaId, erikId],
      GranskareStringId: [String(annaId), String(erikId)],
      Placering: ['Enhet', 'Sektor'],
      L_x00e4_nk: { Description: 'Ekonomi', Url: 'https://kommun.example/ekonomi' },
      Inl_x00e4_mnad: '2024-03-15T10:43:10Z',
      Klar: true,
      OData__x00c5_rsarbetare: 2.5,
      OData__UIVersionString: '1.0',
    });
    expect(row).not.toHaveProperty('Sektor');
  });

  it('wraps multi values in typed collections in verbose', async () => {
    const res = await target().fetch(`web/lists/getByTitle('Inventering')/items(${id})`, {
      headers: { Accept: 'application/json;odata=verbose' },
    });
    const body = await expectJson<{ d: Row }>(res);
    expect(body.d.GranskareId).toEqual({
      __metadata: { type: 'Collection(Edm.Int32)' },
      results: [annaId, erikId],
    });
    expect(body.d.Placering).toEqual({
      __metadata: { type: 'Collection(Edm.String)' },
      results: ['Enhet', 'Sektor'],
    });
    expect(body.d.L_x00e4_nk).toMatchObject({ __metadata: { type: 'SP.FieldUrlValue' } });
    expect(body.d.Author).toEqual({
      __deferred: { uri: expect.stringMatching(/\/Items\(\d+\)\/Author$/) as unknown },
    });
  });

  it('expands users and lookups with $expand and projects their fields with $select', async () => {
    const row = (await inventering()
      .items.getById(id)
      .select(
        'Title',
        'Sektor/Title',
        'Sektor/Id',
        'Chef/Title',
        'Chef/EMail',
        'Granskare/Title',
        'Author/Title',
      )
      .expand('Sektor', 'Chef', 'Granskare', 'Author')()) as Row;
    expect(row.Sektor).toMatchObject({ Title: 'Norr', Id: norrId });
    expect(row.Chef).toMatchObject({ Title: 'Anna Berg', EMail: 'anna.berg@kommun.example' });
    expect((row.Granskare as Row[]).map((g) => g.Title)).toEqual(['Anna Berg', 'Erik Lund']);
    expect(row.Author).toMatchObject({ Title: 'Admin Adminsson' });
  });

  it('refuses a projected field without its $expand, and unknown fields, with SharePoint’s 400', async () => {
    const unexpanded = await spError(
      await target().fetch(`web/lists/getByTitle('Inventering')/items?$select=Sektor/Title`),
    );
    expect(unexpanded).toMatchObject({ status: 400, code: '-1, Microsoft.SharePoint.SPException' });
    const unknown = await spError(
      await target().fetch(`web/lists/getByTitle('Inventering')/items?$select=Okand`),
    );
    expect(unknown.message).toBe("The field or property 'Okand' does not exist.");
    const filter = await spError(
      await target().fetch(`web/lists/getByTitle('Inventering')/items?$filter=Okand eq 1`),
    );
    expect(filter).toMatchObject({
      status: 400,
      message: "Column 'Okand' does not exist. It may have been deleted by another user.",
    });
  });

  it('filters by lookup and user ids, and by a lookup’s field', async () => {
    const bySektor = await inventering().items.filter(`SektorId eq ${norrId}`).select('Id')();
    expect(bySektor.map((r: Row) => r.Id)).toEqual([id]);
    expect(await inventering().items.filter(`SektorId eq ${sydId}`)()).toEqual([]);
    const byTitle = await inventering()
      .items.filter("Sektor/Title eq 'Norr'")
      .select('Id', 'Sektor/Title')
      .expand('Sektor')();
    expect(byTitle).toHaveLength(1);
    const byReviewer = await inventering().items.filter(`GranskareId eq ${erikId}`).select('Id')();
    expect(byReviewer.map((r: Row) => r.Id)).toEqual([id]);
  });

  it('refuses values that break a field’s rules and users that do not exist', async () => {
    const negative = await spError(
      await target().fetch(`web/lists/getByTitle('Inventering')/items`, {
        method: 'POST',
        headers: writeHeaders(),
        body: '{"OData__x00c5_rsarbetare":-1}',
      }),
    );
    expect(negative.status).toBe(400);
    const ghost = await spError(
      await target().fetch(`web/lists/getByTitle('Inventering')/items`, {
        method: 'POST',
        headers: writeHeaders(),
        body: '{"ChefId":99999}',
      }),
    );
    expect(ghost.status).toBe(400);
    const badNumber = await spError(
      await target().fetch(`web/lists/getByTitle('Inventering')/items`, {
        method: 'POST',
        headers: writeHeaders(),
        body: '{"OData__x00c5_rsarbetare":"många"}',
      }),
    );
    expect(badNumber.message).toBe(
      "Cannot convert a primitive value to the expected type 'Edm.Double'. See the inner exception for more details.",
    );
  });
});

describe('what the server keeps', () => {
  it('sets Created, Modified, Author, Editor and raises the version on every update', async () => {
    const added = (await inventering().items.add({ Title: 'Versioner' })) as Row;
    const item = inventering(ADMIN).items.getById(Number(added.Id));
    const members = target().sp().web.associatedMemberGroup;
    await members.users.add('i:0#.f|membership|anna.berg@kommun.example');
    const result = await inventering('anna.berg@kommun.example')
      .items.getById(Number(added.Id))
      .update({ Title: 'Ändrad av Anna' });
    const row = (await item()) as Row;
    expect(row).toMatchObject({
      AuthorId: added.AuthorId,
      EditorId: annaId,
      OData__UIVersionString: '2.0',
      Created: added.Created,
    });
    expect((result as { etag: string }).etag).toBe(`"${String(added.GUID)},2"`);
    await members.users.removeById(annaId);
  });

  it('moves an item to the recycle bin and answers its recycle bin id', async () => {
    const added = (await inventering().items.add({ Title: 'Papperskorg' })) as Row;
    const recycled = await inventering().items.getById(Number(added.Id)).recycle();
    expect(recycled).toMatch(/^[0-9a-f-]{36}$/);
    const gone = await spError(
      await target().fetch(`web/lists/getByTitle('Inventering')/items(${String(added.Id)})`),
    );
    expect(gone.status).toBe(404);
  });

  it('enforces unique values on an indexed field', async () => {
    await target().sp().web.lists.add('Unika', '', 100, false);
    await target()
      .sp()
      .web.lists.getByTitle('Unika')
      .fields.addText('Kod', { Indexed: true, EnforceUniqueValues: true });
    await target().sp().web.lists.getByTitle('Unika').items.add({ Kod: 'A1' });
    const duplicate = await spError(
      await target().fetch(`web/lists/getByTitle('Unika')/items`, {
        method: 'POST',
        headers: writeHeaders(),
        body: '{"Kod":"a1"}',
      }),
    );
    expect(duplicate.code).toBe('-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException');
  });
});

describe('ReadSecurity and WriteSecurity', () => {
  beforeAll(async () => {
    const sp = target().sp();
    await sp.web.lists.add('Egna', '', 100, false, { ReadSecurity: 2, WriteSecurity: 2 });
    await sp.web.roleAssignments.add(annaId, 1073741827);
    await sp.web.roleAssignments.add(erikId, 1073741827);
    await target().sp('anna.berg@kommun.example').web.lists.getByTitle('Egna').items.add({ Title: 'Annas' });
    await target().sp('erik.lund@kommun.example').web.lists.getByTitle('Egna').items.add({ Title: 'Eriks' });
  });

  it('shows each contributor only their own items; the admin sees all', async () => {
    const titles = async (upn: string) =>
      (await target().sp(upn).web.lists.getByTitle('Egna').items.select('Title')()).map((r: Row) => r.Title);
    expect(await titles('anna.berg@kommun.example')).toEqual(['Annas']);
    expect(await titles('erik.lund@kommun.example')).toEqual(['Eriks']);
    expect(await titles(ADMIN)).toEqual(['Annas', 'Eriks']);
    expect(
      (await target().sp().web.lists.getByTitle('Egna').select('ReadSecurity', 'WriteSecurity')()) as Row,
    ).toMatchObject({
      ReadSecurity: 2,
      WriteSecurity: 2,
    });
  });

  it('answers another user’s item with 404 to a contributor', async () => {
    const res = await target().fetch(`web/lists/getByTitle('Egna')/items(2)`, {
      as: 'anna.berg@kommun.example',
    });
    expect((await spError(res)).status).toBe(404);
  });

  it('refuses edits of others’ items with WriteSecurity 2 even when they can be read', async () => {
    await target().sp().web.lists.getByTitle('Egna').update({ ReadSecurity: 1 });
    const res = await target().fetch(`web/lists/getByTitle('Egna')/items(2)`, {
      as: 'anna.berg@kommun.example',
      method: 'POST',
      headers: writeHeaders({ method: 'MERGE', ifMatch: '*' }),
      body: '{"Title":"Inte min"}',
    });
    expect(await spError(res)).toMatchObject({
      status: 403,
      code: '-2147024891, System.UnauthorizedAccessException',
    });
  });
});

describe('CAML queries (getitems)', () => {
  it('filters, orders and limits by the view XML', async () => {
    const list = target().sp().web.lists.getByTitle('Sektorer');
    await list.items.add({ Title: 'Öst' });
    const rows = await list.getItemsByCAMLQuery({
      ViewXml:
        "<View><Query><Where><Neq><FieldRef Name='Title'/><Value Type='Text'>Syd</Value></Neq></Where>" +
        "<OrderBy><FieldRef Name='Title' Ascending='FALSE'/></OrderBy></Query><RowLimit>2</RowLimit></View>",
    });
    expect(rows.map((r: Row) => r.Title)).toEqual(['Öst', 'Norr']);
  });
});

describe('the list view threshold (set to 20 here)', () => {
  beforeAll(async () => {
    const sp = target().sp();
    await sp.web.lists.add('Stor', '', 100, false);
    await sp.web.lists.getByTitle('Stor').fields.addText('Sektor', { Indexed: true });
    await sp.web.lists.getByTitle('Stor').fields.addNumber('Nr', { Indexed: true });
    for (let start = 0; start < 60; start += 30) {
      const [batched, execute] = sp.batched({ maxRequests: 100 });
      for (let i = start; i < start + 30; i++) {
        void batched.web.lists
          .getByTitle('Stor')
          .items.add({ Title: `Rad ${i}`, Sektor: i % 2 === 0 ? 'Norr' : 'Syd', Nr: i });
      }
      await execute();
    }
  });

  it('pages an equality filter on an indexed column through more matches than the threshold', async () => {
    const seen: number[] = [];
    for await (const page of target()
      .sp()
      .web.lists.getByTitle('Stor')
      .items.filter("Sektor eq 'Norr'")
      .select('Id')
      .top(7)) {
      seen.push(...page.map((r: Row) => Number(r.Id)));
    }
    expect(seen).toEqual(Array.from({ length: 30 }, (_, i) => 1 + 2 * i));
  });

  it('refuses a range on an indexed column that matches more rows than the threshold', async () => {
    const wide = await spError(await target().fetch(`web/lists/getByTitle('Stor')/items?$filter=Nr ge 10`));
    expect(wide).toMatchObject({
      status: 500,
      code: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
    });
    const narrow = await expectJson<{ value: Row[] }>(
      await target().fetch(`web/lists/getByTitle('Stor')/items?$filter=Nr ge 50&$select=Nr`),
    );
    expect(narrow.value).toHaveLength(10);
  });

  it('refuses $top above 5000 on any list', async () => {
    const error = await spError(await target().fetch(`web/lists/getByTitle('Sektorer')/items?$top=5001`));
    expect(error.status).toBe(500);
  });
});

describe('what the emulator does not model answers 501, never a silent 2xx', () => {
  it('refuses to rename a folder through FileLeafRef (MERGE or form value), and the folder keeps its name', async () => {
    const sp = target().sp();
    await sp.web.lists.getByTitle('Inventering').rootFolder.folders.addUsingPath('E1');
    const folder = `web/getFolderByServerRelativePath(decodedurl='/sites/stodinventering/Lists/Inventering/E1')`;
    const merge = await spError(
      await target().fetch(`${folder}/listItemAllFields`, {
        method: 'POST',
        headers: writeHeaders({ method: 'MERGE', ifMatch: '*' }),
        body: JSON.stringify({ FileLeafRef: 'E2' }),
      }),
    );
    expect(merge).toMatchObject({ status: 501, message: expect.stringContaining('FileLeafRef') });
    const form = await spError(
      await target().fetch(`${folder}/listItemAllFields/ValidateUpdateListItem`, {
        method: 'POST',
        headers: writeHeaders(),
        body: JSON.stringify({ formValues: [{ FieldName: 'FileLeafRef', FieldValue: 'E2' }] }),
      }),
    );
    expect(form.status).toBe(501);
    const item = await expectJson<Row>(
      await target().fetch(`${folder}/listItemAllFields?$select=FileLeafRef`),
    );
    expect(item.FileLeafRef).toBe('E1');
  });
});

describe('names no encoder can take', () => {
  it('answers EncodedAbsUrl of an item whose folder name holds a lone surrogate, instead of failing', async () => {
    const sp = target().sp();
    // Sent as JSON, whose escapes carry a lone surrogate (a URL could not).
    await expectJson(
      await target().fetch(`web/lists/getByTitle('Inventering')/AddValidateUpdateItemUsingPath`, {
        method: 'POST',
        headers: writeHeaders(),
        body: JSON.stringify({
          listItemCreateInfo: { UnderlyingObjectType: 1, LeafName: 'Lone\ud800' },
          formValues: [],
        }),
      }),
    );
    const [folder] = await sp.web.lists
      .getByTitle('Inventering')
      .items.filter('FSObjType eq 1')
      .select('FileLeafRef', 'EncodedAbsUrl')()
      .then((rows: Row[]) => rows.filter((r) => String(r.FileLeafRef).startsWith('Lone')));
    expect(String(folder?.EncodedAbsUrl)).toMatch(/\/Lone%EF%BF%BD$/);
  });
});
