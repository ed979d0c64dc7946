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
 * The answer that counts in the figures. The last approved answer wherever there is one: the figures its approval
 * kept when they were read (they are what the reviewer approved), else the current answer while it is the one
 * approved (the same revision: in force, or reopened without a change). Otherwise a submitted answer; nothing for
 * a draft, a return or no answer. So reopening or editing an approved inventory never takes the unit out of the
 * figures, and an approved unit counts what was approved, whatever its summary or lines say since.
 */
export function countedAnswer(inventory: Inventory, managerUpn: string | null): CountedAnswer | null {
  const { status, revision } = inventory;
  const approval = latestApproval({ decisions: inventory.decisions, managerUpn });
  const inForce = status === 'approved';
  const source = inForce ? 'current' : 'lastApproval';
  if (approval?.figures !== undefined) return { ...approval.figures, source };
  const current = { lines: inventory.lines, firstLine: inventory.firstLine };
  if (inForce || (approval !== null && approval.revision !== '' && approval.revision === revision))
    return { ...current, source };
  return status === 'submitted' ? { ...current, source: 'current' } : null;
}
