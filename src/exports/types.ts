import {
  type Inventory,
  type MunicipalityAggregate,
  type MunicipalityConfig,
  type Period,
  type Unit,
} from '../domain';

/** What a workbook is made from: the dashboard's data of one period, its aggregate, and who made it when. */
export interface WorkbookInput {
  /** The organisation (the whole kommun). */
  readonly units: readonly Unit[];
  /** The period's inventories, with lines and decisions. */
  readonly inventories: readonly Inventory[];
  /** The municipality's configuration. */
  readonly config: MunicipalityConfig;
  /** The period. */
  readonly period: Period;
  /** `aggregate({ units, inventories, config, periodId: period.id })`. */
  readonly aggregate: MunicipalityAggregate;
  /** When the workbook was made (ISO instant). */
  readonly createdAt: string;
  /** Who made it (UPN), if known. */
  readonly createdBy: string | null;
}

/** A number shown in a format other than its column's (the summary's one column of values). */
export interface TypedNumber {
  readonly value: number | null;
  readonly kind: ColumnKind;
}

/** A cell's value: text, a number (in its column's format, or its own), an instant, or nothing. */
export type CellValue = string | number | TypedNumber | Date | null;

/**
 * How a column's numbers are shown: `count` whole (`0`), `fte` FTE and hours (`0.00`), `share` a share of 1 as a
 * percentage (`0%`), `mean` a mean of 1–5 scores or hours (`0.0`), `instant` a date and time; `text` is text.
 */
export type ColumnKind = 'text' | 'count' | 'fte' | 'share' | 'mean' | 'instant';

/** A column of a table. */
export interface Column {
  /** The header: Swedish, or the code's own name where the column holds a code (`UnitCode`, `FunctionId`). */
  readonly header: string;
  readonly kind: ColumnKind;
  /** Long free text: wrapped, and the column's width capped. @default false */
  readonly long?: boolean;
}

/** A table on a sheet: a header row, rows, and a totals row when the rows are parts of a total. */
export interface Block {
  /** A title above the table. */
  readonly title?: string;
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly CellValue[])[];
  /** The totals row, written one blank row below the table, outside its filter. */
  readonly totals?: readonly CellValue[];
  /** Whether the table gets the sheet's auto-filter (one per sheet; the first block that asks). */
  readonly filter?: boolean;
}

/** A sheet: label–value lines at the top, then tables, a blank row apart. */
export interface SheetModel {
  readonly name: string;
  /** Label and value lines above the tables (the summary's period, date and author). */
  readonly preamble?: readonly {
    readonly label: string;
    readonly value: CellValue;
    readonly kind: ColumnKind;
  }[];
  /** A title on the first row, above the preamble. */
  readonly title?: string;
  readonly blocks: readonly Block[];
}
