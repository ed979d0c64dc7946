// Documented properties and navigation properties are answered, never refused as "does not exist": a client
// tested against the emulator must not learn that SharePoint lacks what it has. And a navigation property in
// `$expand` carries the entity it points to. Each is in Microsoft's client object model reference:
// Web.ServerRelativePath, Web.ParentWeb, Folder.ContentTypeOrder, ListItem.ParentList
// (https://learn.microsoft.com/dotnet/api/microsoft.sharepoint.client.web?view=sharepoint-csom, …folder…, …listitem…).
// The emulator's answer for documented properties it does not model (501) is in
// tests/integration/emulator/entityTypes.test.ts.
import { uniqueName, useTarget } from './harness';
import { asJson, type Json } from './support/json';

const target = useTarget();

async function getJson(path: string): Promise<Json> {
  const response = await target().raw(path);
  const text = await response.text();
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}: ${text}`);
  return JSON.parse(text) as Json;
}

describe('documented properties of the web', () => {
  it('serves ServerRelativePath as an SP.ResourcePath of the web', async () => {
    const web = await getJson('web?$select=ServerRelativeUrl,ServerRelativePath');
    expect(web.ServerRelativePath).toMatchObject({ DecodedUrl: web.ServerRelativeUrl });
  });

  it('answers ParentWeb of the root web of a site collection with null', async () => {
    const web = await getJson('web?$select=Id');
    const rootWeb = await getJson('site/rootWeb?$select=Id');
    // A subsite has a parent; the site the suite runs on is a site collection's root web.
    expect(web.Id).toBe(rootWeb.Id);
    const parent = await getJson('web/parentWeb');
    expect(parent['odata.null']).toBe(true);
  });
});

describe('documented properties of a folder', () => {
  it("serves ContentTypeOrder of a list's root folder: the list's item content type", async () => {
    const { Id } = await target().createList(uniqueName('Ordning'));
    const folder = await getJson(`web/lists(guid'${Id}')/rootFolder?$select=ContentTypeOrder`);
    const order = folder.ContentTypeOrder as Json[];
    expect(order).toHaveLength(1);
    // List content types are the site type's id, "00" and a GUID: Item 0x01 → 0x0100<32 hex digits>.
    expect(String(order[0]?.StringValue)).toMatch(/^0x0100[0-9A-F]{32}$/i);
  });
});

describe('navigation properties in $expand', () => {
  it("expands an item's ParentList to its list", async () => {
    const title = uniqueName('Forälder');
    const { Id } = await target().createList(title);
    const item = asJson(await target().sp().web.lists.getById(Id).items.add({ Title: 'Rad' }));
    const read = await getJson(
      `web/lists(guid'${Id}')/items(${String(item.Id)})?$select=Id,ParentList/Id,ParentList/Title&$expand=ParentList`,
    );
    expect(read.ParentList).toMatchObject({ Id, Title: title });
  });
});
