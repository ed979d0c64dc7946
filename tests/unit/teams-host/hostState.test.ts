// The host page's state in its URL: `?as=` opens the host as exactly the person it names — one of the personas,
// or any other UPN, which the host's server resolves (or refuses) — and a reload of the address it writes comes
// back as the same person. Never the first persona in place of somebody else.
import { DevIdentity } from '../../../emulators/identity';
import { answerDoor, type DoorParts } from '../../../emulators/teams-host/doors';
import { queryOf, stateFromQuery, wantedUser } from '../../../emulators/teams-host/page/hostState';
import type { PageConfig } from '../../../emulators/teams-host/page/pageConfig';
import type { HostUser } from '../../../emulators/teams-host/protocol/context';
import { tokenSigner } from '../../../emulators/teams-host/tokens';

const ADMIN = {
  upn: 'admin@kommun.example',
  name: 'Admin Adminsson',
  oid: 'oid-admin',
  role: 'webbplatsadmin',
};
const ERIK = { upn: 'erik.lund@kommun.example', name: 'Erik Lund', oid: 'oid-erik', role: 'enhetschef' };

const config: PageConfig = {
  appName: 'Stödinventering',
  appId: '00000000-0000-0000-0000-000000000001',
  entityId: 'inventering',
  tenantId: '00000000-0000-0000-0000-000000000002',
  tabUrl: 'http://127.0.0.1:3000/',
  configurationUrl: 'http://127.0.0.1:3000/',
  defaultTabConfig: { entityId: 'kommunstyrelsen', contentUrl: 'http://127.0.0.1:3000/' },
  appOrigins: ['http://127.0.0.1:3000'],
  channel: { teamId: 't', teamName: 'Team', groupId: 'g', channelId: 'c', channelName: 'Kanal' },
  personas: [ADMIN, ERIK],
};

const doors: DoorParts = {
  signer: tokenSigner(DevIdentity.ephemeral()),
  defaultScopes: ['AllSites.Manage'],
  clientId: '9c1e4b7a-3f2d-4a6e-8b5c-7d0f2e9a1c64',
  tabOrigin: 'http://127.0.0.1:3000',
};

const query = (text: string) => new URLSearchParams(text);
const userOf = ({ upn, name, oid }: HostUser): HostUser => ({ upn, name, oid });

/** What the page does with an address: the persona, or the UPN as the server's `/_host/api/persona` resolves it. */
function signedInFrom(address: string): HostUser | { error: string } {
  const wanted = wantedUser(query(address), config);
  if (wanted.kind === 'persona') return wanted.user;
  const answer = answerDoor('persona', { upn: wanted.upn }, doors)!;
  return answer.status === 200 ? userOf(answer.body as HostUser) : (answer.body as { error: string });
}

describe('who the address asks for', () => {
  it('is the first persona when it names nobody', () => {
    expect(wantedUser(query(''), config)).toEqual({ kind: 'persona', user: userOf(ADMIN) });
    expect(wantedUser(query('as=&theme=dark'), config)).toEqual({ kind: 'persona', user: userOf(ADMIN) });
  });

  it('is a persona named by UPN, in any case', () => {
    expect(wantedUser(query('as=Erik.Lund@Kommun.example'), config)).toEqual({
      kind: 'persona',
      user: userOf(ERIK),
    });
  });

  it('is any other UPN as given, for the server to resolve — never the first persona', () => {
    expect(wantedUser(query('as=ny.chef@kommun.example'), config)).toEqual({
      kind: 'upn',
      upn: 'ny.chef@kommun.example',
    });
    // Not a UPN at all: still asked for as such, so that the server refuses it and the page says so.
    expect(wantedUser(query('as=inte-en-upn'), config)).toEqual({ kind: 'upn', upn: 'inte-en-upn' });
  });

  it('signs in a UPN that is no persona as that person, and refuses one that is no UPN in Swedish and English', () => {
    expect(signedInFrom('as=ny.chef@kommun.example')).toMatchObject({ upn: 'ny.chef@kommun.example' });
    expect(signedInFrom('as=inte-en-upn')).toEqual({ error: 'Ange en giltig UPN. / Give a valid UPN.' });
  });
});

describe('the address the page writes', () => {
  it('opens the same person, theme, language, place and deep link again after a reload', () => {
    for (const address of [
      'as=ny.chef@kommun.example&theme=dark&locale=en-us&place=channel&naa=0&sub=enhet%3AE9',
      `as=${ERIK.upn}&theme=contrast`,
      '',
    ]) {
      const user = signedInFrom(address) as HostUser;
      const state = stateFromQuery(query(address), config, user);
      expect(state.user).toEqual(user);
      const again = stateFromQuery(query(queryOf(state)), config, signedInFrom(queryOf(state)) as HostUser);
      const { sessionId: _s, appSessionId: _a, ...rest } = state;
      expect(again).toMatchObject(rest);
    }
  });
});
