import { inventoryDifferences, normaliseUpn, type Inventory, type MunicipalityConfig } from '../../domain';
import { type BackupStorage } from '../services';

// The local backup of what the manager typed: written on every change, so a reload, a closed tab or a dropped
// connection loses nothing that SharePoint has not stored yet. One entry per user and inventory, so two people
// sharing a computer never see each other's drafts.

/** What the backup holds for one inventory. */
export interface DraftBackup {
  /** The entry's format. */
  readonly format: 1;
  /** When it was written (ISO instant). */
  readonly writtenAt: string;
  /** The stored version (etag) the draft started from. */
  readonly baseVersion: string;
  /** The draft as the manager left it. */
  readonly draft: Inventory;
  /** Texts typed into number fields that are not numbers yet, by validation path. */
  readonly unparsed: Readonly<Record<string, string>>;
  /** Whether the draft holds changes SharePoint has not stored. */
  readonly dirty: boolean;
  /** The function the manager last worked on, to resume there. */
  readonly lastFunctionId: string | null;
}

/** The storage key of a user's backup of an inventory. */
export function backupKey(upn: string, inventoryId: string): string {
  return `stodinventering:draft:${normaliseUpn(upn)}:${inventoryId}`;
}

/** The backup under `key`, or `null` when there is none or it cannot be read (another format, damaged). */
export function readBackup(storage: BackupStorage, key: string): DraftBackup | null {
  try {
    const text = storage.getItem(key);
    if (text === null) return null;
    const value = JSON.parse(text) as Partial<DraftBackup> | null;
    if (value?.format !== 1 || typeof value.draft !== 'object' || value.draft === null) return null;
    return value as DraftBackup;
  } catch {
    // reason: storage can be switched off (private mode) or hold something else; then there is no backup.
    return null;
  }
}

/** Writes the backup; `false` when the browser refuses (storage full or switched off). */
export function writeBackup(storage: BackupStorage, key: string, backup: DraftBackup): boolean {
  try {
    storage.setItem(key, JSON.stringify(backup));
    return true;
  } catch {
    return false;
  }
}

/** What opening the form does with a backup. */
export type RestoreDecision =
  /** Start from the stored inventory (no backup, nothing unsaved, or what was unsaved is stored after all). */
  | { readonly kind: 'stored'; readonly unparsed: Readonly<Record<string, string>> }
  /** Continue with the backup: it holds changes made on the stored version; save them. */
  | {
      readonly kind: 'backup';
      readonly draft: Inventory;
      readonly unparsed: Readonly<Record<string, string>>;
    }
  /** The stored version changed since the backup's changes were made: the manager chooses per field. */
  | {
      readonly kind: 'conflict';
      readonly mine: Inventory;
      readonly unparsed: Readonly<Record<string, string>>;
    };

/** Decides how the form starts from the stored inventory and its backup. */
export function restoreDecision(
  backup: DraftBackup | null,
  context: { readonly stored: Inventory; readonly config: MunicipalityConfig },
): RestoreDecision {
  const { stored, config } = context;
  if (backup === null) return { kind: 'stored', unparsed: {} };
  const sameBase = backup.baseVersion === stored.version;
  if (!backup.dirty) return { kind: 'stored', unparsed: sameBase ? backup.unparsed : {} };
  if (sameBase) {
    // The answer is the backup's; what only the store knows (revision, decisions) is the store's.
    const draft = { ...backup.draft, revision: stored.revision, decisions: stored.decisions };
    return { kind: 'backup', draft, unparsed: backup.unparsed };
  }
  // A save that reached SharePoint just before the tab closed leaves a backup on the older version with the same
  // content: nothing to choose then.
  if (inventoryDifferences(backup.draft, stored, config).length === 0) {
    return { kind: 'stored', unparsed: backup.unparsed };
  }
  return { kind: 'conflict', mine: backup.draft, unparsed: backup.unparsed };
}
