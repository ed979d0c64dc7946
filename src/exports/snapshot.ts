import { AppError, type MunicipalityAggregate, type Period } from '../domain';
import { sha256Hex } from './checksum';
import { type WorkbookInput } from './types';

// A dated snapshot for the diarium (docs/exports.md, "Snapshot"): the workbook, the aggregate as JSON and a
// SHA256SUMS file, stored together in a folder named by the time it was made. Each file's checksum is also kept in
// its item's Checksum column, so a reader can verify with `sha256sum -c SHA256SUMS` or with `--verify`.

/** What the snapshot's JSON says it is. */
export const snapshotFormat = 'stodinventering-snapshot/1';

/** The JSON file: the aggregate with its period, and who made it when. */
export interface SnapshotDocument {
  readonly format: typeof snapshotFormat;
  readonly period: Period;
  /** When the snapshot was made (ISO instant). */
  readonly createdAt: string;
  /** Who made it (UPN), as the signed-in user. */
  readonly createdBy: string | null;
  readonly aggregate: MunicipalityAggregate;
}

/** The name of the file listing the others' checksums, in `sha256sum`'s format. */
export const checksumsFile = 'SHA256SUMS';

/** A file of a snapshot and its SHA-256. */
export interface SnapshotFile {
  readonly name: string;
  readonly content: Uint8Array;
  readonly checksum: string;
}

/**
 * The folder of a snapshot made at `instant`: its date and time in UTC to the minute, without the colons
 * SharePoint refuses in names (`2026-12-07T0812Z`).
 */
export function snapshotFolderName(instant: string): string {
  const iso = new Date(instant).toISOString();
  return `${iso.slice(0, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}Z`;
}

/** The names of a snapshot's data files. */
export function snapshotFileNames(periodId: string): { workbook: string; aggregate: string } {
  return { workbook: `stodinventering-${periodId}.xlsx`, aggregate: `stodinventering-${periodId}.json` };
}

/** `sha256sum`'s lines: the checksum, two spaces, the name. */
export function checksumsText(files: readonly Pick<SnapshotFile, 'name' | 'checksum'>[]): string {
  return files.map((f) => `${f.checksum}  ${f.name}\n`).join('');
}

