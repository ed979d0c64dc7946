// ensureUnitAccess on its own: reviewer groups with their members, unit folders with their own permissions,
// batched writes, a dry run, and a second run that writes nothing.
import { ensureUnitAccess, provisionSite } from '../../../src/sharepoint/provision';
import { ADMIN, useSite, writesAmong, type SentRequest } from './harness';
import { units } from './organisation';

const site = useSite();

type Json = Record<string, unknown>;

async function folderRoles(list: string, unit: string): Promise<Record<string, string[]>> {
  const response = await site().fetch(
    `web/getFolderByServerRelativePath(decodedurl='/sites/stodinventering/Lists/${list}/${unit}')/ListItemAllFields/roleAssignments?$expand=Member,RoleDefinitionBindings`,
  );
  expect(response.status).toBe(200);
  const rows = ((await response.json()) as { value: Json[] }).value;
  return Object.fromEntries(
    rows.map((r) => [
      String((r.Member as Json).Title),
      (r.RoleDefinitionBindings as Json[]).map((b) => String(b.Name)).filter((n) => n !== 'Limited Access'),
    ]),
  );
}

describe('ensureUnitAccess', () => {
  beforeAll(async () => {
    await provisionSite(site().sp(), { log: () => undefined });
  });

  it('plans in a dry run and writes nothing', async () => {
    const sent: SentRequest[] = [];
    const report = await ensureUnitAccess(site().sp(ADMIN, sent), { units: units(), dryRun: true });
    expect(report).toMatchObject({ groupsCreated: 4, foldersCreated: 40 });
    expect(writesAmong(sent)).toEqual([]);
  });

  it('creates reviewer groups, folders and grants in $batches of at most 100', async () => {
    const sent: SentRequest[] = [];
    const report = await ensureUnitAccess(site().sp(ADMIN, sent), { units: units() });
    // 9 units (E5 vacant, without a manager): a folder each in the four unit lists; owners, project team, manager,
    // reviewers. The 2 kontor: a folder each in the two kontor lists; owners, project team, its group, its sektor's.
    expect(report).toEqual({
      groupsCreated: 4,
      groupsRenamed: 0,
      usersAdded: 8,
      membersAdded: 4 + 8,
      membersRemoved: 0,
      foldersCreated: 4 * 9 + 2 * 2,
      foldersSecured: 4 * 9 + 2 * 2,
      // Per unit list: owners and project team on 9 folders, the manager on 8; reviewers K1 1, E1 2, E2 2, E3 1,
      // K2 1, E4 2, E5 2. Per kontor list: 4 on each kontor's.
      grantsAdded: 4 * (9 * 2 + 8 + 11) + 2 * (2 * 4),
      grantsRemoved: 0,
      orphanFolders: 0,
    });
    const batches = sent.filter((r) => r.parts.length > 0);
    expect(batches.every((b) => b.parts.length <= 100)).toBe(true);
    expect(writesAmong(sent)).toHaveLength(4 + 8 + 12 + 40 + 40 + report.grantsAdded);
    // Reads: the web, one $batch of groups, users, levels and folders (new site: no folder permissions to read);
    // writes: the three phases, the folders' one in several $batches.
    expect(sent.filter((r) => r.parts.length === 0)).toHaveLength(1);
  });

  it('names groups from the unit, keeps å/ä/ö, & and #, and puts the manager in', async () => {
    const groups = (await site()
      .sp()
      .web.siteGroups.select('Title', 'Users/LoginName')
      .expand('Users')()) as unknown as {
      Title: string;
      Users: { LoginName: string }[];
    }[];
    const members = (title: string) => groups.find((g) => g.Title === title)?.Users.map((u) => u.LoginName);
    expect(members('Granskare K1 Äldreomsorg & hemtjänst #1')).toEqual([
      'i:0#.f|membership|karl.kontor@kommun.example',
    ]);
    expect(members('Granskare S2 Styrning och stöd')).toEqual(['i:0#.f|membership|sven.styr@kommun.example']);
    expect(members('Stödinventering chefer')).toHaveLength(8);
  });

  it('gives a unit folder exactly its people: the manager writes the answer, the reviewers the decisions', async () => {
    const base = {
      'stodinventering Owners': ['Full Control'],
      'Stödinventering projektgrupp': ['Edit'],
      'Admin Adminsson': ['Full Control'],
    };
    for (const list of ['Inventeringar', 'Inventeringsrader'])
      expect(await folderRoles(list, 'E2')).toEqual({
        ...base,
        'Erik Lund': ['Besvara'],
        'Granskare S1 Välfärd': ['Read'],
        'Granskare K1 Äldreomsorg & hemtjänst #1': ['Read'],
      });
    expect(await folderRoles('Granskningsbeslut', 'E2')).toEqual({
      ...base,
      'Erik Lund': ['Read'],
      'Granskare S1 Välfärd': ['Besluta'],
      'Granskare K1 Äldreomsorg & hemtjänst #1': ['Besluta'],
    });
    // A kontor is reviewed by its sektor only, not by its own group.
    expect(
      Object.keys(await folderRoles('Granskningsbeslut', 'K1')).filter((n) => n.startsWith('Granskare')),
    ).toEqual(['Granskare S1 Välfärd']);
    // A vacant unit gets its folders too (so no manager can rename theirs into its name), with no manager in them.
    const vacant = await folderRoles('Inventeringar', 'E5');
    expect(Object.keys(vacant).filter((n) => !n.startsWith('Granskare') && !(n in base))).toEqual([]);
  });

  it('writes nothing the second time', async () => {
    const sent: SentRequest[] = [];
    const report = await ensureUnitAccess(site().sp(ADMIN, sent), { units: units() });
    expect(Object.values(report).every((n) => n === 0)).toBe(true);
    expect(writesAmong(sent)).toEqual([]);
  });
});

describe('ensureUnitAccess run by another site owner', () => {
  const owner = 'olle.agare@kommun.example';

  it('works beside a group that shows its members to its members only, and keeps our groups readable', async () => {
    const web = site().sp().web;
    // A site owner who is not the site collection administrator, as IT usually is.
    const owners = await web.associatedOwnerGroup.select('Id')();
    await web.siteGroups.getById(owners.Id).users.add(`i:0#.f|membership|${owner}`);
    // SharePoint makes groups like this one for sharing links: its members are hidden from everyone else.
    const hidden = await web.siteGroups.add({ Title: 'Delningslänk', OnlyAllowMembersViewMembership: true });
    await web.siteGroups.getById(hidden.Id).users.add('i:0#.f|membership|nagon.annan@kommun.example');
    const report = await ensureUnitAccess(site().sp(owner), { units: units() });
    expect(Object.values(report).every((n) => n === 0)).toBe(true);
    const groups = await web.siteGroups.select('Title', 'OnlyAllowMembersViewMembership')();
    const reviewers = groups.filter((g) => g.Title.startsWith('Granskare'));
    expect(reviewers.length).toBeGreaterThan(0);
    expect(reviewers.every((g) => !g.OnlyAllowMembersViewMembership)).toBe(true);
  });
});
