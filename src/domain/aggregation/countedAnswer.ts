import { latestApproval } from '../inventory/review';
import { type FirstLineSection, type Inventory, type InventoryLine } from '../inventory/types';

/** The answer whose figures count for a unit, and where it comes from. */
export interface CountedAnswer {
  /** The lines that count. */
  readonly lines: readonly InventoryLine[];
  /** The first-line section that counts. */
  readonly firstLine: FirstLineSection | null;
  /**
   * `current`: the answer as it stands (approved, or submitted and never approved). `lastApproval`: the answer
   * last approved, while the unit is back in review (reopened, or changed after the approval).
   */
  readonly source: 'current' | 'lastApproval';
}

/**
 * The answer that counts in the figures: the approved one while it is in force; while a newer answer is in review
 * (or the approved one was reopened), the last approved answer — the current one if unchanged since, else the
 * figures the approval kept —; otherwise a submitted answer; nothing for a draft, a return or no answer. So
 * reopening or editing an approved inventory never takes the unit out of the figures.
 */
export function countedAnswer(inventory: Inventory, managerUpn: string | null): CountedAnswer | null {
  const { status, revision } = inventory;
  if (status === 'approved')
    return { lines: inventory.lines, firstLine: inventory.firstLine, source: 'current' };
  const approval = latestApproval({ decisions: inventory.decisions, managerUpn });
  if (approval !== null && approval.revision !== '' && approval.revision === revision) {
    return { lines: inventory.lines, firstLine: inventory.firstLine, source: 'lastApproval' };
  }
  if (approval?.figures !== undefined) return { ...approval.figures, source: 'lastApproval' };
  if (status === 'submitted')
    return { lines: inventory.lines, firstLine: inventory.firstLine, source: 'current' };
  return null;
}
