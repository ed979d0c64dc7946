import { type MunicipalityConfig } from '../../domain/config/types';
import { reviewStatus } from '../../domain/inventory/review';
import { type AnswerFigures, type Inventory, type ReviewDecision } from '../../domain/inventory/types';
import { type Unit } from '../../domain/organisation/types';
import { type IgnoredItem } from '../../domain/ports';
import { type FolderRoots } from '../lists';
import { decisionFromItem } from '../mapping/decisions';
import { figuresFromText } from '../mapping/figures';
import { inventoryFromItem, type StoredInventory } from '../mapping/inventories';
import { itemVersion, type SpItem } from '../mapping/values';
import { listNames } from '../schema/listNames';
import { attempt, ignoredItem, ownedItems } from './assemble';

// The dashboards' inventories from one item each: the answer's figures come from its `Summary` (written in the same
// MERGE as every save), not from twenty line items, so a region's dashboard reads a fifth of the bytes and parses
// a fraction of the JSON (docs/data-model.md, "Dashboards at region scale"). The reviewer's pages read their
// statuses the same way (`readStatuses.ts`).
//
// The status needs a revision, and without the lines only the inventory item's part of it is known. That part is
// enough for the app's own edits — every save writes the inventory item, as the save's lock — so a decision counts
// while the item is as it was decided on. Figures never depend on it being more: while an approval stands the item,
// and with it the Summary, is as the reviewer approved it; once the item moves on, the approval's own copy of the
// figures counts (`withApprovedFigures`).

/** What the summary assembly reads. */
export interface SummaryInput {
  /** Inventeringar items, with `Summary` and the first-line columns. */
  readonly inventoryItems: readonly SpItem[];
  /** Granskningsbeslut items (of these inventories and maybe others). */
  readonly decisionItems: readonly SpItem[];
  /** The lists' root folders. */
  readonly roots: FolderRoots;
  /** Each unit's manager as Organisation says. */
  readonly managers: ReadonlyMap<string, string | null>;
  /** The configuration the figures must fit. */
  readonly config: MunicipalityConfig;
  /** The units by id. */
  readonly units: ReadonlyMap<string, Unit>;
}

/** The inventories read from their summaries, and the items whose summary cannot stand for their lines. */
export interface SummaryAssembly {
  /** Inventories with figures-only lines; `version` is `''`: they are for counting, never for saving. */
  readonly inventories: Inventory[];
  /** Items left out. */
  readonly ignored: IgnoredItem[];
  /**
   * Inventory items without a readable summary (saved before the column existed, or written around the app):
   * their lines must be read.
   */
  readonly withoutSummary: SpItem[];
}

/** The inventory item's part of a revision (`12.3` of `12.3;40.2,41.1`). */
export function itemPartOf(revision: string): string {
  const end = revision.indexOf(';');
  return end === -1 ? revision : revision.slice(0, end);
}

/** A readable Inventeringar item in its own unit's folder, and the inventory it holds (no lines, no decisions). */
export interface ItemEntry extends StoredInventory {
  /** The item as read. */
  readonly item: SpItem;
}

/**
 * The inventories of Inventeringar items, by key: only an item in the unit folder its key names counts, as in
 * `assembleInventories`; an unreadable item, and both items of a key held twice, go to `ignored`. Each revision is
 * the item's part only (no lines are read).
 */
export function itemEntries(
  items: readonly SpItem[],
  context: { readonly roots: FolderRoots; readonly ignored: IgnoredItem[] },
): Map<string, ItemEntry> {
  const { ignored } = context;
  const entries = new Map<string, ItemEntry>();
  const owned = ownedItems('inventeringar', items, context);
  const perKey = new Map<string, number>();
  for (const { key } of owned) perKey.set(key, (perKey.get(key) ?? 0) + 1);
  for (const { item, unitId, key } of owned) {
    const claims = { unitId, claims: key };
    // Two items for one inventory: neither can be told to be the answer, as in `assembleInventories`.
    if ((perKey.get(key) ?? 0) > 1) {
      ignored.push(ignoredItem('inventeringar', item, { ...claims, reason: 'duplicate' }));
      continue;
    }
    const read = attempt(() => inventoryFromItem(item));
    if (!read.ok) {
      ignored.push(
        ignoredItem('inventeringar', item, { ...claims, reason: 'unreadable', error: read.error }),
      );
      continue;
    }
    const { itemId, answer } = read.value;
    const revision = `${itemId}.${itemVersion(item) ?? 0}`;
    entries.set(key, {
      itemId,
      answer,
      item,
      inventory: { ...read.value.inventory, id: key, unitId, revision },
    });
  }
  return entries;
}

