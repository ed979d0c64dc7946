import { type SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import { listByKey } from '../lists';
import { functionSelect } from '../mapping/functions';
import { decisionExpand, decisionSelect } from '../mapping/decisions';
import {
  inventoryExpand,
  inventorySelect,
  inventoryStatusSelect,
  inventorySummarySelect,
} from '../mapping/inventories';
import { lineSelect } from '../mapping/lines';
import { organisationSelect } from '../mapping/organisation';
import { periodSelect } from '../mapping/periods';
import { requirementSelect } from '../mapping/receiverProfile';
import { onOrAfter } from '../odata';
import { type ListKey } from '../schema/types';
import { pageSize, type CollectionQuery } from '../batch';

// Every read the repositories make, as fresh chains. Each list query that can grow filters on an indexed column
// first (docs/data-model.md, "Queries and their request budgets") and pages by 5,000.

function all(key: ListKey, select: readonly string[]): CollectionQuery {
  return (sp: SPFI) =>
    listByKey(sp, key)
      .items.select(...select)
      .top(pageSize);
}

/** Every period. */
export const periodsQuery = all('perioder', periodSelect);
/** Every setting. */
// The Installningar columns the app reads (`mapping/settings.ts` reads them, loaded with the first answer).
export const settingsQuery = all('installningar', ['ID', 'Title', 'Value']);
/** Every support function. */
export const functionsQuery = all('stodfunktioner', functionSelect);
/** Every mottagare requirement. */
export const requirementsQuery = all('mottagarprofil', requirementSelect);
/** Every unit (paged by ID, 5,000 a page). */
export const unitsQuery = all('organisation', organisationSelect);

/** Units matching an OData filter whose first clause is on an indexed column. */
export function unitsWhere(filter: string): CollectionQuery {
  return (sp) => unitsQuery(sp).filter(filter);
}

/** Inventories matching an OData filter whose first clause is on an indexed column. */
export function inventoriesWhere(filter: string): CollectionQuery {
  return (sp) =>
    listByKey(sp, 'inventeringar')
      .items.select(...inventorySelect)
      .expand(...inventoryExpand)
      .filter(filter)
      .top(pageSize);
}

function inventoryColumnsWhere(select: readonly string[], filter: string): CollectionQuery {
  return (sp) =>
    listByKey(sp, 'inventeringar')
      .items.select(...select)
      .filter(filter)
      .top(pageSize);
}

/** Inventories' summaries (no free text, no lookups) matching an OData filter on an indexed column first. */
export function inventorySummariesWhere(filter: string): CollectionQuery {
  return inventoryColumnsWhere(inventorySummarySelect, filter);
}

/** Inventories' statuses (no figures, no free text, no lookups) matching an OData filter on an indexed column first. */
export function inventoryStatusesWhere(filter: string): CollectionQuery {
  return inventoryColumnsWhere(inventoryStatusSelect, filter);
}

/** Inventory lines matching an OData filter whose first clause is on an indexed column. */
export function linesWhere(filter: string): CollectionQuery {
  return (sp) =>
    listByKey(sp, 'inventeringsrader')
      .items.select(...lineSelect)
      .filter(filter)
      .top(pageSize);
}

/** Review decisions matching an OData filter whose first clause is on an indexed column. */
export function decisionsWhere(filter: string): CollectionQuery {
  return (sp) =>
    listByKey(sp, 'granskningsbeslut')
      .items.select(...decisionSelect)
      .expand(...decisionExpand)
      .filter(filter)
      .top(pageSize);
}

/** The Remissrundor columns the app reads. */
export const roundSelect: readonly string[] = ['ID', 'RoundId', 'PeriodId', 'Round', 'ClosesOn', 'Closed'];

/**
 * The consultation rounds whose last day is `day` or later, with a day's margin for the time zone a date-only
 * column is stored in (the tab checks the day itself). ClosesOn is not indexed and need not be: the list holds a
 * few rounds a period and never nears the list view threshold, like Perioder, which is read whole.
 */
export function roundsOpenOn(day: string): CollectionQuery {
  const dayBefore = new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString();
  return (sp) =>
    listByKey(sp, 'remissrundor')
      .items.select(...roundSelect)
      .filter(onOrAfter('ClosesOn', dayBefore))
      .top(pageSize);
}
