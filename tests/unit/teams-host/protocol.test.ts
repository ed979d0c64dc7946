// The local Teams host answers every recorded teams-js request exactly as recorded (the fixtures are shared
// with the src/teams contract tests), says what the page must do, and never leaves a request unanswered.
import { DevIdentity, decodeJwtClaims } from '../../../emulators/identity';
import { answerDoor, type DoorParts } from '../../../emulators/teams-host/doors';
import {
  answerRequest,
  knownCalls,
  NOT_SUPPORTED_ON_PLATFORM,
  type Answer,
  type HostPorts,
} from '../../../emulators/teams-host/protocol/answer';
import type { HostState } from '../../../emulators/teams-host/protocol/context';
import { readRequest, type HostResponse } from '../../../emulators/teams-host/protocol/messages';
import type { FrameContext } from '../../../emulators/teams-host/protocol/runtime';
import { tokenSigner } from '../../../emulators/teams-host/tokens';
import { wireFixture, type WireExchange, type WireFixture } from '../../fixtures/teams-wire/wire';

const identity = DevIdentity.ephemeral();
const doors: DoorParts = {
  signer: tokenSigner(identity),
  defaultScopes: ['AllSites.Manage'],
  clientId: '9c1e4b7a-3f2d-4a6e-8b5c-7d0f2e9a1c64',
  tabOrigin: 'http://127.0.0.1:3000',
};

function portsFor(state: HostState): HostPorts {
  const user = { upn: state.user.upn, name: state.user.name };
  return {
    nestedAppAuth: (envelope) => {
      const answer = answerDoor('naa', { envelope, user }, doors);
      return Promise.resolve((answer?.body as { envelope: string }).envelope);
    },
    ssoToken: ({ resources }) =>
      Promise.resolve((answerDoor('sso', { user, resources }, doors)?.body as { token: string }).token),
    authenticate: () => Promise.resolve([false, 'no popups in unit tests']),
  };
}

function answerOf(fixture: WireFixture, exchange: WireExchange): Answer {
  const request = readRequest(exchange.request);
  if (!request) throw new Error('the recorded request is not a teams-js request');
  const state = fixture.host.state as unknown as HostState;
  return answerRequest(request, {
    state,
    frameContext: exchange.frame as FrameContext,
    ports: portsFor(state),
  });
}

/** Tokens differ per run (signature, times); compare what they say instead. */
function withReadableTokens(value: unknown): unknown {
  if (typeof value === 'string' && /^eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+$/.test(value)) {
    const { iat: _iat, nbf: _nbf, exp, ...claims } = decodeJwtClaims(value);
    return { token: claims, lifetime: (exp as number) - (_iat as number) };
  }
  if (typeof value === 'string' && value.startsWith('{"messageType"')) {
    return withReadableTokens(JSON.parse(value));
  }
  if (Array.isArray(value)) return value.map(withReadableTokens);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withReadableTokens(v)]));
  }
  return value;
}

const answeredFixtures = [
  'initialize',
  'getContext-personal',
  'getContext-subEntity',
  'getContext-settings',
  'getContext-channel',
  'getConfig',
  'openLink',
  'config-save',
  'getAuthToken',
  'naa',
  'unknownCall',
  'initialize-settings',
];

describe('the Teams host answers the recorded requests as recorded', () => {
  it.each(answeredFixtures)('%s', async (name) => {
    const fixture = wireFixture(name);
    for (const exchange of fixture.exchanges) {
      const answer = answerOf(fixture, exchange);
      const response = (await answer.response) as HostResponse | undefined;
      expect(withReadableTokens(response ?? null)).toEqual(withReadableTokens(exchange.response));
    }
  });

  it.each([
    'notifyAppLoaded',
    'notifySuccess',
    'notifyFailure',
    'themeChange',
    'config-validity',
    'shareDeepLink',
  ])('%s expects no answer, and gets none', (name) => {
    const fixture = wireFixture(name);
    for (const exchange of fixture.exchanges) {
      expect(exchange.response).toBeNull();
      const answer = answerOf(fixture, exchange);
      expect(answer.outcome).toBe('noReply');
      expect(answer.response).toBeUndefined();
    }
  });
});

