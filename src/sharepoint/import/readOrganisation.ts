import {
  buildOrganisation,
  isUpn,
  normaliseUpn,
  parseDecimal,
  parseInteger,
  type ManagerLevel,
  type Unit,
  type UnitInput,
  type UnitKind,
  type ValidationIssue,
  unitCodeKey,
} from '../../domain';
import { importColumns, mapHeader, normaliseHeader, type HeaderMapping, type ImportColumn } from './columns';
import { formulaWarnings, headerlessValueWarnings } from './cellWarnings';
import { caseDuplicateIssue, fileIssue, sortIssues, type ImportIssue, type ImportWarning } from './issues';
import { readStab, stabWarnings } from './stabColumn';
import { type Table, type TableRow } from './table';

/** An organisation read from an HR export: either every unit, or every problem with its line. */
export type OrganisationFile =
  | {
      readonly ok: true;
      /** The units, checked as a tree and derived (`buildOrganisation`). */
      readonly units: readonly Unit[];
      /** Units read (data rows). */
      readonly rows: number;
      readonly warnings: readonly ImportWarning[];
    }
  | {
      readonly ok: false;
      readonly issues: readonly ImportIssue[];
      readonly rows: number;
      readonly warnings: readonly ImportWarning[];
    };

const kindWords: Readonly<Record<UnitKind, readonly string[]>> = {
  sektor: ['sektor', 'sector'],
  kontor: ['kontor', 'forvaltning', 'office'],
  enhet: ['enhet', 'avdelning', 'underenhet', 'unit', 'department', 'sub unit', 'subunit'],
};

const levelWords: Readonly<Record<ManagerLevel, readonly string[]>> = {
  kommundirektor: ['kommundirektor', 'municipal director', 'city manager', 'chief executive'],
  sektorchef: ['sektorchef', 'sektorschef', 'sector head', 'sector manager', 'head of sector'],
  kontorschef: ['kontorschef', 'forvaltningschef', 'office head', 'office manager', 'head of office'],
  avdelningschef: ['avdelningschef', 'mellanchef', 'department head', 'department manager', 'middle manager'],
  enhetschef: ['enhetschef', 'forsta linjens chef', 'first line manager', 'unit manager', 'head of unit'],
};

function lookup<K extends string>(
  table: Readonly<Record<K, readonly string[]>>,
  value: string,
): K | undefined {
  const wanted = normaliseHeader(value);
  return (Object.keys(table) as K[]).find((key) => table[key].includes(wanted));
}

/** `anna.berg@x` → `Anna Berg`: a display name when the file gives none. */
function nameFromUpn(upn: string): string {
  return (upn.split('@')[0] ?? upn)
    .split(/[._-]+/)
    .filter((w) => w !== '')
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(' ');
}

// A loop, not push(...more): a file may have any number of bad rows, and spreading 100,000 arguments into one
// call overflows the stack.
function pushAll<T>(to: T[], more: readonly T[]): void {
  for (const item of more) to.push(item);
}

const numberCodes: ReadonlySet<string> = new Set([
  'required',
  'notANumber',
  'ambiguousNumber',
  'negative',
  'notInteger',
]);

interface RawRow {
  readonly line: number;
  readonly cell: (column: ImportColumn) => string;
}

const fieldColumns: Readonly<Record<string, ImportColumn>> = {
  id: 'unitCode',
  name: 'unitName',
  kind: 'kind',
  parentId: 'parent',
  'manager.upn': 'managerUpn',
  'manager.level': 'managerLevel',
  'manager.name': 'managerName',
  headcount: 'headcount',
  arsarbetare: 'arsarbetare',
};

/**
 * Reads an HR export (one row per unit; Swedish or English headers, docs/import.md) into the organisation, with
 * every problem reported at its line and column: cells that cannot be read, and the domain's checks of the tree
 * (`buildOrganisation`: unique codes, known parents, levels, no cycles, UPNs, FTE not above headcount).
 * A unit's level may be left out: no parent makes a sektor, a unit under a sektor led by a kontorschef (or named
 * as its Kontor) a kontor, anything else an enhet. A missing manager level follows the unit's level.
 */
