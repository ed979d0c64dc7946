import { type MunicipalityConfig } from '../config/types';
import { isFirstLine } from '../organisation/queries';
import { type Unit } from '../organisation/types';
import { validateInventory } from '../validation/inventory';
import { type Inventory } from './types';

/** How far a manager has come: functions answered of all, and whether the first-line section is done. */
export interface InventoryProgress {
  /** Functions whose line passes the submit validation. */
  readonly answered: number;
  /** Functions of the configured taxonomy. */
  readonly total: number;
  /** The ids of the answered functions. */
  readonly answeredFunctions: ReadonlySet<string>;
  /** The first-line section: only an enhetschef answers it. */
  readonly firstLine: 'notRequired' | 'incomplete' | 'complete';
  /** Whether the whole inventory passes the submit validation (it can be submitted). */
  readonly complete: boolean;
}

/** What progress is counted against. */
export interface ProgressContext {
  readonly config: MunicipalityConfig;
  /** The inventory's unit: whether it answers the first-line section. */
  readonly unit: Unit;
}

/**
 * Functions answered of all, as the manager's start page and the form's table of contents show it. A function
 * counts as answered when it has a line and nothing the submit validation asks for is missing or wrong in it, so
 * "16 of 16" means exactly that the functions are ready to submit.
 */
export function inventoryProgress(inventory: Inventory, context: ProgressContext): InventoryProgress {
  return progressOf(inventory, { ...context, unseen: new Set() });
}

/**
 * Progress with issues on some line fields not held against the answer: the fields an answer known by its figures
 * alone cannot show (`figuresProgress`).
 */
export function progressOf(
  inventory: Inventory,
  context: ProgressContext & { readonly unseen: ReadonlySet<string> },
): InventoryProgress {
  const { config, unit, unseen } = context;
  const result = validateInventory(inventory, { config, unit, purpose: 'submit' });
  const withIssues = new Set<string>();
  let firstLineIssues = false;
  let complete = true;
  for (const issue of result.ok ? [] : result.issues) {
    const [root, functionId, field] = issue.path.split('.');
    if (root === 'lines' && field !== undefined && unseen.has(field)) continue;
    complete = false;
    if (root === 'lines' && functionId !== undefined) withIssues.add(functionId);
    if (root === 'firstLine') firstLineIssues = true;
  }
  const lines = new Set(inventory.lines.map((line) => line.functionId));
  const answeredFunctions = new Set(
    config.taxonomy.functions.filter((fn) => lines.has(fn.id) && !withIssues.has(fn.id)).map((fn) => fn.id),
  );
  const firstLine = !isFirstLine(unit) ? 'notRequired' : firstLineIssues ? 'incomplete' : 'complete';
  return {
    answered: answeredFunctions.size,
    total: config.taxonomy.functions.length,
    answeredFunctions,
    firstLine,
    complete,
  };
}
