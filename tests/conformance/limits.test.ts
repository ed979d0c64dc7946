// SharePoint's documented limits, enforced where SharePoint enforces them: a list's or a view's title is at most
// 255 characters ("Its length must be equal to or less than 255": List.Title,
// https://learn.microsoft.com/previous-versions/office/sharepoint-server/ee545356(v=office.15); ViewCreationInformation.Title,
// https://learn.microsoft.com/previous-versions/office/sharepoint-visio/jj246711(v=office.15)), and a file or
// folder name may not hold " * : < > ? / \ | ("Restrictions and limitations in OneDrive and SharePoint",
// https://support.microsoft.com/office/restrictions-and-limitations-in-onedrive-and-sharepoint-64883a5d-228e-48f5-b3d2-eb39e07630fa).
// Only the status is asserted: the wording of these refusals is not confirmed.
import { uniqueName, useTarget } from './harness';
import { spErrorOf } from './support/spError';

const target = useTarget();

/** A title of `length` characters that no other run uses. */
function longTitle(length: number): string {
  const stem = uniqueName('Lang');
  return `${stem}${'x'.repeat(length - stem.length)}`;
}

describe('titles', () => {
  it('a list title of 300 characters is refused, and no list is created', async () => {
    const title = longTitle(300);
    const seen = await spErrorOf(() => target().sp().web.lists.add(title, '', 100, false));
    expect(seen.status).toBe(400);
    const lists = await target()
      .sp()
      .web.lists.filter(`startswith(Title,'${title.slice(0, 40)}')`)
      .select('Id')();
    expect(lists).toEqual([]);
  });

  it('a list title of 255 characters is taken', async () => {
    const title = longTitle(255);
    const info = await target().createList(title);
    expect(info.Title).toBe(title);
  });

  it('renaming a list to 256 characters is refused and keeps its title', async () => {
    const title = uniqueName('Byt');
    const { Id } = await target().createList(title);
    const list = target().sp().web.lists.getById(Id);
    const seen = await spErrorOf(() => list.update({ Title: longTitle(256) }));
    expect(seen.status).toBe(400);
    expect((await list.select('Title')()).Title).toBe(title);
  });

  it('a view title of 256 characters is refused', async () => {
    const { Id } = await target().createList(uniqueName('Vyer'));
    const seen = await spErrorOf(() => target().sp().web.lists.getById(Id).views.add(longTitle(256)));
    expect(seen.status).toBe(400);
  });
});

describe('file and folder names', () => {
  it.each(['E|1', 'E:1', 'E*1', 'E?1', 'E<1', 'E"1'])('a folder called %s is refused', async (name) => {
    const { Id } = await target().createList(uniqueName('Namn'));
    const folders = target().sp().web.lists.getById(Id).rootFolder.folders;
    const seen = await spErrorOf(() => folders.addUsingPath(name));
    expect(seen.status).toBe(400);
  });
});