export function readOrganisation(table: Table): OrganisationFile {
  const header = table.rows[0];
  const data = table.rows.slice(1);
  if (header === undefined || data.length === 0) {
    return {
      ok: false,
      issues: [fileIssue('emptyFile', { line: null, column: null, value: '' })],
      rows: 0,
      warnings: [],
    };
  }
  const mapping = mapHeader(header.cells);
  const warnings: ImportWarning[] = mapping.ignored.map((h) => ({
    line: header.line,
    column: h,
    message: { sv: `Kolumnen ${h} används inte.`, en: `The column ${h} is not used.` },
  }));
  const issues: ImportIssue[] = [
    ...mapping.missing.map((c) =>
      fileIssue('missingColumn', {
        line: header.line,
        column: null,
        value: `${importColumns[c].name.sv} / ${importColumns[c].name.en}`,
      }),
    ),
    ...mapping.duplicates.map((h) =>
      fileIssue('duplicateColumn', { line: header.line, column: h, value: h }),
    ),
  ];
  if (mapping.missing.length > 0) return { ok: false, issues, rows: data.length, warnings };
  // A row the reader could not split into the columns is reported as that, and nothing else on its line: its
  // values sit in the wrong columns, so any other message about them would mislead.
  const misread = new Set<number>();
  for (const issue of table.issues ?? []) {
    issues.push(issue);
    if (issue.line !== null) misread.add(issue.line);
  }
  const rows = data.map((row) => rawRow(row, mapping));
  const { inputs, rowIssues } = toInputs(rows, mapping);
  for (const issue of rowIssues) if (!misread.has(issue.line ?? 0)) issues.push(issue);
  const built = buildOrganisation(inputs);
  if (!built.ok) {
    const seen = new Set(issues.map((i) => `${i.line}|${i.column}`));
    const unreadNumbers = new Set(rowIssues.filter((i) => numberCodes.has(i.code)).map((i) => i.line));
    const firstOfCode = new Map<string, RawRow>();
    for (const row of rows) {
      const key = unitCodeKey(row.cell('unitCode'));
      if (!firstOfCode.has(key)) firstOfCode.set(key, row);
    }
    for (const issue of built.issues) {
      const mapped = mapIssue(issue, { rows, mapping, inputs, firstOfCode });
      if (mapped.line !== null && misread.has(mapped.line)) continue;
      // A cell that could not be read is reported once, not again as the tree's problem with its placeholder
      // (nor as FTE above a headcount that was never read).
      if (seen.has(`${mapped.line}|${mapped.column}`)) continue;
      if (issue.code === 'fteAboveHeadcount' && unreadNumbers.has(mapped.line)) continue;
      issues.push(mapped);
    }
  }
  pushAll(warnings, formulaWarnings(data, { mapping, skipLines: misread }));
  pushAll(warnings, headerlessValueWarnings(data, { header, skipLines: misread }));
  if (issues.length > 0 || !built.ok)
    return { ok: false, issues: sortIssues(issues), rows: data.length, warnings: sortIssues(warnings) };
  pushAll(warnings, placementWarnings(built.value, { rows, mapping }));
  pushAll(
    warnings,
    stabWarnings(built.value, {
      header: mapping.headerOf.get('stab'),
      cells: new Map(
        rows.map((r) => [unitCodeKey(r.cell('unitCode')), { line: r.line, value: r.cell('stab') }]),
      ),
    }),
  );
  return { ok: true, units: built.value, rows: data.length, warnings: sortIssues(warnings) };
}

