// MSAL's nested app auth bridge, as @azure/msal-browser 5.31.0 speaks it (`src/naa/BridgeRequestEnvelope.ts`,
// `BridgeResponseEnvelope.ts`, `TokenResponse.ts`, `AccountInfo.ts`, `BridgeError.ts`): JSON envelopes matched
// by `requestId`. Pure: the host's Node process answers with tokens signed by the dev identity (naaTokens.ts),
// and the page uses `bridgeFailure` when it cannot reach it.

/** A bridge request (`BridgeRequestEnvelope`). */
export interface BridgeRequest {
  readonly messageType: 'NestedAppAuthRequest';
  readonly method: 'GetInitContext' | 'GetToken' | 'GetTokenPopup';
  readonly requestId: string;
  readonly tokenParams?: BridgeTokenParams;
}

/** What MSAL asks a token for (`TokenRequest`); only the fields the host reads. */
export interface BridgeTokenParams {
  readonly clientId: string;
  /** Space-separated scopes, e.g. `https://kommun.sharepoint.com/.default`. */
  readonly scope: string;
  readonly correlationId?: string;
  readonly claims?: string;
  readonly forceRefresh?: boolean;
}

/** `BridgeStatusCode`: MSAL maps each to an error (USER_INTERACTION_REQUIRED → InteractionRequiredAuthError …). */
export type BridgeStatus =
  | 'USER_INTERACTION_REQUIRED'
  | 'USER_CANCEL'
  | 'NO_NETWORK'
  | 'TRANSIENT_ERROR'
  | 'PERSISTENT_ERROR'
  | 'DISABLED'
  | 'ACCOUNT_UNAVAILABLE'
  | 'NESTED_APP_AUTH_UNAVAILABLE';

/** `BridgeError`. */
export interface BridgeError {
  readonly status: BridgeStatus;
  readonly code?: string;
  readonly subError?: string;
  readonly description?: string;
}

/** The signed-in user the tokens are for. */
export interface BridgeUser {
  readonly upn: string;
  readonly name: string;
  readonly oid: string;
  readonly tenantId: string;
}

/** Signs the tokens of one answer (the host's Node process, with the dev identity's key). */
export interface BridgeTokenSigner {
  /** An access token for `audience` with the delegated `scopes` (names without the resource). */
  accessToken(request: {
    user: BridgeUser;
    audience: string;
    scopes: readonly string[];
    clientId: string;
  }): string;
  /** An id token for the client app. */
  idToken(request: { user: BridgeUser; clientId: string }): string;
}

/**
 * What `<resource>/.default` grants: the delegated permissions an admin consented to, per API, as Entra ID keeps
 * them for an app registration. A list grants the same to every resource.
 */
export type DefaultScopes = readonly string[] | ScopesByResource;

/** The consented delegated permissions of the two APIs the tab calls. */
export interface ScopesByResource {
  /** Microsoft Graph (`https://graph.microsoft.com`, or its application id `00000003-0000-0000-c000-000000000000`). */
  readonly graph: readonly string[];
  /** SharePoint: every other resource, since a SharePoint resource is any tenant's (or the emulator's) origin. */
  readonly sharePoint: readonly string[];
}

/** What the host grants, and to whom. */
export interface BridgeAnswerOptions {
  readonly user: BridgeUser;
  readonly signer: BridgeTokenSigner;
  readonly defaultScopes: DefaultScopes;
  /** Token lifetime in seconds, as `expires_in`. @default 3600 */
  readonly lifetimeSeconds?: number;
}

/** The cloud instance MSAL keys its cache by (`AccountInfo.environment`). */
export const ENTRA_ENVIRONMENT = 'login.microsoftonline.com';

const OIDC_SCOPES = new Set(['openid', 'profile', 'offline_access', 'email']);
const GRAPH = 'https://graph.microsoft.com';
const GRAPH_NAMES = new Set([GRAPH, '00000003-0000-0000-c000-000000000000']);
const APPLICATION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The request in a bridge message, or `undefined` when it is not one. */
export function readBridgeRequest(json: string): BridgeRequest | undefined {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  const request = value as Record<string, unknown>;
  const methods = ['GetInitContext', 'GetToken', 'GetTokenPopup'];
  if (request.messageType !== 'NestedAppAuthRequest' || typeof request.requestId !== 'string')
    return undefined;
  if (typeof request.method !== 'string' || !methods.includes(request.method)) return undefined;
  return value as BridgeRequest;
}

