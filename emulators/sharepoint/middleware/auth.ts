import { JwtError, SHAREPOINT_RESOURCE_APP_ID, type DevIdentity } from '../../identity';
import { SpErrorFactory } from '../errors/SpErrorFactory';
import type { SpError } from '../errors/SpError';

/** Who a request comes from, as the token says. */
export interface Caller {
  upn: string;
  name: string;
}

/**
 * Checks `Authorization: Bearer <jwt>` against the dev identity: RS256 signature, `exp`/`nbf`, and an `aud`
 * of the emulator's origin or SharePoint's resource app id.
 * @returns the caller, or the 401 SharePoint answers (with its `WWW-Authenticate` challenge).
 */
export function authenticate(
  authorization: string | undefined,
  options: { identity: DevIdentity; origins: readonly string[]; realm: string },
): Caller | SpError {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  // No token, or an empty `Bearer`: the plain challenge clients use to discover the realm (MS-OAUTH2EX 3.2.5.4).
  if (!match) return SpErrorFactory.unauthorized({ realm: options.realm });
  try {
    const claims = options.identity.verify(match[1]!, {
      audiences: [...options.origins, SHAREPOINT_RESOURCE_APP_ID],
    });
    return {
      upn: claims.upn.toLowerCase(),
      name: typeof claims.name === 'string' ? claims.name : claims.upn,
    };
  } catch (error) {
    if (error instanceof JwtError)
      return SpErrorFactory.invalidToken({ realm: options.realm, description: error.message });
    throw error;
  }
}
