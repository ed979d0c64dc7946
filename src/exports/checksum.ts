// SHA-256 with the Web Crypto API, which the browser and Node (20 and later, as `globalThis.crypto`) both have.

/** The SHA-256 of `bytes` as 64 lower-case hexadecimal digits (what `sha256sum` prints). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
