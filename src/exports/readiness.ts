import { roundHalfAway, roundParts, type Dispersion, type ReadinessCell, type ReadinessRow } from '../domain';
import { type CellValue, type SheetModel, type WorkbookInput } from './types';
import { fteText, labelsOf } from './words';

// The mottagare readiness matrix as a table, one row per sektor and required role, then each sektor's totals and
// the inequality between sectors (docs/domain.md, "Mottagare readiness", "Inequality across sectors").

const fte = (value: number | null): number | null => (value === null ? null : roundHalfAway(value, 2));

/** The cell's state in words: `Uppfyllt`, `Brist 1,50`, or `Ej rapporterat: <units>`. */
export function readinessWords(cell: ReadinessCell, row: ReadinessRow, shownShortfall: number): string {
  switch (cell.state) {
    case 'met':
      return 'Uppfyllt';
    case 'short':
      return `Brist ${fteText(shownShortfall)}`;
    case 'notReported':
      return `Ej rapporterat: ${row.unreported.map((u) => `${u.unitId} ${u.name}`).join(', ')}`;
  }
}

function dispersionCells(d: Dispersion): CellValue[] {
  const cv = d.coefficientOfVariation;
  return [
    d.n,
    fte(d.mean),
    fte(d.standardDeviation),
    cv === null ? null : roundHalfAway(cv * 100, 0) / 100,
    fte(d.min),
    fte(d.max),
  ];
}

/** The sheet `Mottagarmatris`. */
export function readinessSheet(input: WorkbookInput): SheetModel {
  const { readiness, inequality } = input.aggregate;
  const labels = labelsOf(input.config);
  const matrix: CellValue[][] = [];
  const perSektor: CellValue[][] = [];
  for (const row of readiness.rows) {
    // The shortfalls shown add up to the sektor's total shortfall shown.
    const shortfalls = roundParts(
      row.cells.map((c) => (c.state === 'short' ? (c.shortfall ?? 0) : 0)),
      2,
    );
    row.cells.forEach((cell, i) => {
      const shown = shortfalls[i] ?? 0;
      matrix.push([
        row.sektorId,
        row.name,
        cell.functionId,
        labels.fn(cell.functionId),
        cell.roleId,
        labels.role(cell.roleId),
        fte(cell.required),
        fte(cell.present),
        cell.state === 'short' ? shown : null,
        readinessWords(cell, row, shown),
      ]);
    });
    perSektor.push([
      row.sektorId,
      row.name,
      row.metCount,
      row.cells.length,
      roundHalfAway(row.totalShortfall, 2),
      row.receivingUnits,
      row.unreported.length,
    ]);
  }
  const sectors = inequality.supportPer100ReportingEmployees;
  return {
    name: 'Mottagarmatris',
    blocks: [
      {
        columns: [
          { header: 'SektorCode', kind: 'text' },
          { header: 'Sektor', kind: 'text' },
          { header: 'FunctionId', kind: 'text' },
          { header: 'Stödfunktion', kind: 'text' },
          { header: 'RoleId', kind: 'text' },
          { header: 'Roll', kind: 'text' },
          { header: 'Krav (årsarbetare)', kind: 'fte' },
          { header: 'Finns (årsarbetare)', kind: 'fte' },
          { header: 'Brist (årsarbetare)', kind: 'fte' },
          { header: 'Läge', kind: 'text', long: true },
        ],
        rows: matrix,
        filter: true,
      },
      {
        title: 'Per sektor',
        columns: [
          { header: 'SektorCode', kind: 'text' },
          { header: 'Sektor', kind: 'text' },
          { header: 'Uppfyllda krav', kind: 'count' },
          { header: 'Krav', kind: 'count' },
          { header: 'Sammanlagd brist (årsarbetare)', kind: 'fte' },
          { header: 'Mottagande enheter', kind: 'count' },
          { header: 'Ej rapporterade', kind: 'count' },
        ],
        rows: perSektor,
      },
      {
        title: 'Skillnad mellan sektorer (variationskoefficient: standardavvikelse delat med medelvärde)',
        columns: [
          { header: 'Mått', kind: 'text' },
          { header: 'FunctionId', kind: 'text' },
          { header: 'RoleId', kind: 'text' },
          { header: 'n (sektorer)', kind: 'count' },
          { header: 'Medelvärde', kind: 'fte' },
          { header: 'Standardavvikelse', kind: 'fte' },
          { header: 'Variationskoefficient', kind: 'share' },
          { header: 'Minsta', kind: 'fte' },
          { header: 'Största', kind: 'fte' },
        ],
        rows: [
          ['Årsarbetare i stöd per 100 anställda i enheter som svarat', '', '', ...dispersionCells(sectors)],
          ...inequality.receiverRoles.map((r) => [
            `${labels.role(r.roleId)} (årsarbetare)`,
            r.functionId,
            r.roleId,
            ...dispersionCells(r.dispersion),
          ]),
        ],
      },
    ],
  };
}
