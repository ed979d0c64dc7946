// Who may see a site group's members: with OnlyAllowMembersViewMembership ("Who can view the membership of the
// group? Group Members") only its members, its owner and site collection admins; anyone else with access to the
// site gets 403 UnauthorizedAccessException for the members (CSOM: sp-dev-docs #7381), while the group itself
// stays visible. CanCurrentUserViewMembership says which applies.
import { describeWithPersonas, uniqueName, useTarget } from './harness';
import { asJson } from './support/json';
import { accessDenied, roleIds } from './support/expectations';
import { spErrorOf } from './support/spError';

const target = useTarget();

describeWithPersonas({ name: 'members-only group membership', personas: ['anna'] }, () => {
  let annaId: number;
  let annaLogin: string;
  let adminLogin: string;
  let membersOnly: number;
  let everyone: number;

  async function group(stem: string, onlyMembers: boolean): Promise<number> {
    const web = target().sp().web;
    const created = asJson(
      await web.siteGroups.add({ Title: uniqueName(stem), OnlyAllowMembersViewMembership: onlyMembers }),
    );
    const id = Number(created.Id);
    target().trackGroup(id);
    await web.siteGroups.getById(id).users.add(adminLogin);
    return id;
  }

  const users = (id: number) => target().sp('anna').web.siteGroups.getById(id).users;

  beforeAll(async () => {
    adminLogin = (await target().user('admin')).LoginName;
    const anna = await target().user('anna');
    annaId = anna.Id;
    annaLogin = anna.LoginName;
    // Anna reads the site (BrowseUserInfo), so what she is refused below is the membership, not the site.
    await target().sp().web.roleAssignments.add(annaId, roleIds.read);
    membersOnly = await group('Endast', true);
    everyone = await group('Alla', false);
  });

  afterAll(async () => {
    await target().sp().web.roleAssignments.remove(annaId, roleIds.read);
  });

  it('shows everyone the members of a group whose membership everyone may see', async () => {
    const members = (await users(everyone)()) as { LoginName: string }[];
    expect(members.map((m) => m.LoginName)).toContain(adminLogin);
  });

  it('refuses a non-member the members of a members-only group with 403, but shows the group', async () => {
    await expect(spErrorOf(() => users(membersOnly)())).resolves.toMatchObject(accessDenied);
    const seen = asJson(
      await target()
        .sp('anna')
        .web.siteGroups.getById(membersOnly)
        .select('Title', 'OnlyAllowMembersViewMembership', 'CanCurrentUserViewMembership')(),
    );
    expect(seen).toMatchObject({ OnlyAllowMembersViewMembership: true, CanCurrentUserViewMembership: false });
  });

  it('refuses them through $expand=Users too', async () => {
    const expanded = () => target().sp('anna').web.siteGroups.getById(membersOnly).expand('Users')();
    await expect(spErrorOf(expanded)).resolves.toMatchObject(accessDenied);
  });

  it('tells the owner and the site admin they may see the members', async () => {
    const mine = asJson(
      await target().sp().web.siteGroups.getById(membersOnly).select('CanCurrentUserViewMembership')(),
    );
    expect(mine.CanCurrentUserViewMembership).toBe(true);
    expect(((await target().sp().web.siteGroups.getById(membersOnly).users()) as unknown[]).length).toBe(1);
  });

  it('shows the members to a member', async () => {
    const web = target().sp().web;
    await web.siteGroups.getById(membersOnly).users.add(annaLogin);
    try {
      const members = (await users(membersOnly)()) as { LoginName: string }[];
      expect(members.map((m) => m.LoginName).sort()).toEqual([adminLogin, annaLogin].sort());
    } finally {
      await web.siteGroups.getById(membersOnly).users.removeByLoginName(annaLogin);
    }
  });

  it('shows the members to the group’s owner who is not a member', async () => {
    const owned = await group('Agd', true);
    await target().sp().web.siteGroups.getById(owned).setUserAsOwner(annaId);
    const members = (await users(owned)()) as { LoginName: string }[];
    expect(members.map((m) => m.LoginName)).toEqual([adminLogin]);
  });
});
