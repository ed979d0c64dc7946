import { expectJson, spError, useEmulator, writeHeaders } from './harness';

const target = useEmulator();

let root: string;

beforeAll(async () => {
  await target().sp().web.lists.add('Exporter', '', 101, false);
  root = (await target().sp().web.lists.getByTitle('Exporter').rootFolder.select('ServerRelativeUrl')())
    .ServerRelativeUrl;
});

describe('folders and files in a document library', () => {
  it('creates nested folders and stores a file in one, found by its server-relative URL', async () => {
    const folders = target().sp().web.lists.getByTitle('Exporter').rootFolder.folders;
    await folders.addUsingPath(`${root}/2018`);
    await target()
      .sp()
      .web.getFolderByServerRelativePath(`${root}/2018`)
      .folders.addUsingPath(`${root}/2018/Juni`);
    const file = await target()
      .sp()
      .web.getFolderByServerRelativePath(`${root}/2018/Juni`)
      .files.addUsingPath('sammanstallning.xlsx', new Uint8Array([80, 75, 3, 4, 0, 255]).buffer, {
        Overwrite: false,
      });
    expect(file.ServerRelativeUrl).toBe(`${root}/2018/Juni/sammanstallning.xlsx`);
    const bytes = await target().sp().web.getFileByServerRelativePath(file.ServerRelativeUrl).getBuffer();
    expect([...new Uint8Array(bytes)]).toEqual([80, 75, 3, 4, 0, 255]);
    const names = (await target().sp().web.getFolderByServerRelativePath(`${root}/2018`).folders()).map(
      (f: { Name: string }) => f.Name,
    );
    expect(names).toEqual(['Juni']);
  });

  it('answers a file’s content asked for inside a $batch with 501 naming it, and the file itself there', async () => {
    await target().sp().web.getFolderByServerRelativePath(root).files.addUsingPath('a.json', '{}', {
      Overwrite: true,
    });
    const { siteUrl } = target().emulator;
    const part = (path: string) =>
      `--b\nContent-Type: application/http\nContent-Transfer-Encoding: binary\n\nGET ${siteUrl}/_api/${path} HTTP/1.1\nAccept: application/json\n\n`;
    const file = `web/getFileByServerRelativePath(decodedurl='${root}/a.json')`;
    const res = await target().fetch('$batch', {
      method: 'POST',
      headers: { 'Content-Type': 'multipart/mixed; boundary=b' },
      body: `${part(`${file}/$value`)}${part(file)}--b--\n`,
    });
    const text = await res.text();
    expect(text.match(/^HTTP\/1\.1 (\d+)/gm)).toEqual(['HTTP/1.1 501', 'HTTP/1.1 200']);
    expect(text).toContain("a file's content in a $batch part");
  });

  it('refuses to overwrite a file unless asked, and raises the version when it does', async () => {
    const files = target().sp().web.getFolderByServerRelativePath(root).files;
    await files.addUsingPath('rapport.csv', 'a;b\n', { Overwrite: true });
    const refused = await target().fetch(
      `web/getFolderByServerRelativePath(decodedurl='${root}/')/files/add(url='rapport.csv',overwrite=false)`,
      {
        method: 'POST',
        body: 'x',
      },
    );
    expect((await spError(refused)).status).toBe(400);
    await files.addUsingPath('rapport.csv', 'c;d\n', { Overwrite: true });
    const info = await expectJson<{ UIVersionLabel: string; Length: string }>(
      await target().fetch(`web/getFileByServerRelativeUrl('${root}/rapport.csv')`),
    );
    expect(info).toMatchObject({ UIVersionLabel: '2.0', Length: '4' });
    const item = await target()
      .sp()
      .web.getFileByServerRelativePath(`${root}/rapport.csv`)
      .listItemAllFields();
    expect(item).toMatchObject({ FileSystemObjectType: 0, OData__UIVersionString: '2.0' });
  });

  it('replaces content with PUT $value and deletes files with IF-MATCH', async () => {
    const path = `web/getFileByServerRelativeUrl('${root}/rapport.csv')`;
    const put = await target().fetch(`${path}/$value`, {
      method: 'POST',
      headers: { 'X-HTTP-Method': 'PUT' },
      body: 'e;f\n',
    });
    expect(put.status).toBe(204);
    expect(await (await target().fetch(`${path}/$value`)).text()).toBe('e;f\n');
    const stale = await target().fetch(path, {
      method: 'POST',
      headers: writeHeaders({ method: 'DELETE', ifMatch: '"1"' }),
    });
    expect((await spError(stale)).status).toBe(412);
    const gone = await target().fetch(path, {
      method: 'POST',
      headers: writeHeaders({ method: 'DELETE', ifMatch: '*' }),
    });
    expect(gone.status).toBe(200);
    expect((await spError(await target().fetch(path))).code).toBe(
      '-2147024894, System.IO.FileNotFoundException',
    );
  });

  it('refuses plain items in a library, as SharePoint does', async () => {
    const res = await target().fetch(`web/lists/getByTitle('Exporter')/items`, {
      method: 'POST',
      headers: writeHeaders(),
      body: '{"Title":"x"}',
    });
    expect((await spError(res)).status).toBe(400);
  });
});
