import { isAppError, type AppError } from '../../domain/errors';
import { reviewStatus } from '../../domain/inventory/review';
import { type Inventory, type ReviewDecision } from '../../domain/inventory/types';
import { type IgnoredItem, type IgnoredReason } from '../../domain/ports';
import { type FolderRoots, type UnitFolderList } from '../lists';
import { decisionFromItem } from '../mapping/decisions';
import { placementOf } from '../mapping/folders';
import { inventoryFromItem, inventoryToItem, withLines, type StoredInventory } from '../mapping/inventories';
import { lineFromItem, lineToItem, type StoredLine } from '../mapping/lines';
import { fingerprint, itemIdOf, itemVersion, type SpItem } from '../mapping/values';
import { encodeVersion, revisionOf, type ItemState } from '../mapping/version';
import { listNames } from '../schema/listNames';
import { type ListKey } from '../schema/types';

/** What inventories are assembled from. */
export interface AssemblyInput {
  /** Inventeringar items. */
  readonly inventoryItems: readonly SpItem[];
  /** Inventeringsrader items (of these inventories and maybe others). */
  readonly lineItems: readonly SpItem[];
  /** Granskningsbeslut items (of these inventories and maybe others). */
  readonly decisionItems: readonly SpItem[];
  /** Each function's position in the taxonomy. */
  readonly functionOrder: ReadonlyMap<string, number>;
  /** The lists' root folders. */
  readonly roots: FolderRoots;
  /**
   * Each unit's manager as the Organisation list says (which no manager can write), for the rule that nobody
   * decides on their own inventory; the inventory's own ManagerUpn column otherwise.
   */
  readonly managers?: ReadonlyMap<string, string | null>;
}

/** The inventories that count, and the items left out. */
export interface Assembled {
  readonly inventories: Inventory[];
  readonly ignored: IgnoredItem[];
}

interface Entry {
  readonly stored: StoredInventory;
  readonly item: SpItem;
  readonly lines: Map<string, ItemState>;
  readonly lineValues: StoredLine['line'][];
  readonly decisions: { itemId: number; decision: ReviewDecision }[];
  damage: { reason: IgnoredReason; error?: AppError } | null;
}

/** An item left out, as `ignored` lists it. */
export function ignoredItem(
  list: ListKey,
  item: SpItem,
  what: { unitId: string | null; claims: string; reason: IgnoredReason; error?: AppError },
): IgnoredItem {
  return { list: listNames[list].title, itemId: itemIdOf(item), ...what };
}

/** Runs a mapping; an `invalid` AppError (an item people broke in SharePoint) becomes a value to report. */
export function attempt<T>(read: () => T): { ok: true; value: T } | { ok: false; error: AppError } {
  try {
    return { ok: true, value: read() };
  } catch (error) {
    if (isAppError(error) && error.code === 'invalid') return { ok: false, error };
    throw error;
  }
}

/** The items that lie in the unit folder their key names, with that unit and key; the others go to `ignored`. */
export function ownedItems(
  list: UnitFolderList,
  items: readonly SpItem[],
  context: { readonly roots: FolderRoots; readonly ignored: IgnoredItem[] },
): { item: SpItem; unitId: string; key: string }[] {
  const owned: { item: SpItem; unitId: string; key: string }[] = [];
  for (const item of items) {
    const place = placementOf(item, context.roots[list]);
    if (place.owned) owned.push({ item, unitId: place.unitId, key: place.key });
    else
      context.ignored.push(
        ignoredItem(list, item, { unitId: place.unitId, claims: place.claims, reason: 'outsideUnitFolder' }),
      );
  }
  return owned;
}

function stateOf(item: SpItem, id: number, body: Record<string, unknown>): ItemState {
  return [id, itemVersion(item) ?? 0, fingerprint(body)];
}

