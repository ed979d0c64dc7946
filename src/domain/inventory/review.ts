import { sameUpn } from '../organisation/upn';
import { answerStatuses, type AnswerStatus, type InventoryStatus, type ReviewDecision } from './types';

// Two people write an inventory's status, each where only they can write: the manager their answer status
// (not started, draft, submitted) on the inventory, the unit's reviewers their decisions in a list the manager
// can only read. The status everyone sees is computed from both, so no manager can approve their own answer by
// writing a column: docs/data-model.md, "Statuses only the right people can set".

/** Whether a status is one a manager stores (as opposed to a reviewer's verdict). */
export function isAnswerStatus(status: InventoryStatus): status is AnswerStatus {
  return (answerStatuses as readonly InventoryStatus[]).includes(status);
}

/** What the status is computed from. */
export interface ReviewFacts {
  /** The manager's answer status as stored. */
  readonly answer: AnswerStatus;
  /** The inventory's current revision. */
  readonly revision: string;
  /** The decisions on it, oldest first. */
  readonly decisions: readonly ReviewDecision[];
  /** The unit's manager, whose own decisions never count (nobody reviews their own inventory). */
  readonly managerUpn: string | null;
}

/** The decisions that count: every one not made by the unit's own manager. */
function countedDecisions(facts: Pick<ReviewFacts, 'decisions' | 'managerUpn'>): ReviewDecision[] {
  return facts.decisions.filter(
    (d) => facts.managerUpn === null || d.decidedBy === null || !sameUpn(d.decidedBy, facts.managerUpn),
  );
}

/**
 * The decision that sets the status: the latest that counts, if it was made on the current revision; `null`
 * when there is none or the inventory changed after it.
 */
export function decisionInForce(facts: Omit<ReviewFacts, 'answer'>): ReviewDecision | null {
  const latest = countedDecisions(facts).at(-1);
  return latest !== undefined && latest.revision !== '' && latest.revision === facts.revision ? latest : null;
}

/**
 * The latest decision when the inventory changed after it was made (an edit after approval or return), so
 * the change can be shown as such; `null` otherwise.
 */
export function decisionOutdated(facts: Omit<ReviewFacts, 'answer'>): ReviewDecision | null {
  const latest = countedDecisions(facts).at(-1);
  return latest !== undefined && decisionInForce(facts) === null ? latest : null;
}

/** The latest approval that counts, whether or not the answer changed after it; `null` without one. */
export function latestApproval(facts: Omit<ReviewFacts, 'answer' | 'revision'>): ReviewDecision | null {
  return countedDecisions(facts).findLast((d) => d.verdict === 'approved') ?? null;
}

/** The status: the verdict of the decision in force, else the manager's answer status. */
export function reviewStatus(facts: ReviewFacts): InventoryStatus {
  return decisionInForce(facts)?.verdict ?? facts.answer;
}
