// A collection indexed by a key answers the member the key names, or SharePoint's 404 when none matches — never
// the whole collection. `web/folders('<url>')` is the web's folder collection indexed by a folder's URL, as
// `folder/folders('<name>')` is (PnPjs `folders.getByUrl`); `files('<name>')` likewise (`files.getByUrl`).
// Microsoft: https://learn.microsoft.com/sharepoint/dev/sp-add-ins/working-with-folders-and-files-with-rest
import { useTarget } from './harness';
import { readSpError } from './support/spError';
import type { Json } from './support/json';

const target = useTarget();

/** Every team site has its Documents library at `Shared Documents`. */
const DOCUMENTS = 'Shared Documents';

const fileNotFound = { status: 404, code: '-2147024894, System.IO.FileNotFoundException' };

async function getJson(path: string): Promise<Json> {
  const response = await target().raw(path);
  const text = await response.text();
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}: ${text}`);
  return JSON.parse(text) as Json;
}

describe('folder collections indexed by URL', () => {
  it("web/folders('<library>') answers that folder", async () => {
    const folder = await getJson(`web/folders('${DOCUMENTS}')?$select=Name`);
    expect(folder.value).toBeUndefined();
    expect(folder.Name).toBe(DOCUMENTS);
  });

  it("web/folders('<no such folder>') answers 404, not the collection", async () => {
    const seen = await readSpError(await target().raw("web/folders('NoSuchFolder')"));
    expect(seen).toMatchObject(fileNotFound);
  });
});

describe('file collections indexed by name', () => {
  it("files('<name>') answers that file, and 404 when there is none", async () => {
    const web = await getJson('web?$select=ServerRelativeUrl');
    const library = `${String(web.ServerRelativeUrl)}/${DOCUMENTS}`;
    const name = `indexer-${Date.now().toString(36)}.txt`;
    const folder = target().sp().web.getFolderByServerRelativePath(library);
    await folder.files.addUsingPath(name, 'innehåll');
    try {
      const file = await getJson(
        `web/getFolderByServerRelativePath(decodedUrl='${library}')/files('${name}')`,
      );
      expect(file).toMatchObject({ Name: name });
      const seen = await readSpError(
        await target().raw(
          `web/getFolderByServerRelativePath(decodedUrl='${library}')/files('saknas-${name}')`,
        ),
      );
      expect(seen).toMatchObject(fileNotFound);
    } finally {
      await folder.files.getByUrl(name).delete();
    }
  });
});

describe('principal collections indexed by id', () => {
  it('a user’s groups indexed by an id the user is not in answer 404, not the collection', async () => {
    const response = await target().raw('web/currentUser/groups(2147483000)');
    expect(response.status).toBe(404);
  });

  it('role definition bindings indexed by a bound level answer that level', async () => {
    const owners = await getJson('web/associatedOwnerGroup?$select=Id');
    // Every team site gives its Owners group Full Control (1073741829) on the web.
    const level = await getJson(
      `web/roleAssignments(${String(owners.Id)})/roleDefinitionBindings(1073741829)`,
    );
    expect(level).toMatchObject({ Id: 1073741829, Name: 'Full Control' });
  });
});
