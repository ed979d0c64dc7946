// A scenario as stored in Scenarier: JSON the app wrote, in a list the project team can also edit by hand. What
// does not have the shape is refused whole, never half-read; a name is what a person typed, so it is checked with
// a message.
import { placements, type Placement } from '../config/types';
import { isValidId } from '../validation/ids';
import { type ScenarioDefinition } from './types';

/** The longest scenario name: a SharePoint Title holds 255 characters; a tab's column and a slide hold far less. */
export const scenarioNameMaxLength = 80;

/** The format of the stored JSON, so a later version can tell an older one. */
export const scenarioFormat = 'stodinventering.scenario.v1';

/** Why a name cannot be saved. */
export type ScenarioNameProblem = 'blank' | 'tooLong' | 'taken';

/** The problem with a name the project team typed, or `null`; `taken` among the period's other scenarios. */
export function scenarioNameProblem(
  name: string,
  others: readonly Pick<ScenarioDefinition, 'name'>[],
): ScenarioNameProblem | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'blank';
  if ([...trimmed].length > scenarioNameMaxLength) return 'tooLong';
  const key = trimmed.toLocaleLowerCase('sv');
  return others.some((o) => o.name.trim().toLocaleLowerCase('sv') === key) ? 'taken' : null;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function overridesOf(v: unknown): Record<string, Placement> | undefined {
  if (!isObject(v)) return undefined;
  const overrides: Record<string, Placement> = {};
  for (const [functionId, placement] of Object.entries(v)) {
    if (!isValidId(functionId) || !placements.includes(placement as Placement)) return undefined;
    overrides[functionId] = placement as Placement;
  }
  return overrides;
}

/** The text a scenario is stored as. */
export function storedScenarioText(scenario: ScenarioDefinition): string {
  return JSON.stringify({ format: scenarioFormat, ...scenario });
}

/** The scenario a stored text holds, or `undefined` when it is not one this version can read. */
export function parseStoredScenario(text: string): ScenarioDefinition | undefined {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(v) || v.format !== scenarioFormat) return undefined;
  const { id, name, periodId } = v;
  if (typeof id !== 'string' || !isValidId(id) || typeof periodId !== 'string' || !isValidId(periodId))
    return undefined;
  if (typeof name !== 'string' || scenarioNameProblem(name, []) !== null) return undefined;
  const overrides = overridesOf(v.overrides);
  return overrides === undefined ? undefined : { id, name: name.trim(), periodId, overrides };
}
