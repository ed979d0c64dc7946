// The demo seed against two emulators: the same options give the same site, with every status present, and a
// second run writes nothing.
import { seedDemoSite } from '../../../scripts/lib/demoSite';
import { answerFigures, decisionInForce, inventoryStatuses } from '../../../src/domain';
import { figuresToText } from '../../../src/sharepoint/mapping/figuresText';
import { SharePointDashboardRepository } from '../../../src/sharepoint/repositories';
import { ADMIN, startSite, stopSite, writesAmong, type SentRequest, type SiteUnderTest } from './harness';
import { rows } from './importOrg';

const options = { units: 120, seed: 11, today: '2025-05-20' };

/** What a site holds, without SharePoint's own ids and times, in a stable order. */
async function contents(site: SiteUnderTest): Promise<unknown> {
  const sorted = (items: Record<string, unknown>[], key: (r: Record<string, unknown>) => string) =>
    [...items].sort((a, b) => key(a).localeCompare(key(b)));
  const organisation = await rows(
    site,
    'Organisation',
    '$select=UnitCode,Title,UnitKind,ParentCode,ManagerUpn,ManagerName,Headcount,Arsarbetare',
  );
  const inventories = await rows(
    site,
    'Inventeringar',
    '$select=InventoryKey,FileDirRef,Status,ManagerUpn,SubmittedBy,SubmittedAt,AdminHoursTotal,FirstLine&$filter=FSObjType eq 0',
  );
  // Decisions with who and when (Author, Created, which the seed sets) and an approval's figures, without the
  // revision they pin (item ids).
  const decisions = await rows(
    site,
    'Granskningsbeslut',
    '$select=InventoryKey,FileDirRef,Verdict,Comment,Figures,Created,Author/Name&$expand=Author&$filter=FSObjType eq 0',
  );
  // Answers only: the rest of a line (ids, times, metadata) differs between two sites by nature.
  const lineColumns = [
    'InventoryKey',
    'FunctionId',
    'Persons',
    'Arsarbetare',
    'Roles',
    'SupportLocations',
    'Quality',
    'CompetenceNow',
    'CompetenceNeeded',
    'Placement',
    'Comment',
  ];
  const lines: Record<string, unknown>[] = [];
  for await (const page of site
    .sp()
    .web.getList('/sites/stodinventering/Lists/Inventeringsrader')
    .items.select(...lineColumns)
    .filter('FSObjType eq 0')
    .top(5000))
    lines.push(
      ...(page as Record<string, unknown>[]).map((item) =>
        Object.fromEntries(lineColumns.map((column) => [column, item[column]])),
      ),
    );
  const groups = await site.sp().web.siteGroups.select('Title', 'Users/LoginName').expand('Users')();
  return {
    organisation: sorted(organisation, (r) => String(r.UnitCode)),
    inventories: sorted(inventories, (r) => String(r.InventoryKey)),
    decisions: sorted(
      decisions.map(({ InventoryKey, FileDirRef, Verdict, Comment, Figures, Created, Author }) => ({
        InventoryKey,
        FileDirRef,
        Verdict,
        Comment,
        Figures,
        Created,
        Author,
      })),
      (r) => `${String(r.InventoryKey)}|${String(r.Created)}`,
    ),
    lines: sorted(lines, (r) => `${String(r.InventoryKey)}|${String(r.FunctionId)}`),
    groups: groups
      .map((g) => ({
        title: g.Title,
        users: (g as unknown as { Users: { LoginName: string }[] }).Users.map((u) => u.LoginName).sort(),
      }))
      .sort((a, b) => a.title.localeCompare(b.title)),
  };
}

describe('the demo seed', () => {
  let first: SiteUnderTest;
  let second: SiteUnderTest;
  beforeAll(async () => {
    [first, second] = await Promise.all([startSite(), startSite()]);
  });
  afterAll(async () => {
    await stopSite(first);
    await stopSite(second);
  });

  it('gives the same site twice, with every status present', async () => {
    const [a] = await Promise.all([seedDemoSite(first.sp(), options), seedDemoSite(second.sp(), options)]);
    const [one, two] = await Promise.all([contents(first), contents(second)]);
    expect(two).toEqual(one);
    // The managers' answers hold three statuses; the reviewers' decisions add the other two.
    const answers = new Set((one as { inventories: { Status: string }[] }).inventories.map((i) => i.Status));
    expect([...answers].sort()).toEqual(['Ej påbörjad', 'Inskickad', 'Utkast']);
    const { inventories, ignored } = await new SharePointDashboardRepository(first.sp()).load({
      periodId: a.demo.period.id,
    });
    expect(ignored).toEqual([]);
    expect([...new Set(inventories.map((i) => i.status))].sort()).toEqual([...inventoryStatuses].sort());
    for (const inventory of inventories.filter((i) => i.status === 'approved' || i.status === 'returned'))
      expect(decisionInForce(inventory)?.decidedBy).not.toBe(inventory.managerUpn);
    // Each approval keeps the figures of the answer it approved, as `decide` would store them; a return none.
    const decisions = (one as { decisions: { InventoryKey: string; Verdict: string; Figures: unknown }[] })
      .decisions;
    for (const inventory of inventories.filter((i) => i.status === 'approved'))
      expect(decisions.find((d) => d.InventoryKey === inventory.id && d.Verdict === 'Godkänd')?.Figures).toBe(
        figuresToText(answerFigures(inventory)),
      );
    expect(decisions.filter((d) => d.Verdict === 'Återsänd' && d.Figures != null)).toEqual([]);
    const managed = a.demo.units.filter((u) => u.manager).length;
    expect((one as { inventories: unknown[] }).inventories).toHaveLength(managed);
    expect((one as { lines: unknown[] }).lines).toHaveLength(
      managed * a.demo.config.taxonomy.functions.length,
    );
    const team = (one as { groups: { title: string; users: string[] }[] }).groups.find(
      (g) => g.title === 'Stödinventering projektgrupp',
    );
    expect(team?.users).toEqual(['i:0#.f|membership|projekt@kommun.example']);
  });

  it('lets the personas see what they are for', async () => {
    const visible = async (upn: string) => {
      const response = await first.fetch(
        "web/getList('/sites/stodinventering/Lists/Inventeringar')/items?$select=UnitCode,ManagerUpn&$filter=FSObjType eq 0&$top=5000",
        { as: upn },
      );
      return response.status === 200
        ? ((await response.json()) as { value: { UnitCode: string; ManagerUpn: string }[] }).value
        : [];
    };
    expect((await visible('anna.berg@kommun.example')).map((i) => i.ManagerUpn)).toEqual([
      'anna.berg@kommun.example',
    ]);
    const karl = await visible('karl.kontor@kommun.example');
    expect(karl.map((i) => i.ManagerUpn)).toEqual(
      expect.arrayContaining([
        'anna.berg@kommun.example',
        'erik.lund@kommun.example',
        'karl.kontor@kommun.example',
      ]),
    );
    expect((await visible('sara.sektor@kommun.example')).length).toBeGreaterThan(karl.length);
    expect((await visible('projekt@kommun.example')).length).toBe((await visible(ADMIN)).length);
    expect(await visible('styrelsen@kommun.example')).toEqual([]);
  });

  it('writes nothing when run again', async () => {
    const sent: SentRequest[] = [];
    await seedDemoSite(first.sp(ADMIN, sent), options);
    expect(writesAmong(sent)).toEqual([]);
  });
});
