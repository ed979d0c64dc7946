import { answerFigures } from '../../domain/inventory/figures';
import { type Inventory, type ReviewDecision } from '../../domain/inventory/types';
import { verdictChoice } from '../schema/choices';
import { decisionPartitionOf } from './decisions';
import { figuresField, figuresToText } from './figuresText';
import { scopeValues, type ScopeNames } from './lines';
import { formValues, type FormValue } from './values';

// Writing a decision: only reviewers, the project team and the seed do it, so the tab loads this on the first
// decision rather than with the manager's form.

/**
 * A decision as it is stored on an inventory read just now: pinned to its revision and, for an approval, with the
 * figures of that revision's answer — exactly what it approved, whatever copy the caller holds, so that the
 * figures can be checked against the item versions the revision names.
 */
export function pinnedTo(stored: Inventory, decision: ReviewDecision): ReviewDecision {
  const { figures: _figures, ...rest } = decision;
  return decision.verdict === 'approved'
    ? { ...rest, revision: stored.revision, figures: answerFigures(stored) }
    : { ...rest, revision: stored.revision };
}

/**
 * The text values that create a decision item in its unit's Granskningsbeslut folder; an approval's figures go
 * along when it has them.
 */
export function decisionCreationValues(
  inventory: Inventory,
  decision: ReviewDecision,
  names: ScopeNames,
): FormValue[] {
  return formValues({
    Title: names.unitName,
    ...scopeValues(inventory, names),
    Partition: decisionPartitionOf(inventory),
    Verdict: verdictChoice[decision.verdict],
    Comment: decision.comment,
    Revision: decision.revision,
    [figuresField]: decision.figures === undefined ? null : figuresToText(decision.figures),
  });
}
