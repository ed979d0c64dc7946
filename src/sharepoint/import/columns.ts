import { type LocalizedText } from '../../domain';

/** The columns of an HR export the import reads (docs/import.md). */
export type ImportColumn =
  | 'unitCode'
  | 'unitName'
  | 'kind'
  | 'parent'
  | 'sektor'
  | 'kontor'
  | 'managerUpn'
  | 'managerName'
  | 'managerLevel'
  | 'headcount'
  | 'arsarbetare'
  | 'stab';

/** Each column's Swedish and English name (as the documentation and the messages write them) and the headers taken for it. */
export const importColumns: Readonly<
  Record<
    ImportColumn,
    { readonly name: LocalizedText; readonly required: boolean; readonly headers: readonly string[] }
  >
> = {
  unitCode: {
    name: { sv: 'Enhetskod', en: 'Unit code' },
    required: true,
    headers: [
      'Enhetskod',
      'Enhets-id',
      'Enhetsid',
      'Enhetsnummer',
      'Kod',
      'Unit code',
      'Unit id',
      'Code',
      'Id',
    ],
  },
  unitName: {
    name: { sv: 'Enhet', en: 'Unit' },
    required: true,
    headers: ['Enhet', 'Enhetsnamn', 'Namn', 'Unit', 'Unit name', 'Name'],
  },
  kind: {
    name: { sv: 'Nivå', en: 'Level' },
    required: false,
    headers: [
      'Nivå',
      'Typ',
      'Enhetstyp',
      'Organisationsnivå',
      'Level',
      'Kind',
      'Type',
      'Unit level',
      'Unit type',
    ],
  },
  parent: {
    name: { sv: 'Överordnad enhet', en: 'Parent unit' },
    required: true,
    headers: [
      'Överordnad enhet',
      'Överordnad enhetskod',
      'Överordnad',
      'Överordnad kod',
      'Förälder',
      'Parent unit',
      'Parent unit code',
      'Parent code',
      'Parent',
    ],
  },
  sektor: { name: { sv: 'Sektor', en: 'Sector' }, required: false, headers: ['Sektor', 'Sector'] },
  kontor: {
    name: { sv: 'Kontor', en: 'Office' },
    required: false,
    headers: ['Kontor', 'Förvaltning', 'Office'],
  },
  managerUpn: {
    name: { sv: 'Chef e-post', en: 'Manager e-mail' },
    required: true,
    headers: [
      'Chef e-post',
      'Chefens e-post',
      'E-post chef',
      'Chef epost',
      'Chef UPN',
      'Chefens UPN',
      'E-post',
      'UPN',
      'Manager e-mail',
      'Manager email',
      'Manager UPN',
      'Email',
      'E-mail',
    ],
  },
  managerName: {
    name: { sv: 'Chef', en: 'Manager' },
    required: false,
    headers: ['Chef', 'Chefens namn', 'Chef namn', 'Chefsnamn', 'Manager', 'Manager name'],
  },
  managerLevel: {
    name: { sv: 'Chefsnivå', en: 'Manager level' },
    required: false,
    headers: ['Chefsnivå', 'Chefnivå', 'Chefens nivå', 'Manager level'],
  },
  headcount: {
    name: { sv: 'Antal medarbetare', en: 'Employees' },
    required: true,
    headers: [
      'Antal medarbetare',
      'Medarbetare',
      'Antal anställda',
      'Anställda',
      'Employees',
      'Number of employees',
      'Headcount',
    ],
  },
  arsarbetare: {
    name: { sv: 'Årsarbetare', en: 'FTE' },
    required: true,
    headers: ['Årsarbetare', 'Årsarbetskrafter', 'Heltidsekvivalenter', 'FTE', 'Full-time equivalents'],
  },
  stab: {
    name: { sv: 'Stab', en: 'Staff unit' },
    required: false,
    // Not plain `Staff`: an export may well call its headcount that.
    headers: ['Stab', 'Stabsenhet', 'Är stab', 'Staff unit', 'Is staff unit'],
  },
};

/**
 * A header in one spelling: lower case, without diacritics, with every run of spaces, hyphens, underscores,
 * dots and brackets as one space, so `Chef e-post`, `CHEF_E-POST` and `Chef (e-post)` are the same.
 */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s\-_.()[\]:/]+/g, ' ')
    .trim();
}

const byHeader = new Map<string, ImportColumn>();
for (const [column, spec] of Object.entries(importColumns) as [
  ImportColumn,
  (typeof importColumns)[ImportColumn],
][]) {
  for (const header of spec.headers) byHeader.set(normaliseHeader(header), column);
}

/** How a file's header row maps to the columns. */
export interface HeaderMapping {
  /** The cell index of each column found. */
  readonly columns: ReadonlyMap<ImportColumn, number>;
  /** The header text as written in the file, by column (for messages). */
  readonly headerOf: ReadonlyMap<ImportColumn, string>;
  /** Required columns that are missing. */
  readonly missing: readonly ImportColumn[];
  /** Headers that name a column already found (the first one counts). */
  readonly duplicates: readonly string[];
  /** Headers the import does not read. */
  readonly ignored: readonly string[];
}

/** Maps a header row (Swedish or English names, any case) to the import's columns. */
export function mapHeader(cells: readonly string[]): HeaderMapping {
  const columns = new Map<ImportColumn, number>();
  const headerOf = new Map<ImportColumn, string>();
  const duplicates: string[] = [];
  const ignored: string[] = [];
  cells.forEach((cell, index) => {
    if (cell.trim() === '') return;
    const column = byHeader.get(normaliseHeader(cell));
    if (column === undefined) ignored.push(cell);
    else if (columns.has(column)) duplicates.push(cell);
    else {
      columns.set(column, index);
      headerOf.set(column, cell);
    }
  });
  const missing = (Object.keys(importColumns) as ImportColumn[]).filter(
    (c) => importColumns[c].required && !columns.has(c),
  );
  return { columns, headerOf, missing, duplicates, ignored };
}
