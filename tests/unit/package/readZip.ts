// Reads the files of a zip archive for the tests: the directory from scripts/lib/zipArchive.ts (which also
// checks every entry unpacks to its declared size), the data from each entry's local header (APPNOTE 4.3.7).
import { inflateRawSync } from 'node:zlib';
import { checkZipArchive } from '../../../scripts/lib/zipArchive';

/** The archive's files by name, in the directory's order. */
export function readZip(bytes: Uint8Array): Map<string, Buffer> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const files = new Map<string, Buffer>();
  for (const entry of checkZipArchive(bytes, { maxEntries: 100, maxUnpackedBytes: 10 * 1024 * 1024 })) {
    const at = entry.localHeaderOffset;
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const data = Buffer.from(bytes.subarray(start, start + entry.compressedSize));
    files.set(entry.name, entry.method === 8 ? inflateRawSync(data) : data);
  }
  return files;
}
