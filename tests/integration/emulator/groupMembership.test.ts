// Members-only groups (OnlyAllowMembersViewMembership) in every place the emulator can show membership: the
// group's users and a user in it, $expand=Users on a group, on the collection and through role assignments
// (Member/Users), and a user's groups. Members, the owner (a user or an owning group) and site collection admins
// see them; a site owner with Full Control who is none of these does not (sp-dev-docs #7381).
import { ADMIN, expectJson, spError, useEmulator, writeHeaders } from './harness';

const target = useEmulator();

const READ = 1073741826;
const FULL_CONTROL = 1073741829;
const people = {
  reader: 'anna.berg@kommun.example',
  member: 'erik.lund@kommun.example',
  siteOwner: 'karl.kontorschef@kommun.example',
  owner: 'olle.agare@kommun.example',
  ownerGroupMember: 'ulla.ledare@kommun.example',
};
const ids: Record<string, number> = {};
let hidden: number;
let visible: number;

async function userId(upn: string): Promise<number> {
  return (await target().sp().web.ensureUser(`i:0#.f|membership|${upn}`)).Id;
}

async function createGroup(title: string, onlyMembers: boolean): Promise<number> {
  const group = await target()
    .sp()
    .web.siteGroups.add({ Title: title, OnlyAllowMembersViewMembership: onlyMembers });
  return Number((group as { Id: number }).Id);
}

beforeAll(async () => {
  const web = target().sp().web;
  for (const [role, upn] of Object.entries(people)) ids[role] = await userId(upn);
  for (const role of ['reader', 'member', 'owner', 'ownerGroupMember'])
    await web.roleAssignments.add(ids[role]!, READ);
  await web.roleAssignments.add(ids.siteOwner!, FULL_CONTROL);
  hidden = await createGroup('Ledningsgruppen', true);
  visible = await createGroup('Alla ser', false);
  for (const id of [hidden, visible])
    await web.siteGroups.getById(id).users.add(`i:0#.f|membership|${people.member}`);
  await web.roleAssignments.add(hidden, READ);
});

function as(role: keyof typeof people, path: string): Promise<Response> {
  return target().fetch(path, { as: people[role] });
}

async function denied(response: Response): Promise<void> {
  expect(await spError(response)).toMatchObject({
    status: 403,
    code: '-2147024891, System.UnauthorizedAccessException',
  });
}

describe('a members-only group', () => {
  it('hides its users from a reader who is not a member, by every path', async () => {
    await denied(await as('reader', `web/siteGroups(${hidden})/users`));
    await denied(await as('reader', `web/siteGroups/getById(${hidden})/users/getById(${ids.member})`));
    await denied(await as('reader', `web/siteGroups/getById(${hidden})/users/getById(${ids.reader})`));
    await denied(await as('reader', `web/siteGroups(${hidden})?$expand=Users`));
    await denied(await as('reader', `web/siteGroups?$expand=Users`));
    await denied(await as('reader', `web/roleAssignments?$expand=Member/Users`));
  });

  it('still shows the group itself, and says the reader may not see its members', async () => {
    const group = await expectJson<{ Title: string; CanCurrentUserViewMembership: boolean }>(
      await as('reader', `web/siteGroups(${hidden})?$select=Title,CanCurrentUserViewMembership`),
    );
    expect(group).toMatchObject({ Title: 'Ledningsgruppen', CanCurrentUserViewMembership: false });
    const viewable = await expectJson<{ value: { Title: string }[] }>(
      await as('reader', `web/siteGroups?$select=Title&$filter=CanCurrentUserViewMembership eq true`),
    );
    expect(viewable.value.map((g) => g.Title)).toContain('Alla ser');
    expect(viewable.value.map((g) => g.Title)).not.toContain('Ledningsgruppen');
  });

  it('leaves it out of a member’s groups as the reader sees them, but not out of the member’s own', async () => {
    const theirs = await expectJson<{ value: { Id: number }[] }>(
      await as('reader', `web/siteUsers/getById(${ids.member})/groups`),
    );
    expect(theirs.value.map((g) => g.Id)).toEqual([visible]);
    const expanded = await expectJson<{ Groups: { Id: number }[] }>(
      await as('reader', `web/getUserById(${ids.member})?$expand=Groups`),
    );
    expect(expanded.Groups.map((g) => g.Id)).toEqual([visible]);
    const own = await expectJson<{ value: { Id: number }[] }>(await as('member', 'web/currentUser/groups'));
    expect(own.value.map((g) => g.Id).sort()).toEqual([hidden, visible].sort());
  });

  it('shows its users to a member and to the site collection admin', async () => {
    for (const response of [
      await as('member', `web/siteGroups(${hidden})/users`),
      await target().fetch(`web/siteGroups(${hidden})/users`, { as: ADMIN }),
    ]) {
      const users = await expectJson<{ value: { Id: number }[] }>(response);
      expect(users.value.map((u) => u.Id)).toEqual([ids.member]);
    }
  });

  it('hides them from a site owner with Full Control who is neither member nor owner', async () => {
    await denied(await as('siteOwner', `web/siteGroups(${hidden})/users`));
  });

  it('shows them to its owner, a user or the members of an owning group', async () => {
    const web = target().sp().web;
    await web.siteGroups.getById(hidden).setUserAsOwner(ids.owner!);
    expect((await as('owner', `web/siteGroups(${hidden})/users`)).status).toBe(200);
    const owners = await createGroup('Ägargruppen', false);
    await web.siteGroups.getById(owners).users.add(`i:0#.f|membership|${people.ownerGroupMember}`);
    await denied(await as('ownerGroupMember', `web/siteGroups(${hidden})/users`));
    await web.siteGroups.getById(hidden).setUserAsOwner(owners);
    expect((await as('ownerGroupMember', `web/siteGroups(${hidden})/users`)).status).toBe(200);
    await denied(await as('owner', `web/siteGroups(${hidden})/users`));
  });

  it('shows them to everyone again once membership is made visible', async () => {
    const res = await target().fetch(`web/siteGroups(${hidden})`, {
      method: 'POST',
      headers: writeHeaders({ method: 'MERGE' }),
      body: JSON.stringify({ OnlyAllowMembersViewMembership: false }),
    });
    expect(res.status).toBe(204);
    expect((await as('reader', `web/siteGroups(${hidden})/users`)).status).toBe(200);
    expect((await as('reader', `web/siteGroups?$expand=Users`)).status).toBe(200);
  });
});
