// The parts of an .xlsx (a zip) as text, to look at the XML Excel will read: entries found through the central
// directory (scripts/lib/zipArchive.ts), each unpacked from its local header (APPNOTE.TXT 4.3.7).
import { inflateRawSync } from 'node:zlib';
import { checkZipArchive } from '../../../scripts/lib/zipArchive';

/** Every part of the archive by name, unpacked to UTF-8 text. */
export function xlsxParts(bytes: Uint8Array): Map<string, string> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts = new Map<string, string>();
  for (const entry of checkZipArchive(bytes, { maxEntries: 1_000, maxUnpackedBytes: 100 * 1024 * 1024 })) {
    if (entry.name.endsWith('/')) continue;
    const at = entry.localHeaderOffset;
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const data = bytes.subarray(start, start + entry.compressedSize);
    parts.set(entry.name, (entry.method === 8 ? inflateRawSync(data) : Buffer.from(data)).toString('utf8'));
  }
  return parts;
}
