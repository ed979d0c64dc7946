// Cells the import reads as they are (or cannot read at all) but that people should look at: warnings, not errors.
import { type HeaderMapping, type ImportColumn } from './columns';
import { type ImportWarning } from './issues';
import { type TableRow } from './table';

// A cell starting with one of these is run as a formula when a spreadsheet opens a file that holds it ("CSV
// injection", https://owasp.org/www-community/attacks/CSV_Injection). The import stores the text as it is, and the
// exports write such cells as text; the warning is for a name that was probably never meant to start that way.
const formulaStart = /^[=+\-@]/;

// Only the names the site stores and the exports write. Number columns are not names: a negative number is
// already an error there, and a code, parent or e-mail address cannot start with these characters unnoticed.
const nameColumns: readonly ImportColumn[] = ['unitName', 'managerName'];

/** A warning for every unit or manager name that starts with `=`, `+`, `-` or `@`. */
export function formulaWarnings(
  rows: readonly TableRow[],
  options: { readonly mapping: HeaderMapping; readonly skipLines: ReadonlySet<number> },
): ImportWarning[] {
  const { mapping, skipLines } = options;
  const warnings: ImportWarning[] = [];
  for (const column of nameColumns) {
    const index = mapping.columns.get(column);
    const header = mapping.headerOf.get(column);
    if (index === undefined || header === undefined) continue;
    for (const row of rows) {
      const value = (row.cells[index] ?? '').trim();
      if (skipLines.has(row.line) || !formulaStart.test(value)) continue;
      warnings.push({
        line: row.line,
        column: header,
        message: {
          sv: `${header} "${value}" börjar med ${value[0]}, som ett kalkylprogram kan köra som en formel. Namnet läses in som text och exporterna skriver det som text; kontrollera att det är rätt.`,
          en: `${header} "${value}" starts with ${value[0]}, which a spreadsheet may run as a formula. The name is read as text and the exports write it as text; check that it is right.`,
        },
      });
    }
  }
  return warnings;
}

/**
 * A warning for every value in a column without a header (beyond the header's last cell, or under an empty one):
 * it is not read, and nothing is dropped without saying so. CSV rows with more fields than the header are errors
 * before this (`fieldCount`); a spreadsheet has no field count, so there this is the only check.
 */
export function headerlessValueWarnings(
  rows: readonly TableRow[],
  options: { readonly header: TableRow; readonly skipLines: ReadonlySet<number> },
): ImportWarning[] {
  const { header, skipLines } = options;
  const warnings: ImportWarning[] = [];
  for (const row of rows) {
    if (skipLines.has(row.line)) continue;
    row.cells.forEach((cell, index) => {
      const value = cell.trim();
      if (value === '' || (header.cells[index] ?? '').trim() !== '') return;
      warnings.push({
        line: row.line,
        column: `kolumn / column ${index + 1}`,
        message: {
          sv: `Värdet "${value}" har ingen kolumnrubrik och läses inte.`,
          en: `The value "${value}" has no column header and is not read.`,
        },
      });
    });
  }
  return warnings;
}
