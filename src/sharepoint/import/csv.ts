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

/** A CSV file's text as a table (first row: the header). */
export function csvTable(text: string, encoding: string): Table {
  const separator = detectSeparator(text);
  const name = separator === '\t' ? 'tab' : separator;
  return { rows: parseCsv(text, separator), source: `CSV (${name}, ${encoding})` };
}