function rawRow(row: TableRow, mapping: HeaderMapping): RawRow {
  return {
    line: row.line,
    cell: (column) => {
      const index = mapping.columns.get(column);
      return index === undefined ? '' : (row.cells[index] ?? '').trim();
    },
  };
}

function toInputs(
  rows: readonly RawRow[],
  mapping: HeaderMapping,
): { inputs: UnitInput[]; rowIssues: ImportIssue[] } {
  const rowIssues: ImportIssue[] = [];
  const at = (row: RawRow, column: ImportColumn) => ({
    line: row.line,
    column: mapping.headerOf.get(column) ?? importColumns[column].name.sv,
  });
  // Codes are compared without regard to case; a parent written in another case is the unit's own spelling.
  const codeByKey = new Map<string, string>();
  for (const row of rows) {
    const code = row.cell('unitCode');
    if (!codeByKey.has(unitCodeKey(code))) codeByKey.set(unitCodeKey(code), code);
  }
  const codeByName = new Map<string, string | null>();
  for (const row of rows) {
    const name = row.cell('unitName');
    codeByName.set(name, codeByName.has(name) ? null : row.cell('unitCode'));
  }
  // The parent column may hold a code or (if unambiguous) a unit name.
  const parentOf = (row: RawRow): string | null => {
    const value = row.cell('parent');
    if (value === '') return null;
    return codeByKey.get(unitCodeKey(value)) ?? codeByName.get(value) ?? value;
  };
  const explicitKind = (row: RawRow): UnitKind | undefined => {
    const value = row.cell('kind');
    return value === '' ? undefined : lookup(kindWords, value);
  };
  const rowByCode = new Map<string, RawRow>();
  for (const row of rows) {
    const key = unitCodeKey(row.cell('unitCode'));
    if (!rowByCode.has(key)) rowByCode.set(key, row);
  }
  const hasChildren = new Set<string>();
  for (const row of rows) {
    const parent = parentOf(row);
    if (parent !== null) hasChildren.add(unitCodeKey(parent));
  }
  const levelOf = (row: RawRow): ManagerLevel | undefined => {
    const value = row.cell('managerLevel');
    return value === '' ? undefined : lookup(levelWords, value);
  };
  const isSektor = (row: RawRow | undefined): boolean =>
    row !== undefined && (explicitKind(row) ?? (parentOf(row) === null ? 'sektor' : undefined)) === 'sektor';
  const kindOf = (row: RawRow): UnitKind => {
    const explicit = explicitKind(row);
    if (explicit !== undefined) return explicit;
    const parent = parentOf(row);
    if (parent === null) return 'sektor';
    const namedAsKontor = row.cell('kontor') !== '' && row.cell('kontor') === row.cell('unitName');
    if (isSektor(rowByCode.get(unitCodeKey(parent))) && (levelOf(row) === 'kontorschef' || namedAsKontor))
      return 'kontor';
    return 'enhet';
  };

  const inputs = rows.map((row): UnitInput => {
    const kindText = row.cell('kind');
    if (kindText !== '' && explicitKind(row) === undefined)
      rowIssues.push(fileIssue('unknownKind', { ...at(row, 'kind'), value: kindText }));
    const kind = kindOf(row);
    const stabText = row.cell('stab');
    const stab = readStab(stabText);
    if (stab === undefined) rowIssues.push(fileIssue('unknownStab', { ...at(row, 'stab'), value: stabText }));
    const number = (column: 'headcount' | 'arsarbetare'): number => {
      const text = row.cell(column);
      const parsed = column === 'headcount' ? parseInteger(text) : parseDecimal(text);
      if (parsed.ok) return parsed.value;
      rowIssues.push({
        ...at(row, column),
        code: parsed.issue.code,
        message: parsed.issue.message,
        value: text,
      });
      return 0;
    };
    const upn = row.cell('managerUpn');
    const name = row.cell('managerName');
    const levelText = row.cell('managerLevel');
    let manager: UnitInput['manager'] = null;
    if (upn === '' && name !== '')
      rowIssues.push(fileIssue('nameWithoutUpn', { ...at(row, 'managerUpn'), value: name }));
    if (upn !== '') {
      const level = levelOf(row);
      if (levelText !== '' && level === undefined)
        rowIssues.push(fileIssue('unknownLevel', { ...at(row, 'managerLevel'), value: levelText }));
      const defaultLevel: ManagerLevel =
        kind === 'sektor'
          ? 'sektorchef'
          : kind === 'kontor'
            ? 'kontorschef'
            : hasChildren.has(unitCodeKey(row.cell('unitCode')))
              ? 'avdelningschef'
              : 'enhetschef';
      manager = {
        upn: isUpn(upn) ? normaliseUpn(upn) : upn,
        name: name !== '' ? name : nameFromUpn(upn),
        level: level ?? defaultLevel,
      };
    }
    return {
      id: row.cell('unitCode'),
      kind,
      name: row.cell('unitName'),
      parentId: parentOf(row),
      manager,
      headcount: number('headcount'),
      arsarbetare: number('arsarbetare'),
      // Only an enhet keeps the flag (`stabWarnings` tells about the others); absent means not a stab.
      ...(stab === true && kind === 'enhet' && { stab: true }),
    };
  });
  return { inputs, rowIssues };
}

