// Reading an Excel workbook (.xlsx) into the import's table of text cells. exceljs's Node build reads the zip
// with Node streams, so this adapter lives in scripts/; src/sharepoint/import parses the table it returns.
import ExcelJS from 'exceljs';
import { AppError } from '../../src/domain';
import { type Table, type TableRow } from '../../src/sharepoint/import';
import { checkZipArchive, type ZipLimits } from './zipArchive';

/**
 * A cell's value as text for the import. A number gets a decimal comma: the import reads text as Swedish, where
 * `27.125` could be thousands and is refused, while a number cell holds no such doubt.
 */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number')
    return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(10))).replace('.', ',');
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value)
    return value.richText
      .map((part) => part.text)
      .join('')
      .trim();
  // An e-mail column often holds mailto: links; the text is the address.
  if ('hyperlink' in value) return cellText((value as { text?: ExcelJS.CellValue }).text ?? value.hyperlink);
  if ('formula' in value || 'sharedFormula' in value)
    return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ('error' in value) return String(value.error);
  return '';
}

/**
 * How much an .xlsx may unpack to (docs/import.md). exceljs holds the whole workbook in memory, about 16 times
 * its unpacked size: 50 MB unpacked is some 100,000 rows and under 1 GB of memory, far beyond a municipality's
 * few thousand units; a larger archive is refused before it is unpacked.
 */
export const xlsxLimits: ZipLimits = { maxEntries: 1_000, maxUnpackedBytes: 50 * 1024 * 1024 };

// exceljs reads these parts by these names; an archive without them is some other zip (a .docx, an .ods, …).
const workbookPart = 'xl/workbook.xml';
const worksheetParts = /^xl\/worksheets\/[^/]+\.xml$/;

/**
 * The first worksheet (or the one named `sheet`) of an .xlsx file as a table; each row keeps its row number.
 * The archive is checked before exceljs unpacks it (`checkZipArchive` with `xlsxLimits`): a zip bomb, a damaged
 * archive or a zip that is not a workbook is refused with a message, within bounded memory.
 * @throws AppError `invalid` when the bytes are not a workbook, are too large, or the sheet does not exist
 * (message in Swedish and English).
 */
export async function xlsxTable(bytes: Uint8Array, options: { sheet?: string } = {}): Promise<Table> {
  const entries = checkZipArchive(bytes, xlsxLimits);
  const names = entries.map((e) => e.name);
  if (!names.includes(workbookPart) || !names.some((n) => worksheetParts.test(n))) {
    throw new AppError('invalid', {
      message:
        `Filen är ett zip-arkiv men ingen Excel-arbetsbok (.xlsx): den saknar ${workbookPart}. Spara exporten som .xlsx eller .csv.\n` +
        `The file is a zip archive but not an Excel workbook (.xlsx): it has no ${workbookPart}. Save the export as .xlsx or .csv.`,
    });
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new AppError('invalid', {
      message: `Filen är ingen läsbar Excel-arbetsbok (.xlsx): ${(error as Error).message}\nThe file is not a readable Excel workbook (.xlsx): ${(error as Error).message}`,
      cause: error,
    });
  }
  const sheets = workbook.worksheets.map((w) => w.name);
  if (sheets.length === 0) {
    throw new AppError('invalid', {
      message: 'Arbetsboken har inga blad.\nThe workbook has no sheets.',
    });
  }
  const worksheet =
    options.sheet === undefined ? workbook.worksheets[0] : workbook.getWorksheet(options.sheet);
  if (worksheet === undefined) {
    throw new AppError('invalid', {
      message: `Bladet ${options.sheet ?? ''} finns inte (finns: ${sheets.join(', ')}).\nThe sheet ${options.sheet ?? ''} does not exist (there are: ${sheets.join(', ')}).`,
    });
  }
  const rows: TableRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column++) cells.push(cellText(row.getCell(column).value));
    if (cells.some((c) => c !== '')) rows.push({ line: rowNumber, cells });
  });
  return { rows, source: `Excel (${worksheet.name})` };
}
