import { emptyInventory } from './create';
import { progressOf, type InventoryProgress, type ProgressContext } from './progress';
import { type AnswerFigures } from './types';

// A reviewer's list counts each unit's answered functions from its summary, not its lines (docs/data-model.md,
// "Queries and their request budgets"); only the review pages need this, so it stays out of the tab's first chunk.

// The line fields an answer's figures leave out (`answerFigures`).
const freeText: ReadonlySet<string> = new Set(['competenceGap', 'comment']);

/**
 * `inventoryProgress` of an answer known by its figures alone (an inventory's summary): what figures cannot show is
 * not held against them, so a function whose higher competence need asks for a description of the gap counts as
 * answered whether or not one was written. Only a draft can differ from its lines' progress: submitting asks for
 * the description.
 */
export function figuresProgress(figures: AnswerFigures, context: ProgressContext): InventoryProgress {
  return progressOf({ ...emptyInventory(context.unit, ''), ...figures }, { ...context, unseen: freeText });
}
