import {
  countedAnswer,
  fromHundredths,
  roundHalfAway,
  roundParts,
  toHundredths,
  type Inventory,
  type InventoryLine,
  type InventoryStatus,
  type LineProblem,
  type Unit,
} from '../domain';
import { type Block, type CellValue, type Column, type WorkbookInput } from './types';
import { countedWords, fteText, labelsOf, statusWord, type Labels } from './words';

// One row per line of every unit's answer, as the figures see it: the answer that counts (docs/domain.md, "The
// answer that counts") with a `Räknas` column saying for each row whether it counts and why not. A unit whose
// last approved answer counts while a changed one is in review shows both: the approved figures (counted) and
// the answer in review (not counted). A unit without lines has one row with its status only.

/** One row of the line tables, before it becomes cells. */
export interface LineRow {
  readonly unit: Unit;
  readonly status: InventoryStatus;
  /** The `Räknas` column's words. */
  readonly countedAs: string;
  /** Whether the row's persons and FTE are in the figures. */
  readonly counts: boolean;
  readonly line: InventoryLine | null;
}

/** The period's inventory of each unit: the later `updatedAt` wins when a unit has two, as in the aggregation. */
export function inventoryByUnit(
  input: Pick<WorkbookInput, 'inventories' | 'period'>,
): Map<string, Inventory> {
  const byUnit = new Map<string, Inventory>();
  for (const inventory of input.inventories) {
    if (inventory.periodId !== input.period.id) continue;
    const seen = byUnit.get(inventory.unitId);
    if (seen === undefined || (inventory.updatedAt ?? '') > (seen.updatedAt ?? ''))
      byUnit.set(inventory.unitId, inventory);
  }
  return byUnit;
}

/** Every unit's rows, in organisation order, lines in the configuration's order of functions. */
export function lineRows(input: WorkbookInput): LineRow[] {
  const byUnit = inventoryByUnit(input);
  const order = new Map(input.config.taxonomy.functions.map((f, i) => [f.id, i]));
  const sorted = (lines: readonly InventoryLine[]) =>
    [...lines].sort(
      (a, b) => (order.get(a.functionId) ?? order.size) - (order.get(b.functionId) ?? order.size),
    );
  const excluded = new Map<string, LineProblem>(
    input.aggregate.diagnostics.excludedLines.map((l) => [`${l.unitId}\u0000${l.functionId}`, l.problem]),
  );
  const rows: LineRow[] = [];
  for (const unit of input.units) {
    const inventory = byUnit.get(unit.id);
    const status = inventory?.status ?? 'notStarted';
    const unitRows: LineRow[] = [];
    const row = (line: InventoryLine | null, countedAs: string, counts = false): void => {
      unitRows.push({ unit, status, countedAs, counts, line });
    };
    if (inventory === undefined) {
      row(null, unit.manager === null ? countedWords.vacant : countedWords.notCounted(status));
      rows.push(...unitRows);
      continue;
    }
    const answer = countedAnswer(inventory, unit.manager?.upn ?? null);
    if (answer === null) {
      for (const line of sorted(inventory.lines)) row(line, countedWords.notCounted(status));
    } else {
      const yes = answer.source === 'lastApproval' ? countedWords.yesLastApproval : countedWords.yes;
      for (const line of sorted(answer.lines)) {
        const problem = excluded.get(`${unit.id}\u0000${line.functionId}`);
        if (!order.has(line.functionId)) row(line, countedWords.unknownFunction);
        else if (problem !== undefined) row(line, countedWords.problem(problem));
        else row(line, yes, true);
      }
      // The approval's own figures count; the answer as it stands now is in review.
      if (answer.lines !== inventory.lines)
        for (const line of sorted(inventory.lines)) row(line, countedWords.supersededInReview);
    }
    if (unitRows.length === 0)
      row(null, answer === null ? countedWords.notCounted(status) : countedWords.noLines);
    rows.push(...unitRows);
  }
  return rows;
}

