import { lineBlock, lineRows } from './lines';
import { proposalsSheet } from './proposals';
import { readinessSheet } from './readiness';
import { sheetNamer } from './sheetNames';
import { summarySheet } from './summary';
import { type SheetModel, type WorkbookInput } from './types';

// The workbook as data, before any spreadsheet library sees it (docs/exports.md): the summary, one sheet per
// sektor, every row, the readiness matrix and the proposals, in that order.

/** The fixed sheets' names; a sektor of the same name gets ` (2)`. */
export const fixedSheets = {
  summary: 'Sammanfattning',
  allRows: 'Alla rader',
  readiness: 'Mottagarmatris',
  proposals: 'Förslag',
} as const;

/** Every sheet of the workbook, in order. */
export function workbookModel(input: WorkbookInput): SheetModel[] {
  const name = sheetNamer();
  // The fixed names first, so that a sektor called `Förslag` is the one renamed.
  const fixed = {
    summary: name(fixedSheets.summary),
    allRows: name(fixedSheets.allRows),
    readiness: name(fixedSheets.readiness),
    proposals: name(fixedSheets.proposals),
  };
  const names = new Map(input.units.map((u) => [u.id, u.name]));
  const rows = lineRows(input);
  const sektorSheets = input.aggregate.sektorer.map((sektor): SheetModel => ({
    name: name(sektor.name, 'Sektor'),
    blocks: [
      lineBlock(
        rows.filter((r) => r.unit.sektorId === sektor.id),
        { input, withSektor: false, names },
      ),
    ],
  }));
  return [
    { ...summarySheet(input), name: fixed.summary },
    ...sektorSheets,
    { name: fixed.allRows, blocks: [lineBlock(rows, { input, withSektor: true, names })] },
    { ...readinessSheet(input), name: fixed.readiness },
    { ...proposalsSheet(input), name: fixed.proposals },
  ];
}