describe('what the answers mean for the page', () => {
  const effectsOf = (name: string, func: string) => {
    const fixture = wireFixture(name);
    const exchange = fixture.exchanges.find((e) => e.request.func === func)!;
    return answerOf(fixture, exchange).effects;
  };

  it('opens the unit a deep link names', () => {
    expect(effectsOf('openLink', 'executeDeepLink')).toEqual([
      { kind: 'navigate', subEntityId: 'enhet:E1042' },
    ]);
  });

  it('keeps the configuration the app saves, and learns when the save is done', () => {
    expect(effectsOf('config-save', 'settings.setSettings')).toEqual([
      {
        kind: 'tabConfigured',
        config: {
          entityId: 'kommunstyrelsen',
          contentUrl: 'http://127.0.0.1:3000/?view=board',
          suggestedDisplayName: 'Stödinventering',
        },
      },
    ]);
    expect(effectsOf('config-save', 'settings.save.success')).toEqual([{ kind: 'saveFinished', ok: true }]);
    expect(effectsOf('config-validity', 'settings.setValidityState')).toEqual([
      { kind: 'validity', valid: true },
    ]);
  });

  it('shows the link the app shares, and the app as loaded, succeeded or failed', () => {
    expect(effectsOf('shareDeepLink', 'shareDeepLink')).toEqual([
      { kind: 'shareDeepLink', subPageId: 'enhet:E1042', label: 'Hemtjänst Norr' },
    ]);
    expect(effectsOf('notifyAppLoaded', 'appInitialization.appLoaded')).toEqual([{ kind: 'appLoaded' }]);
    expect(effectsOf('notifySuccess', 'appInitialization.success')).toEqual([{ kind: 'appSucceeded' }]);
    expect(effectsOf('notifyFailure', 'appInitialization.failure')).toEqual([
      { kind: 'appFailed', reason: 'AuthFailed', message: 'Ingen token', expected: false },
    ]);
  });

  it('reports a call it does not know, and answers it with teams-js’s not-supported error', async () => {
    const fixture = wireFixture('unknownCall');
    const answer = answerOf(fixture, fixture.exchanges[0]!);
    expect(answer.outcome).toBe('unknown');
    expect(answer.effects).toEqual([{ kind: 'unknownCall', func: 'stodinventering.unknownCall' }]);
    expect(((await answer.response) as HostResponse).args[0]).toMatchObject({
      errorCode: NOT_SUPPORTED_ON_PLATFORM,
    });
    expect(knownCalls).not.toContain('stodinventering.unknownCall');
  });
});

describe('nested app auth', () => {
  const fixture = wireFixture('naa');
  const state = fixture.host.state as unknown as HostState;
  const getToken = fixture.exchanges.find((e) => String(e.request.data).includes('"GetToken"'))!;

  it('signs a SharePoint token for the persona with the scopes a real one carries', async () => {
    const response = (await answerOf(fixture, getToken).response) as HostResponse;
    const envelope = JSON.parse(response.args[1] as string) as {
      token: { access_token: string; id_token: string };
    };
    const claims = identity.verify(envelope.token.access_token, { audiences: ['http://127.0.0.1:7071'] });
    expect(claims).toMatchObject({
      upn: 'anna.berg@kommun.example',
      name: 'Anna Berg',
      oid: state.user.oid,
      tid: state.tenantId,
      scp: 'AllSites.Manage',
      appid: '9c1e4b7a-3f2d-4a6e-8b5c-7d0f2e9a1c64',
      iss: `https://sts.windows.net/${state.tenantId}/`,
    });
    expect(decodeJwtClaims(envelope.token.id_token)).toMatchObject({
      aud: '9c1e4b7a-3f2d-4a6e-8b5c-7d0f2e9a1c64',
      preferred_username: 'anna.berg@kommun.example',
      oid: state.user.oid,
      ver: '2.0',
    });
  });

  it('answers with a bridge error, never silence, when nested app auth is switched off', async () => {
    const request = readRequest(getToken.request)!;
    const answer = answerRequest(request, {
      state: { ...state, nestedAppAuth: false },
      frameContext: 'content',
      ports: portsFor(state),
    });
    const envelope = JSON.parse(((await answer.response) as HostResponse).args[1] as string);
    expect(envelope).toMatchObject({ success: false, error: { status: 'NESTED_APP_AUTH_UNAVAILABLE' } });
    expect(envelope.requestId).toBe(JSON.parse(getToken.request.data as string).requestId);
  });

  it('answers with a bridge error when the host’s signing service fails', async () => {
    const request = readRequest(getToken.request)!;
    const answer = answerRequest(request, {
      state,
      frameContext: 'content',
      ports: { ...portsFor(state), nestedAppAuth: () => Promise.reject(new Error('HTTP 500')) },
    });
    const envelope = JSON.parse(((await answer.response) as HostResponse).args[1] as string);
    expect(envelope).toMatchObject({
      success: false,
      error: { status: 'TRANSIENT_ERROR', description: 'HTTP 500' },
    });
  });

  it('refuses a request naming two resources, as Entra ID does', () => {
    const data = JSON.parse(getToken.request.data as string);
    data.tokenParams.scope = 'http://127.0.0.1:7071/.default https://graph.microsoft.com/User.Read';
    const answer = answerDoor('naa', { envelope: JSON.stringify(data), user: state.user }, doors);
    expect(JSON.parse((answer!.body as { envelope: string }).envelope)).toMatchObject({
      success: false,
      error: { status: 'PERSISTENT_ERROR', code: 'invalid_scope' },
    });
  });
});
