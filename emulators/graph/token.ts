// Who calls Graph: the bearer token, verified with the development identity's key (the one the SharePoint
// emulator and the Teams host share), read as Graph reads an Entra ID access token.
// https://learn.microsoft.com/graph/resolve-auth-errors
import { decodeJwtClaims, displayNameFor, JwtError, type DevIdentity } from '../identity';
import type { GraphError } from './errors/GraphError';
import { GraphErrors } from './errors/graphErrors';

/** The audiences a Graph token carries: Graph's URL or its resource app id. */
export const GRAPH_AUDIENCES: readonly string[] = [
  'https://graph.microsoft.com',
  '00000003-0000-0000-c000-000000000000',
];

/** A caller with a delegated token: a user, through an app. */
export interface DelegatedCaller {
  readonly kind: 'delegated';
  readonly upn: string;
  readonly oid: string;
  readonly name: string;
  readonly scopes: readonly string[];
  /** `scp` as the token has it, for the 403 text. */
  readonly scopeText: string;
  /** The client app (`appid`, or `azp` in a v2 token), if the token names it. */
  readonly appId: string | undefined;
}

/** A caller with an app-only token (`roles`, no `scp`). */
export interface ApplicationCaller {
  readonly kind: 'application';
  readonly appId: string | undefined;
  readonly roles: readonly string[];
}

export type GraphCaller = DelegatedCaller | ApplicationCaller;

/** The caller an `Authorization` header names, or the 401 Graph would answer. */
export function graphCaller(
  authorization: string | undefined,
  options: { identity: DevIdentity; nowSeconds: number },
): GraphCaller | GraphError {
  const token = /^Bearer\s+(\S*)\s*$/i.exec(authorization ?? '')?.[1] ?? '';
  if (token === '') return GraphErrors.emptyToken();
  try {
    const claims = options.identity.verify(token, { audiences: GRAPH_AUDIENCES, now: options.nowSeconds });
    return {
      kind: 'delegated',
      upn: claims.upn.toLowerCase(),
      oid: claims.oid,
      name: typeof claims.name === 'string' && claims.name !== '' ? claims.name : displayNameFor(claims.upn),
      scopes: (claims.scp ?? '').split(' ').filter((scope) => scope !== ''),
      scopeText: claims.scp ?? '',
      appId: clientOf(claims),
    };
  } catch (error) {
    if (!(error instanceof JwtError)) throw error;
    switch (error.reason) {
      case 'malformed':
        return GraphErrors.unparsableToken();
      case 'expired':
      case 'notYetValid':
        return GraphErrors.expiredToken();
      case 'claims':
        return applicationCaller(token) ?? GraphErrors.invalidToken();
      default:
        return GraphErrors.invalidToken();
    }
  }
}

/**
 * An app-only token, told apart from a broken one: `verify` checks signature, lifetime and audience before it
 * asks for `upn`, so a token refused for `claims` that has both lifetime claims was refused only for lacking a
 * user. An app-only token carries `roles` and no `scp`.
 */
function applicationCaller(token: string): ApplicationCaller | undefined {
  const claims = decodeJwtClaims(token);
  const verifiedUpTo = typeof claims.exp === 'number' && typeof claims.nbf === 'number';
  if (!verifiedUpTo || claims.upn !== undefined || claims.scp !== undefined || !Array.isArray(claims.roles)) {
    return undefined;
  }
  return {
    kind: 'application',
    appId: clientOf(claims),
    roles: claims.roles.filter((role): role is string => typeof role === 'string'),
  };
}

function clientOf(claims: Record<string, unknown>): string | undefined {
  const client = claims.appid ?? claims.azp;
  return typeof client === 'string' ? client : undefined;
}
