// What a new team site has before anyone adds to it, found by URL (titles follow the site's language): the
// Documents library at Shared Documents with its Forms folder, the Site Pages library (BaseTemplate 119,
// WebPageLibrary) and the Site Assets library. A library's Forms folder holds its view and form pages and is no
// list item. List template types: https://learn.microsoft.com/sharepoint/dev/schema/list-template-types
import { useTarget } from './harness';
import type { Json } from './support/json';

const target = useTarget();

let web: string;

async function getJson(path: string): Promise<Json> {
  const response = await target().raw(path);
  const text = await response.text();
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}: ${text}`);
  return JSON.parse(text) as Json;
}

beforeAll(async () => {
  web = String((await getJson('web?$select=ServerRelativeUrl')).ServerRelativeUrl);
});

describe('the libraries of a new team site', () => {
  it.each([
    ['Shared Documents', 101, 'SP.Data.Shared_x0020_DocumentsItem'],
    ['SitePages', 119, 'SP.Data.SitePagesItem'],
    ['SiteAssets', 101, 'SP.Data.SiteAssetsItem'],
  ])('%s is a library with BaseTemplate %i and items of %s', async (url, template, itemType) => {
    const list = await getJson(
      `web/getList('${web}/${url}')?$select=BaseTemplate,BaseType,ListItemEntityTypeFullName`,
    );
    expect(list).toMatchObject({ BaseTemplate: template, BaseType: 1, ListItemEntityTypeFullName: itemType });
  });
});

describe("the Documents library's Forms folder", () => {
  it('is a folder of the library root, holding no list items', async () => {
    const folders = (
      await getJson(
        `web/getFolderByServerRelativePath(decodedUrl='${web}/Shared Documents')/folders?$select=Name`,
      )
    ).value as Json[];
    expect(folders.map((f) => f.Name)).toContain('Forms');
    const forms = await getJson(
      `web/getFolderByServerRelativePath(decodedUrl='${web}/Shared Documents/Forms')?$select=Name,ItemCount,ServerRelativeUrl`,
    );
    expect(forms).toMatchObject({
      Name: 'Forms',
      ItemCount: 0,
      ServerRelativeUrl: `${web}/Shared Documents/Forms`,
    });
  });

  it('is not an item of the library', async () => {
    const items = (
      await getJson(`web/getList('${web}/Shared Documents')/items?$select=Id&$filter=FileLeafRef eq 'Forms'`)
    ).value as Json[];
    expect(items).toEqual([]);
  });
});
