// The one place the host decides how to answer a teams-js request, as Teams does: which calls get a response
// and with which arguments (each teams-js helper reads them its own way — `[true]`/`[false, reason]`,
// `[sdkError, result]`, `[value]`), which are fire-and-forget, and what the page must do (show the app as
// loaded, open a link, enable Save). A call it does not know is answered with teams-js's "not supported on
// platform" error and reported, never dropped. Pure: the page supplies state and ports, and tests can drive it.
import { legacyContext, type HostState, type TabInstanceConfig, type TeamsTheme } from './context';
import { parseDeepLink } from './deepLinks';
import { responseTo, type HostRequest, type HostResponse } from './messages';
import { bridgeFailure } from './naaEnvelope';
import { initializeAnswer, type FrameContext } from './runtime';

/** teams-js `ErrorCode.NOT_SUPPORTED_ON_PLATFORM`: what its own capability checks throw (`errorNotSupportedOnPlatform`). */
export const NOT_SUPPORTED_ON_PLATFORM = 100;

/** What the host needs from outside the protocol: tokens (signed in the host's Node process) and popups. */
export interface HostPorts {
  /**
   * Answers MSAL's nested app auth request envelope (JSON text) with a response envelope (JSON text).
   * May reject; the answer then carries a bridge error so MSAL never waits forever.
   */
  nestedAppAuth(envelope: string): Promise<string>;
  /** A Teams single sign-on token for `authentication.getAuthToken`. May reject with the reason. */
  ssoToken(request: { resources?: readonly string[]; claims?: readonly string[] }): Promise<string>;
  /** Opens `url` in a popup whose teams-js reports back; resolves `[true, result]` or `[false, reason]`. */
  authenticate(request: { url: string; width?: number; height?: number }): Promise<[boolean, string]>;
}

/** Something the page shows or does because of a message. */
export type HostEffect =
  | { readonly kind: 'appLoaded' }
  | { readonly kind: 'appSucceeded' }
  | {
      readonly kind: 'appFailed';
      readonly reason: string;
      readonly message?: string;
      readonly expected: boolean;
    }
  | { readonly kind: 'handlerRegistered'; readonly name: string }
  /** Open a tab of this app (re-frame it with `subEntityId` in the next context). */
  | { readonly kind: 'navigate'; readonly subEntityId?: string }
  | { readonly kind: 'openWindow'; readonly url: string }
  | {
      readonly kind: 'shareDeepLink';
      readonly subPageId: string;
      readonly label: string;
      readonly webUrl?: string;
    }
  | { readonly kind: 'validity'; readonly valid: boolean }
  | { readonly kind: 'tabConfigured'; readonly config: TabInstanceConfig }
  | { readonly kind: 'saveFinished'; readonly ok: boolean; readonly reason?: string }
  | { readonly kind: 'removeFinished'; readonly ok: boolean; readonly reason?: string }
  | { readonly kind: 'authenticateFinished'; readonly ok: boolean; readonly value: string }
  | { readonly kind: 'returnFocus'; readonly forward: boolean }
  | { readonly kind: 'unknownCall'; readonly func: string };

/** How the host answers one request. */
export interface Answer {
  /** `answered` (now or later), `noReply` (teams-js expects none), `unknown` (answered "not supported"). */
  readonly outcome: 'answered' | 'noReply' | 'unknown';
  /** The response, or a promise of it for answers that need tokens or the user; never rejects. */
  readonly response?: HostResponse | Promise<HostResponse>;
  readonly effects: readonly HostEffect[];
}

/** What an answer depends on besides the request. */
export interface AnswerContext {
  readonly state: HostState;
  /** The frame the request came from: the tab (`content`, `settings`) or an auth popup (`authentication`). */
  readonly frameContext: FrameContext;
  readonly ports: HostPorts;
}

type Handler = (request: HostRequest, context: AnswerContext) => Answer;

const answered = (
  request: HostRequest,
  args: readonly unknown[],
  effects: readonly HostEffect[] = [],
): Answer => ({ outcome: 'answered', response: responseTo(request, args), effects });

const later = (request: HostRequest, args: Promise<readonly unknown[]>): Answer => ({
  outcome: 'answered',
  response: args.then((a) => responseTo(request, a)),
  effects: [],
});

const noReply = (...effects: HostEffect[]): Answer => ({ outcome: 'noReply', effects });

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Navigation to a tab of an app: only this app's tabs exist in the local host. */
function navigateTo(
  target: { appId: string; subEntityId?: string },
  state: HostState,
): { ok: true; effect: HostEffect } | { ok: false; reason: string } {
  if (target.appId.toLowerCase() !== state.appId.toLowerCase()) {
    return { ok: false, reason: `App ${target.appId} is not installed in the local Teams host.` };
  }
  return {
    ok: true,
    effect: {
      kind: 'navigate',
      ...(target.subEntityId !== undefined && { subEntityId: target.subEntityId }),
    },
  };
}

