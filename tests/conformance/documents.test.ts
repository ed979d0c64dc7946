// Files in a document library: upload with PnPjs's addUsingPath and read the content back (what the Excel export
// needs). [PNP-SP] files/types.js: POST …/files/AddUsingPath(decodedurl='…',Overwrite=true), body = the bytes.
import type { IListInfo } from '@pnp/sp/lists';
import { uniqueName, useTarget } from './harness';

const target = useTarget();

let library: IListInfo;
let folderUrl: string;

beforeAll(async () => {
  library = await target().createList(uniqueName('Dokument'), { template: 101 });
  folderUrl = (await target().sp().web.lists.getById(library.Id).rootFolder.select('ServerRelativeUrl')())
    .ServerRelativeUrl;
});

function files() {
  return target().sp().web.lists.getById(library.Id).rootFolder.files;
}

describe('document library files', () => {
  const text = 'sektor;kontor;årsarbetare\nVälfärd;Äldreomsorg;3,5\n';
  const textBytes = Buffer.from(text, 'utf8');

  it('the library’s root folder lives under the site', async () => {
    expect(folderUrl.startsWith(`${new URL(target().siteUrl).pathname}/`)).toBe(true);
  });

  it('adds a file and reports its name, URL and length', async () => {
    const info = await files().addUsingPath('export.csv', text, { Overwrite: true });
    expect(info.Name).toBe('export.csv');
    expect(info.ServerRelativeUrl).toBe(`${folderUrl}/export.csv`);
    // Length is an Int64 and therefore a JSON string in SharePoint's answers (PnPjs IFileInfo types it string).
    expect(String(info.Length)).toBe(String(textBytes.length));
  });

  it('reads the content back as text through getFileByServerRelativePath', async () => {
    const content = await target().sp().web.getFileByServerRelativePath(`${folderUrl}/export.csv`).getText();
    expect(content).toBe(text);
  });

  it('reads the content back raw through getFileByServerRelativeUrl(…)/$value', async () => {
    const res = await target().raw(`web/getFileByServerRelativeUrl('${folderUrl}/export.csv')/$value`);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(textBytes)).toBe(true);
  });

  it('keeps binary content byte for byte', async () => {
    const bytes = new Uint8Array(Array.from({ length: 512 }, (_, i) => (i * 37) % 256));
    await files().addUsingPath('rapport.xlsx', bytes.buffer, { Overwrite: true });
    const read = await target().sp().web.getFileByServerRelativePath(`${folderUrl}/rapport.xlsx`).getBuffer();
    expect(Buffer.from(read).equals(Buffer.from(bytes))).toBe(true);
  });

  it('overwrites an existing file when asked', async () => {
    await files().addUsingPath('export.csv', 'ny;version\n', { Overwrite: true });
    const content = await target().sp().web.getFileByServerRelativePath(`${folderUrl}/export.csv`).getText();
    expect(content).toBe('ny;version\n');
  });

  it('lists each file as a library item', async () => {
    const items = await target()
      .sp()
      .web.lists.getById(library.Id)
      .items.select('FileLeafRef', 'FileSystemObjectType')();
    const names = items.map((i: { FileLeafRef: string }) => i.FileLeafRef).sort();
    expect(names).toEqual(['export.csv', 'rapport.xlsx']);
    // FileSystemObjectType 0 = file (the default item payload).
    expect(items.every((i: { FileSystemObjectType: number }) => i.FileSystemObjectType === 0)).toBe(true);
    const { ItemCount } = await target().sp().web.lists.getById(library.Id).select('ItemCount')();
    expect(ItemCount).toBe(2);
  });
});
