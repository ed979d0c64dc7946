/** The character encodings an HR export comes in. */
export type TextEncoding = 'utf-8' | 'utf-8 BOM' | 'utf-16le BOM' | 'windows-1252';

/**
 * Decodes a text file as Swedish HR systems and Excel write it: UTF-8 with or without a byte order mark, UTF-16LE
 * with one (Excel's "Unicode text"), else Windows-1252 (Excel's "CSV (semikolonavgränsad)" on Swedish Windows).
 * Bytes that are not valid UTF-8 mean Windows-1252: a Swedish file in 1252 practically never passes as UTF-8
 * (å, ä and ö are single bytes ≥ 0x80 that UTF-8 rejects).
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8 BOM' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le BOM' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