const handlers: Record<string, Handler> = {
  initialize: (request, { state, frameContext }) =>
    answered(request, initializeAnswer(frameContext, { nestedAppAuth: state.nestedAppAuth })),

  getContext: (request, { state, frameContext }) => answered(request, [legacyContext(state, frameContext)]),

  'appInitialization.appLoaded': () => noReply({ kind: 'appLoaded' }),
  // Answered only when the runtime advertises `supports.app.notifySuccessResponse`, which this host does not.
  'appInitialization.success': () => noReply({ kind: 'appSucceeded' }),
  'appInitialization.failure': (request) =>
    noReply({
      kind: 'appFailed',
      reason: text(request.args[0]) ?? 'Other',
      ...(text(request.args[1]) !== undefined && { message: text(request.args[1]) }),
      expected: false,
    }),
  'appInitialization.expectedFailure': (request) =>
    noReply({
      kind: 'appFailed',
      reason: text(request.args[0]) ?? 'Other',
      ...(text(request.args[1]) !== undefined && { message: text(request.args[1]) }),
      expected: true,
    }),

  registerHandler: (request) => noReply({ kind: 'handlerRegistered', name: text(request.args[0]) ?? '' }),

  // app.openLink: `[true]` or `[false, reason]` (sendAndHandleStatusAndReason).
  executeDeepLink: (request, { state }) => {
    const target = parseDeepLink(text(request.args[0]) ?? '');
    switch (target.kind) {
      case 'entity': {
        const result = navigateTo(target, state);
        return result.ok
          ? answered(request, [true], [result.effect])
          : answered(request, [false, result.reason]);
      }
      case 'external':
        return answered(request, [true], [{ kind: 'openWindow', url: target.url }]);
      case 'teams':
        return answered(request, [false, `The local Teams host cannot open ${target.url}.`]);
      case 'invalid':
        return answered(request, [false, `Invalid URL: ${target.text}`]);
    }
  },

  // pages.navigateToApp (not legacy Teams): `[true]` or `[false, reason]`.
  'pages.navigateToApp': (request, { state }) => {
    const params = (request.args[0] ?? {}) as Record<string, unknown>;
    const result = navigateTo(
      {
        appId: text(params.appId) ?? '',
        ...(text(params.subPageId) !== undefined && { subEntityId: text(params.subPageId) }),
      },
      state,
    );
    return result.ok ? answered(request, [true], [result.effect]) : answered(request, [false, result.reason]);
  },

  // pages.currentApp.*: sendAndHandleSdkError, so `[null]` is success and `[sdkError]` a failure.
  'pages.currentApp.navigateTo': (request) => {
    const params = (request.args[0] ?? {}) as Record<string, unknown>;
    const subPageId = text(params.subPageId);
    return answered(
      request,
      [null],
      [{ kind: 'navigate', ...(subPageId !== undefined && { subEntityId: subPageId }) }],
    );
  },
  'pages.currentApp.navigateToDefaultPage': (request) => answered(request, [null], [{ kind: 'navigate' }]),

  // Fire-and-forget: the host shows its "copy link" dialog.
  shareDeepLink: (request) =>
    noReply({
      kind: 'shareDeepLink',
      subPageId: text(request.args[0]) ?? '',
      label: text(request.args[1]) ?? '',
      ...(text(request.args[2]) !== undefined && { webUrl: text(request.args[2]) }),
    }),

  returnFocus: (request) => noReply({ kind: 'returnFocus', forward: request.args[0] === true }),

  'settings.setValidityState': (request) => noReply({ kind: 'validity', valid: request.args[0] === true }),

  // pages.config.setConfig: `[true]` or `[false, reason]`.
  'settings.setSettings': (request) => {
    const config = request.args[0] as Record<string, unknown> | undefined;
    const contentUrl = text(config?.contentUrl);
    if (config === undefined || contentUrl === undefined) {
      return answered(request, [false, 'contentUrl is required.']);
    }
    const saved: TabInstanceConfig = {
      contentUrl,
      ...(text(config.entityId) !== undefined && { entityId: text(config.entityId) }),
      ...(text(config.websiteUrl) !== undefined && { websiteUrl: text(config.websiteUrl) }),
      ...(text(config.removeUrl) !== undefined && { removeUrl: text(config.removeUrl) }),
      ...(text(config.suggestedDisplayName ?? config.suggestedTabName) !== undefined && {
        suggestedDisplayName: text(config.suggestedDisplayName ?? config.suggestedTabName),
      }),
    };
    return answered(request, [true], [{ kind: 'tabConfigured', config: saved }]);
  },

  // pages.getConfig: sendAndUnwrap, so the configuration is `args[0]`.
  'settings.getSettings': (request, { state }) => answered(request, [state.tabConfig]),

  'settings.save.success': () => noReply({ kind: 'saveFinished', ok: true }),
  'settings.save.failure': (request) =>
    noReply({ kind: 'saveFinished', ok: false, reason: text(request.args[0]) ?? '' }),
  'settings.remove.success': () => noReply({ kind: 'removeFinished', ok: true }),
  'settings.remove.failure': (request) =>
    noReply({ kind: 'removeFinished', ok: false, reason: text(request.args[0]) ?? '' }),

  // authentication.getAuthToken: `[true, token]` or `[false, reason]`.
  'authentication.getAuthToken': (request, { ports }) => {
    const resources = request.args[0];
    const claims = request.args[1];
    return later(
      request,
      ports
        .ssoToken({
          ...(Array.isArray(resources) && { resources: resources.filter((r) => typeof r === 'string') }),
          ...(Array.isArray(claims) && { claims: claims.filter((c) => typeof c === 'string') }),
        })
        .then(
          (token) => [true, token],
          (error: unknown) => [false, reasonOf(error)],
        ),
    );
  },

  // authentication.getUser: `[true, profile]` with the id token's claims, or `[false, sdkError]`.
  'authentication.getUser': (request, { state }) =>
    answered(request, [
      true,
      {
        name: state.user.name,
        oid: state.user.oid,
        tid: state.tenantId,
        upn: state.user.upn,
        unique_name: state.user.upn,
        preferred_username: state.user.upn,
        ver: '2.0',
      },
    ]),

  // authentication.authenticate: `[true, result]` or `[false, reason]` once the popup reports (or is closed).
  'authentication.authenticate': (request, { ports }) => {
    const url = text(request.args[0]);
    if (url === undefined) return answered(request, [false, 'The authentication URL is missing.']);
    const width = typeof request.args[1] === 'number' ? request.args[1] : undefined;
    const height = typeof request.args[2] === 'number' ? request.args[2] : undefined;
    return later(
      request,
      ports
        .authenticate({ url, ...(width !== undefined && { width }), ...(height !== undefined && { height }) })
        .catch((error: unknown) => [false, reasonOf(error)] as [boolean, string]),
    );
  },
  'authentication.authenticate.success': (request) =>
    noReply({ kind: 'authenticateFinished', ok: true, value: text(request.args[0]) ?? '' }),
  'authentication.authenticate.failure': (request) =>
    noReply({ kind: 'authenticateFinished', ok: false, value: text(request.args[0]) ?? '' }),

  // MSAL's bridge: the envelope travels in `data`; the answer's `args[1]` is the response envelope (JSON text),
  // which teams-js hands to MSAL (`processAuthBridgeMessage`). `args[0]` is not read by teams-js.
  'nestedAppAuth.execute': (request, { state, ports }) => {
    const envelope = request.data ?? '';
    const reply = state.nestedAppAuth
      ? ports.nestedAppAuth(envelope).catch((error: unknown) =>
          bridgeFailure(envelope, {
            status: 'TRANSIENT_ERROR',
            code: 'host_error',
            description: reasonOf(error),
          }),
        )
      : Promise.resolve(
          bridgeFailure(envelope, {
            status: 'NESTED_APP_AUTH_UNAVAILABLE',
            description: 'Nested app auth is switched off in the local Teams host.',
          }),
        );
    return later(
      request,
      reply.then((json) => [false, json]),
    );
  },

  // Sent by teams-js after a beforeUnload event; nothing to answer.
  readyToUnload: () => noReply(),
};

/** Every call the host understands (the page lists them; anything else is reported as unknown). */
export const knownCalls: readonly string[] = Object.keys(handlers);

/** How the host answers `request`. */
export function answerRequest(request: HostRequest, context: AnswerContext): Answer {
  const handler = Object.prototype.hasOwnProperty.call(handlers, request.func)
    ? handlers[request.func]
    : undefined;
  if (handler) return handler(request, context);
  return {
    outcome: 'unknown',
    // Every teams-js helper that reads `args[0]` as an SdkError (callFunctionInHost, sendAndHandleSdkError) rejects
    // with this; a status-style caller (`[ok, reason]`) would read it as success, so the page also reports it.
    response: responseTo(request, [
      {
        errorCode: NOT_SUPPORTED_ON_PLATFORM,
        message: `The local Teams host does not implement "${request.func}".`,
      },
    ]),
    effects: [{ kind: 'unknownCall', func: request.func }],
  };
}

/** The event Teams sends when the user switches theme. */
export function themeChangeEvent(theme: TeamsTheme): { func: 'themeChange'; args: [TeamsTheme] } {
  return { func: 'themeChange', args: [theme] };
}
