// The workbook itself, written with ExcelJS. This module is the only one that imports the library: the tab would
// load it with `import()` (`loadWorkbook()` in ./index.ts) when someone exports, so ExcelJS never weighs on the
// start page (docs/exports.md). Node (scripts/) imports it directly, and streams the same layout row by row.
import ExcelJS from 'exceljs';
import { cellText } from './cellText';
import { sheetLayout, type CellStyle, type PlacedRow, type SheetLayout } from './layout';
import { workbookModel } from './model';
import { scenarioWorkbookModel, type ScenarioWorkbookInput } from './scenarios';
import { type CellValue, type ColumnKind, type WorkbookInput } from './types';

/** Excel's number format of each kind of column. */
export const numberFormats: Readonly<Record<Exclude<ColumnKind, 'text'>, string>> = {
  count: '0',
  fte: '0.00',
  share: '0%',
  mean: '0.0',
  instant: 'yyyy-mm-dd hh:mm:ss',
};

const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };

/** Writes one value: text guarded and encoded (`cellText`), numbers as numbers in their format. */
function write(cell: ExcelJS.Cell, value: CellValue, kind: ColumnKind): void {
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

function styleCell(cell: ExcelJS.Cell, style: CellStyle): void {
  switch (style) {
    case 'title':
      cell.font = { bold: true, size: 14 };
      break;
    case 'subtitle':
      cell.font = { bold: true, size: 12 };
      break;
    case 'label':
      cell.font = { bold: true };
      break;
    case 'header':
      cell.font = { bold: true };
      cell.fill = headerFill;
      cell.border = { bottom: { style: 'thin' } };
      break;
    case 'long':
      cell.alignment = { vertical: 'top', wrapText: true };
      break;
    case 'totals':
      cell.font = { bold: true };
      cell.border = { top: { style: 'thin' } };
      break;
    case 'body':
      break;
  }
}

/** What a worksheet (in memory or streamed) is made with: its frozen header rows. */
export function worksheetOptions(layout: SheetLayout): Partial<ExcelJS.AddWorksheetOptions> {
  return layout.frozen > 0
    ? { views: [{ state: 'frozen', xSplit: 0, ySplit: layout.frozen, topLeftCell: `A${layout.frozen + 1}` }] }
    : {};
}

/** Column widths and the auto-filter; for a streamed sheet, before its first row. */
export function prepareWorksheet(
  ws: Pick<ExcelJS.Worksheet, 'columns' | 'autoFilter'>,
  layout: SheetLayout,
): void {
  ws.columns = layout.widths.map((width) => ({ width }));
  if (layout.filter !== null) ws.autoFilter = layout.filter;
}

/** Writes a laid-out row's cells into a row of a worksheet. */
export function writeRow(row: Pick<ExcelJS.Row, 'getCell'>, placed: PlacedRow): void {
  for (const { column, value, kind, style } of placed.cells) {
    const cell = row.getCell(column);
    write(cell, value, kind);
    styleCell(cell, style);
  }
}

/** Every sheet of a period's workbook, laid out, in order. */
export function workbookLayout(input: WorkbookInput): SheetLayout[] {
  return workbookModel(input).map(sheetLayout);
}

/** Who made the workbook and when, in its properties. */
export function workbookProperties(input: WorkbookInput): { creator: string; created: Date } {
  return { creator: input.createdBy ?? 'Stödinventering', created: new Date(input.createdAt) };
}

/** A workbook of laid-out sheets, with who made it and when in its properties. */
function workbookOf(
  layouts: readonly SheetLayout[],
  props: { creator: string; created: Date },
): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = props.creator;
  workbook.created = props.created;
  workbook.modified = props.created;
  for (const layout of layouts) {
    const ws = workbook.addWorksheet(layout.name, worksheetOptions(layout));
    prepareWorksheet(ws, layout);
    for (const row of layout.rows) writeRow(ws.getRow(row.row), row);
  }
  return workbook;
}

/**
 * The workbook of one period: `Sammanfattning`, one sheet per sektor, `Alla rader`, `Mottagarmatris`, `Förslag`
 * (docs/exports.md). Numbers are numbers with their formats, text is never a formula, header rows are frozen and
 * each sheet's main table has an auto-filter.
 */
export function buildWorkbook(input: WorkbookInput): ExcelJS.Workbook {
  return workbookOf(workbookLayout(input), workbookProperties(input));
}

/** The workbook as the bytes of an .xlsx file, built in memory (the browser's way; see docs/exports.md). */
export async function workbookBytes(input: WorkbookInput): Promise<Uint8Array> {
  const buffer = await buildWorkbook(input).xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** The scenarios compared, as the bytes of an .xlsx file (docs/scenarios.md). */
export async function scenarioWorkbookBytes(input: ScenarioWorkbookInput): Promise<Uint8Array> {
  const layouts = scenarioWorkbookModel(input).map(sheetLayout);
  const workbook = workbookOf(layouts, {
    creator: input.createdBy ?? 'Stödinventering',
    created: new Date(input.createdAt),
  });
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
