// config.json's `channel` says where the board's summaries are posted with the user's Graph token: a wrong value
// must stop the tab with words that say what to fix, in Swedish and English, and a token must never be sent over
// plain http to another machine.
import { AppError } from '../../../src/domain/errors';
import { parseRuntimeConfig, type RuntimeChannelConfig } from '../../../src/auth/runtimeConfig';

const TEAM_ID = 'b7f3c1d2-5a4e-4f6b-8c9d-0e1f2a3b4c5d';
const APP_ID = '3c9a1f2e-8b7d-4e6f-a5c4-1d2e3f4a5b6c';
const CHANNEL_ID = '19:kommunstyrelsen0000000000000000@thread.tacv2';

const tenant = {
  siteUrl: 'https://kommun.sharepoint.com/sites/stodinventering',
  auth: {
    kind: 'entra',
    clientId: '0f3c1e6a-7a7b-4a53-9d11-2b8f3b0c4d5e',
    tenantId: '6f1c0c8e-3d0b-4a57-9d7e-5e2f0a0b7c11',
  },
  teamsHostOrigins: [],
};

const channel = {
  graphUrl: 'https://graph.microsoft.com/v1.0',
  teamId: TEAM_ID,
  channelId: CHANNEL_ID,
  appId: APP_ID,
};

const withChannel = (value: unknown) => ({ ...tenant, channel: value });

function failure(value: unknown): AppError {
  try {
    parseRuntimeConfig(value);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected parseRuntimeConfig to throw');
}

describe('parseRuntimeConfig: channel', () => {
  it('reads a complete channel as written', () => {
    expect(parseRuntimeConfig(withChannel(channel)).channel).toEqual<RuntimeChannelConfig>(channel);
  });

  it('drops the trailing slash of the Graph root and normalises the GUIDs', () => {
    const config = parseRuntimeConfig(
      withChannel({
        ...channel,
        graphUrl: 'https://graph.microsoft.com/v1.0/',
        teamId: TEAM_ID.toUpperCase(),
        appId: APP_ID.toUpperCase(),
      }),
    );
    expect(config.channel).toEqual<RuntimeChannelConfig>(channel);
  });

  it('posts to Microsoft Graph when no Graph root is given', () => {
    const { graphUrl: _, ...rest } = channel;
    expect(parseRuntimeConfig(withChannel(rest)).channel?.graphUrl).toBe('https://graph.microsoft.com/v1.0');
  });

  it('accepts a channel id of the older thread.skype form', () => {
    const channelId = '19:a1b2c3d4e5f6@thread.skype';
    expect(parseRuntimeConfig(withChannel({ ...channel, channelId })).channel?.channelId).toBe(channelId);
  });

  it.each(['http://127.0.0.1:7072/v1.0', 'http://localhost:7072/v1.0', 'http://[::1]:7072/v1.0'])(
    'accepts plain http on this machine, for the local Graph receiver: %s',
    (graphUrl) => {
      expect(parseRuntimeConfig(withChannel({ ...channel, graphUrl })).channel?.graphUrl).toBe(graphUrl);
    },
  );

  it('leaves the channel out when config.json has none, so that the tab offers no Graph publishing', () => {
    const config = parseRuntimeConfig(tenant);
    expect(config.channel).toBeUndefined();
    expect(Object.keys(config)).not.toContain('channel');
  });

  it('refuses plain http to another machine, in Swedish and English', () => {
    const graphUrl = 'http://graph.microsoft.com/v1.0';
    const error = failure(withChannel({ ...channel, graphUrl }));
    expect(error.code).toBe('invalid');
    expect(error.message).toContain(
      `channel.graphUrl: ska börja med https:// (http:// bara för 127.0.0.1 och localhost), inte "${graphUrl}"`,
    );
    expect(error.message).toContain(
      `channel.graphUrl: must start with https:// (http:// only for 127.0.0.1 and localhost), not "${graphUrl}"`,
    );
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([['channel.graphUrl', 'wrongType']]);
  });

  it('refuses a Graph root that is no absolute URL', () => {
    const error = failure(withChannel({ ...channel, graphUrl: 'graph.microsoft.com/v1.0' }));
    expect(error.message).toContain(
      'channel.graphUrl: must be an absolute URL (https://…), not "graph.microsoft.com/v1.0"',
    );
  });

  it('names every missing part of an incomplete channel at once', () => {
    const error = failure(withChannel({ graphUrl: channel.graphUrl }));
    expect(error.code).toBe('invalid');
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([
      ['channel.teamId', 'required'],
      ['channel.appId', 'required'],
      ['channel.channelId', 'required'],
    ]);
    for (const path of ['channel.teamId', 'channel.appId', 'channel.channelId']) {
      expect(error.message).toContain(`${path}: saknas`);
      expect(error.message).toContain(`${path}: is missing`);
    }
  });

  it('counts an empty text as missing', () => {
    const error = failure(withChannel({ ...channel, teamId: '' }));
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([['channel.teamId', 'required']]);
    expect(error.message).toContain('channel.teamId: is missing');
  });

  it.each([
    ['a list', [], 'channel: ska vara ett objekt, inte en lista', 'channel: must be an object, not a list'],
    [
      'text',
      'general',
      'channel: ska vara ett objekt, inte "general"',
      'channel: must be an object, not "general"',
    ],
    ['null', null, 'channel: ska vara ett objekt, inte null', 'channel: must be an object, not null'],
  ])('refuses a channel that is %s', (_name, value, sv, en) => {
    const error = failure(withChannel(value));
    expect(error.code).toBe('invalid');
    expect(error.message).toContain(sv);
    expect(error.message).toContain(en);
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([['channel', 'wrongType']]);
  });

  it.each([
    ['a team id of the wrong type', { teamId: 42 }, 'channel.teamId: must be text, not 42'],
    ['an app id of the wrong type', { appId: { id: APP_ID } }, 'channel.appId: must be text, not an object'],
    ['a Graph root of the wrong type', { graphUrl: true }, 'channel.graphUrl: must be text, not true'],
    [
      'a team id that is no GUID',
      { teamId: 'Kommunstyrelsen' },
      "channel.teamId: must be a GUID (the team's id, its Microsoft 365 group's)",
    ],
    [
      'an app id that is no GUID',
      { appId: 'stodinventering' },
      "channel.appId: must be a GUID (the app's manifest id)",
    ],
    [
      "a channel's name instead of its id",
      { channelId: 'Allmänt' },
      `channel.channelId: must be the channel's id, 19:…@thread.tacv2, not "Allmänt"`,
    ],
    ['a channel id of the wrong type', { channelId: 19 }, 'channel.channelId: must be text, not 19'],
  ])('refuses %s', (_name, patch, text) => {
    const error = failure(withChannel({ ...channel, ...patch }));
    expect(error.code).toBe('invalid');
    expect(error.message).toContain(text);
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]!.code).toBe('wrongType');
  });

  it('says what a channel id is in Swedish too', () => {
    const error = failure(withChannel({ ...channel, channelId: 'Allmänt' }));
    expect(error.message).toContain(
      'channel.channelId: ska vara kanalens id, 19:…@thread.tacv2, inte "Allmänt"',
    );
  });

  it('names a wrong channel beside the other problems of the file', () => {
    const error = failure({ ...withChannel({ ...channel, appId: 'x' }), siteUrl: 'kommun.sharepoint.com' });
    expect(error.issues.map((i) => i.path)).toEqual(['siteUrl', 'channel.appId']);
  });
});
