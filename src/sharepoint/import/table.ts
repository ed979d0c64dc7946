import { type ImportIssue } from './issues';

/** One row of a spreadsheet or CSV file, with the line (CSV) or row (Excel) number people see in their editor. */
export interface TableRow {
  /** 1-based; for a CSV record spanning several lines (a quoted line break), the line it starts on. */
  readonly line: number;
  /** The cells as text, trimmed of surrounding whitespace. */
  readonly cells: readonly string[];
}

/** A sheet of text cells: the first row is the header. Both the CSV and the Excel reader give one. */
export interface Table {
  readonly rows: readonly TableRow[];
  /** Rows the reader could not split into the header's columns (CSV: another number of fields). @default none */
  readonly issues?: readonly ImportIssue[];
  /** Where it came from, for messages: `CSV (;, UTF-8)`, `Excel (Blad1)`. */
  readonly source: string;
}
