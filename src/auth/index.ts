// Token providers: the SharePoint client asks one for a bearer token on every request (src/sharepoint/client.ts).
// `chooseTokenProvider` picks one from config.json and the Teams host: the local dev identity, MSAL nested app auth
// in Teams, Teams' sign-in popup where the host lacks nested app auth, or MSAL redirect in a plain browser. All
// implement the same `TokenProvider` port. docs/auth.md has the table.
export {
  chooseTokenProvider,
  DEV_SITE_ADMIN_UPN,
  type ChooseTokenProviderOptions,
  type ChosenTokenProvider,
  type TokenHost,
  type TokenProviderKind,
} from './chooseTokenProvider';
export { devIdentityTokenProvider, type DevIdentityTokenOptions } from './devIdentityTokenProvider';
export { msalRedirectTokenProvider, type MsalRedirectOptions } from './msalRedirectTokenProvider';
export { nestedAppAuthTokenProvider, type NestedAppAuthOptions } from './nestedAppAuthTokenProvider';
export {
  loadRuntimeConfig,
  parseRuntimeConfig,
  RUNTIME_CONFIG_URL,
  type RuntimeAuthConfig,
  type RuntimeChannelConfig,
  type RuntimeConfig,
} from './runtimeConfig';
export { staticTokenProvider } from './staticTokenProvider';
export {
  completeTeamsPopupSignIn,
  teamsPopupTokenProvider,
  type TeamsAuthenticationPort,
  type TeamsAuthenticationReporter,
  type TeamsPopupOptions,
} from './teamsPopupTokenProvider';
export { cachedTokens, type ExpiringToken, type TokenCacheOptions } from './tokenCache';
