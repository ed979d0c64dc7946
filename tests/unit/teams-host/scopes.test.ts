// What `<resource>/.default` grants through the host's nested app auth, per resource as Entra ID grants an app
// registration's consented permissions: SharePoint's for a SharePoint site, Graph's for Microsoft Graph.
import { DevIdentity } from '../../../emulators/identity';
import { answerDoor, type DoorParts } from '../../../emulators/teams-host/doors';
import { DEFAULT_SCOPES } from '../../../emulators/teams-host';
import type { DefaultScopes } from '../../../emulators/teams-host/protocol/naaEnvelope';
import { tokenSigner } from '../../../emulators/teams-host/tokens';
import { wireFixture } from '../../fixtures/teams-wire/wire';

const identity = DevIdentity.ephemeral();
const GRAPH = 'https://graph.microsoft.com';
const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
const SITE = 'http://127.0.0.1:7071';

/** The token the host signs for what MSAL asks (`scope`), with the recorded GetToken envelope. */
function tokenFor(
  scope: string,
  defaultScopes: DefaultScopes = DEFAULT_SCOPES,
): { aud: string; scp: string } {
  const recorded = wireFixture('naa').exchanges.find((e) => String(e.request.data).includes('"GetToken"'))!;
  const envelope = JSON.parse(recorded.request.data as string);
  envelope.tokenParams.scope = scope;
  const doors: DoorParts = {
    signer: tokenSigner(identity),
    defaultScopes,
    clientId: '9c1e4b7a-3f2d-4a6e-8b5c-7d0f2e9a1c64',
    tabOrigin: 'http://127.0.0.1:3000',
  };
  const answer = answerDoor(
    'naa',
    { envelope: JSON.stringify(envelope), user: { upn: 'styrelsen@kommun.example' } },
    doors,
  );
  const reply = JSON.parse((answer!.body as { envelope: string }).envelope) as {
    success: boolean;
    token: { access_token: string };
  };
  expect(reply.success).toBe(true);
  const { aud, scp } = identity.verify(reply.token.access_token, { audiences: [SITE, GRAPH, GRAPH_APP_ID] });
  return { aud: String(aud), scp: String(scp) };
}

describe('`.default` per resource', () => {
  it('grants SharePoint’s consented permission for a SharePoint site', () => {
    expect(tokenFor(`${SITE}/.default`)).toEqual({ aud: SITE, scp: 'AllSites.Manage' });
  });

  it('grants Graph’s consented permissions for Microsoft Graph, by its URL or its application id', () => {
    const graph = 'Calendars.ReadWrite ChannelMessage.Send TeamsActivity.Send User.Read';
    expect(tokenFor(`${GRAPH}/.default openid profile`)).toEqual({ aud: GRAPH, scp: graph });
    expect(tokenFor(`${GRAPH_APP_ID}/.default`)).toEqual({ aud: GRAPH_APP_ID, scp: graph });
  });

  it('grants a scope asked by name as it is, a bare name being Graph’s', () => {
    expect(tokenFor(`${GRAPH}/ChannelMessage.Send`)).toEqual({ aud: GRAPH, scp: 'ChannelMessage.Send' });
    expect(tokenFor('User.Read')).toEqual({ aud: GRAPH, scp: 'User.Read' });
  });

  it('grants one list to every resource, as before it was per resource', () => {
    expect(tokenFor(`${GRAPH}/.default`, ['AllSites.Manage'])).toEqual({
      aud: GRAPH,
      scp: 'AllSites.Manage',
    });
    expect(tokenFor(`${SITE}/.default`, ['AllSites.Manage'])).toEqual({ aud: SITE, scp: 'AllSites.Manage' });
  });
});
