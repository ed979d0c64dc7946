// A library's Forms folder (emulators/sharepoint/files/folderTree.ts): the emulator serves the view pages in it as
// pages but does not model them as files, so what would list or change its content answers 501 rather than an
// empty folder SharePoint would not show. Its existence is held to SharePoint in tests/conformance/new-site.test.ts.
import { spError, useEmulator, writeHeaders } from './harness';

const target = useEmulator();
const FORMS = '/sites/stodinventering/Shared Documents/Forms';

describe("a library's Forms folder", () => {
  it.each([
    ['its files', `web/getFolderByServerRelativePath(decodedUrl='${FORMS}')/files`],
    ['its folders', `web/getFolderByServerRelativePath(decodedUrl='${FORMS}')/folders`],
    ['$expand of its files', `web/getFolderByServerRelativePath(decodedUrl='${FORMS}')?$expand=Files`],
    [
      'its ContentTypeOrder',
      `web/getFolderByServerRelativePath(decodedUrl='${FORMS}')?$select=ContentTypeOrder`,
    ],
  ])('answers 501 for %s', async (_what, path) => {
    expect(await spError(await target().fetch(path))).toMatchObject({ status: 501 });
  });

  it('answers 501 for a file added to it, and adds nothing', async () => {
    const response = await target().fetch(
      `web/getFolderByServerRelativePath(decodedUrl='/sites/stodinventering/Shared Documents')/files/addUsingPath(decodedurl='Forms/mall.txt',overwrite=false)`,
      { method: 'POST', headers: writeHeaders(), body: 'x' },
    );
    expect((await spError(response)).status).toBe(501);
    const items = await target().sp().web.getList('/sites/stodinventering/Shared Documents').items();
    expect(items).toEqual([]);
  });

  it('has no list item: ListItemAllFields is null', async () => {
    const response = await target().fetch(
      `web/getFolderByServerRelativePath(decodedUrl='${FORMS}')/ListItemAllFields`,
    );
    expect(await response.json()).toMatchObject({ 'odata.null': true });
  });
});