function mapIssue(
  issue: ValidationIssue,
  context: {
    rows: readonly RawRow[];
    mapping: HeaderMapping;
    inputs: readonly UnitInput[];
    /** The first row of each unit code (by `unitCodeKey`). */
    firstOfCode: ReadonlyMap<string, RawRow>;
  },
): ImportIssue {
  const [index, ...rest] = issue.path.split('.');
  const row = context.rows[Number(index)];
  const column = fieldColumns[rest.join('.')];
  const header =
    column === undefined ? null : (context.mapping.headerOf.get(column) ?? importColumns[column].name.sv);
  const value = row === undefined || column === undefined ? null : row.cell(column);
  if (issue.code === 'duplicateId' && row !== undefined && header !== null && value !== null) {
    const first = context.firstOfCode.get(unitCodeKey(value));
    const firstCode = first?.cell('unitCode');
    if (first !== undefined && firstCode !== undefined && firstCode !== value)
      return caseDuplicateIssue({
        line: row.line,
        column: header,
        value,
        first: { line: first.line, code: firstCode },
      });
  }
  return { line: row?.line ?? null, column: header, code: issue.code, message: issue.message, value };
}

function placementWarnings(
  units: readonly Unit[],
  context: { rows: readonly RawRow[]; mapping: HeaderMapping },
): ImportWarning[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const rowByCode = new Map(context.rows.map((r) => [unitCodeKey(r.cell('unitCode')), r]));
  const warnings: ImportWarning[] = [];
  const check = (unit: Unit, column: 'sektor' | 'kontor', derivedId: string | null): void => {
    const row = rowByCode.get(unitCodeKey(unit.id));
    const header = context.mapping.headerOf.get(column);
    if (row === undefined || header === undefined) return;
    const written = row.cell(column);
    const derived = derivedId === null ? undefined : byId.get(derivedId);
    const matches =
      derived === undefined
        ? written === ''
        : written === '' || [derived.id, derived.name].some((v) => v.toLowerCase() === written.toLowerCase());
    if (matches) return;
    const expected = derived ? `${derived.name} (${derived.id})` : '–';
    warnings.push({
      line: row.line,
      column: header,
      message: {
        sv: `${header} är "${written}", men enligt Överordnad enhet ligger enheten i ${expected}; trädet gäller.`,
        en: `${header} is "${written}", but by its parent unit the unit lies in ${expected}; the tree wins.`,
      },
    });
  };
  for (const unit of units) {
    check(unit, 'sektor', unit.sektorId);
    check(unit, 'kontor', unit.kontorId);
  }
  return warnings;
}
