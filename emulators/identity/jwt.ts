import { createSign, createVerify, type KeyObject } from 'node:crypto';

/** Claims the dev identity puts in (and expects from) an access token, named as Entra ID names them. */
export interface AccessTokenClaims {
  /** Audience: the SharePoint origin or SharePoint's resource app id. */
  aud: string;
  iss: string;
  iat: number;
  nbf: number;
  exp: number;
  /** User principal name, e.g. `anna.berg@kommun.example`. */
  upn: string;
  /** Object id: a UUID derived from the UPN. */
  oid: string;
  /** Display name. */
  name: string;
  /** Tenant id. */
  tid: string;
  /** Delegated scopes, space separated. */
  scp: string;
  [claim: string]: unknown;
}

/** Why a token was refused. */
export type JwtFailure =
  'malformed' | 'algorithm' | 'signature' | 'expired' | 'notYetValid' | 'audience' | 'claims';

/** A token that failed verification; `reason` says which check failed. */
export class JwtError extends Error {
  constructor(
    readonly reason: JwtFailure,
    message: string,
  ) {
    super(message);
    this.name = 'JwtError';
  }
}

/** Signs `claims` as a compact RS256 JWS. */
export function signJwt(
  claims: Record<string, unknown>,
  options: { privateKey: KeyObject; kid: string },
): string {
  const header = { typ: 'JWT', alg: 'RS256', kid: options.kid };
  const signingInput = `${encodeJson(header)}.${encodeJson(claims)}`;
  const signature = createSign('RSA-SHA256').update(signingInput).sign(options.privateKey);
  return `${signingInput}.${signature.toString('base64url')}`;
}

/** What `verifyJwt` checks besides the signature. */
export interface VerifyOptions {
  publicKey: KeyObject;
  /** Accepted `aud` values. */
  audiences: readonly string[];
  /** Seconds since the epoch. @default now */
  now?: number;
  /** Tolerated clock difference in seconds, as Entra ID relying parties allow. @default 300 */
  clockSkewSeconds?: number;
}

/**
 * Verifies an RS256 token's signature, `exp`, `nbf`, `aud` and required claims and returns its claims.
 * @throws JwtError naming the failed check.
 */
export function verifyJwt(token: string, options: VerifyOptions): AccessTokenClaims {
  const { now, clockSkewSeconds } = { now: Math.floor(Date.now() / 1000), clockSkewSeconds: 300, ...options };
  const parts = token.split('.');
  if (parts.length !== 3) throw new JwtError('malformed', 'Invalid JWT token. Could not parse the token.');
  const [encodedHeader, encodedPayload, encodedSignature] = parts as [string, string, string];
  const header = decodeJson(encodedHeader);
  if (header.alg !== 'RS256') {
    throw new JwtError('algorithm', `Invalid JWT token. Unsupported algorithm '${String(header.alg)}'.`);
  }
  const valid = createVerify('RSA-SHA256')
    .update(`${encodedHeader}.${encodedPayload}`)
    .verify(options.publicKey, Buffer.from(encodedSignature, 'base64url'));
  if (!valid) throw new JwtError('signature', 'Invalid issuer or signature.');
  const claims = decodeJson(encodedPayload);
  for (const name of ['exp', 'nbf'] as const) {
    if (typeof claims[name] !== 'number')
      throw new JwtError('claims', `Invalid JWT token. Missing '${name}'.`);
  }
  if ((claims.exp as number) + clockSkewSeconds <= now) {
    throw new JwtError('expired', 'Invalid JWT token. The token is expired.');
  }
  if ((claims.nbf as number) - clockSkewSeconds > now) {
    throw new JwtError('notYetValid', 'Invalid JWT token. The token is not yet valid.');
  }
  if (typeof claims.aud !== 'string' || !options.audiences.includes(claims.aud)) {
    // SharePoint Online's words for a token meant for another resource.
    throw new JwtError(
      'audience',
      "Exception of type 'Microsoft.IdentityModel.Tokens.AudienceUriValidationFailedException' was thrown.",
    );
  }
  if (typeof claims.upn !== 'string' || claims.upn.length === 0) {
    throw new JwtError('claims', "Invalid JWT token. Missing 'upn'.");
  }
  return claims as AccessTokenClaims;
}

/** Decodes a token's claims without verifying it (for logs and tests). */
export function decodeJwtClaims(token: string): Record<string, unknown> {
  const payload = token.split('.')[1];
  if (payload === undefined) throw new JwtError('malformed', 'Invalid JWT token. Could not parse the token.');
  return decodeJson(payload);
}

function encodeJson(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

function decodeJson(part: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    if (value !== null && typeof value === 'object' && !Array.isArray(value))
      return value as Record<string, unknown>;
  } catch {
    // falls through to the malformed error below
  }
  throw new JwtError('malformed', 'Invalid JWT token. Could not parse the token.');
}
