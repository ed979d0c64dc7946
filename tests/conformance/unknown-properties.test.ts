// A write that names a property its entity type does not have is refused with 400, on every entity type — the
// OData layer binds the body to the type's model before anything is stored — never taken with a 204 that stored
// nothing (or something SharePoint would never keep). Items: items.test.ts. The emulator's 501 for a documented
// property it does not write is emulator-only (tests/integration/emulator/writes.test.ts).
import { PermissionKind } from '@pnp/sp/security';
import { uniqueName, useTarget } from './harness';
import { unknownWriteProperty } from './support/expectations';
import { readSpError, spErrorOf } from './support/spError';

const target = useTarget();

const UNKNOWN = 'FinnsInteEgenskap';

/** A MERGE (or create) through raw fetch, so that the body reaches SharePoint exactly as written. */
async function write(path: string, body: Record<string, unknown>, method: 'MERGE' | 'POST' = 'MERGE') {
  return target().raw(path, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json;charset=utf-8',
      ...(method === 'MERGE' && { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' }),
    },
    body: JSON.stringify(body),
  });
}

let listId: string;

beforeAll(async () => {
  listId = (await target().createList(uniqueName('Okand'))).Id;
});

describe('MERGE with a property the type does not have', () => {
  it.each([
    ['SP.Web', 'web'],
    ['SP.List', 'list'],
    ['SP.View', 'view'],
    ['SP.Group', 'group'],
    ['SP.User', 'user'],
  ] as const)('%s answers 400 and stores nothing', async (type, which) => {
    const paths: Record<typeof which, () => Promise<string>> = {
      web: async () => 'web',
      list: async () => `web/lists(guid'${listId}')`,
      view: async () => `web/lists(guid'${listId}')/defaultView`,
      group: async () => {
        const group = await target().sp().web.associatedVisitorGroup.select('Id')();
        return `web/siteGroups(${group.Id})`;
      },
      user: async () => {
        const user = await target().user('admin');
        return `web/siteUsers/getById(${user.Id})`;
      },
    };
    const path = await paths[which]();
    const seen = await readSpError(await write(path, { [UNKNOWN]: 'x' }));
    expect(seen).toMatchObject(unknownWriteProperty(UNKNOWN, type));
    const after = await target().raw(`${path}?$select=${UNKNOWN}`);
    expect(after.status).toBe(400);
  });

  it("SP.Field answers 400 naming the field's own type", async () => {
    const path = `web/lists(guid'${listId}')/fields/getByInternalNameOrTitle('Title')`;
    const seen = await readSpError(await write(path, { [UNKNOWN]: 'x' }));
    expect(seen).toMatchObject(unknownWriteProperty(UNKNOWN, 'SP.FieldText'));
  });

  it('SP.RoleDefinition answers 400', async () => {
    const web = target().sp().web;
    const { data } = await web.roleDefinitions.add(uniqueName('Nivå'), 'Läsa', 320, {
      High: 0,
      Low: PermissionKind.ViewListItems + PermissionKind.Open,
    });
    const id = Number((data as { Id: number }).Id);
    target().trackRoleDefinition(id);
    const seen = await readSpError(await write(`web/roleDefinitions(${id})`, { [UNKNOWN]: 'x' }));
    expect(seen).toMatchObject(unknownWriteProperty(UNKNOWN, 'SP.RoleDefinition'));
  });
});

describe('creating with a property the type does not have', () => {
  it('lists.add answers 400 and creates no list', async () => {
    const title = uniqueName('Skapas inte');
    // PnPjs types its settings as list properties; the unknown one is the point.
    const settings = { [UNKNOWN]: true } as Record<string, unknown>;
    const seen = await spErrorOf(() => target().sp().web.lists.add(title, '', 100, false, settings));
    expect(seen).toMatchObject(unknownWriteProperty(UNKNOWN, 'SP.List'));
    expect((await target().raw(`web/lists/getByTitle('${title}')`)).status).toBe(404);
  });

  it('views.add answers 400', async () => {
    const views = target().sp().web.lists.getById(listId).views;
    const seen = await spErrorOf(() => views.add(uniqueName('Vy'), false, { [UNKNOWN]: 1 }));
    expect(seen).toMatchObject(unknownWriteProperty(UNKNOWN, 'SP.View'));
  });

  it('fields.add answers 400 naming the new field type', async () => {
    const fields = target().sp().web.lists.getById(listId).fields;
    const seen = await spErrorOf(() => fields.addText(uniqueName('Kolumn'), { [UNKNOWN]: 1 } as never));
    expect(seen.status).toBe(400);
    expect(seen.message).toContain(`The property '${UNKNOWN}' does not exist on type 'SP.FieldText'.`);
  });
});