/**
 * The answer's figures in an entry's `Summary`, read for their shape only (the aggregation applies the answer's
 * rules line by line); `null` when there are none, they cannot be read or the unit is unknown.
 */
export function summaryFigures(
  entry: ItemEntry,
  context: { readonly config: MunicipalityConfig; readonly units: ReadonlyMap<string, Unit> },
): AnswerFigures | null {
  const unit = context.units.get(entry.inventory.unitId);
  if (unit === undefined) return null;
  const path = `${listNames.inventeringar.url}.${entry.itemId}.Summary`;
  const read = figuresFromText(entry.item.Summary, { config: context.config, unit, path, rules: 'shape' });
  return read.ok ? read.figures : null;
}

/**
 * The entries' inventories with their decisions (oldest first) and the status those and the manager's answer give,
 * each decision compared by its revision's item part. Unreadable decisions of these inventories go to `ignored`.
 */
export function withItemStatus(
  entries: ReadonlyMap<string, ItemEntry>,
  context: {
    readonly decisionItems: readonly SpItem[];
    readonly roots: FolderRoots;
    readonly managers: ReadonlyMap<string, string | null>;
    readonly ignored: IgnoredItem[];
  },
): Inventory[] {
  const { roots, managers, ignored } = context;
  const decisions = new Map<string, { itemId: number; decision: ReviewDecision }[]>();
  for (const { item, unitId, key } of ownedItems('granskningsbeslut', context.decisionItems, {
    roots,
    ignored,
  })) {
    if (!entries.has(key)) continue;
    const read = attempt(() => decisionFromItem(item));
    if (!read.ok) {
      const what = { unitId, claims: key, error: read.error };
      ignored.push(ignoredItem('granskningsbeslut', item, { ...what, reason: 'unreadable' }));
      continue;
    }
    const { itemId, decision } = read.value;
    const list = decisions.get(key) ?? [];
    list.push({ itemId, decision: { ...decision, revision: itemPartOf(decision.revision) } });
    decisions.set(key, list);
  }
  return [...entries.entries()].map(([key, { inventory, answer }]): Inventory => {
    const ordered = (decisions.get(key) ?? []).sort((a, b) => a.itemId - b.itemId).map((d) => d.decision);
    const managerUpn = managers.get(inventory.unitId) ?? inventory.managerUpn;
    const status = reviewStatus({ answer, revision: inventory.revision, decisions: ordered, managerUpn });
    return { ...inventory, status, decisions: ordered };
  });
}

/**
 * Inventories from their Inventeringar items' summaries and their decisions. Only what the unit folders prove
 * counts, as in `assembleInventories`; an item whose summary is missing or breaks the answer's rules is handed
 * back in `withoutSummary` for its lines to be read instead.
 */
export function assembleSummaries(input: SummaryInput): SummaryAssembly {
  const { roots, config, units, managers } = input;
  const ignored: IgnoredItem[] = [];
  const withoutSummary: SpItem[] = [];
  const summed = new Map<string, ItemEntry>();
  for (const [key, entry] of itemEntries(input.inventoryItems, { roots, ignored })) {
    const figures = summaryFigures(entry, { config, units });
    if (figures === null) withoutSummary.push(entry.item);
    else summed.set(key, { ...entry, inventory: { ...entry.inventory, ...figures } });
  }
  const inventories = withItemStatus(summed, {
    decisionItems: input.decisionItems,
    roots,
    managers,
    ignored,
  });
  return { inventories, ignored, withoutSummary };
}
