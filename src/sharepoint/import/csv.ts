import { fieldCountIssue, type ImportIssue } from './issues';
import { type Table, type TableRow } from './table';

/** The separators a CSV export may use. */
export type CsvSeparator = ';' | ',' | '\t';

const candidates: readonly CsvSeparator[] = [';', '\t', ','];

/** The separator of a CSV text: the one that occurs most often outside quotes in its first line; `;` on a tie. */
export function detectSeparator(text: string): CsvSeparator {
  const counts: Record<CsvSeparator, number> = { ';': 0, '\t': 0, ',': 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && (char === ';' || char === ',' || char === '\t')) counts[char]++;
  }
  return candidates.reduce((best, c) => (counts[c] > counts[best] ? c : best), ';' as CsvSeparator);
}

/**
 * Parses CSV as RFC 4180 and Excel write it: quoted fields (`"a;b"`, `""` for a quote, line breaks inside quotes),
 * CRLF, LF or CR line ends; blank rows (also `;;;`) are skipped. Each row keeps the line it starts on.
 */
export function parseCsv(text: string, separator: CsvSeparator = detectSeparator(text)): TableRow[] {
  const rows: TableRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const endRow = (): void => {
    cells.push(cell.trim());
    if (cells.some((c) => c !== '')) rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const isLineEnd = char === '\n' || char === '\r';
    if (isLineEnd && char === '\r' && text[i + 1] === '\n') i++;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        cell += isLineEnd ? '\n' : char;
        if (isLineEnd) line++;
      }
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (char === separator) {
      cells.push(cell.trim());
      cell = '';
    } else if (isLineEnd) {
      endRow();
      line++;
      rowLine = line;
    } else {
      cell += char;
    }
  }
  endRow();
  return rows;
}

const separatorName = (separator: CsvSeparator): string => (separator === '\t' ? 'tab' : separator);

const wholeNumber = /^\d+$/;

/** `26,4` when a comma separator split it into the neighbouring fields `26` and `4` (the last such pair). */
function splitDecimalIn(cells: readonly string[]): string | null {
  for (let i = cells.length - 2; i >= 0; i--) {
    if (wholeNumber.test(cells[i]!) && wholeNumber.test(cells[i + 1]!)) return `${cells[i]},${cells[i + 1]}`;
  }
  return null;
}

/**
 * The rows whose number of fields differs from the header's: their values cannot be matched to the columns, so
 * they are errors, never read in part. An unquoted decimal comma in a comma-separated file is the usual cause.
 */
function fieldCountIssues(rows: readonly TableRow[], separator: CsvSeparator): ImportIssue[] {
  const header = rows[0];
  if (header === undefined) return [];
  const expected = header.cells.length;
  const issues: ImportIssue[] = [];
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i]!;
    if (row.cells.length === expected) continue;
    const splitDecimal = separator === ',' && row.cells.length > expected ? splitDecimalIn(row.cells) : null;
    issues.push(
      fieldCountIssue({
        line: row.line,
        fields: row.cells.length,
        expected,
        separator: separatorName(separator),
        splitDecimal,
      }),
    );
  }
  return issues;
}

/** A CSV file's text as a table (first row: the header), with the rows that do not fit the header as issues. */
export function csvTable(
  text: string,
  encoding: string,
): Table & { readonly issues: readonly ImportIssue[] } {
  const separator = detectSeparator(text);
  const rows = parseCsv(text, separator);
  return {
    rows,
    source: `CSV (${separatorName(separator)}, ${encoding})`,
    issues: fieldCountIssues(rows, separator),
  };
}
