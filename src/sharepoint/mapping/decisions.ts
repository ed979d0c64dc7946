import { type Inventory, type ReviewDecision } from '../../domain/inventory/types';
import { verdictChoice } from '../schema/choices';
import { ItemReader, upnOfLogin, type SpItem } from './values';

/**
 * The Granskningsbeslut columns the app reads (`Author/Name` needs `$expand=Author`). Not an approval's figures:
 * only the dashboards need them, and only for approvals the answer has moved on from (`approvedFigures.ts`).
 */
export const decisionSelect: readonly string[] = [
  'ID',
  'InventoryKey',
  'Verdict',
  'Comment',
  'Revision',
  'Created',
  'Author/Name',
  'FileDirRef',
];

/** The lookups `decisionSelect` projects. */
export const decisionExpand: readonly string[] = ['Author'];

/** The partition of an inventory's decisions: `<periodId>:<sektor>` (decisions are few; a sektor's fit a page). */
export function decisionPartitionOf(inventory: Pick<Inventory, 'periodId' | 'sektorId'>): string {
  return `${inventory.periodId}:${inventory.sektorId}`;
}

/** A decision read from its item. */
export interface StoredDecision {
  /** The SharePoint item ID. */
  readonly itemId: number;
  /** The decision; its id is the item ID. */
  readonly decision: ReviewDecision;
}

/**
 * A decision from its Granskningsbeslut item. Who and when are SharePoint's own Author and Created: only the
 * unit's reviewers and the project team can add an item in the unit's folder, and nobody can edit one.
 * @throws AppError `invalid` naming the item when a column cannot be read.
 */
export function decisionFromItem(item: SpItem): StoredDecision {
  const r = new ItemReader(item, { list: 'granskningsbeslut', keyField: 'InventoryKey' });
  const author = item.Author as { Name?: unknown } | undefined;
  const decision: ReviewDecision = {
    id: String(r.id),
    verdict: r.requiredChoice('Verdict', verdictChoice) ?? 'returned',
    comment: r.optionalText('Comment'),
    decidedBy: upnOfLogin(author?.Name),
    decidedAt: r.instant('Created'),
    revision: r.text('Revision'),
  };
  return r.done({ itemId: r.id, decision });
}
