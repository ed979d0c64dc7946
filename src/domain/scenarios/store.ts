import { type ScenarioDefinition } from './types';

/** A scenario as stored, with what an update needs to tell whether someone else saved it first. */
export interface StoredScenario {
  readonly definition: ScenarioDefinition;
  /** The list item's id. */
  readonly itemId: number;
  /** The item's version when read: an update or removal of an older one is refused as a conflict. */
  readonly version: number;
  /** When it was last saved (ISO). */
  readonly modifiedAt: string;
}

/**
 * The saved scenarios of a period (Scenarier): only the project team reads or writes them. Every method rejects
 * with an AppError: `conflict` when someone else saved the scenario first, `invalid` when its name is taken.
 */
export interface ScenarioStore {
  /** The period's scenarios, oldest first, and how many items could not be read (changed by hand). */
  list(periodId: string): Promise<{ readonly scenarios: StoredScenario[]; readonly unreadable: number }>;
  /** Saves a new scenario. */
  create(definition: ScenarioDefinition): Promise<StoredScenario>;
  /** Saves a change to `stored`, if nobody has saved it since it was read. */
  update(stored: StoredScenario, definition: ScenarioDefinition): Promise<StoredScenario>;
  /** Removes `stored`, if nobody has saved it since it was read. */
  remove(stored: StoredScenario): Promise<void>;
}
