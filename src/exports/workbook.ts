// The workbook itself, written with ExcelJS. This module is the only one that imports the library: the tab would
// load it with `import('…/exports/workbook')` when someone exports, so ExcelJS never weighs on the start page
// (docs/exports.md). Node (scripts/) imports it directly.
import ExcelJS from 'exceljs';
import { cellText } from './cellText';
import { workbookModel } from './model';
import { type CellValue, type ColumnKind, type SheetModel, type WorkbookInput } from './types';

/** Excel's number format of each kind of column. */
export const numberFormats: Readonly<Record<Exclude<ColumnKind, 'text'>, string>> = {
  count: '0',
  fte: '0.00',
  share: '0%',
  mean: '0.0',
  instant: 'yyyy-mm-dd hh:mm:ss',
};

const widths = { min: 6, max: 50, long: 60 };
const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };

/** How many characters a value takes when shown, for the column's width. */
function shownLength(value: CellValue, kind: ColumnKind): number {
  if (value === null) return 0;
  if (value instanceof Date) return 19;
  if (typeof value === 'object') return value.value === null ? 0 : shownLength(value.value, value.kind);
  if (typeof value === 'string') return Math.max(...value.split('\n').map((line) => line.length));
  switch (kind) {
    case 'fte':
      return value.toFixed(2).length;
    case 'mean':
      return value.toFixed(1).length;
    case 'share':
      return `${Math.round(value * 100)}%`.length;
    default:
      return String(Math.round(value)).length;
  }
}

/** Writes one value: text guarded and encoded (`cellText`), numbers as numbers in their format. */
function write(cell: ExcelJS.Cell, value: CellValue, kind: ColumnKind): void {
  // Nothing, or empty text, is an empty cell.
  if (value === null || value === '') return;
  if (typeof value === 'string') {
    cell.value = cellText(value);
    return;
  }
  if (value instanceof Date) {
    cell.value = value;
    cell.numFmt = numberFormats.instant;
    return;
  }
  const [number, format] = typeof value === 'number' ? [value, kind] : [value.value, value.kind];
  // A value that is no number (a damaged line's NaN) is left empty; its row says why it does not count.
  if (number === null || !Number.isFinite(number)) return;
  cell.value = number;
  if (format !== 'text') cell.numFmt = numberFormats[format];
}

function renderSheet(workbook: ExcelJS.Workbook, sheet: SheetModel): void {
  const ws = workbook.addWorksheet(sheet.name);
  const columnWidths: number[] = [];
  const longColumns = new Set<number>();
  const measure = (column: number, length: number): void => {
    columnWidths[column] = Math.max(columnWidths[column] ?? 0, length);
  };
  let row = 1;
  if (sheet.title !== undefined) {
    const cell = ws.getCell(row, 1);
    cell.value = cellText(sheet.title);
    cell.font = { bold: true, size: 14 };
    row += 1;
  }
  for (const line of sheet.preamble ?? []) {
    const label = ws.getCell(row, 1);
    label.value = cellText(line.label);
    label.font = { bold: true };
    measure(1, line.label.length);
    write(ws.getCell(row, 2), line.value, line.kind);
    measure(2, shownLength(line.value, line.kind));
    row += 1;
  }
  if (row > 1) row += 1;
  let frozen = 0;
  let filtered = false;
  sheet.blocks.forEach((block, b) => {
    if (b > 0) row += 1;
    if (block.title !== undefined) {
      const cell = ws.getCell(row, 1);
      cell.value = cellText(block.title);
      cell.font = { bold: true, size: 12 };
      row += 1;
    }
    const header = row;
    block.columns.forEach((column, c) => {
      const cell = ws.getCell(header, c + 1);
      cell.value = cellText(column.header);
      cell.font = { bold: true };
      cell.fill = headerFill;
      cell.border = { bottom: { style: 'thin' } };
      cell.alignment = { vertical: 'top', wrapText: false };
      measure(c + 1, column.header.length);
      if (column.long === true) longColumns.add(c + 1);
    });
    if (frozen === 0) frozen = header;
    for (const values of block.rows) {
      row += 1;
      values.forEach((value, c) => {
        const column = block.columns[c];
        const kind = column?.kind ?? 'text';
        const cell = ws.getCell(row, c + 1);
        write(cell, value, kind);
        if (column?.long === true) cell.alignment = { vertical: 'top', wrapText: true };
        measure(c + 1, shownLength(value, kind));
      });
    }
    if (block.filter === true && !filtered) {
      ws.autoFilter = { from: { row: header, column: 1 }, to: { row, column: block.columns.length } };
      filtered = true;
    }
    if (block.totals !== undefined) {
      // One blank row apart, so that the totals stay outside the filter and its sorting.
      row += 2;
      block.totals.forEach((value, c) => {
        const cell = ws.getCell(row, c + 1);
        write(cell, value, block.columns[c]?.kind ?? 'text');
        cell.font = { bold: true };
        cell.border = { top: { style: 'thin' } };
        measure(c + 1, shownLength(value, block.columns[c]?.kind ?? 'text'));
      });
    }
    row += 1;
  });
  if (frozen > 0) ws.views = [{ state: 'frozen', xSplit: 0, ySplit: frozen, topLeftCell: `A${frozen + 1}` }];
  columnWidths.forEach((length, c) => {
    const max = longColumns.has(c) ? widths.long : widths.max;
    ws.getColumn(c).width = Math.min(max, Math.max(widths.min, length + 2));
  });
}

/**
 * The workbook of one period: `Sammanfattning`, one sheet per sektor, `Alla rader`, `Mottagarmatris`, `Förslag`
 * (docs/exports.md). Numbers are numbers with their formats, text is never a formula, header rows are frozen and
 * each sheet's main table has an auto-filter.
 */
export function buildWorkbook(input: WorkbookInput): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = input.createdBy ?? 'Stödinventering';
  workbook.created = new Date(input.createdAt);
  workbook.modified = new Date(input.createdAt);
  for (const sheet of workbookModel(input)) renderSheet(workbook, sheet);
  return workbook;
}

/** The workbook as the bytes of an .xlsx file. */
export async function workbookBytes(input: WorkbookInput): Promise<Uint8Array> {
  const buffer = await buildWorkbook(input).xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