/** A failure envelope (JSON text) for the request in `envelopeJson`, echoing its `requestId` when it has one. */
export function bridgeFailure(envelopeJson: string, error: BridgeError): string {
  let requestId = '';
  try {
    const parsed = JSON.parse(envelopeJson) as { requestId?: unknown };
    if (typeof parsed.requestId === 'string') requestId = parsed.requestId;
  } catch {
    // not JSON: answered with an empty requestId, which MSAL cannot match, but the host log shows why
  }
  return JSON.stringify({ messageType: 'NestedAppAuthResponse', requestId, success: false, error });
}

/** The resource and scope names a token request asks for, or why Entra ID would refuse it. */
export function resourceOf(
  scope: string,
  defaultScopes: DefaultScopes,
): { resource: string; scopes: string[] } | { error: BridgeError } {
  const asked = scope.split(/\s+/).filter((s) => s !== '' && !OIDC_SCOPES.has(s.toLowerCase()));
  const byResource = new Map<string, string[]>();
  for (const item of asked) {
    // `https://kommun.sharepoint.com/AllSites.Write` or `<application id>/.default` → resource and scope; a bare
    // `User.Read` is Graph's.
    const cut = item.lastIndexOf('/');
    const named = item.includes('://') || APPLICATION_ID.test(item.slice(0, cut));
    const [resource, name] = named && cut > 0 ? [item.slice(0, cut), item.slice(cut + 1)] : [GRAPH, item];
    byResource.set(resource, [...(byResource.get(resource) ?? []), name]);
  }
  if (byResource.size !== 1) {
    return {
      error: {
        status: 'PERSISTENT_ERROR',
        code: 'invalid_scope',
        // Entra ID's words (AADSTS28000 / AADSTS70011) for a request naming more than one resource, or none.
        description:
          byResource.size === 0
            ? 'AADSTS70011: The provided request must include a resource scope.'
            : 'AADSTS28000: Provided value for the input parameter scope is not valid because it contains more than one resource.',
      },
    };
  }
  const [[resource, names]] = [...byResource] as [[string, string[]]];
  const consented = consentedFor(resource, defaultScopes);
  const scopes = names.flatMap((n) => (n === '.default' ? consented : [n]));
  return { resource, scopes: [...new Set(scopes)] };
}

function consentedFor(resource: string, defaultScopes: DefaultScopes): readonly string[] {
  if (isScopeList(defaultScopes)) return defaultScopes;
  return GRAPH_NAMES.has(resource.replace(/\/+$/, '').toLowerCase())
    ? defaultScopes.graph
    : defaultScopes.sharePoint;
}

/** Whether `scopes` is one list for every resource. */
// reason: `Array.isArray` does not narrow a readonly array out of a union (microsoft/TypeScript#17002).
export function isScopeList(scopes: readonly string[] | object): scopes is readonly string[] {
  return Array.isArray(scopes);
}

/** The response envelope for a bridge request. */
export function answerBridgeRequest(
  request: BridgeRequest,
  options: BridgeAnswerOptions,
): Record<string, unknown> {
  const { user } = options;
  const head = { messageType: 'NestedAppAuthResponse', requestId: request.requestId };
  const homeAccountId = `${user.oid}.${user.tenantId}`;
  if (request.method === 'GetInitContext') {
    return {
      ...head,
      success: true,
      initContext: {
        sdkName: 'stodinventering-teams-host',
        sdkVersion: '1.0.0',
        capabilities: { queryAccount: false },
        // Lets MSAL find the signed-in account in its cache without a round trip (BridgeAccountContext.ts).
        accountContext: { homeAccountId, environment: ENTRA_ENVIRONMENT, tenantId: user.tenantId },
      },
    };
  }
  const params = request.tokenParams;
  if (params === undefined || typeof params.clientId !== 'string' || typeof params.scope !== 'string') {
    return {
      ...head,
      success: false,
      error: {
        status: 'PERSISTENT_ERROR',
        code: 'invalid_request',
        description: 'tokenParams.clientId and scope are required.',
      },
    };
  }
  const asked = resourceOf(params.scope, options.defaultScopes);
  if ('error' in asked) return { ...head, success: false, error: asked.error };
  return {
    ...head,
    success: true,
    token: {
      access_token: options.signer.accessToken({
        user,
        audience: asked.resource,
        scopes: asked.scopes,
        clientId: params.clientId,
      }),
      id_token: options.signer.idToken({ user, clientId: params.clientId }),
      expires_in: options.lifetimeSeconds ?? 3600,
      // What was asked, so that MSAL's cache finds the token under the same scopes next time.
      scope: params.scope,
      properties: null,
    },
    account: {
      homeAccountId,
      environment: ENTRA_ENVIRONMENT,
      tenantId: user.tenantId,
      username: user.upn,
      localAccountId: user.oid,
      name: user.name,
      loginHint: user.upn,
    },
  };
}
