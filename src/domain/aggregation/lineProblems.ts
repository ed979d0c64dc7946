import { type InventoryLine } from '../inventory/types';
import { epsilon, limits } from '../validation/limits';
import { type LineProblem } from './types';

// The form refuses all of these, but a line can be written around it (SharePoint's own list form, REST, an old
// import). Such a line is left out of every figure and named to the project team, rather than counted silently.

function numberProblem(value: number | null, whole: boolean): LineProblem | null {
  if (value === null) return null;
  if (!Number.isFinite(value)) return 'notANumber';
  if (value < 0) return 'negative';
  return whole && !Number.isInteger(value) ? 'personsNotWhole' : null;
}

function scoreProblem(score: number | null): LineProblem | null {
  if (score === null) return null;
  return Number.isInteger(score) && score >= limits.scoreMin && score <= limits.scoreMax
    ? null
    : 'scoreOutOfRange';
}

/** The first rule of the form a stored line breaks, or `null` when it may be counted. */
export function lineProblem(line: InventoryLine): LineProblem | null {
  const { persons, arsarbetare } = line;
  let rolesTotal = 0;
  for (const role of line.roles) {
    const problem = numberProblem(role.arsarbetare, false);
    if (problem !== null) return problem;
    rolesTotal += role.arsarbetare;
  }
  const problem =
    numberProblem(persons, true) ??
    numberProblem(arsarbetare, false) ??
    scoreProblem(line.quality) ??
    scoreProblem(line.competenceNow) ??
    scoreProblem(line.competenceNeeded);
  if (problem !== null) return problem;
  if (persons !== null && arsarbetare !== null && arsarbetare > persons + epsilon) return 'fteAbovePersons';
  return rolesTotal > (arsarbetare ?? 0) + epsilon ? 'rolesAboveFte' : null;
}
