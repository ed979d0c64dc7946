import { type MunicipalityAggregate, type Period } from '../../domain';

// What the export panel needs from outside src/ui: the composition root wires it to src/exports and the library
// Exporter (src/exports/tabExports.ts), loaded with `import()` on first use.

/** What an export is doing, for the panel to say: reading the period, building the workbook, storing. */
export type ExportStep = 'reading' | 'building' | 'storing';

/** A snapshot in the library Exporter, as SharePoint recorded it. */
export interface SnapshotListing {
  /** The folder's name: when it was made, UTC (`2026-12-07T0812Z`). */
  readonly name: string;
  readonly periodId: string | null;
  /** SharePoint's Created (ISO instant). */
  readonly createdAt: string | null;
  /** SharePoint's Author (UPN). */
  readonly createdBy: string | null;
  /** Its files with the SHA-256 in their Checksum column. */
  readonly files: readonly { readonly name: string; readonly checksum: string | null }[];
}

/** A snapshot's files read back and their SHA-256 recomputed (`verifySnapshot` in src/exports). */
export interface SnapshotVerification {
  readonly ok: boolean;
  readonly files: readonly { readonly name: string; readonly ok: boolean }[];
  /** Files SHA256SUMS lists that are not there. */
  readonly missing: readonly string[];
}

/** A snapshot's frozen figures: the period's aggregate as counted when it was made. */
export interface SnapshotFigures {
  readonly period: Period;
  /** When it was made (ISO instant). */
  readonly createdAt: string;
  readonly aggregate: MunicipalityAggregate;
}

/** The project team's exports: the period's workbook, and the snapshots for the diarium. */
export interface ExportServices {
  /** The period's workbook as .xlsx bytes (reads the period with every line) and the name to save it under. */
  workbook(
    period: Period,
    onStep?: (step: ExportStep) => void,
  ): Promise<{ readonly name: string; readonly bytes: Uint8Array }>;
  /** Every snapshot in Exporter, oldest first. */
  snapshots(): Promise<readonly SnapshotListing[]>;
  /** Stores a snapshot of the period, as `npm run snapshot` does. */
  createSnapshot(period: Period, onStep?: (step: ExportStep) => void): Promise<SnapshotListing>;
  /**
   * A snapshot's figures as stored, their checksum verified; `null` when it is no longer there.
   * @throws AppError `invalid` when they changed since or cannot be read.
   */
  snapshotDocument(name: string): Promise<SnapshotFigures | null>;
  /** Reads a snapshot back and recomputes its checksums; `null` when it is no longer there. */
  verifySnapshot(name: string): Promise<SnapshotVerification | null>;
}
