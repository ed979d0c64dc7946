// The project team's exports in the tab (docs/exports.md, "In the tab"): the workbook to download, and snapshots
// for the diarium made, listed and verified with the functions `npm run export` and `npm run snapshot` use. The
// composition root loads this module with `import()` when the panel first asks, and hands it the repositories;
// ExcelJS loads only when a workbook is built.
import { AppError, type DashboardData, type DashboardQuery, type Period } from '../domain';
import { loadWorkbook } from './index';
import { workbookInput } from './input';
import { sha256Hex } from './checksum';
import {
  newSnapshot,
  parseSnapshotDocument,
  verifyStored,
  type NewSnapshot,
  type SnapshotCheck,
  type SnapshotDocument,
} from './snapshot';
import { type WorkbookInput } from './types';

/** What an export is doing: reading the period, building the workbook, storing the snapshot. */
export type ExportStep = 'reading' | 'building' | 'storing';

/** A stored file of a snapshot, as the library lists it. */
interface StoredFileRef {
  readonly name: string;
  readonly checksum: string | null;
  readonly serverRelativeUrl: string;
}

/** A stored snapshot, as the library lists it. */
interface StoredSnapshotRef {
  readonly name: string;
  readonly periodId: string | null;
  readonly createdAt: string | null;
  readonly createdBy: string | null;
  readonly files: readonly StoredFileRef[];
}

/** The library Exporter (`SharePointSnapshotRepository`). */
export interface SnapshotLibrary {
  mayAdd(): Promise<boolean>;
  list(): Promise<StoredSnapshotRef[]>;
  get(name: string): Promise<StoredSnapshotRef | null>;
  create(snapshot: NewSnapshot): Promise<StoredSnapshotRef>;
  readFile(file: StoredFileRef): Promise<Uint8Array>;
}

/** What the tab's exports read from and write to. */
export interface TabExportSources {
  /** The period's data with every line and its free text (`DashboardRepository.load`). */
  readonly load: (query: DashboardQuery) => Promise<DashboardData>;
  readonly snapshots: SnapshotLibrary;
  /** Who is signed in (UPN): who made the workbook. */
  readonly upn: string;
  readonly now: () => Date;
}

/** A downloaded workbook's name: `stodinventering-<period>-<the local date>.xlsx`. */
export function workbookFileName(periodId: string, at: Date): string {
  const parts = [at.getFullYear(), at.getMonth() + 1, at.getDate()];
  return `stodinventering-${periodId}-${parts.map((n) => String(n).padStart(2, '0')).join('-')}.xlsx`;
}

/**
 * The tab's exports on `sources`. The dashboard reads figures only (one summary per unit, no comments), so a
 * workbook or a snapshot reads the period again with every line, as `npm run export` does (2 requests at 1×).
 */
export function tabExports(sources: TabExportSources) {
  const { snapshots } = sources;

  async function read(period: Period, onStep?: (step: ExportStep) => void): Promise<WorkbookInput> {
    onStep?.('reading');
    const createdAt = sources.now().toISOString();
    const data = await sources.load({ periodId: period.id });
    return workbookInput(data, { period, createdAt, createdBy: sources.upn });
  }

  async function build(input: WorkbookInput, onStep?: (step: ExportStep) => void): Promise<Uint8Array> {
    onStep?.('building');
    const { workbookBytes } = await loadWorkbook();
    return workbookBytes(input);
  }

  return {
    /** The period's workbook, built in memory, and the name to save it under. */
    async workbook(period: Period, onStep?: (step: ExportStep) => void) {
      const input = await read(period, onStep);
      const bytes = await build(input, onStep);
      return { name: workbookFileName(period.id, new Date(input.createdAt)), bytes };
    },
    /** Every snapshot in Exporter, oldest first. */
    snapshots: () => snapshots.list(),
    /**
     * Stores a snapshot of the period as `npm run snapshot` does, and gives it back as SharePoint recorded it.
     * @throws AppError `forbidden` before reading anything when the signed-in user may not add to Exporter;
     * `conflict` for a second snapshot in the same minute.
     */
    async createSnapshot(period: Period, onStep?: (step: ExportStep) => void) {
      if (!(await snapshots.mayAdd()))
        throw new AppError('forbidden', { message: 'Only the project team and IT may add to Exporter.' });
      const input = await read(period, onStep);
      const snapshot = await newSnapshot(input, await build(input, onStep));
      onStep?.('storing');
      return snapshots.create(snapshot);
    },
    /**
     * A snapshot's figures as stored for the diarium, for Chefsdagen's slides; `null` when it is not there.
     * @throws AppError `invalid` when its JSON is missing, changed since it was stored (its checksum differs) or
     * unreadable: frozen figures are shown exactly as stored, or not at all.
     */
    async snapshotDocument(name: string): Promise<SnapshotDocument | null> {
      const stored = await snapshots.get(name);
      if (stored === null) return null;
      const file = stored.files.find((f) => f.name.toLowerCase().endsWith('.json'));
      if (file === undefined)
        throw new AppError('invalid', {
          message: `Ögonblicksbilden ${name} saknar sin JSON-fil. / The snapshot ${name} lacks its JSON file.`,
        });
      const content = await snapshots.readFile(file);
      if (file.checksum === null || (await sha256Hex(content)) !== file.checksum.toLowerCase())
        throw new AppError('invalid', {
          message:
            `${file.name} har ändrats sedan ögonblicksbilden sparades. / ` +
            `${file.name} has changed since the snapshot was stored.`,
        });
      return parseSnapshotDocument(new TextDecoder().decode(content));
    },
    /** Reads a snapshot's files back and verifies their checksums; `null` when it is not there. */
    async verifySnapshot(name: string): Promise<SnapshotCheck | null> {
      const stored = await snapshots.get(name);
      return stored === null ? null : verifyStored(stored.files, (file) => snapshots.readFile(file));
    },
  };
}
