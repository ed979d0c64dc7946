// Exports of a period: the Excel workbook and the dated snapshot for the diarium (docs/exports.md), and the
// Chefsdagen slides as PowerPoint (docs/presentation.md). Everything here is data and pure functions; ExcelJS is
// imported by `./workbook` alone and pptxgenjs by `./presentation` alone, which the tab loads with `loadWorkbook()`
// and `loadPresentation()` when someone exports, so the libraries never weigh on the start page. Node (scripts/)
// may import them directly.
import type * as PresentationModule from './presentation';
import type * as WorkbookModule from './workbook';

export { cellText, formulaGuard, looksLikeFormula } from './cellText';
export { sha256Hex } from './checksum';
export { workbookInput } from './input';
export {
  sheetLayout,
  type CellRange,
  type CellStyle,
  type PlacedCell,
  type PlacedRow,
  type SheetLayout,
} from './layout';
export { fixedSheets, workbookModel } from './model';
export { scenarioWorkbookModel, type ScenarioWorkbookInput } from './scenarios';
export { maxSheetName, sheetNamer, validSheetName } from './sheetNames';
export {
  checksumsFile,
  checksumsText,
  newSnapshot,
  parseChecksums,
  snapshotFileNames,
  snapshotFiles,
  snapshotFolderName,
  snapshotFormat,
  verifySnapshot,
  verifyStored,
  type FileCheck,
  type NewSnapshot,
  type SnapshotCheck,
  type SnapshotDocument,
  type SnapshotFile,
  type StoredFile,
} from './snapshot';
export type { Block, CellValue, Column, ColumnKind, SheetModel, TypedNumber, WorkbookInput } from './types';

/** The module that builds the workbook with ExcelJS, loaded on demand (its own chunk in the tab's bundle). */
export function loadWorkbook(): Promise<typeof WorkbookModule> {
  return import(/* webpackChunkName: "excel" */ './workbook');
}

/** The module that writes the Chefsdagen slides with pptxgenjs, loaded on demand (its own chunk in the bundle). */
export function loadPresentation(): Promise<typeof PresentationModule> {
  return import(/* webpackChunkName: "pptx" */ './presentation');
}