/** The columns of a line table; `withSektor` for the sheet of all rows. */
export function lineColumns(withSektor: boolean): Column[] {
  return [
    ...(withSektor
      ? [
          { header: 'SektorCode', kind: 'text' as const },
          { header: 'Sektor', kind: 'text' as const },
        ]
      : []),
    { header: 'UnitCode', kind: 'text' },
    { header: 'Enhet', kind: 'text' },
    { header: 'Kontor', kind: 'text' },
    { header: 'Status', kind: 'text' },
    { header: 'Räknas', kind: 'text' },
    { header: 'FunctionId', kind: 'text' },
    { header: 'Stödfunktion', kind: 'text' },
    { header: 'Personer', kind: 'count' },
    { header: 'Årsarbetare', kind: 'fte' },
    { header: 'Roller (årsarbetare)', kind: 'text', long: true },
    { header: 'Stöd från', kind: 'text', long: true },
    { header: 'Kvalitet', kind: 'count' },
    { header: 'Kompetens i dag', kind: 'count' },
    { header: 'Kompetens som behövs', kind: 'count' },
    { header: 'Kompetensbehov', kind: 'text', long: true },
    { header: 'Placering', kind: 'text' },
    { header: 'Kommentar', kind: 'text', long: true },
  ];
}

const finite = (value: number | null): number | null =>
  value !== null && Number.isFinite(value) ? value : null;

/** Persons and FTE of counted rows, FTE to the hundredth as the aggregation counts it, rounded to add up. */
function countedFigures(rows: readonly LineRow[]): {
  fte: Map<LineRow, number>;
  persons: number;
  total: number;
} {
  const counted = rows.filter((r) => r.counts && r.line !== null);
  const exact = counted.map((r) => fromHundredths(toHundredths(r.line?.arsarbetare ?? 0)));
  const shown = roundParts(exact, 2);
  return {
    fte: new Map(counted.map((r, i) => [r, shown[i] as number])),
    persons: counted.reduce((sum, r) => sum + (r.line?.persons ?? 0), 0),
    total: roundHalfAway(
      exact.reduce((sum, v) => sum + v, 0),
      2,
    ),
  };
}

function rolesText(line: InventoryLine, labels: Labels): string {
  return line.roles
    .map((r) => `${labels.role(r.roleId)} ${finite(r.arsarbetare) === null ? '?' : fteText(r.arsarbetare)}`)
    .join('; ');
}

/**
 * A table of line rows with a totals row of the counted persons and FTE; the rows' FTE are rounded with
 * `roundParts`, so the FTE shown add up to the total shown.
 */
export function lineBlock(
  rows: readonly LineRow[],
  context: {
    readonly input: WorkbookInput;
    readonly withSektor: boolean;
    readonly names: ReadonlyMap<string, string>;
  },
): Block {
  const { input, withSektor, names } = context;
  const labels = labelsOf(input.config);
  const figures = countedFigures(rows);
  const cells = rows.map((row): CellValue[] => {
    const { unit, line } = row;
    const fte =
      figures.fte.get(row) ??
      (finite(line?.arsarbetare ?? null) === null ? null : roundHalfAway(line!.arsarbetare!, 2));
    return [
      ...(withSektor ? [unit.sektorId, names.get(unit.sektorId) ?? ''] : []),
      unit.id,
      unit.name,
      unit.kontorId === null ? '' : (names.get(unit.kontorId) ?? unit.kontorId),
      statusWord(row.status),
      row.countedAs,
      line?.functionId ?? '',
      line === null ? '' : labels.fn(line.functionId),
      finite(line?.persons ?? null),
      fte,
      line === null ? '' : rolesText(line, labels),
      line === null ? '' : line.supportLocations.map((l) => labels.location(l)).join(', '),
      finite(line?.quality ?? null),
      finite(line?.competenceNow ?? null),
      finite(line?.competenceNeeded ?? null),
      line?.competenceGap ?? '',
      line?.placement == null ? '' : labels.placement(line.placement),
      line?.comment ?? '',
    ];
  });
  const columns = lineColumns(withSektor);
  const totals: CellValue[] = columns.map(() => null);
  totals[0] = 'Summa, rader som räknas';
  totals[columns.findIndex((c) => c.header === 'Personer')] = figures.persons;
  totals[columns.findIndex((c) => c.header === 'Årsarbetare')] = figures.total;
  return { columns, rows: cells, totals, filter: true };
}
