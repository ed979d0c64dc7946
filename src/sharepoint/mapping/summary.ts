import { answerFigures } from '../../domain/inventory/figures';
import { type Inventory } from '../../domain/inventory/types';
import { statusChoice } from '../schema/choices';
import { figuresToText } from './figuresText';
import { scopeValues, type ScopeNames } from './lines';
import { formValues, type FormValue, type ItemBody } from './values';

// The answer's figures in Inventeringar's `Summary` column, which the dashboards read instead of the lines. Only
// what writes inventory items needs this module (a save, creation, the import's writers), so the code that
// formats figures loads with the first save and not with the tab.

/** The Inventeringar column that holds an answer's figures. */
export const summaryColumn = 'Summary';

/**
 * An inventory item body with the answer's figures added: written in the same MERGE as the answer, so the
 * dashboards' figures never lag behind the lines.
 */
export function withSummary(body: ItemBody, inventory: Inventory): ItemBody {
  return { ...body, [summaryColumn]: figuresToText(answerFigures(inventory)) };
}

/** The text values that create a not-started inventory item in its unit's folder: keys, scope and manager. */
export function inventoryCreationValues(
  inventory: Inventory,
  names: ScopeNames & { readonly managerName: string | null },
): FormValue[] {
  return formValues({
    Title: names.unitName,
    ...scopeValues(inventory, names),
    ManagerUpn: inventory.managerUpn,
    ManagerName: names.managerName,
    Status: statusChoice.notStarted,
    // Not started means nothing answered: the dashboards count it from this summary without reading lines.
    [summaryColumn]: figuresToText({ lines: [], firstLine: null }),
  });
}
