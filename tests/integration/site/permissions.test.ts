// Permission boundaries after an import, through the REST API as each person: managers their own unit,
// reviewers their sektor's or kontor's units (status and comment, not the lines), the project team everything,
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

  it('a reviewer sets status and comment on their units’ inventories, but not their lines', async () => {
    const review = { Status: 'Återsänd', ReviewerComment: "Komplettera HR – 'lånad' tid?" };
    expect((await write(`${inventories}/items(${ids.get('E1')})`, karl, review)).status).toBe(204);
    expect((await write(`${lines}/items(${lineIds.get('E1')})`, karl, { Persons: 9 })).status).toBe(403);
    expect((await write(`${inventories}/items(${ids.get('E4')})`, karl, review)).status).toBe(404);
    const [stored] = await rows(
      site,
      'Inventeringar',
      "$select=Status,ReviewerComment&$filter=UnitCode eq 'E1'",
    );
    expect(stored).toEqual(review);
  });

  it('the project team edits any unit’s inventory and lines', async () => {
    expect(
      (await write(`${inventories}/items(${ids.get('E4')})`, pia, { ReviewerComment: 'Projektgruppen' }))
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
