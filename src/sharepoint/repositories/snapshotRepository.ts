import { type SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/folders';
import '@pnp/sp/files';
import { Item } from '@pnp/sp/items';
import { PermissionKind } from '@pnp/sp/security';
import { AppError } from '../../domain/errors';
import { pageSize, readAll, runInBatches, valuesOf, type BatchOperation } from '../batch';
import { atEdge, statusOf } from '../errors';
import { listByKey, listServerRelativeUrl, siteUrlOf } from '../lists';
import { upnOfLogin, type SpItem } from '../mapping/values';
import { eq } from '../odata';
import { grants, maskFromRest } from '../provision/permissionLevels';

// Dated snapshots in the document library Exporter (docs/exports.md, "Snapshot"): one folder per snapshot, named by
// when it was made, holding the files; each file's item carries the period and the file's SHA-256 in columns, and
// SharePoint's own Author and Created say who stored it and when. Only the project team and IT may add to the
// library (listPermissions.ts); SharePoint refuses anyone else.
//
// Requests: `mayAdd` 1; `create` 1 (the folder) + 1 per file (uploads cannot go in a `$batch`: its parts are text) + 1 `$batch`
// setting the columns + 1 reading the snapshot back; `list` and `get` 1; `readFile` 1 per file.

/** A file to store in a snapshot. */
export interface SnapshotUpload {
  readonly name: string;
  readonly content: Uint8Array;
  /** Its SHA-256 (hex), kept in the item's Checksum column. */
  readonly checksum: string;
}

/** A stored file, as its library item says. */
export interface StoredSnapshotFile {
  readonly name: string;
  readonly serverRelativeUrl: string;
  /** The Checksum column (SHA-256, hex), as stored; `null` when empty. */
  readonly checksum: string | null;
  readonly periodId: string | null;
  /** SharePoint's Created. */
  readonly createdAt: string | null;
  /** SharePoint's Author (UPN). */
  readonly createdBy: string | null;
}

/** A snapshot: its folder and the files in it. */
export interface StoredSnapshot {
  /** The folder's name, e.g. `2026-12-07T0812Z`. */
  readonly name: string;
  readonly serverRelativeUrl: string;
  readonly periodId: string | null;
  /** SharePoint's Created of the folder. */
  readonly createdAt: string | null;
  /** SharePoint's Author of the folder (UPN). */
  readonly createdBy: string | null;
  /** The files, by name. */
  readonly files: readonly StoredSnapshotFile[];
}

const selected = [
  'Id',
  'FileLeafRef',
  'FileDirRef',
  'FSObjType',
  'PeriodId',
  'Checksum',
  'Created',
  'Author/Name',
];

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

function author(item: SpItem): string | null {
  return upnOfLogin((item.Author as { Name?: unknown } | undefined)?.Name);
}

/** Snapshots from the library's items: its folders directly under the root, with the files in each. */
function snapshotsOf(items: readonly SpItem[], root: string): StoredSnapshot[] {
  const same = (a: unknown, b: string) => typeof a === 'string' && a.toLowerCase() === b.toLowerCase();
  const folders = items.filter((i) => Number(i.FSObjType) === 1 && same(i.FileDirRef, root));
  return folders
    .map((folder): StoredSnapshot => {
      const name = String(folder.FileLeafRef);
      const url = `${root}/${name}`;
      const files = items
        .filter((i) => Number(i.FSObjType) === 0 && same(i.FileDirRef, url))
        .map((i): StoredSnapshotFile => ({
          name: String(i.FileLeafRef),
          serverRelativeUrl: `${url}/${String(i.FileLeafRef)}`,
          checksum: text(i.Checksum),
          periodId: text(i.PeriodId),
          createdAt: text(i.Created),
          createdBy: author(i),
        }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      return {
        name,
        serverRelativeUrl: url,
        periodId: text(folder.PeriodId),
        createdAt: text(folder.Created),
        createdBy: author(folder),
        files,
      };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The bytes as an ArrayBuffer of their own (PnPjs sends an ArrayBuffer as the body as it is). */
function arrayBufferOf(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer as ArrayBuffer;
}

/** Snapshots in the library Exporter. */
export class SharePointSnapshotRepository {
  constructor(private readonly sp: SPFI) {}

  private root(): string {
    return listServerRelativeUrl(siteUrlOf(this.sp), 'exporter');
  }

  /**
   * Stores a snapshot: a new folder `name` with the files in it, each item with the period and its checksum, and
   * gives it back as SharePoint recorded it (Author, Created).
   * @throws AppError `conflict` when a snapshot of that name exists; `forbidden` (or `notFound`, as SharePoint
   * hides a library from those who may not read it) for anyone but the project team and IT.
   */
  create(snapshot: {
    readonly name: string;
    readonly periodId: string;
    readonly files: readonly SnapshotUpload[];
  }): Promise<StoredSnapshot> {
    return atEdge(async () => {
      const root = this.root();
      const folderUrl = `${root}/${snapshot.name}`;
      try {
        await listByKey(this.sp, 'exporter').rootFolder.folders.addUsingPath(snapshot.name, false);
      } catch (error) {
        if (await this.exists(folderUrl)) {
          throw new AppError('conflict', {
            message:
              `Ögonblicksbilden ${snapshot.name} finns redan i Exporter; vänta en minut och gör en ny. / ` +
              `The snapshot ${snapshot.name} already exists in Exporter; wait a minute and make a new one.`,
            cause: error,
          });
        }
        throw error;
      }
      const folder = () => this.sp.web.getFolderByServerRelativePath(folderUrl);
      for (const file of snapshot.files) {
        await folder().files.addUsingPath(file.name, arrayBufferOf(file.content), { Overwrite: false });
      }
      const columns: BatchOperation<unknown>[] = [
        (b) =>
          Item(b.web.getFolderByServerRelativePath(folderUrl), 'listItemAllFields').update({
            PeriodId: snapshot.periodId,
          }),
        ...snapshot.files.map(
          (file): BatchOperation<unknown> =>
            (b) =>
              Item(
                b.web.getFileByServerRelativePath(`${folderUrl}/${file.name}`),
                'listItemAllFields',
              ).update({
                PeriodId: snapshot.periodId,
                Checksum: file.checksum,
              }),
        ),
      ];
      valuesOf(await runInBatches(this.sp, columns));
      const stored = await this.get(snapshot.name);
      if (stored === null)
        throw new AppError('unexpected', {
          message: `Snapshot ${snapshot.name} not found after storing it.`,
        });
      return stored;
    });
  }

  /**
   * Whether the signed-in user may add to Exporter (1 request), so that a script can say so before it reads and
   * builds anything; SharePoint refuses the upload itself either way.
   */
  mayAdd(): Promise<boolean> {
    return atEdge(async () => {
      try {
        const list = await listByKey(this.sp, 'exporter').select('EffectiveBasePermissions')();
        return grants(
          maskFromRest(
            (list as { EffectiveBasePermissions?: { High?: unknown; Low?: unknown } })
              .EffectiveBasePermissions,
          ),
          PermissionKind.AddListItems,
        );
      } catch (error) {
        // SharePoint answers 404 for a library the user may not read.
        if (statusOf(error) === 404) return false;
        throw error;
      }
    });
  }

  /** Every snapshot, oldest first, or those of one period. @throws AppError */
  list(query: { readonly periodId?: string } = {}): Promise<StoredSnapshot[]> {
    return atEdge(async () => {
      const [items] = await readAll(this.sp, [
        (b) => {
          const q = listByKey(b, 'exporter')
            .items.select(...selected)
            .expand('Author')
            .top(pageSize);
          return query.periodId === undefined ? q : q.filter(eq('PeriodId', query.periodId));
        },
      ]);
      return snapshotsOf(items ?? [], this.root());
    });
  }

  /** One snapshot by its folder's name, or `null`. @throws AppError */
  async get(name: string): Promise<StoredSnapshot | null> {
    const all = await this.list();
    return all.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;
  }

  /** A stored file's bytes. @throws AppError */
  readFile(file: Pick<StoredSnapshotFile, 'serverRelativeUrl'>): Promise<Uint8Array> {
    return atEdge(async () => {
      const buffer = await this.sp.web.getFileByServerRelativePath(file.serverRelativeUrl).getBuffer();
      return new Uint8Array(buffer);
    });
  }

  /** Whether a folder exists; `false` also when SharePoint will not say (the first error is the one to report). */
  private async exists(folderUrl: string): Promise<boolean> {
    try {
      const folder = await this.sp.web.getFolderByServerRelativePath(folderUrl).select('Exists')();
      return (folder as { Exists?: unknown }).Exists === true;
    } catch {
      return false;
    }
  }
}
