// The web, the current user, site users, ensureUser and site groups.
import { SITE_ADMIN_UPN } from '../../emulators/identity/personas';
import { describeEmulatorOnly, describeWithPersonas, live, uniqueName, useTarget } from './harness';
import { asJson, type Json } from './support/json';

const target = useTarget();

const claimsPrefix = 'i:0#.f|membership|';

describe('web', () => {
  it('describes the site it is served at', async () => {
    const web = await target().sp().web();
    expect(web.Url).toBe(target().siteUrl);
    expect(web.ServerRelativeUrl).toBe(new URL(target().siteUrl).pathname);
    expect(typeof web.Title).toBe('string');
    expect(web.Id).toMatch(/^[0-9a-f-]{36}$/i);
  });

  it('is typed SP.Web in minimalmetadata', async () => {
    const body = asJson(await (await target().raw('web')).json());
    expect(body['odata.type']).toBe('SP.Web');
  });
});

describe('contextinfo', () => {
  it('answers flat JSON with a form digest for application/json', async () => {
    const res = await target().raw('contextinfo', { method: 'POST' });
    expect(res.status).toBe(200);
    const info = (await res.json()) as Json;
    // PnPjs's RequestDigest reads FormDigestValue/FormDigestTimeoutSeconds from the raw JSON; the SPFx path splits
    // the value at ',' and parses the date after it ([PNP-SP] behaviors/request-digest.js, behaviors/spfx.js).
    expect(String(info.FormDigestValue)).toMatch(/^0x[0-9A-F]+,.+/);
    expect(Number.isNaN(Date.parse(String(info.FormDigestValue).split(',')[1] ?? ''))).toBe(false);
    expect(info.FormDigestTimeoutSeconds).toBe(1800);
    expect(info.WebFullUrl).toBe(target().siteUrl);
  });

  it('wraps it in d.GetContextWebInformation in verbose', async () => {
    const res = await target().raw('contextinfo', {
      method: 'POST',
      accept: 'application/json;odata=verbose',
    });
    const d = asJson(asJson(await res.json()).d);
    const info = asJson(d.GetContextWebInformation);
    expect(String(info.FormDigestValue)).toMatch(/^0x[0-9A-F]+,/);
    expect(info.WebFullUrl).toBe(target().siteUrl);
  });
});

describe('current user', () => {
  it('is the token’s user with a claims login name', async () => {
    const me = asJson(await target().sp().web.currentUser());
    expect(String(me.LoginName).startsWith(claimsPrefix)).toBe(true);
    // PrincipalType 1 = user.
    expect(me.PrincipalType).toBe(1);
    expect(typeof me.Id).toBe('number');
    const upn = String(me.LoginName).slice(claimsPrefix.length);
    expect(String(me.UserPrincipalName ?? me.Email).toLowerCase()).toBe(upn.toLowerCase());
    if (!live) expect(me.LoginName).toBe(`${claimsPrefix}${SITE_ADMIN_UPN}`);
  });

  it('is listed among the site users under the same id', async () => {
    const me = await target().user('admin');
    const users = (await target().sp().web.siteUsers()) as Json[];
    expect(users.find((u) => u.Id === me.Id)?.LoginName).toBe(me.LoginName);
  });

  describeEmulatorOnly(
    { name: 'the configured site admin', reason: 'the tenant decides who is admin' },
    () => {
      it('is site collection admin', async () => {
        const me = asJson(await target().sp().web.currentUser());
        expect(me.IsSiteAdmin).toBe(true);
      });
    },
  );
});

describe('site users', () => {
  let login: string;

  beforeAll(async () => {
    // In live mode the only user known to exist is the token's own.
    login = live ? (await target().user('admin')).LoginName : `${claimsPrefix}erik.lund@kommun.example`;
  });

  it('ensureUser returns the user, and the same id on the second call', async () => {
    const first = asJson(await target().sp().web.ensureUser(login));
    expect(first).toMatchObject({ LoginName: login, PrincipalType: 1 });
    expect(typeof first.Id).toBe('number');
    const second = asJson(await target().sp().web.ensureUser(login));
    expect(second.Id).toBe(first.Id);
  });

  it('finds the ensured user by id, by login name (alias form) and by email', async () => {
    const ensured = asJson(await target().sp().web.ensureUser(login));
    const users = target().sp().web.siteUsers;
    expect(asJson(await users.getById(Number(ensured.Id))()).LoginName).toBe(login);
    // getByLoginName is sent as siteusers(@v)?@v='i%3A0%23.f%7C…'.
    expect(asJson(await users.getByLoginName(login)()).Id).toBe(ensured.Id);
    const email = String(ensured.Email);
    expect(email).not.toBe('');
    expect(asJson(await users.getByEmail(email)()).Id).toBe(ensured.Id);
  });
});

describeWithPersonas({ name: 'a user who signs in', personas: ['anna'] }, () => {
  it('appears among the site users after the first request', async () => {
    const anna = await target().user('anna');
    const users = (await target().sp().web.siteUsers.select('Id', 'LoginName')()) as Json[];
    expect(users.find((u) => u.Id === anna.Id)?.LoginName).toBe(anna.LoginName);
  });
});

describe('site groups', () => {
  let login: string;

  beforeAll(async () => {
    login = live ? (await target().user('admin')).LoginName : `${claimsPrefix}erik.lund@kommun.example`;
    await target().sp().web.ensureUser(login);
  });

  it('creates a group, adds and removes a user', async () => {
    const groups = target().sp().web.siteGroups;
    const title = uniqueName('Granskare');
    const created = asJson(await groups.add({ Title: title, Description: 'Granskar inventeringar' }));
    const id = Number(created.Id);
    target().trackGroup(id);
    // PrincipalType 8 = SharePoint group.
    expect(created).toMatchObject({ Title: title, PrincipalType: 8 });
    expect(asJson(await groups.getByName(title)()).Id).toBe(id);

    const group = groups.getById(id);
    await group.users.add(login);
    const members = (await group.users()) as Json[];
    expect(members.map((m) => m.LoginName)).toContain(login);

    await group.users.removeByLoginName(login);
    expect(((await group.users()) as Json[]).map((m) => m.LoginName)).not.toContain(login);

    await group.users.add(login);
    const member = ((await group.users()) as Json[]).find((m) => m.LoginName === login);
    await group.users.removeById(Number(member?.Id));
    expect(((await group.users()) as Json[]).map((m) => m.LoginName)).not.toContain(login);

    await groups.removeById(id);
    const titles = ((await groups.select('Title')()) as Json[]).map((g) => g.Title);
    expect(titles).not.toContain(title);
  });
});
