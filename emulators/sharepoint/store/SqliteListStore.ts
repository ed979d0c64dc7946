import Database from 'better-sqlite3';
import { LOAD_ORDER, MemoryListStore, type Change, type TableName } from './MemoryListStore';

const SCHEMA_VERSION = '1';

/**
 * The durable store: the whole model is loaded into memory at start, and committed transactions are written to
 * SQLite (WAL, `synchronous=FULL`). Transactions committed in the same turn of the event loop are written
 * together in one SQLite transaction — one fsync for a whole burst of requests (group commit) — and `durable()`
 * resolves when that write is done; the server answers only then. A kill therefore never loses an answered
 * write, and never leaves half a request behind (a request's writes are in one SQLite transaction).
 */
export class SqliteListStore extends MemoryListStore {
  override readonly kind = 'sqlite' as const;
  private readonly upsertRow: Database.Statement<[string, string, string]>;
  private readonly deleteRow: Database.Statement<[string, string]>;
  private readonly upsertBlob: Database.Statement<[string, Buffer]>;
  private readonly deleteBlobRow: Database.Statement<[string]>;
  private readonly writeChanges: (changes: readonly Change[]) => void;
  /** Committed transactions not yet on disk, oldest first. */
  private pending: (readonly Change[])[] = [];
  private flush: Promise<void> | undefined;

  private constructor(private readonly db: Database.Database) {
    super();
    this.upsertRow = db.prepare(
      'INSERT INTO rows(tbl, key, json) VALUES (?, ?, ?) ON CONFLICT(tbl, key) DO UPDATE SET json = excluded.json',
    );
    this.deleteRow = db.prepare('DELETE FROM rows WHERE tbl = ? AND key = ?');
    this.upsertBlob = db.prepare(
      'INSERT INTO blobs(key, data) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET data = excluded.data',
    );
    this.deleteBlobRow = db.prepare('DELETE FROM blobs WHERE key = ?');
    this.writeChanges = db.transaction((changes: readonly Change[]) => {
      for (const change of netChanges(changes)) this.writeChange(change);
    });
    this.load();
  }

  /**
   * Opens (creating if needed) the database file and loads it.
   * @throws Error when the file cannot be opened or written, or was written by a newer schema.
   */
  static open(options: { file: string }): SqliteListStore {
    const db = new Database(options.file);
    try {
      db.pragma('journal_mode = WAL');
      // FULL: the WAL is fsynced at every commit, so an acknowledged write survives a power cut, not just a kill.
      db.pragma('synchronous = FULL');
      db.pragma('busy_timeout = 5000');
      db.exec(`
        CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS rows(tbl TEXT NOT NULL, key TEXT NOT NULL, json TEXT NOT NULL, PRIMARY KEY (tbl, key)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS blobs(key TEXT PRIMARY KEY, data BLOB NOT NULL);
      `);
      const version = db.prepare<[], { value: string }>("SELECT value FROM meta WHERE key = 'schema'").get();
      if (!version) db.prepare("INSERT INTO meta(key, value) VALUES ('schema', ?)").run(SCHEMA_VERSION);
      else if (version.value !== SCHEMA_VERSION) {
        throw new Error(
          `Data schema ${version.value} is not ${SCHEMA_VERSION}; use a data directory written by this version.`,
        );
      }
      return new SqliteListStore(db);
    } catch (error) {
      db.close();
      throw error;
    }
  }

  override durable(): Promise<void> {
    return this.flush ?? Promise.resolve();
  }

  override close(): void {
    if (!this.db.open) return;
    if (this.pending.length > 0) this.writePending();
    this.db.close();
  }

  protected override persist(changes: readonly Change[]): void {
    this.pending.push([...changes]);
    if (this.flush) return;
    const flush = new Promise<void>((resolve, reject) => {
      setImmediate(() => {
        this.flush = undefined;
        try {
          this.writePending();
          resolve();
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
    });
    // Awaited by the requests that wrote; the catch only keeps a failure nobody awaits from crashing the process.
    flush.catch(() => undefined);
    this.flush = flush;
  }

  private writePending(): void {
    const batch = this.pending;
    this.pending = [];
    try {
      this.writeChanges(batch.flat());
    } catch (error) {
      for (let i = batch.length - 1; i >= 0; i--) this.undoCommitted(batch[i]!);
      throw error;
    }
  }

  private writeChange(change: Change): void {
    if (change.table === 'blob') {
      if (change.after === undefined) this.deleteBlobRow.run(change.key);
      else this.upsertBlob.run(change.key, change.after as Buffer);
      return;
    }
    if (change.after === undefined) this.deleteRow.run(change.table, change.key);
    else this.upsertRow.run(change.table, change.key, JSON.stringify(change.after));
  }

  private load(): void {
    const rowsOf = this.db.prepare<[string], { key: string; json: string }>(
      'SELECT key, json FROM rows WHERE tbl = ?',
    );
    // Items in id order, so each list's id array and index buckets are built by appends.
    const items = this.db.prepare<[], { key: string; json: string }>(
      "SELECT key, json FROM rows WHERE tbl = 'item' ORDER BY substr(key, 1, instr(key, '/')), CAST(substr(key, instr(key, '/') + 1) AS INTEGER)",
    );
    for (const table of LOAD_ORDER) {
      if (table === 'blob') {
        for (const row of this.db
          .prepare<[], { key: string; data: Buffer }>('SELECT key, data FROM blobs')
          .iterate()) {
          this.apply('blob', row.key, row.data);
        }
        continue;
      }
      const rows = table === 'item' ? items.iterate() : rowsOf.iterate(table);
      for (const row of rows) this.apply(table as TableName, row.key, JSON.parse(row.json));
    }
  }
}

/** The last value of each key: a transaction that wrote an item twice stores it once. */
function netChanges(changes: readonly Change[]): Change[] {
  const last = new Map<string, Change>();
  for (const change of changes) {
    const id = `${change.table}\u0000${change.key}`;
    last.delete(id);
    last.set(id, change);
  }
  return [...last.values()];
}
