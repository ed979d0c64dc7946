import { latestApproval } from '../../domain/inventory/review';
import { type Inventory, type ReviewDecision } from '../../domain/inventory/types';

/** An approval whose figures are needed, with its inventory. */
export interface OutdatedApproval {
  readonly inventory: Inventory;
  readonly decision: ReviewDecision;
}

/**
 * The approvals whose figures the dashboards need: each inventory's latest approval that counts, when the
 * inventory's revision has moved on since (an edit after it); not when it is on the current revision (reopened,
 * or still in force), since the answer read is then the one approved.
 * @param managers each unit's manager as Organisation says, as `assembleInventories` takes them.
 */
export function outdatedApprovals(
  inventories: readonly Inventory[],
  managers: ReadonlyMap<string, string | null>,
): OutdatedApproval[] {
  return inventories.flatMap((inventory) => {
    const managerUpn = managers.get(inventory.unitId) ?? inventory.managerUpn;
    const decision = latestApproval({ decisions: inventory.decisions, managerUpn });
    return decision !== null && decision.revision !== inventory.revision ? [{ inventory, decision }] : [];
  });
}

/**
 * Every inventory's latest approval that counts, in force or not: the dashboards' figures read from summaries
 * count an approved unit by its approval's own copy, the reviewer's, rather than by the manager's summary.
 */
export function latestApprovals(
  inventories: readonly Inventory[],
  managers: ReadonlyMap<string, string | null>,
): OutdatedApproval[] {
  return inventories.flatMap((inventory) => {
    const managerUpn = managers.get(inventory.unitId) ?? inventory.managerUpn;
    const decision = latestApproval({ decisions: inventory.decisions, managerUpn });
    return decision === null ? [] : [{ inventory, decision }];
  });
}
