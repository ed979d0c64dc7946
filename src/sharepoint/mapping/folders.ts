import { type SpItem } from './values';

// A manager may write any column of the items in their unit's folder, so no column can say whose an item is.
// Only the folder can: SharePoint lets nobody but the project team and IT write in another unit's folder
// (docs/security.md). So an item belongs to the unit whose folder holds it, and an item whose keys claim
// another unit is left out.

/**
 * The unit whose folder holds an item: the folder directly under the list's root folder in the item's
 * `FileDirRef`. `null` for an item at the root or deeper down (a folder a manager made inside their own belongs
 * to nobody). Compared without case, as SharePoint compares URLs.
 */
export function unitOfFolder(fileDirRef: unknown, listRoot: string): string | null {
  if (typeof fileDirRef !== 'string') return null;
  const root = `${listRoot.replace(/\/+$/, '')}/`;
  if (
    fileDirRef.length <= root.length ||
    fileDirRef.slice(0, root.length).toLowerCase() !== root.toLowerCase()
  )
    return null;
  const rest = fileDirRef.slice(root.length);
  return rest.includes('/') ? null : rest;
}

/** Where an item stands: the unit whose folder holds it, and whether its key agrees with that folder. */
export type ItemPlace =
  | { readonly owned: true; readonly unitId: string; readonly key: string }
  | { readonly owned: false; readonly unitId: string | null; readonly claims: string };

/**
 * Whether an item's key (`<periodId or roundId>:<unitCode>`: an inventory's, line's or decision's `InventoryKey`, an
 * answer's `AnswerKey`) names the unit folder that holds it. When it does, the unit is the folder's (its name is the
 * unit code as the import wrote it) and the key is rebuilt from it, so letter case cannot make two of one. Only the
 * key and the folder are read: the other columns a manager could set are never asked whose an item is.
 */
export function placementOf(
  item: SpItem,
  listRoot: string,
  options: {
    /** The column holding the key. @default 'InventoryKey' */
    readonly keyColumn?: string;
  } = {},
): ItemPlace {
  const unitId = unitOfFolder(item.FileDirRef, listRoot);
  const value = item[options.keyColumn ?? 'InventoryKey'];
  const key = typeof value === 'string' ? value : '';
  // Unit codes hold no colon (letters, digits, `.`, `-`, `_`), so the unit is what follows the last one.
  const colon = key.lastIndexOf(':');
  if (unitId === null || colon <= 0 || key.slice(colon + 1).toLowerCase() !== unitId.toLowerCase())
    return { owned: false, unitId, claims: key };
  return { owned: true, unitId, key: `${key.slice(0, colon)}:${unitId}` };
}
