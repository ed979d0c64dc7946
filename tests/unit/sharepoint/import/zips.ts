// Zip archives built byte by byte, for what no spreadsheet program writes: archives that lie about their sizes,
// hold thousands of entries or unpack to hundreds of megabytes (zip bombs), or are not workbooks at all.
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

/** Data already deflated: its compressed bytes, and the size and CRC-32 of what they unpack to. */
export interface Packed {
  readonly body: Buffer;
  readonly size: number;
  readonly crc: number;
}

/** One entry of an archive to build. */
export interface ZipEntry {
  readonly name: string;
  /** The bytes (deflated unless `stored`), or data deflated already (`packedZeros`). */
  readonly data: Uint8Array | Packed;
  /** The uncompressed size written in the headers. @default the real size */
  readonly declaredSize?: number;
  /** Store without compression. @default false */
  readonly stored?: boolean;
  /** Mark the entry encrypted (flag bit 0), as a password-protected archive does. @default false */
  readonly encrypted?: boolean;
}

const MiB = 1024 * 1024;

/** `size` zero bytes deflated a mebibyte at a time (about 1,000 to 1), without ever holding them all. */
export function packedZeros(size: number): Promise<Packed> {
  return new Promise((resolve, reject) => {
    const deflate = createDeflateRaw({ level: 9 });
    const parts: Buffer[] = [];
    deflate.on('data', (part: Buffer) => parts.push(part));
    deflate.on('error', reject);
    deflate.on('end', () => resolve({ body: Buffer.concat(parts), size, crc }));
    const chunk = Buffer.alloc(MiB);
    let crc = 0;
    let left = size;
    const feed = (): void => {
      while (left > 0) {
        const piece = chunk.subarray(0, Math.min(MiB, left));
        crc = crc32(piece, crc);
        left -= piece.length;
        if (!deflate.write(piece)) {
          deflate.once('drain', feed);
          return;
        }
      }
      deflate.end();
    };
    feed();
  });
}

function packed(entry: ZipEntry): Packed {
  if ('body' in entry.data) return entry.data;
  const bytes = Buffer.from(entry.data);
  return { body: entry.stored ? bytes : deflateRawSync(bytes), size: bytes.length, crc: crc32(bytes) };
}

/** A zip archive (no ZIP64) of the entries, in order. */
export function zipOf(entries: readonly ZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const { body, size, crc } = packed(entry);
    const declared = entry.declaredSize ?? size;
    const method = entry.stored ? 0 : 8;
    const flags = 0x0800 | (entry.encrypted ? 0x0001 : 0); // names in UTF-8
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(flags, 8);
    header.writeUInt16LE(method, 10);
    header.writeUInt32LE(crc >>> 0, 16);
    header.writeUInt32LE(body.length, 20);
    header.writeUInt32LE(declared, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    central.push(header, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** The entries of a workbook in the smallest form exceljs reads, with `sheet` as its one worksheet's XML. */
export function workbookEntries(sheet: string): ZipEntry[] {
  const text = (name: string, xml: string): ZipEntry => ({ name, data: new TextEncoder().encode(xml) });
  return [
    text(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '</Types>',
    ),
    text(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
        '</Relationships>',
    ),
    text(
      'xl/workbook.xml',
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
        '<sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    text(
      'xl/_rels/workbook.xml.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
        '</Relationships>',
    ),
    text('xl/worksheets/sheet1.xml', sheet),
  ];
}
