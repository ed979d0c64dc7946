// Reading an Excel workbook (.xlsx) into the import's table of text cells. exceljs's Node build reads the zip
// with Node streams, so this adapter lives in scripts/; src/sharepoint/import parses the table it returns.
import ExcelJS from 'exceljs';
import { type Table, type TableRow } from '../../src/sharepoint/import';

/** A cell's value as the text a person sees (numbers with a decimal point, which the import reads too). */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number')
    return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(10)));
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
 * The first worksheet (or the one named `sheet`) of an .xlsx file as a table; each row keeps its row number.
 * @throws Error when the bytes are not a workbook or the sheet does not exist (message in Swedish and English).
 */
export async function xlsxTable(bytes: Uint8Array, options: { sheet?: string } = {}): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new Error(
      `Filen är ingen Excel-arbetsbok (.xlsx): ${(error as Error).message}\nThe file is not an Excel workbook (.xlsx): ${(error as Error).message}`,
      { cause: error },
    );
  }
  const worksheet =
    options.sheet === undefined ? workbook.worksheets[0] : workbook.getWorksheet(options.sheet);
  if (worksheet === undefined) {
    const names = workbook.worksheets.map((w) => w.name).join(', ');
    throw new Error(
      `Bladet ${options.sheet ?? ''} finns inte (finns: ${names}).\nThe sheet ${options.sheet ?? ''} does not exist (there are: ${names}).`,
    );
  }
  const rows: TableRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column++) cells.push(cellText(row.getCell(column).value));
    if (cells.some((c) => c !== '')) rows.push({ line: rowNumber, cells });
  });
  return { rows, source: `Excel (${worksheet.name})` };
}
