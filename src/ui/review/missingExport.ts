// The list of units that have not submitted, as text to paste (tab-separated, what Excel and e-mail take from the
// clipboard) and as a CSV file a Swedish Excel opens by double-click: `;` between fields (Excel's separator where
// the decimal sign is a comma), a byte order mark so å, ä and ö read as UTF-8, CRLF between rows. Names come from
// the HR import and SharePoint, where anyone who edits a unit could write a formula: a text that Excel would run
// (starting with = + - @, a tab or a carriage return) is written with an apostrophe first, which Excel shows as
// text (OWASP, "CSV Injection").

/** A table to export: a header row and rows of text and numbers (numbers are ours and written as they are). */
export interface ExportTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
}

const formulaStart = /^[=+\-@\t\r]/;

/** A text that a spreadsheet will not read as a formula. */
export function safeCell(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

function cellText(value: string | number): string {
  return typeof value === 'number' ? String(value) : safeCell(value);
}

/** Tab-separated text, one line per row: what a spreadsheet or a mail makes a table of when pasted. */
export function toTabSeparated(table: ExportTable): string {
  // A tab or line break inside a value would start a new cell or row: they become spaces.
  const line = (cells: readonly (string | number)[]) =>
    cells.map((c) => cellText(c).replace(/[\t\r\n]+/g, ' ')).join('\t');
  return [table.header, ...table.rows].map(line).join('\r\n');
}

/** A CSV file for a Swedish Excel: BOM, `;`-separated, quoted where needed, CRLF, formula-safe. */
export function toCsv(table: ExportTable): string {
  const field = (value: string | number) => {
    const text = cellText(value);
    return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [table.header, ...table.rows].map((cells) => cells.map(field).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * Puts text on the clipboard: the asynchronous Clipboard API (Teams' frame allows `clipboard-write`), else the
 * old `execCommand('copy')` on a hidden text area. Resolves `false` when neither works.
 */
export async function copyText(text: string, doc: Document = document): Promise<boolean> {
  const clipboard = doc.defaultView?.navigator.clipboard;
  if (clipboard !== undefined) {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // The frame may not write the clipboard (no permission, no focus): the older way may still work.
    }
  }
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  doc.body.appendChild(area);
  area.select();
  try {
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
