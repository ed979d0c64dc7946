// Checks a zip archive (an .xlsx is one) from its central directory before anything unpacks it, so a zip bomb
// (a small file that unpacks to gigabytes, or holds a million entries) is refused within bounded memory. The
// format: PKWARE's APPNOTE.TXT, https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT (4.3.12–4.3.16, 4.5.3).
import { inflateRawSync } from 'node:zlib';
import { AppError } from '../../src/domain';

/** How much an archive may hold. */
export interface ZipLimits {
  /** Entries (files and folders) at most. */
  readonly maxEntries: number;
  /** Bytes all entries unpack to, at most. */
  readonly maxUnpackedBytes: number;
}

/** An entry as the central directory describes it. */
export interface ZipDirectoryEntry {
  readonly name: string;
  /** 0 stored, 8 deflated (the only two a workbook uses). */
  readonly method: number;
  readonly compressedSize: number;
  readonly unpackedSize: number;
  readonly localHeaderOffset: number;
}

const signatures = {
  end: 0x06054b50,
  zip64End: 0x06064b50,
  zip64Locator: 0x07064b50,
  central: 0x02014b50,
  local: 0x04034b50,
};
const u32Max = 0xffffffff;
const u16Max = 0xffff;

const mb = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`;

function refused(sv: string, en: string): AppError {
  return new AppError('invalid', { message: `${sv}\n${en}` });
}

function corrupt(detail: { sv: string; en: string }): AppError {
  return refused(
    `Filen är en trasig zip-fil (${detail.sv}); en Excel-arbetsbok (.xlsx) kan inte läsas ur den. Spara filen på nytt i Excel.`,
    `The file is a damaged zip file (${detail.en}); no Excel workbook (.xlsx) can be read from it. Save the file again from Excel.`,
  );
}

function tooLarge(what: { sv: string; en: string }): AppError {
  return refused(
    `Arkivet är för stort för att vara en organisationsexport: ${what.sv}. Spara exporten som CSV, eller som en ny .xlsx med bara organisationen.`,
    `The archive is too large to be an organisation export: ${what.en}. Save the export as CSV, or as a new .xlsx with the organisation only.`,
  );
}

/** Where the central directory is and how many entries it has, from the end record (ZIP64 too). */
function findDirectory(view: DataView): { offset: number; size: number; entries: number } {
  const length = view.byteLength;
  // The end record is 22 bytes plus a comment of at most 65,535; search backwards for its signature.
  let end = -1;
  for (let at = length - 22; at >= Math.max(0, length - 22 - u16Max); at--) {
    if (view.getUint32(at, true) === signatures.end && at + 22 + view.getUint16(at + 20, true) <= length) {
      end = at;
      break;
    }
  }
  if (end < 0) throw corrupt({ sv: 'slutposten saknas', en: 'its end record is missing' });
  if (view.getUint16(end + 4, true) !== 0 || view.getUint16(end + 6, true) !== 0)
    throw refused(
      'Filen är ett zip-arkiv i flera delar; en Excel-arbetsbok är alltid en enda fil.',
      'The file is a zip archive in several parts; an Excel workbook is always a single file.',
    );
  let entries = view.getUint16(end + 10, true);
  let size = view.getUint32(end + 12, true);
  let offset = view.getUint32(end + 16, true);
  if (entries === u16Max || size === u32Max || offset === u32Max) {
    const locator = end - 20;
    if (locator < 0 || view.getUint32(locator, true) !== signatures.zip64Locator)
      throw corrupt({ sv: 'ZIP64-posten saknas', en: 'its ZIP64 record is missing' });
    const record = Number(view.getBigUint64(locator + 8, true));
    if (record + 56 > length || view.getUint32(record, true) !== signatures.zip64End)
      throw corrupt({ sv: 'ZIP64-posten pekar fel', en: 'its ZIP64 record points wrong' });
    entries = Number(view.getBigUint64(record + 32, true));
    size = Number(view.getBigUint64(record + 40, true));
    offset = Number(view.getBigUint64(record + 48, true));
  }
  if (offset + size > length)
    throw corrupt({
      sv: 'innehållsförteckningen ligger utanför filen',
      en: 'its directory lies outside the file',
    });
  return { offset, size, entries };
}

/** The sizes and offset of a ZIP64 extra field, where the directory's own fields are full (4.5.3). */
function zip64Values(
  view: DataView,
  extra: { start: number; length: number },
  wanted: { unpacked: boolean; compressed: boolean; offset: boolean },
): { unpacked?: number; compressed?: number; offset?: number } {
  for (let at = extra.start; at + 4 <= extra.start + extra.length;) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      const next = (): number => {
        if (field + 8 > at + 4 + size)
          throw corrupt({ sv: 'ZIP64-fältet är kort', en: 'a ZIP64 field is short' });
        const value = Number(view.getBigUint64(field, true));
        field += 8;
        return value;
      };
      return {
        unpacked: wanted.unpacked ? next() : undefined,
        compressed: wanted.compressed ? next() : undefined,
        offset: wanted.offset ? next() : undefined,
      };
    }
    at += 4 + size;
  }
  throw corrupt({ sv: 'ZIP64-fältet saknas', en: 'a ZIP64 field is missing' });
}

/**
 * Reads the archive's central directory and refuses, with a message in Swedish and English, an archive that is
 * damaged, encrypted, compressed in a way workbooks never are, or that holds more than `limits` allow — from
 * the sizes it declares, before anything is unpacked. Then unpacks each entry once, alone and never beyond its
 * declared size, so an archive that declares small sizes but unpacks to more is refused too. Memory stays below
 * the file plus its largest entry.
 * @throws AppError `invalid`.
 */
export function checkZipArchive(bytes: Uint8Array, limits: ZipLimits): ZipDirectoryEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 22) throw corrupt({ sv: 'den är för kort', en: 'it is too short' });
  const directory = findDirectory(view);
  if (directory.entries > limits.maxEntries)
    throw tooLarge({
      sv: `${directory.entries} filer (högst ${limits.maxEntries})`,
      en: `${directory.entries} files (at most ${limits.maxEntries})`,
    });
  const entries: ZipDirectoryEntry[] = [];
  let unpacked = 0;
  let at = directory.offset;
  const end = directory.offset + directory.size;
  const utf8 = new TextDecoder('utf-8');
  const latin1 = new TextDecoder('latin1');
  for (let i = 0; i < directory.entries; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== signatures.central)
      throw corrupt({ sv: 'innehållsförteckningen är trasig', en: 'its directory is broken' });
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    let compressedSize = view.getUint32(at + 20, true);
    let unpackedSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    let localHeaderOffset = view.getUint32(at + 42, true);
    if (at + 46 + nameLength + extraLength + commentLength > end)
      throw corrupt({ sv: 'innehållsförteckningen är trasig', en: 'its directory is broken' });
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    // Bit 11: the name is UTF-8; otherwise IBM 437, whose ASCII part is all a workbook's names use.
    const name = (flags & 0x0800 ? utf8 : latin1).decode(nameBytes);
    if (unpackedSize === u32Max || compressedSize === u32Max || localHeaderOffset === u32Max) {
      const values = zip64Values(
        view,
        { start: at + 46 + nameLength, length: extraLength },
        {
          unpacked: unpackedSize === u32Max,
          compressed: compressedSize === u32Max,
          offset: localHeaderOffset === u32Max,
        },
      );
      unpackedSize = values.unpacked ?? unpackedSize;
      compressedSize = values.compressed ?? compressedSize;
      localHeaderOffset = values.offset ?? localHeaderOffset;
    }
    if (flags & 0x0001)
      throw refused(
        'Arbetsboken är krypterad (lösenordsskyddad). Spara den utan lösenord, eller som CSV.',
        'The workbook is encrypted (password-protected). Save it without a password, or as CSV.',
      );
    if (method !== 0 && method !== 8)
      throw refused(
        `Filen ${name} i arkivet är packad med metod ${method}, som ingen Excel-arbetsbok använder. Spara filen på nytt i Excel.`,
        `The file ${name} in the archive is compressed with method ${method}, which no Excel workbook uses. Save the file again from Excel.`,
      );
    unpacked += unpackedSize;
    if (unpacked > limits.maxUnpackedBytes)
      throw tooLarge({
        sv: `uppackat mer än ${mb(limits.maxUnpackedBytes)}`,
        en: `more than ${mb(limits.maxUnpackedBytes)} unpacked`,
      });
    entries.push({ name, method, compressedSize, unpackedSize, localHeaderOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  for (const entry of entries) checkUnpackedSize(bytes, view, entry);
  return entries;
}

/** Unpacks one entry, never beyond its declared size, and checks that it unpacks to exactly that. */
function checkUnpackedSize(bytes: Uint8Array, view: DataView, entry: ZipDirectoryEntry): void {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.byteLength || view.getUint32(at, true) !== signatures.local)
    throw corrupt({ sv: `${entry.name} saknas`, en: `${entry.name} is missing` });
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.byteLength)
    throw corrupt({ sv: `${entry.name} är avkortad`, en: `${entry.name} is cut short` });
  const data = bytes.subarray(start, start + entry.compressedSize);
  let size: number;
  if (entry.method === 0) size = data.byteLength;
  else {
    try {
      // One byte more than declared is enough to know it lies; zlib stops there.
      size = inflateRawSync(data, { maxOutputLength: entry.unpackedSize + 1 }).byteLength;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') size = entry.unpackedSize + 1;
      else
        throw corrupt({ sv: `${entry.name} går inte att packa upp`, en: `${entry.name} cannot be unpacked` });
    }
  }
  if (size > entry.unpackedSize)
    throw refused(
      `Filen ${entry.name} i arkivet packas upp till mer än de ${entry.unpackedSize} byte arkivet anger (en så kallad zip-bomb). Filen läses inte.`,
      `The file ${entry.name} in the archive unpacks to more than the ${entry.unpackedSize} bytes the archive declares (a so-called zip bomb). The file is not read.`,
    );
  if (size < entry.unpackedSize)
    throw corrupt({ sv: `${entry.name} är avkortad`, en: `${entry.name} is cut short` });
}
