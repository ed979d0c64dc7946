import { type MunicipalityConfig } from '../../domain/config/types';
import { reviewStatus } from '../../domain/inventory/review';
import { type AnswerStatus, type Inventory, type ReviewDecision } from '../../domain/inventory/types';
import { type Unit } from '../../domain/organisation/types';
import { type IgnoredItem } from '../../domain/ports';
import { type FolderRoots } from '../lists';
import { decisionFromItem } from '../mapping/decisions';
import { figuresFromText } from '../mapping/figures';
import { inventoryFromItem } from '../mapping/inventories';
import { itemVersion, type SpItem } from '../mapping/values';
import { listNames } from '../schema/listNames';
import { attempt, ignoredItem, ownedItems } from './assemble';

// The dashboards' inventories from one item each: the answer's figures come from its `Summary` (written in the same
// MERGE as every save), not from twenty line items, so a region's dashboard reads a fifth of the bytes and parses
// a fraction of the JSON (docs/data-model.md, "Dashboards at region scale").
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

/**
 * Inventories from their Inventeringar items' summaries and their decisions. Only what the unit folders prove
 * counts, as in `assembleInventories`; an item whose summary is missing or breaks the answer's rules is handed
 * back in `withoutSummary` for its lines to be read instead.
 */
export function assembleSummaries(input: SummaryInput): SummaryAssembly {
  const { roots, config, units, managers } = input;
  const ignored: IgnoredItem[] = [];
  const withoutSummary: SpItem[] = [];
  const byKey = new Map<string, { inventory: Inventory; answer: AnswerStatus }>();

  const owned = ownedItems('inventeringar', input.inventoryItems, { roots, ignored });
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
    const unit = units.get(unitId);
    const path = `${listNames.inventeringar.url}.${read.value.itemId}.Summary`;
    const figures =
      unit === undefined ? null : figuresFromText(item.Summary, { config, unit, path, rules: 'shape' });
    if (figures === null || !figures.ok || figures.figures === null) {
      withoutSummary.push(item);
      continue;
    }
    const inventory: Inventory = {
      ...read.value.inventory,
      id: key,
      unitId,
      revision: `${read.value.itemId}.${itemVersion(item) ?? 0}`,
      lines: figures.figures.lines,
      firstLine: figures.figures.firstLine,
    };
    byKey.set(key, { inventory, answer: read.value.answer });
  }

  const decisions = new Map<string, { itemId: number; decision: ReviewDecision }[]>();
  for (const { item, unitId, key } of ownedItems('granskningsbeslut', input.decisionItems, {
    roots,
    ignored,
  })) {
    if (!byKey.has(key)) continue;
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

  const inventories = [...byKey.entries()].map(([key, { inventory, answer }]): Inventory => {
    const ordered = (decisions.get(key) ?? []).sort((a, b) => a.itemId - b.itemId).map((d) => d.decision);
    const managerUpn = managers.get(inventory.unitId) ?? inventory.managerUpn;
    const status = reviewStatus({ answer, revision: inventory.revision, decisions: ordered, managerUpn });
    return { ...inventory, status, decisions: ordered };
  });
  return { inventories, ignored, withoutSummary };
}
