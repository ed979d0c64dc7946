// Every collection the emulator serves, indexed by a key: a key that names a member answers that member, one that
// names nothing answers an error (SharePoint's 404/400, or 501 where the emulator does not model the indexer) —
// never 200 with the whole collection, which is the answer that ignores its key.
import { useEmulator } from './harness';

const target = useEmulator();

const MISSING_GUID = '0f3e2a6c-1b2d-4e5f-8a9b-0c1d2e3f4a5b';
let list: string;

beforeAll(async () => {
  const sp = target().sp();
  const info = await sp.web.lists.add('Index', '', 100, false);
  list = `web/lists(guid'${info.Id}')`;
  await sp.web.lists.getById(info.Id).items.add({ Title: 'Rad' });
  await sp.web.lists.getById(info.Id).rootFolder.folders.addUsingPath('E1');
});

/** Collections by their path, with a key that names nothing in them. */
function keyedMisses(): [string, string][] {
  return [
    ['web/lists', `web/lists('${MISSING_GUID}')`],
    ['list/fields', `${list}/fields('${MISSING_GUID}')`],
    ['list/views', `${list}/views('${MISSING_GUID}')`],
    ['view/viewFields', `${list}/defaultView/viewFields('Title')`],
    ['list/items', `${list}/items(999)`],
    ['web/folders', "web/folders('Saknas')"],
    ['folder/folders', `${list}/rootFolder/folders('Saknas')`],
    ['folder/files', `${list}/rootFolder/files('saknas.txt')`],
    ['web/siteUsers', "web/siteUsers('i:0#.f|membership|ingen@kommun.example')"],
    ['user/groups', 'web/currentUser/groups(999)'],
    ['web/siteGroups', 'web/siteGroups(999)'],
    ['group/users', "web/siteGroups(3)/users('i:0#.f|membership|ingen@kommun.example')"],
    ['web/roleDefinitions', 'web/roleDefinitions(999)'],
    ['web/roleAssignments', 'web/roleAssignments(999)'],
    ['assignment/roleDefinitionBindings', 'web/roleAssignments(3)/roleDefinitionBindings(1073741826)'],
  ];
}

describe('a key that names nothing', () => {
  it('never answers 200, let alone with the collection', async () => {
    const answered: string[] = [];
    for (const [collection, path] of keyedMisses()) {
      const response = await target().fetch(path);
      const body = (await response.json()) as Record<string, unknown>;
      if (response.status === 200 || 'value' in body) answered.push(`${collection}: ${response.status}`);
    }
    expect(answered).toEqual([]);
  });
});

describe('a key that names a member', () => {
  it.each([
    ["web/folders('Shared Documents')", 'Name', 'Shared Documents'],
    ["list/rootFolder/folders('E1')", 'Name', 'E1'],
    ['list/items(1)', 'Title', 'Rad'],
    ['web/siteGroups(3)', 'Id', 3],
    ['web/roleDefinitions(1073741826)', 'Name', 'Read'],
    ['web/roleAssignments(3)/roleDefinitionBindings(1073741829)', 'Name', 'Full Control'],
  ])('%s answers that member', async (path, property, value) => {
    const response = await target().fetch(path.replace(/^list\//, `${list}/`));
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body.value).toBeUndefined();
    expect(body[property]).toBe(value);
  });
});
