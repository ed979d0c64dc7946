// What the host tells teams-js it can do: the runtime configuration in the initialize answer. teams-js's
// `isSupported()` checks read `runtime.supports`, so the host advertises exactly what it answers and nothing
// more (`public/runtime.ts` in @microsoft/teams-js 2.58.0 has the shape, `IRuntimeV4`).

/** Where the app runs (teams-js `FrameContexts`); the initialize answer and `getContext` both carry it. */
export type FrameContext = 'content' | 'settings' | 'remove' | 'authentication';

/** The host's client type, as Teams on the web reports it. */
export const HOST_CLIENT_TYPE = 'web';

/**
 * The teams-js version the host says it supports (`clientSupportedSDKVersion`). A three-part version: teams-js
 * tries `JSON.parse` on this position first, and `"2.0"` would parse as a number and fail initialize.
 */
export const HOST_SDK_VERSION = '2.58.0';

/** What the host offers; the toolbar can switch nested app auth off to exercise the popup sign-in. */
export interface RuntimeOptions {
  /** Advertise and answer MSAL's nested app auth bridge. @default true */
  readonly nestedAppAuth?: boolean;
}

/** The runtime configuration (IRuntime v4) sent as JSON text in the initialize answer. */
export function runtimeConfig(options: RuntimeOptions = {}): Record<string, unknown> {
  const nestedAppAuth = options.nestedAppAuth ?? true;
  return {
    apiVersion: 4,
    hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
    isLegacyTeams: false,
    isNAAChannelRecommended: nestedAppAuth,
    supports: {
      // pages.config: setValidityState, setConfig/getConfig and the save lifecycle; pages.currentApp: navigateTo.
      pages: { config: {}, currentApp: {} },
      ...(nestedAppAuth && { nestedAppAuth: {} }),
    },
  };
}

/**
 * The initialize answer's arguments: `[frameContext, hostClientType, sdkVersion, runtimeConfigJson]`. The runtime
 * goes in position 3 because teams-js installs `window.nestedAppAuthBridge` only from that position
 * (`tryPolyfillWithNestedAppAuthBridge` parses `args[3]`); it accepts the runtime in either position 2 or 3.
 */
export function initializeAnswer(
  frameContext: FrameContext,
  options: RuntimeOptions = {},
): [FrameContext, string, string, string] {
  return [frameContext, HOST_CLIENT_TYPE, HOST_SDK_VERSION, JSON.stringify(runtimeConfig(options))];
}