/**
 * Inventories from their items, their lines' and their decisions' items. Only what the unit folders prove
 * counts: an item whose keys claim another unit than its folder's is left out, and so is every item of an
 * inventory that has an unreadable item or a second line for one function (the figures would be wrong). Each
 * inventory gets its lines (in the configuration's order), its decisions (oldest first), a version holding
 * every item's ID, ETag version and fingerprint, the revision its decisions pin, and the status they and the
 * manager's answer give (`reviewStatus`). Lines and decisions of inventories not among the inventory items are
 * dropped (a reviewer may read more units' than they asked for).
 */
export function assembleInventories(input: AssemblyInput): Assembled {
  const { roots, functionOrder } = input;
  const ignored: IgnoredItem[] = [];
  const byKey = new Map<string, Entry>();

  const owned = (list: UnitFolderList, items: readonly SpItem[]) =>
    ownedItems(list, items, { roots, ignored });

  for (const { item, unitId, key } of owned('inventeringar', input.inventoryItems)) {
    const read = attempt(() => inventoryFromItem(item));
    const claims = { unitId, claims: key };
    if (!read.ok) {
      ignored.push(
        ignoredItem('inventeringar', item, { ...claims, reason: 'unreadable', error: read.error }),
      );
      continue;
    }
    const seen = byKey.get(key);
    if (seen !== undefined) {
      seen.damage ??= { reason: 'duplicate' };
      ignored.push(ignoredItem('inventeringar', item, { ...claims, reason: 'duplicate' }));
      continue;
    }
    const inventory = { ...read.value.inventory, id: key, unitId };
    byKey.set(key, {
      stored: { ...read.value, inventory },
      item,
      lines: new Map(),
      lineValues: [],
      decisions: [],
      damage: null,
    });
  }

  for (const { item, key } of owned('inventeringsrader', input.lineItems)) {
    const entry = byKey.get(key);
    if (entry === undefined) continue;
    const read = attempt(() => lineFromItem(item));
    if (!read.ok) {
      entry.damage ??= { reason: 'unreadable', error: read.error };
      continue;
    }
    const { itemId, line } = read.value;
    if (entry.lines.has(line.functionId)) {
      entry.damage ??= { reason: 'duplicate' };
      continue;
    }
    entry.lines.set(line.functionId, stateOf(item, itemId, lineToItem(line)));
    entry.lineValues.push(line);
  }

  for (const { item, unitId, key } of owned('granskningsbeslut', input.decisionItems)) {
    const entry = byKey.get(key);
    if (entry === undefined) continue;
    const read = attempt(() => decisionFromItem(item));
    if (!read.ok) {
      const what = { unitId, claims: key, error: read.error };
      ignored.push(ignoredItem('granskningsbeslut', item, { ...what, reason: 'unreadable' }));
      continue;
    }
    entry.decisions.push(read.value);
  }

  const inventories: Inventory[] = [];
  for (const entry of byKey.values()) {
    const { inventory, itemId, answer } = entry.stored;
    if (entry.damage !== null) {
      ignored.push(
        ignoredItem('inventeringar', entry.item, {
          unitId: inventory.unitId,
          claims: inventory.id,
          ...entry.damage,
        }),
      );
      continue;
    }
    const lines = Object.fromEntries(entry.lines);
    const revision = revisionOf({ item: [itemId, itemVersion(entry.item) ?? 0, ''], lines });
    const decisions = entry.decisions.sort((a, b) => a.itemId - b.itemId).map((d) => d.decision);
    const managerUpn = input.managers?.get(inventory.unitId) ?? inventory.managerUpn;
    const status = reviewStatus({ answer, revision, decisions, managerUpn });
    const assembled = withLines(
      { ...inventory, status, revision, decisions },
      { lines: entry.lineValues, functionOrder },
    );
    // Fingerprinted as a save would write it, so a save of an unchanged inventory writes nothing. The Summary is
    // left out: it follows from the lines, and a save writes it whenever a line changes.
    const version = encodeVersion({
      item: stateOf(entry.item, itemId, inventoryToItem(assembled)),
      lines,
      answer,
    });
    inventories.push({ ...assembled, version });
  }
  return { inventories, ignored };
}
