import { type LocalizedText, type ValidationCode } from '../../domain';

/** Problems only a file can have (the rest are the domain's validation codes). */
export type FileIssueCode =
  | 'emptyFile'
  | 'missingColumn'
  | 'duplicateColumn'
  | 'unknownKind'
  | 'unknownLevel'
  | 'unknownStab'
  | 'nameWithoutUpn'
  | 'unreadableFile'
  | 'fieldCount';

/** One problem in an import file, where people can find it. */
export interface ImportIssue {
  /** The line (CSV) or row (Excel) number; `null` for the file as a whole. */
  readonly line: number | null;
  /** The column's header as written in the file; `null` for a whole row or the file. */
  readonly column: string | null;
  readonly code: ValidationCode | FileIssueCode;
  readonly message: LocalizedText;
  /** The cell's value, when there is one. */
  readonly value: string | null;
}

/** Something worth knowing that does not stop the import. */
export interface ImportWarning {
  readonly line: number | null;
  readonly column: string | null;
  readonly message: LocalizedText;
}

// Issues whose message needs more than the cell's value have a builder of their own below.
type ValueIssueCode = Exclude<FileIssueCode, 'fieldCount'>;

const fileMessages: Readonly<Record<ValueIssueCode, (value: string) => LocalizedText>> = {
  emptyFile: () => ({
    sv: 'Filen har ingen rubrikrad och inga enheter.',
    en: 'The file has no header row and no units.',
  }),
  missingColumn: (value) => ({
    sv: `Kolumnen ${value} saknas (se docs/import.md för kolumnnamnen).`,
    en: `The column ${value} is missing (see docs/import.md for the column names).`,
  }),
  duplicateColumn: (value) => ({
    sv: `Kolumnen ${value} finns två gånger; bara den första läses.`,
    en: `The column ${value} appears twice; only the first one is read.`,
  }),
  unknownKind: (value) => ({
    sv: `Okänd nivå "${value}". Ange Sektor, Kontor eller Enhet.`,
    en: `Unknown level "${value}". Use Sector, Office or Unit.`,
  }),
  unknownLevel: (value) => ({
    sv: `Okänd chefsnivå "${value}". Ange Kommundirektör, Sektorchef, Kontorschef (Förvaltningschef), Avdelningschef eller Enhetschef.`,
    en: `Unknown manager level "${value}". Use municipal director, sector head, office head, department head or unit manager.`,
  }),
  unknownStab: (value) => ({
    sv: `Okänt värde "${value}" för stab. Ange ja eller nej, eller lämna tomt för en enhet som inte är en stab.`,
    en: `Unknown staff unit value "${value}". Use yes or no, or leave it empty for a unit that is not a staff unit.`,
  }),
  nameWithoutUpn: (value) => ({
    sv: `Chefen ${value} saknar e-postadress (UPN). Ange den, eller lämna båda tomma för en vakant tjänst.`,
    en: `The manager ${value} has no e-mail address (UPN). Give it, or leave both empty for a vacant post.`,
  }),
  unreadableFile: (value) => ({
    sv: `Filen kan inte läsas: ${value}`,
    en: `The file cannot be read: ${value}`,
  }),
};

/** An issue of a file-only kind, with its message. */
export function fileIssue(
  code: ValueIssueCode,
  where: { readonly line: number | null; readonly column: string | null; readonly value: string },
): ImportIssue {
  return {
    line: where.line,
    column: where.column,
    code,
    message: fileMessages[code](where.value),
    value: where.value,
  };
}

/**
 * A CSV row whose number of fields differs from the header's. With `splitDecimal` (the separator is a comma and two
 * neighbouring fields are whole numbers, such as `26,4` read as `26` and `4`) the message says why and what to do.
 */
export function fieldCountIssue(where: {
  readonly line: number;
  readonly fields: number;
  readonly expected: number;
  /** The separator as people name it: `;`, `,` or `tab`. */
  readonly separator: string;
  /** The number as it was probably written, when the row looks like a decimal comma split by the separator. */
  readonly splitDecimal: string | null;
}): ImportIssue {
  const { fields, expected, separator, splitDecimal } = where;
  const count = {
    sv: `Raden har ${fields} fält men rubrikraden har ${expected}`,
    en: `The row has ${fields} fields but the header row has ${expected}`,
  };
  const message: LocalizedText =
    splitDecimal === null
      ? {
          sv: `${count.sv}, så värdena kan inte kopplas till sina kolumner. Ett värde som innehåller avgränsaren (${separator}) ska stå inom citattecken.`,
          en: `${count.en}, so its values cannot be matched to their columns. A value that contains the separator (${separator}) must be quoted.`,
        }
      : {
          sv: `${count.sv}. Kommatecknet skiljer fälten åt, så ett tal med decimalkomma som ${splitDecimal} blir två fält: sätt värdet inom citattecken ("${splitDecimal}") eller använd semikolon (;) som avgränsare.`,
          en: `${count.en}. The comma separates the fields, so a number with a decimal comma such as ${splitDecimal} becomes two fields: quote the value ("${splitDecimal}") or use a semicolon (;) as the separator.`,
        };
  return { line: where.line, column: null, code: 'fieldCount', message, value: null };
}

/**
 * A unit code that an earlier row already has in another case (`e1159` after `E1159`): SharePoint's folder names,
 * group names and unique columns do not tell them apart, so neither does the import.
 */
export function caseDuplicateIssue(where: {
  readonly line: number;
  readonly column: string;
  readonly value: string;
  readonly first: { readonly line: number; readonly code: string };
}): ImportIssue {
  const { value, first } = where;
  return {
    line: where.line,
    column: where.column,
    code: 'duplicateId',
    message: {
      sv: `Enhetskoden ${value} finns redan på rad ${first.line} (som ${first.code}). Stora och små bokstäver räknas som samma kod, som i SharePoint.`,
      en: `The unit code ${value} is already on line ${first.line} (as ${first.code}). Upper and lower case count as the same code, as in SharePoint.`,
    },
    value,
  };
}

/** Issues in the order people fix them: by line, file-level first. */
export function sortIssues<T extends { readonly line: number | null }>(issues: readonly T[]): T[] {
  return [...issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
