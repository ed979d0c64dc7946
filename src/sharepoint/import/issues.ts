import { type LocalizedText, type ValidationCode } from '../../domain';

/** Problems only a file can have (the rest are the domain's validation codes). */
export type FileIssueCode =
  | 'emptyFile'
  | 'missingColumn'
  | 'duplicateColumn'
  | 'unknownKind'
  | 'unknownLevel'
  | 'nameWithoutUpn'
  | 'unreadableFile';

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

const fileMessages: Readonly<Record<FileIssueCode, (value: string) => LocalizedText>> = {
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
  code: FileIssueCode,
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

/** Issues in the order people fix them: by line, file-level first. */
export function sortIssues<T extends { readonly line: number | null }>(issues: readonly T[]): T[] {
  return [...issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
