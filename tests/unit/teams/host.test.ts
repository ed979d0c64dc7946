/**
 * @jest-environment jsdom
 * @jest-environment-options {"url": "http://127.0.0.1:3000/"}
 */
// src/teams against teams-js itself, in jsdom, with a fake parent that answers from the recorded wire fixtures:
// what host.ts makes teams-js send is what was recorded, and what it reads from the recorded answers is the
// app's domain-shaped view.
import './noNetwork';
import { app } from '@microsoft/teams-js';
import { AppError } from '../../../src/domain/errors';
import { connectToTeams, isRunningInTeams, type TeamsHost } from '../../../src/teams';
import { wireFixture, type WireFixture } from '../../fixtures/teams-wire/wire';
import { FakeTeamsParent, HOST_ORIGIN, plainBrowserWindow, sameRequest } from './fakeTeamsParent';

const connectFixtures = ['initialize', 'getContext-personal', 'themeChange'];

let parent: FakeTeamsParent;

function fixtures(...names: string[]): WireFixture[] {
  return names.map(wireFixture);
}

async function connect(names: string[], extra: string[] = []): Promise<TeamsHost> {
  parent = new FakeTeamsParent(fixtures(...names, ...extra));
  parent.install();
  const host = await connectToTeams({ validOrigins: [HOST_ORIGIN] });
  if (!host) throw new Error('expected a host');
  return host;
}

/** Lets teams-js work (it checks origins and posts asynchronously) until `done`, or a bounded number of turns. */
async function settle(done: () => boolean): Promise<void> {
  for (let turn = 0; turn < 50 && !done(); turn++) await new Promise((resolve) => setTimeout(resolve));
}

/** Waits until teams-js has posted `count` messages. */
function posted(count: number): Promise<void> {
  return settle(() => parent.posted.length >= count);
}

afterEach(() => {
  app._uninitialize();
});

describe('connecting in a Teams host', () => {
  it('sends the recorded handshake, context request and theme registration, to the host’s origin', async () => {
    await connect(connectFixtures);
    expect(parent.funcs()).toEqual(['initialize', 'getContext', 'registerHandler']);
    expect(parent.unmatched).toEqual([]);
    // Only the handshake goes to any origin; everything after it to the host's exact origin.
    expect(parent.posted.map((p) => p.targetOrigin)).toEqual(['*', HOST_ORIGIN, HOST_ORIGIN]);
    expect(isRunningInTeams()).toBe(true);
  });

  it('reads the personal tab’s context into the app’s terms', async () => {
    const host = await connect(connectFixtures);
    expect(host.context).toEqual({
      upn: 'anna.berg@kommun.example',
      displayName: 'Anna Berg',
      userObjectId: 'bf1b4b35-9a19-5d82-b2d3-c518cfcf8bc4',
      tenantId: '6f1c0c8e-3d0b-4a57-9d7e-5e2f0a0b7c11',
      locale: 'sv',
      hostLocale: 'sv-se',
      theme: 'default',
      entityId: 'inventering',
      frame: 'content',
      appId: '4b2f6e8a-1c3d-4e5f-9a7b-2c8d0e6f1a3b',
      host: { name: 'Teams', clientType: 'web' },
    });
    expect(host.supportsNestedAppAuth).toBe(true);
    expect(host.supportsTabConfiguration).toBe(true);
  });

  it('reads a channel tab’s team, channel and English locale', async () => {
    const host = await connect(['initialize', 'getContext-channel', 'themeChange']);
    expect(host.context).toMatchObject({
      upn: 'karl.kontor@kommun.example',
      locale: 'en',
      hostLocale: 'en-us',
      entityId: 'kommunstyrelsen',
      channel: {
        channelId: '19:8a7b6c5d4e3f40a1b2c3d4e5f6a7b8c9@thread.tacv2',
        channelName: 'Kommunstyrelsen',
        teamId: '19:5f0c2d9e7a8b4c3d9e1f2a3b4c5d6e7f@thread.tacv2',
        teamName: 'Stödinventering',
        groupId: '2d6f8a1c-4b3e-4f7a-9c2d-5e8b1a0f3c7d',
      },
    });
  });

  it('reads the unit a deep link opened the tab at', async () => {
    const host = await connect(['initialize', 'getContext-subEntity', 'themeChange']);
    expect(host.context.subEntityId).toBe('enhet:E1042');
  });
});

describe('outside Teams', () => {
  it('knows at once in a plain browser window, without a message', async () => {
    app._initialize(plainBrowserWindow());
    await expect(connectToTeams({ validOrigins: [HOST_ORIGIN] })).resolves.toBeNull();
    expect(isRunningInTeams()).toBe(false);
  });

  it('gives up on a page that frames the tab but never answers', async () => {
    parent = new FakeTeamsParent([], { answer: false });
    parent.install();
    await expect(connectToTeams({ validOrigins: [HOST_ORIGIN], timeoutMs: 10 })).resolves.toBeNull();
    expect(parent.funcs()).toEqual(['initialize']);
    expect(isRunningInTeams()).toBe(false);
  });
});

