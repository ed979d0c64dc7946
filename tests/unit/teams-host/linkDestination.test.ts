// Where the host opens a link chosen in its own UI (a card's Action.OpenUrl, an activity), as Teams does: this
// app's tab in place with its sub-entity (the channel tab when the link names the channel, else the personal
// app), any other web page in a new browser tab, and nothing it does not have: no other app, channel or tab.
import type { HostState } from '../../../emulators/teams-host/protocol/context';
import { linkDestination } from '../../../emulators/teams-host/protocol/linkDestination';

const APP_ID = '4b2f6e8a-1c3d-4e5f-9a7b-2c8d0e6f1a3b';
const CHANNEL = '19:kommunstyrelsen0000000000000000@thread.tacv2';

const state = {
  appId: APP_ID,
  entityId: 'inventering',
  place: 'personal',
  tabConfig: { entityId: 'kommunstyrelsen', contentUrl: 'http://127.0.0.1:3000/' },
  channel: {
    teamId: '19:team@thread.tacv2',
    teamName: 'Kommunstyrelsen',
    groupId: 'b7f3c1d2-5a4e-4f6b-8c9d-0e1f2a3b4c5d',
    channelId: CHANNEL,
    channelName: 'Allmänt',
  },
} as unknown as HostState;

/** A deep link as teams-js's createTeamsAppLink builds one. */
function deepLink(entityId: string, context: Record<string, string>, appId = APP_ID): string {
  const url = new URL(`https://teams.microsoft.com/l/entity/${appId}/${entityId}`);
  url.searchParams.append('webUrl', 'http://127.0.0.1:3000/');
  url.searchParams.append('label', 'Sammanställning');
  url.searchParams.append('context', JSON.stringify(context));
  return url.href;
}

describe('linkDestination', () => {
  it('opens the channel tab at its sub-entity when the link names the host’s channel', () => {
    expect(
      linkDestination(deepLink('kommunstyrelsen', { subEntityId: 'board', channelId: CHANNEL }), state),
    ).toEqual({ kind: 'tab', place: 'channel', subEntityId: 'board' });
  });

  it('opens the personal app at its sub-entity when the link names no channel (an activity)', () => {
    expect(linkDestination(deepLink('inventering', { subEntityId: 'E12' }), state)).toEqual({
      kind: 'tab',
      place: 'personal',
      subEntityId: 'E12',
    });
  });

  it('opens any other web page in a new browser tab', () => {
    expect(linkDestination('https://kommun.example/rapport', state)).toEqual({
      kind: 'window',
      url: 'https://kommun.example/rapport',
    });
  });

  it('refuses, in Swedish and English, what the local host does not have', () => {
    const refusals = [
      deepLink('x', { subEntityId: 'a' }, '11111111-2222-3333-4444-555555555555'),
      deepLink('kommunstyrelsen', { channelId: '19:annan@thread.tacv2' }),
      'https://teams.microsoft.com/l/chat/0/0?users=anna.berg@kommun.example',
      'inte en adress',
    ].map((url) => linkDestination(url, state));
    expect(refusals.map((r) => r.kind)).toEqual(['refused', 'refused', 'refused', 'refused']);
    expect(refusals[0]).toMatchObject({
      reason: expect.stringMatching(/inte installerad.* \/ .*not installed/),
    });
    expect(refusals[1]).toMatchObject({ reason: expect.stringMatching(/finns inte.* \/ .*does not exist/) });
  });
});
