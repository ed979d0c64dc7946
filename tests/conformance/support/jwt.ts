// Tampered and re-signed tokens for the authentication tests.
import { createPrivateKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

type JsonObject = Record<string, unknown>;

function base64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url');
}

/** Splits a compact JWS into its decoded header and payload. @throws on a malformed token. */
export function decodeJwt(token: string): { header: JsonObject; payload: JsonObject } {
  const [header, payload] = token.split('.');
  if (!header || !payload) throw new Error('Not a compact JWT');
  return {
    header: JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as JsonObject,
    payload: JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as JsonObject,
  };
}

/** Builds an RS256 token from a header and payload, signed with `key`. */
export function signJwt(options: { header: JsonObject; payload: JsonObject; key: KeyObject }): string {
  const input = `${base64url(JSON.stringify(options.header))}.${base64url(JSON.stringify(options.payload))}`;
  const signature = sign('RSA-SHA256', Buffer.from(input), options.key);
  return `${input}.${base64url(signature)}`;
}

/** The same header and claims as `token`, signed by a key nobody trusts. */
export function withForeignSignature(token: string): string {
  const { header, payload } = decodeJwt(token);
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return signJwt({ header, payload, key: privateKey });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * The emulator's private signing key, read from `<dataDir>/identity/` — the key the issue says local scripts and
 * the Teams host sign with. Accepts PEM (PKCS#8 or PKCS#1) or a private JWK.
 * @throws when no private key is found there.
 */
export function emulatorSigningKey(dataDir: string): KeyObject {
  for (const file of filesUnder(join(dataDir, 'identity'))) {
    const text = readFileSync(file, 'utf8');
    if (/-----BEGIN (RSA )?PRIVATE KEY-----/.test(text)) return createPrivateKey(text);
    try {
      const jwk = JSON.parse(text) as JsonObject;
      if (jwk.kty === 'RSA' && typeof jwk.d === 'string')
        return createPrivateKey({ key: jwk, format: 'jwk' });
    } catch {
      // not JSON; keep looking
    }
  }
  throw new Error(`No private key under ${join(dataDir, 'identity')}`);
}

/** `token` with some claims replaced, re-signed with the emulator's own key so only those claims are wrong. */
export function withClaims(token: string, options: { claims: JsonObject; key: KeyObject }): string {
  const { header, payload } = decodeJwt(token);
  return signJwt({ header, payload: { ...payload, ...options.claims }, key: options.key });
}
