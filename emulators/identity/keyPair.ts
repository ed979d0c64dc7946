import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/** The development identity's RSA key pair, as loaded from (or first written to) its directory. */
export interface DevKeyPair {
  /** Signs tokens; never leaves the data directory. */
  privateKey: KeyObject;
  /** Verifies tokens. */
  publicKey: KeyObject;
  /** PEM text of the public key, for the Teams host and scripts that verify or sign with the same pair. */
  publicKeyPem: string;
  /** Key id put in each token's header: the base64url SHA-256 of the public key, cut to 22 characters. */
  kid: string;
}

const PRIVATE_FILE = 'dev-identity.key.pem';
const PUBLIC_FILE = 'dev-identity.pub.pem';

/**
 * Loads the key pair kept in `dir`, generating it on first use (RSA 2048, PEM files, private key mode 0600).
 * @throws Error when the directory cannot be created or written (the caller turns it into a clear message).
 */
export function loadOrCreateKeyPair(options: { dir: string }): DevKeyPair {
  const privatePath = join(options.dir, PRIVATE_FILE);
  if (!existsSync(privatePath)) {
    mkdirSync(options.dir, { recursive: true });
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    // Written to a temporary name and renamed, so a crash never leaves half a key that would fail every restart.
    writeAtomically(join(options.dir, PUBLIC_FILE), {
      text: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      mode: 0o644,
    });
    writeAtomically(privatePath, {
      text: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      mode: 0o600,
    });
  }
  return describe(createPrivateKey(readFileSync(privatePath)));
}

/** A fresh key pair kept only in memory. */
export function generateKeyPair(): DevKeyPair {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return describe(privateKey);
}

function describe(privateKey: KeyObject): DevKeyPair {
  const publicKey = createPublicKey(privateKey);
  const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const kid = createHash('sha256').update(der).digest('base64url').slice(0, 22);
  return { privateKey, publicKey, publicKeyPem, kid };
}

function writeAtomically(path: string, { text, mode }: { text: string; mode: number }): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text, { mode });
  renameSync(temporary, path);
}
