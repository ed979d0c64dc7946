// Permission boundaries after an import, through the REST API as each person: managers their own unit's answer,
// reviewers their sektor's or kontor's units (reading the answer, adding decisions), the project team everything,
// the board nothing. SharePoint enforces all of it; nothing here hides buttons.
import { importOrganisation } from '../../../src/sharepoint/import';
import { projectTeamGroupName } from '../../../src/sharepoint/provision';
import { ADMIN, startSite, stopSite, type SiteUnderTest } from './harness';
import { prepareSite, rows, unitsOf } from './importOrg';

const anna = 'anna.berg@kommun.example';
const erik = 'erik.lund@kommun.example';
const karl = 'karl.kontor@kommun.example';
const sara = 'sara.sektor@kommun.example';
const sven = 'sven.styr@kommun.example';
const pia = 'projekt@kommun.example';
const board = 'styrelsen@kommun.example';
const member = 'maja.medlem@kommun.example';

const inventories = "web/getList('/sites/stodinventering/Lists/Inventeringar')";
const lines = "web/getList('/sites/stodinventering/Lists/Inventeringsrader')";
const decisions = "web/getList('/sites/stodinventering/Lists/Granskningsbeslut')";

/** Adds a decision item in a unit's Granskningsbeslut folder, as SharePoint's own new-item form does. */
function addDecision(unit: string, upn: string): Promise<Response> {
  return site.fetch(`${decisions}/AddValidateUpdateItemUsingPath`, {
    as: upn,
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      listItemCreateInfo: {
        FolderPath: { DecodedUrl: `/sites/stodinventering/Lists/Granskningsbeslut/${unit}` },
      },
      formValues: [
        { FieldName: 'InventoryKey', FieldValue: `2025:${unit}` },
        { FieldName: 'UnitCode', FieldValue: unit },
        { FieldName: 'Verdict', FieldValue: 'Återsänd' },
        { FieldName: 'Comment', FieldValue: "Komplettera HR – 'lånad' tid?" },
        { FieldName: 'Revision', FieldValue: '1.1;' },
      ],
      bNewDocumentUpdate: false,
    }),
  });
}

let site: SiteUnderTest;
const ids = new Map<string, number>();
const lineIds = new Map<string, number>();

beforeAll(async () => {
  site = await startSite();
  await prepareSite(site);
  await importOrganisation(site.sp(), { units: unitsOf('organisation-sv.csv') });
  const groups = await site.sp().web.siteGroups.select('Id', 'Title')();
  const team = groups.find((g) => g.Title === projectTeamGroupName)!;
  await site.sp().web.siteGroups.getById(team.Id).users.add(`i:0#.f|membership|${pia}`);
  // Someone IT made a member of the site: the lists break inheritance, so that gives nothing here.
  const members = groups.find((g) => g.Title.endsWith('Members'))!;
  await site.sp().web.siteGroups.getById(members.Id).users.add(`i:0#.f|membership|${member}`);
  for (const item of await rows(site, 'Inventeringar', '$select=Id,UnitCode&$filter=FSObjType eq 0'))
    ids.set(String(item.UnitCode), Number(item.Id));
  for (const item of await rows(site, 'Inventeringsrader', "$select=Id,UnitCode&$filter=FunctionId eq 'hr'"))
    lineIds.set(String(item.UnitCode), Number(item.Id));
});
afterAll(() => stopSite(site));

async function visible(path: string, upn: string): Promise<string[] | number> {
  const response = await site.fetch(`${path}/items?$select=UnitCode&$filter=FSObjType eq 0&$top=5000`, {
    as: upn,
  });
  if (response.status !== 200) return response.status;
  const items = ((await response.json()) as { value: { UnitCode: string }[] }).value;
  return [...new Set(items.map((i) => i.UnitCode))].sort();
}

function write(
  path: string,
  upn: string,
  body: Record<string, unknown>,
  method = 'MERGE',
): Promise<Response> {
  return site.fetch(path, {
    as: upn,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-HTTP-Method': method, 'IF-MATCH': '*' },
    body: method === 'DELETE' ? undefined : JSON.stringify(body),
  });
}

