// Writes against the entity type table (emulators/sharepoint/entities/entityTypes.ts): a MERGE that names a
// property the type does not have is SharePoint's 400; one that names a documented property the emulator does not
// write is 501 naming it — for every documented name of every type the emulator takes MERGE on, so that no write
// is answered 204 while storing nothing. SharePoint's 400 itself is in tests/conformance/unknown-properties.test.ts.
import { requireEntityType } from '../../../emulators/sharepoint/entities/entityTypes';
import { spError, useEmulator, writeHeaders } from './harness';

const target = useEmulator();

/** Where each type with a MERGE lives (filled in `beforeAll`). */
const mergePaths = new Map<string, string>();

beforeAll(async () => {
  const sp = target().sp();
  const list = await sp.web.lists.add('Skrivningar', '', 100, false);
  const listPath = `web/lists(guid'${list.Id}')`;
  const { data } = await sp.web.roleDefinitions.add('Egen nivå', '', 300, { High: 0, Low: 1 });
  const user = await sp.web.currentUser.select('Id')();
  const group = await sp.web.associatedVisitorGroup.select('Id')();
  mergePaths.set('SP.Web', 'web');
  mergePaths.set('SP.RegionalSettings', 'web/regionalSettings');
  mergePaths.set('SP.List', listPath);
  mergePaths.set('SP.FieldText', `${listPath}/fields/getByInternalNameOrTitle('Title')`);
  mergePaths.set('SP.View', `${listPath}/defaultView`);
  mergePaths.set('SP.User', `web/siteUsers/getById(${user.Id})`);
  mergePaths.set('SP.Group', `web/siteGroups(${group.Id})`);
  mergePaths.set('SP.RoleDefinition', `web/roleDefinitions(${(data as { Id: number }).Id})`);
});

async function merge(path: string, body: Record<string, unknown>): Promise<Response> {
  return target().fetch(path, {
    method: 'POST',
    headers: writeHeaders({ method: 'MERGE', ifMatch: '*' }),
    body: JSON.stringify(body),
  });
}

describe('MERGE against the table', () => {
  const types = [
    'SP.Web',
    'SP.RegionalSettings',
    'SP.List',
    'SP.FieldText',
    'SP.View',
    'SP.User',
    'SP.Group',
  ];
  it.each([...types, 'SP.RoleDefinition'].map((type) => [type]))(
    '%s: 400 for an undocumented name, 501 for every documented one it does not write',
    async (type) => {
      const spec = requireEntityType(type);
      const path = mergePaths.get(type)!;
      const wrong: string[] = [];
      const unknown = await merge(path, { FinnsInte: 1 });
      const unknownError = await spError(unknown);
      if (
        unknownError.status !== 400 ||
        unknownError.message !==
          `The property 'FinnsInte' does not exist on type '${type}'. Make sure to only use property names that are defined by the type.`
      )
        wrong.push(`FinnsInte: ${unknownError.status} ${unknownError.message}`);
      for (const name of [...spec.properties, ...spec.navigation]) {
        if (spec.writable.includes(name)) continue;
        const answer = await merge(path, { [name]: null });
        const error = answer.status === 204 ? undefined : await spError(answer);
        if (error?.status !== 501 || !error.message.includes(`writing ${type}.${name}`))
          wrong.push(`${name}: ${answer.status} ${error?.message ?? ''}`);
      }
      expect(wrong).toEqual([]);
    },
  );
});

describe('AddField parameters (SP.FieldCreationInformation)', () => {
  it('answers 400 for a property it does not have and 501 for IsCompactName', async () => {
    const path = "web/lists/getByTitle('Skrivningar')/fields/addField";
    const post = (parameters: Record<string, unknown>) =>
      target().fetch(path, {
        method: 'POST',
        headers: writeHeaders(),
        body: JSON.stringify({ parameters: { Title: 'Ny', FieldTypeKind: 2, ...parameters } }),
      });
    expect(await spError(await post({ Indexed: true }))).toMatchObject({
      status: 400,
      message: expect.stringContaining(
        "'Indexed' does not exist on type 'SP.FieldCreationInformation'",
      ) as string,
    });
    expect(await spError(await post({ IsCompactName: true }))).toMatchObject({
      status: 501,
      message: expect.stringContaining('SP.FieldCreationInformation.IsCompactName') as string,
    });
  });
});

describe('item writes', () => {
  it("answers 501 for SP.ListItem's own documented properties, which are not columns", async () => {
    const response = await target().fetch("web/lists/getByTitle('Skrivningar')/items", {
      method: 'POST',
      headers: writeHeaders(),
      body: JSON.stringify({ Title: 'Rad', DisplayName: 'Rad' }),
    });
    expect(await spError(response)).toMatchObject({
      status: 501,
      message: expect.stringContaining('writing SP.ListItem.DisplayName') as string,
    });
  });
});
