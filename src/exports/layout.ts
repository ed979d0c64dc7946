import { type CellValue, type ColumnKind, type SheetModel } from './types';

// Where each value of a sheet goes, how wide each column is, which rows are frozen and where the auto-filter is:
// everything about a sheet but the spreadsheet library, so that the same layout can be written into a workbook in
// memory (the tab, the tests) or streamed row by row (the scripts, at a region's size).

/** How a cell looks. */
export type CellStyle = 'title' | 'subtitle' | 'label' | 'header' | 'body' | 'long' | 'totals';

/** A value at its column. */
export interface PlacedCell {
  readonly column: number;
  readonly value: CellValue;
  readonly kind: ColumnKind;
  readonly style: CellStyle;
}

/** A row's cells. */
export interface PlacedRow {
  readonly row: number;
  readonly cells: readonly PlacedCell[];
}

/** A range, 1-based. */
export interface CellRange {
  readonly from: { readonly row: number; readonly column: number };
  readonly to: { readonly row: number; readonly column: number };
}

/** A sheet laid out: rows in order, column widths (index 0 is column A), frozen rows, the auto-filter. */
export interface SheetLayout {
  readonly name: string;
  readonly rows: readonly PlacedRow[];
  readonly widths: readonly number[];
  /** Rows frozen at the top (through the first table's header). */
  readonly frozen: number;
  readonly filter: CellRange | null;
}

const widths = { min: 6, max: 50, long: 60 };

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

/** Lays a sheet out: title, label–value lines, a blank row, then each table (title, header, rows, totals). */
export function sheetLayout(sheet: SheetModel): SheetLayout {
  const rows: PlacedRow[] = [];
  const lengths: number[] = [];
  const longColumns = new Set<number>();
  const place = (row: number, cells: PlacedCell[]): void => {
    const kept = cells.filter((c) => c.value !== null && c.value !== '');
    for (const cell of kept) {
      // Titles run across the empty cells beside them; they do not widen their column.
      if (cell.style === 'title' || cell.style === 'subtitle') continue;
      lengths[cell.column - 1] = Math.max(lengths[cell.column - 1] ?? 0, shownLength(cell.value, cell.kind));
    }
    if (kept.length > 0) rows.push({ row, cells: kept });
  };
  let row = 1;
  if (sheet.title !== undefined) {
    place(row, [{ column: 1, value: sheet.title, kind: 'text', style: 'title' }]);
    row += 1;
  }
  for (const line of sheet.preamble ?? []) {
    place(row, [
      { column: 1, value: line.label, kind: 'text', style: 'label' },
      { column: 2, value: line.value, kind: line.kind, style: 'body' },
    ]);
    row += 1;
  }
  if (row > 1) row += 1;
  let frozen = 0;
  let filter: CellRange | null = null;
  sheet.blocks.forEach((block, b) => {
    if (b > 0) row += 1;
    if (block.title !== undefined) {
      place(row, [{ column: 1, value: block.title, kind: 'text', style: 'subtitle' }]);
      row += 1;
    }
    const header = row;
    place(
      header,
      block.columns.map((column, c) => ({
        column: c + 1,
        value: column.header,
        kind: 'text',
        style: 'header',
      })),
    );
    block.columns.forEach((column, c) => {
      if (column.long === true) longColumns.add(c + 1);
    });
    if (frozen === 0) frozen = header;
    for (const values of block.rows) {
      row += 1;
      place(
        row,
        values.map((value, c) => {
          const column = block.columns[c];
          return {
            column: c + 1,
            value,
            kind: column?.kind ?? 'text',
            style: column?.long === true ? 'long' : 'body',
          };
        }),
      );
    }
    if (block.filter === true && filter === null)
      filter = { from: { row: header, column: 1 }, to: { row, column: block.columns.length } };
    if (block.totals !== undefined) {
      // One blank row apart, so that the totals stay outside the filter and its sorting.
      row += 2;
      place(
        row,
        block.totals.map((value, c) => ({
          column: c + 1,
          value,
          kind: block.columns[c]?.kind ?? 'text',
          style: 'totals',
        })),
      );
    }
    row += 1;
  });
  return {
    name: sheet.name,
    rows,
    widths: Array.from(lengths, (length, i) =>
      Math.min(longColumns.has(i + 1) ? widths.long : widths.max, Math.max(widths.min, (length ?? 0) + 2)),
    ),
    frozen,
    filter,
  };
}