/** The lines of a SHA256SUMS file, by file name (a `*` before the name, binary mode, is allowed). */
export function parseChecksums(text: string): Map<string, string> {
  const sums = new Map<string, string>();
  for (const line of text.split(/\r?\n/u)) {
    const match = /^([0-9a-fA-F]{64}) [ *](.+)$/u.exec(line);
    if (match !== null) sums.set(match[2]!, match[1]!.toLowerCase());
  }
  return sums;
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The files of a snapshot, with their checksums: the workbook, the JSON and SHA256SUMS (last). */
export async function snapshotFiles(input: {
  readonly workbook: Uint8Array;
  readonly document: SnapshotDocument;
}): Promise<SnapshotFile[]> {
  const names = snapshotFileNames(input.document.period.id);
  const data = [
    { name: names.workbook, content: input.workbook },
    { name: names.aggregate, content: utf8(`${JSON.stringify(input.document, null, 2)}\n`) },
  ];
  const files = await Promise.all(data.map(async (f) => ({ ...f, checksum: await sha256Hex(f.content) })));
  const sums = utf8(checksumsText(files));
  return [...files, { name: checksumsFile, content: sums, checksum: await sha256Hex(sums) }];
}

/** What the library Exporter stores for a snapshot: its folder's name, the period and the files. */
export interface NewSnapshot {
  readonly name: string;
  readonly periodId: string;
  readonly files: readonly SnapshotFile[];
}

/**
 * A snapshot of `input` with its workbook's bytes, ready to store: what `npm run snapshot` (with the streamed
 * workbook) and the tab (with the one built in memory) both store. The folder is named by `input.createdAt`.
 */
export async function newSnapshot(input: WorkbookInput, workbook: Uint8Array): Promise<NewSnapshot> {
  const document: SnapshotDocument = {
    format: snapshotFormat,
    period: input.period,
    createdAt: input.createdAt,
    createdBy: input.createdBy,
    aggregate: input.aggregate,
  };
  return {
    name: snapshotFolderName(input.createdAt),
    periodId: input.period.id,
    files: await snapshotFiles({ workbook, document }),
  };
}

/** A stored file to verify: its content and the checksum its item's column holds. */
export interface StoredFile {
  readonly name: string;
  readonly content: Uint8Array;
  readonly checksum: string | null;
}

/** One file's verification. */
export interface FileCheck {
  readonly name: string;
  /** The SHA-256 of the content as stored now. */
  readonly actual: string;
  /** What its item's Checksum column says, if anything. */
  readonly column: string | null;
  /** What SHA256SUMS says (`null` for SHA256SUMS itself, or a file it does not list). */
  readonly listed: string | null;
  readonly ok: boolean;
}

/** A snapshot's verification: every file, and the files SHA256SUMS lists that are not there. */
export interface SnapshotCheck {
  readonly ok: boolean;
  readonly files: readonly FileCheck[];
  readonly missing: readonly string[];
}

/**
 * Recomputes every stored file's SHA-256 and compares it with its Checksum column and with SHA256SUMS. A file
 * matches when its column holds its checksum and, for a data file, SHA256SUMS lists the same; a snapshot matches
 * when every file does and SHA256SUMS lists no file that is missing.
 */
export async function verifySnapshot(files: readonly StoredFile[]): Promise<SnapshotCheck> {
  const sumsFile = files.find((f) => f.name === checksumsFile);
  const listed =
    sumsFile === undefined
      ? new Map<string, string>()
      : parseChecksums(new TextDecoder().decode(sumsFile.content));
  const checks = await Promise.all(
    files.map(async (file): Promise<FileCheck> => {
      const actual = await sha256Hex(file.content);
      const isSums = file.name === checksumsFile;
      const listedSum = isSums ? null : (listed.get(file.name) ?? null);
      const column = file.checksum?.trim().toLowerCase() || null;
      const ok = column === actual && (isSums || listedSum === actual);
      return { name: file.name, actual, column, listed: listedSum, ok };
    }),
  );
  const present = new Set(files.map((f) => f.name));
  const missing = [...listed.keys()].filter((name) => !present.has(name));
  if (sumsFile === undefined) missing.push(checksumsFile);
  return { ok: missing.length === 0 && checks.every((c) => c.ok), files: checks, missing };
}

/**
 * Reads each of a stored snapshot's files with `read` (one after another: a snapshot is a few files, and SharePoint
 * is spared a burst) and verifies them with `verifySnapshot`: what `--verify` and the tab's Verifiera both do.
 */
export async function verifyStored<F extends { readonly name: string; readonly checksum: string | null }>(
  files: readonly F[],
  read: (file: F) => Promise<Uint8Array>,
): Promise<SnapshotCheck> {
  const stored: StoredFile[] = [];
  for (const file of files)
    stored.push({ name: file.name, checksum: file.checksum, content: await read(file) });
  return verifySnapshot(stored);
}

/**
 * A snapshot's JSON read back. Only its shape is checked here: whether the bytes are those stored is the checksum's
 * question (`readSnapshotDocument` in tabExports.ts asks it first).
 * @throws AppError `invalid` when the text is not a snapshot of this format.
 */
export function parseSnapshotDocument(text: string): SnapshotDocument {
  const invalid = (why: string) =>
    new AppError('invalid', {
      message: `Ögonblicksbilden går inte att läsa: ${why}. / The snapshot cannot be read: ${why}.`,
    });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw invalid('not JSON');
  }
  const document = value as Partial<SnapshotDocument> | null;
  if (typeof document !== 'object' || document === null || document.format !== snapshotFormat)
    throw invalid(`not ${snapshotFormat}`);
  const aggregate = document.aggregate as Partial<SnapshotDocument['aggregate']> | undefined;
  if (
    typeof document.createdAt !== 'string' ||
    typeof document.period?.id !== 'string' ||
    typeof aggregate?.kommun !== 'object' ||
    !Array.isArray(aggregate.sektorer) ||
    !Array.isArray(aggregate.proposals)
  )
    throw invalid('parts are missing');
  return document as SnapshotDocument;
}
