import { type SPFI } from '@pnp/sp';
import '@pnp/sp/lists';
import { AppError } from '../../domain/errors';
import { type Unit } from '../../domain/organisation/types';
import { listByKey, siteUrlOf, unitFolderUrl } from '../lists';
import { type ScopeNames } from '../mapping/lines';
import { type FormValue } from '../mapping/values';
import { type ListKey } from '../schema/types';

// Items are created inside their unit's folder, so they inherit the folder's permissions (docs/data-model.md).
// REST's `items.add` cannot place an item in a folder; `AddValidateUpdateItemUsingPath` can, but takes every
// value as text parsed in the web's locale (a decimal comma on a Swedish site). So creation sends only text —
// keys, scope, status — and numbers, choices and JSON follow as a typed MERGE.

/** One entry of SharePoint's answer to `AddValidateUpdateItemUsingPath` (SP.ListItemFormUpdateValue). */
interface FormUpdateValue {
  readonly FieldName?: string;
  readonly FieldValue?: string | null;
  readonly HasException?: boolean;
  readonly ErrorMessage?: string | null;
  readonly ItemId?: number;
}

/** What to create where. */
export interface FolderItem {
  /** The list. */
  readonly list: ListKey;
  /** The unit whose folder the item goes into. */
  readonly unitCode: string;
  /** The item's text values. */
  readonly values: readonly FormValue[];
  /** What the item is, for error messages (e.g. its InventoryKey). */
  readonly describe: string;
}

/**
 * The new item's ID from SharePoint's answer. SharePoint answers 200 even when it refused a value (and then
 * stores nothing), so each entry's `HasException` is checked.
 * @throws AppError `invalid` naming the item and each refused field with SharePoint's reason.
 */
export function createdItemId(answer: unknown, describe: string): number {
  const entries = (Array.isArray(answer) ? answer : []) as FormUpdateValue[];
  const refused = entries.filter((e) => e.HasException === true);
  if (refused.length > 0) {
    throw new AppError('invalid', {
      message: `SharePoint refused ${describe}: ${refused.map((e) => `${e.FieldName}: ${e.ErrorMessage ?? ''}`).join('; ')}`,
    });
  }
  const idEntry = entries.find((e) => e.FieldName === 'Id');
  const id = Number(idEntry?.FieldValue ?? entries.find((e) => (e.ItemId ?? 0) > 0)?.ItemId);
  if (!Number.isInteger(id) || id <= 0) {
    throw new AppError('unexpected', { message: `SharePoint gave no item id for ${describe}.` });
  }
  return id;
}

/**
 * Creates an item in its unit's folder and resolves with its ID. Registers its request synchronously, so it
 * can be one operation of a `$batch`.
 */
export function addInUnitFolder(sp: SPFI, item: FolderItem): Promise<number> {
  const folder = unitFolderUrl(siteUrlOf(sp), item.list, item.unitCode);
  return listByKey(sp, item.list)
    .addValidateUpdateItemUsingPath([...item.values], folder)
    .then((answer) => createdItemId(answer, item.describe));
}

/** The names copied onto a unit's inventory items: its own, its sektor's and its kontor's. */
export function scopeNames(
  unit: Unit,
  byId: ReadonlyMap<string, Unit>,
): ScopeNames & { managerName: string | null } {
  return {
    unitName: unit.name,
    sektorName: byId.get(unit.sektorId)?.name ?? unit.sektorId,
    kontorName: unit.kontorId === null ? null : (byId.get(unit.kontorId)?.name ?? unit.kontorId),
    managerName: unit.manager?.name ?? null,
  };
}