describe('who sees which inventories', () => {
  it.each([
    ['a manager: their own unit', anna, ['E1']],
    ['a manager: their own unit', erik, ['E2']],
    ['a kontorschef: their kontor and its units', karl, ['E1', 'E2', 'K1']],
    ['a sektorchef: everything in the sektor', sara, ['E1', 'E2', 'E3', 'K1', 'S1']],
    ['the other sektorchef: the other sektor', sven, ['E4', 'K2', 'S2']],
    ['the project team: everything', pia, ['E1', 'E2', 'E3', 'E4', 'K1', 'K2', 'S1', 'S2']],
  ])('%s (%s)', async (_, upn, units) => {
    expect(await visible(inventories, upn)).toEqual(units);
    expect(await visible(lines, upn)).toEqual(units);
  });

  it('the board and a site member get SharePoint’s denial on the inventory lists', async () => {
    for (const upn of [board, member]) {
      const result = await visible(inventories, upn);
      expect({
        upn,
        denied: result === 404 || result === 403 || (Array.isArray(result) && result.length === 0),
      }).toEqual({
        upn,
        denied: true,
      });
    }
    expect(await visible(inventories, board)).toBe(404);
    expect(
      (await site.fetch(`${inventories}/items(${ids.get('E1')})`, { as: board })).status,
    ).toBeGreaterThanOrEqual(403);
  });

  it('a manager reading another unit’s inventory by id gets 404, as SharePoint answers', async () => {
    expect((await site.fetch(`${inventories}/items(${ids.get('E2')})`, { as: anna })).status).toBe(404);
    expect((await site.fetch(`${inventories}/items(${ids.get('E1')})`, { as: anna })).status).toBe(200);
  });

  it('managers and reviewers read the organisation; the board does not', async () => {
    const organisation = "web/getList('/sites/stodinventering/Lists/Organisation')/items?$select=UnitCode";
    for (const upn of [anna, karl, sara]) {
      const response = await site.fetch(organisation, { as: upn });
      expect(((await response.json()) as { value: unknown[] }).value).toHaveLength(9);
    }
    expect((await site.fetch(organisation, { as: board })).status).toBe(404);
  });
});

describe('what each may change', () => {
  it('a manager edits their own inventory and lines, but deletes nothing', async () => {
    expect(
      (await write(`${inventories}/items(${ids.get('E1')})`, anna, { LackingSupport: 'Schemaläggning' }))
        .status,
    ).toBe(204);
    expect((await write(`${lines}/items(${lineIds.get('E1')})`, anna, { Persons: 2 })).status).toBe(204);
    expect((await write(`${inventories}/items(${ids.get('E1')})`, anna, {}, 'DELETE')).status).toBe(403);
    expect(
      (await write(`${inventories}/items(${ids.get('E2')})`, anna, { LackingSupport: 'x' })).status,
    ).toBe(404);
  });

  it('a reviewer adds decisions on their units, but changes neither the answer nor a decision once made', async () => {
    expect(
      (await write(`${inventories}/items(${ids.get('E1')})`, karl, { Status: 'Inskickad' })).status,
    ).toBe(403);
    expect((await write(`${lines}/items(${lineIds.get('E1')})`, karl, { Persons: 9 })).status).toBe(403);
    const added = await addDecision('E1', karl);
    expect(added.status).toBe(200);
    const answer = (await added.json()) as {
      value: { FieldName: string; FieldValue: string; HasException: boolean }[];
    };
    expect(answer.value.every((v) => !v.HasException)).toBe(true);
    const id = Number(answer.value.find((v) => v.FieldName === 'Id')?.FieldValue);
    expect((await write(`${decisions}/items(${id})`, karl, { Verdict: 'Godkänd' })).status).toBe(403);
    expect((await write(`${decisions}/items(${id})`, karl, {}, 'DELETE')).status).toBe(403);
    // Another sektor's unit: the folder does not exist for Karl.
    expect((await addDecision('E4', karl)).status).toBe(404);
    const [stored] = await rows(
      site,
      'Granskningsbeslut',
      '$select=UnitCode,Verdict,Author/Name&$expand=Author&$filter=FSObjType eq 0',
    );
    expect(stored).toMatchObject({
      UnitCode: 'E1',
      Verdict: 'Återsänd',
      Author: { Name: `i:0#.f|membership|${karl}` },
    });
  });

  it('a manager reads the decisions on their unit but can neither add nor change one', async () => {
    expect(await visible(decisions, anna)).toEqual(['E1']);
    expect(await visible(decisions, erik)).toEqual([]);
    expect((await addDecision('E1', anna)).status).toBe(403);
    const [decision] = await rows(site, 'Granskningsbeslut', "$select=Id&$filter=UnitCode eq 'E1'");
    expect(
      (await write(`${decisions}/items(${Number(decision!.Id)})`, anna, { Verdict: 'Godkänd' })).status,
    ).toBe(403);
  });

  it('the project team edits any unit’s inventory and lines', async () => {
    expect(
      (await write(`${inventories}/items(${ids.get('E4')})`, pia, { LackingSupport: 'Projektgruppen' }))
        .status,
    ).toBe(204);
    expect((await write(`${lines}/items(${lineIds.get('S2')})`, pia, { Persons: 1 })).status).toBe(204);
  });

  it('the board changes nothing', async () => {
    expect([403, 404]).toContain(
      (await write(`${inventories}/items(${ids.get('E1')})`, board, { Status: 'Godkänd' })).status,
    );
  });

  it('the admin still sees everything (site collection administrator)', async () => {
    expect(await visible(inventories, ADMIN)).toHaveLength(8);
  });
});
