// Which token provider the tab uses, decided in one place from config.json and the Teams host (docs/auth.md has
// the table). Every choice implements the same `TokenProvider` port, so nothing after this knows which it got.
import { type TokenProvider } from '../domain/ports';
import { nestedAppAuthTokenProvider } from './nestedAppAuthTokenProvider';
import { type RuntimeConfig } from './runtimeConfig';
import { type TeamsAuthenticationPort } from './teamsPopupTokenProvider';

/** Which way the tab signs in. */
export type TokenProviderKind = 'devIdentity' | 'nestedAppAuth' | 'teamsPopup' | 'msalRedirect';

/** What the choice needs from the Teams host the tab runs in (src/teams' `TeamsHost` has it). */
export interface TokenHost extends TeamsAuthenticationPort {
  /** The host offers MSAL's nested app auth. */
  readonly supportsNestedAppAuth: boolean;
  /** Who Teams says is signed in. */
  readonly context: { readonly upn: string; readonly displayName?: string };
}

/** Options for `chooseTokenProvider`. */
export interface ChooseTokenProviderOptions {
  readonly config: RuntimeConfig;
  /** The Teams host, or `null` in a plain browser (src/teams' `connectToTeams`). */
  readonly host: TokenHost | null;
  /**
   * The page's address: in a plain browser `?as=<upn>` picks the dev identity's persona; it is also where the
   * Teams sign-in popup and MSAL's redirect come back to. @default `window.location.href`
   */
  readonly pageUrl?: string;
}

/** The chosen provider, and what the tab knows about the user before any token. */
export interface ChosenTokenProvider {
  readonly kind: TokenProviderKind;
  readonly provider: TokenProvider;
  /** The user the tokens are for, when known now: the dev persona, or the UPN in Teams' context. */
  readonly upn?: string;
}

/**
 * The site collection administrator the SharePoint emulator starts with (its `--admin` default); the dev
 * persona in a plain browser without `?as=`.
 */
export const DEV_SITE_ADMIN_UPN = 'admin@kommun.example';

/**
 * Picks the token provider:
 *
 * | `auth.kind`   | Teams host                    | provider                                    |
 * |---------------|-------------------------------|---------------------------------------------|
 * | `devIdentity` | any (persona: Teams' UPN)     | the dev identity (`/_emulator/token`)       |
 * | `devIdentity` | none (persona: `?as=`, admin) | the dev identity                            |
 * | `entra`       | with nested app auth          | MSAL nested app auth through the host       |
 * | `entra`       | without nested app auth       | Teams' sign-in popup with MSAL inside       |
 * | `entra`       | none                          | MSAL redirect                               |
 */
export function chooseTokenProvider(options: ChooseTokenProviderOptions): ChosenTokenProvider {
  const { config, host } = options;
  const page = new URL(options.pageUrl ?? window.location.href);
  const auth = config.auth;
  if (auth.kind === 'devIdentity') {
    const asked = page.searchParams.get('as')?.trim().toLowerCase();
    const upn =
      host?.context.upn ??
      (asked !== undefined && /^[^\s@]+@[^\s@]+$/.test(asked) ? asked : DEV_SITE_ADMIN_UPN);
    const name = host?.context.displayName;
    return {
      kind: 'devIdentity',
      upn,
      provider: onDemand(async () =>
        (await import('./devIdentityTokenProvider')).devIdentityTokenProvider({
          emulatorUrl: new URL(auth.tokenUrl).origin,
          tokenUrl: auth.tokenUrl,
          upn,
          ...(name !== undefined && { name }),
        }),
      ),
    };
  }
  const here = `${page.origin}${page.pathname}`;
  if (host?.supportsNestedAppAuth) {
    return {
      kind: 'nestedAppAuth',
      upn: host.context.upn,
      provider: nestedAppAuthTokenProvider({ clientId: auth.clientId, tenantId: auth.tenantId }),
    };
  }
  if (host) {
    return {
      kind: 'teamsPopup',
      upn: host.context.upn,
      provider: onDemand(async () =>
        (await import('./teamsPopupTokenProvider')).teamsPopupTokenProvider({ port: host, popupUrl: here }),
      ),
    };
  }
  return {
    kind: 'msalRedirect',
    provider: onDemand(async () =>
      (await import('./msalRedirectTokenProvider')).msalRedirectTokenProvider({
        clientId: auth.clientId,
        tenantId: auth.tenantId,
        redirectUri: auth.redirectUri ?? here,
      }),
    ),
  };
}

/**
 * A provider whose code loads with its first token: the dev identity (never used in a tenant), Teams' popup
 * (only in hosts without nested app auth) and MSAL's redirect (only outside Teams) stay out of what every user
 * downloads. A failed load is tried again.
 */
function onDemand(load: () => Promise<TokenProvider>): TokenProvider {
  let provider: Promise<TokenProvider> | undefined;
  return {
    getToken: async (resource) => {
      provider ??= load().catch((error: unknown) => {
        provider = undefined;
        throw error;
      });
      return (await provider).getToken(resource);
    },
  };
}