describe('the theme', () => {
  it('follows the host’s theme events until unsubscribed', async () => {
    const host = await connect(connectFixtures);
    const seen: string[] = [];
    const unsubscribe = host.onThemeChange((theme) => seen.push(theme));
    const [event] = wireFixture('themeChange').events;
    parent.sendEvent(event!);
    await settle(() => seen.length > 0);
    expect(seen).toEqual(['dark']);
    expect(host.theme()).toBe('dark');
    unsubscribe();
    parent.sendEvent({ func: 'themeChange', args: ['contrast'] });
    await settle(() => host.theme() === 'contrast');
    expect(seen).toEqual(['dark']);
    expect(host.theme()).toBe('contrast');
  });
});

describe('telling Teams how the app is doing', () => {
  it.each([
    ['notifyAppLoaded', (host: TeamsHost) => host.notifyAppLoaded()],
    ['notifySuccess', (host: TeamsHost) => host.notifySuccess()],
    [
      'notifyFailure',
      (host: TeamsHost) => host.notifyFailure({ reason: 'authFailed', message: 'Ingen token' }),
    ],
  ])('%s sends the recorded message', async (name, act) => {
    const host = await connect(connectFixtures, [name]);
    act(host);
    await posted(4);
    expect(parent.posted[3]).toBeDefined();
    expect(sameRequest(wireFixture(name).exchanges[0]!.request, parent.posted[3]!.message)).toBe(true);
    expect(parent.unmatched).toEqual([]);
  });
});

describe('links', () => {
  it('opens a deep link through the host', async () => {
    const host = await connect(connectFixtures, ['openLink']);
    const url = wireFixture('openLink').exchanges[0]!.request.args as string[];
    await expect(host.openLink(url[0]!)).resolves.toBeUndefined();
    expect(parent.unmatched).toEqual([]);
  });

  it('shares a unit link as recorded, with the unit as sub-entity', async () => {
    const host = await connect(connectFixtures, ['shareDeepLink']);
    host.shareUnitLink({ unitId: 'E1042', label: 'Hemtjänst Norr' });
    await posted(4);
    expect(parent.funcs()[3]).toBe('shareDeepLink');
    expect(parent.unmatched).toEqual([]);
  });

  it('builds a unit link from the context’s app and entity', async () => {
    const host = await connect(connectFixtures);
    const link = new URL(host.unitLink({ unitId: 'E1042', label: 'Hemtjänst Norr' }));
    expect(link.pathname).toBe('/l/entity/4b2f6e8a-1c3d-4e5f-9a7b-2c8d0e6f1a3b/inventering');
    expect(JSON.parse(link.searchParams.get('context')!)).toEqual({ subEntityId: 'enhet:E1042' });
  });
});

describe('the configurable tab', () => {
  it('enables Save, stores the settings the app gives on Save, and reports success', async () => {
    const host = await connect(
      ['initialize-settings', 'getContext-settings', 'themeChange'],
      ['config-validity', 'config-save'],
    );
    host.tabConfiguration.onSave(() =>
      Promise.resolve({
        entityId: 'kommunstyrelsen',
        contentUrl: 'http://127.0.0.1:3000/?view=board',
        displayName: 'Stödinventering',
      }),
    );
    host.tabConfiguration.setValid(true);
    await posted(5);
    expect(parent.funcs().slice(3)).toEqual(['registerHandler', 'settings.setValidityState']);
    const [save] = wireFixture('config-save').events;
    parent.sendEvent(save!);
    await posted(7);
    expect(parent.funcs().slice(5)).toEqual(['settings.setSettings', 'settings.save.success']);
    expect(parent.unmatched).toEqual([]);
  });

  it('reads the stored settings in the tab', async () => {
    const host = await connect(['initialize', 'getContext-channel', 'themeChange'], ['getConfig']);
    await expect(host.tabConfiguration.read()).resolves.toEqual({
      entityId: 'kommunstyrelsen',
      contentUrl: 'http://127.0.0.1:3000/?view=board',
      displayName: 'Stödinventering',
    });
  });
});

describe('what host.ts refuses', () => {
  it('a context without a user', async () => {
    const recorded = wireFixture('getContext-personal');
    const exchange = recorded.exchanges[0]!;
    const {
      userPrincipalName: _u,
      loginHint: _l,
      ...anonymous
    } = (exchange.response!.args as Record<string, unknown>[])[0]!;
    const withoutUser: WireFixture = {
      ...recorded,
      exchanges: [{ ...exchange, response: { ...exchange.response, args: [anonymous] } }],
    };
    parent = new FakeTeamsParent([wireFixture('initialize'), withoutUser]);
    parent.install();
    const promise = connectToTeams({ validOrigins: [HOST_ORIGIN] });
    await expect(promise).rejects.toBeInstanceOf(AppError);
    await expect(promise).rejects.toMatchObject({ code: 'unauthenticated' });
  });
});
