// Reading the HR system's export from disk into the import's table: a bounded read, then the format by its bytes
// (an .xlsx is a zip archive, an .xls or an encrypted workbook an OLE compound file, anything else CSV text).
import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { AppError } from '../../src/domain';
import { csvTable, decodeText, type Table } from '../../src/sharepoint/import';
import { UsageError } from './args';
import { xlsxTable } from './xlsx';

/**
 * The largest file the import reads (docs/import.md): 50 MB, some 500,000 CSV rows, a hundred times a large
 * municipality's export. A larger file is refused before it is read into memory.
 */
export const maxFileBytes = 50 * 1024 * 1024;

const isZip = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b; // "PK"
// Excel 97–2003 (.xls) and password-protected .xlsx files are both OLE compound files (D0 CF 11 E0 A1 B1 1A E1).
const isCompoundFile = (bytes: Uint8Array): boolean =>
  bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;

/**
 * The file's bytes, reading at most `maxBytes` + 1 of them (a pipe or a device has no size to check first).
 * @throws UsageError when the file cannot be read; AppError `invalid` when it is larger than `maxBytes`.
 */
export async function readFileLimited(
  file: string,
  options: { readonly maxBytes: number },
): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of createReadStream(file, { end: options.maxBytes })) {
      chunks.push(chunk as Buffer);
      length += (chunk as Buffer).length;
    }
  } catch (error) {
    const reason = (error as Error).message;
    throw new UsageError(`Kan inte läsa filen ${file}: ${reason}\nCannot read the file ${file}: ${reason}`);
  }
  if (length > options.maxBytes) {
    const limit = Math.round(options.maxBytes / (1024 * 1024));
    throw new AppError('invalid', {
      message:
        `Filen ${file} är större än ${limit} MB, mer än en organisationsexport kan vara. Kontrollera att det är rätt fil.\n` +
        `The file ${file} is larger than ${limit} MB, more than an organisation export can be. Check that it is the right file.`,
    });
  }
  return Buffer.concat(chunks, length);
}

/**
 * Reads an export (.xlsx, or CSV in any name) into a table, trusting the bytes rather than the name.
 * @throws UsageError when the file cannot be read; AppError `invalid` when it is too large, an .xls, an encrypted
 * or damaged workbook, a zip that is not a workbook, or a zip bomb.
 */
export async function readImportTable(
  file: string,
  options: { readonly sheet?: string } = {},
): Promise<Table> {
  const bytes = await readFileLimited(file, { maxBytes: maxFileBytes });
  const extension = extname(file).toLowerCase();
  if (isZip(bytes)) return xlsxTable(bytes, { sheet: options.sheet });
  if (isCompoundFile(bytes) || extension === '.xls')
    throw new AppError('invalid', {
      message:
        'Filen är en Excel 97–2003-arbetsbok (.xls) eller en lösenordsskyddad arbetsbok. Spara den som .xlsx utan lösenord, eller som .csv.\n' +
        'The file is an Excel 97–2003 workbook (.xls) or a password-protected workbook. Save it as .xlsx without a password, or as .csv.',
    });
  if (extension === '.xlsx')
    throw new AppError('invalid', {
      message:
        'Filen heter .xlsx men är ingen Excel-arbetsbok (den är inget zip-arkiv). Spara exporten på nytt som .xlsx eller .csv.\n' +
        'The file is named .xlsx but is not an Excel workbook (it is not a zip archive). Save the export again as .xlsx or .csv.',
    });
  const { text, encoding } = decodeText(bytes);
  return csvTable(text, encoding);
}
