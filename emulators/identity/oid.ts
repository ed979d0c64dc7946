import { createHash } from 'node:crypto';

// A fixed namespace so that the same UPN gets the same object id on every machine and every run, the way a
// user keeps one Entra ID object id for life.
const OID_NAMESPACE = '5c7d3c0e-9a1f-4f6e-b0a4-2f3d6a1e8b90';

/** Name-based UUID (RFC 4122 version 5) of a UPN: the dev identity's stand-in for an Entra ID object id. */
export function oidFromUpn(upn: string): string {
  return uuidV5(upn.trim().toLowerCase(), OID_NAMESPACE);
}

/** A version 5 UUID of `name` in `namespace`. */
export function uuidV5(name: string, namespace: string): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
