// The limits the emulator enforces beyond what tests/conformance/limits.test.ts holds SharePoint to: the 255
// characters of a column's, a group's and the site's title, the 400 characters of a file or folder path, the
// names SharePoint Online reserves, and the `#` and `%` it allows (emulators/sharepoint/model/limits.ts,
// emulators/sharepoint/files/names.ts; sources there). The 400's wording is the emulator's.
import { spError, useEmulator, writeHeaders } from './harness';

const target = useEmulator();
const LIBRARY = '/sites/stodinventering/Shared Documents';

async function status(call: () => Promise<unknown>): Promise<number> {
  try {
    await call();
    return 200;
  } catch (error) {
    return (error as { status?: number }).status ?? 0;
  }
}

describe('titles of 256 characters', () => {
  it('are refused for a column, a group and the site, and 255 are taken', async () => {
    const sp = target().sp();
    const list = await sp.web.lists.add('Titlar', '', 100, false);
    const fields = sp.web.lists.getById(list.Id).fields;
    expect(await status(() => fields.addText('k'.repeat(256)))).toBe(400);
    expect(await status(() => fields.addText('k'.repeat(255)))).toBe(200);
    expect(await status(() => sp.web.siteGroups.add({ Title: 'g'.repeat(256) }))).toBe(400);
    const site = await target().fetch('web', {
      method: 'POST',
      headers: writeHeaders({ method: 'MERGE' }),
      body: JSON.stringify({ Title: 's'.repeat(256) }),
    });
    expect(await spError(site)).toMatchObject({
      status: 400,
      message: 'The site title must be 255 characters or fewer.',
    });
  });
});

describe('file and folder names and paths', () => {
  it('refuses a path longer than 400 characters', async () => {
    const folder = target().sp().web.getFolderByServerRelativePath(LIBRARY);
    const long = 'm'.repeat(200);
    await folder.folders.addUsingPath(long);
    const deeper = target().sp().web.getFolderByServerRelativePath(`${LIBRARY}/${long}`);
    expect(await status(() => deeper.folders.addUsingPath('n'.repeat(180)))).toBe(400);
    expect(await status(() => deeper.files.addUsingPath(`${'f'.repeat(180)}.txt`, 'x'))).toBe(400);
  });

  it.each(['CON', 'nul', 'COM1', 'desktop.ini', '~$lock.docx', 'a_vti_b', ' lead', 'trail '])(
    'refuses the reserved name %j',
    async (name) => {
      const folder = target().sp().web.getFolderByServerRelativePath(LIBRARY);
      expect(await status(() => folder.files.addUsingPath(name, 'x'))).toBe(400);
    },
  );

  it("refuses a folder called forms at a library's root, not deeper", async () => {
    const library = target().sp().web.getFolderByServerRelativePath(LIBRARY);
    expect(await status(() => library.folders.addUsingPath('forms'))).toBe(400);
    await library.folders.addUsingPath('Arkiv');
    const archive = target().sp().web.getFolderByServerRelativePath(`${LIBRARY}/Arkiv`);
    expect(await status(() => archive.folders.addUsingPath('forms'))).toBe(200);
  });

  it('takes # and % in a name, as SharePoint Online does', async () => {
    const library = target().sp().web.getFolderByServerRelativePath(LIBRARY);
    expect(await status(() => library.files.addUsingPath('Rapport #1 (100%).txt', 'x'))).toBe(200);
  });
});
