// Reading the HR system's organisation export and bringing the site in line with it (docs/import.md).
export { decodeText, type TextEncoding } from './decode';
export { csvTable, detectSeparator, parseCsv, type CsvSeparator } from './csv';
export { importColumns, mapHeader, normaliseHeader, type HeaderMapping, type ImportColumn } from './columns';
export { readOrganisation, type OrganisationFile } from './readOrganisation';
export { type FileIssueCode, type ImportIssue, type ImportWarning } from './issues';
export {
  diffOrganisation,
  isEmptyDiff,
  type ChangedUnit,
  type ManagerChange,
  type OrganisationDiff,
  type UnitField,
} from './diff';
export {
  importOrganisation,
  type ImportEvent,
  type ImportOptions,
  type ImportReport,
  type ImportStage,
} from './importOrganisation';
export { checkRemovals, maxRemovalShare } from './removals';
export { secondUnitWarnings } from './secondUnitWarnings';
export { adoptSiteSpelling, readCodesInUse, type Respelling } from './siteCodes';
export { type Table, type TableRow } from './table';
