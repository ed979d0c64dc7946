import { isAnswerStatus } from '../../domain/inventory/review';
import {
  type AnswerStatus,
  type FirstLineSection,
  type Inventory,
  type InventoryLine,
} from '../../domain/inventory/types';
import { normaliseUpn } from '../../domain/organisation/upn';
import { joinPath } from '../../domain/validation/issues';
import { statusChoice } from '../schema/choices';
import { instantText, ItemReader, textOrNull, upnOfLogin, type ItemBody, type SpItem } from './values';

/** The Inventeringar columns the app reads (`Editor/Name` needs `$expand=Editor`). */
export const inventorySelect: readonly string[] = [
  'ID',
  'InventoryKey',
  'PeriodId',
  'UnitCode',
  'SektorCode',
  'KontorCode',
  'ManagerUpn',
  'Status',
  'SubmittedBy',
  'SubmittedAt',
  'FirstLine',
  'ChefsnaraStodArsarbetare',
  'Medarbetarspann',
  'LackingSupport',
  'Modified',
  'Editor/Name',
  // The unit folder that holds the item: the only proof of whose it is (mapping/folders.ts).
  'FileDirRef',
];

/**
 * The Inventeringar columns the dashboards read: the answer's figures in `Summary`, with the first-line columns for
 * an item whose summary cannot be used (its lines are read then), but no free text and no lookups.
 */
export const inventorySummarySelect: readonly string[] = [
  ...inventorySelect.filter((c) => !['SubmittedBy', 'LackingSupport', 'Editor/Name'].includes(c)),
  'Summary',
];

/**
 * The Inventeringar columns a status needs: the keys, the scope, the manager, the answer status and the folder that
 * proves whose the item is. What a reviewer's start page reads of a region, where every other column would be
 * bytes its main thread reads and does not show.
 */
export const inventoryStatusSelect: readonly string[] = [
  'ID',
  'InventoryKey',
  'PeriodId',
  'UnitCode',
  'SektorCode',
  'KontorCode',
  'ManagerUpn',
  'Status',
  'FileDirRef',
];

/** The lookups `inventorySelect` projects. */
export const inventoryExpand: readonly string[] = ['Editor'];

/** An inventory read from its item (without lines), and the item's SharePoint ID. */
export interface StoredInventory {
  /** The SharePoint item ID. */
  readonly itemId: number;
  /** The manager's answer status as stored in the Status column. */
  readonly answer: AnswerStatus;
  /**
   * The inventory; its status is the answer status, `lines` and `decisions` are empty and `version` and
   * `revision` are `''` until the repository assembles them.
   */
  readonly inventory: Inventory;
}

/**
 * An inventory from its Inventeringar item. The first-line section is the FirstLine JSON
 * (`{ "adminHours": { "hr": 3.5 } }`) plus three plain columns; it is `null` when all four are empty.
 * @throws AppError `invalid` naming the item when a column cannot be read.
 */
export function inventoryFromItem(item: SpItem): StoredInventory {
  const r = new ItemReader(item, { list: 'inventeringar', keyField: 'InventoryKey' });
  const adminHours = r.json('FirstLine', (reader, value, path) => {
    const record = reader.object(value, path);
    if (record === null) return null;
    const hoursPath = joinPath(path, 'adminHours');
    const hours = reader.object(record.adminHours ?? {}, hoursPath);
    if (hours === null) return null;
    const result: Record<string, number | null> = {};
    for (const [category, value] of Object.entries(hours)) {
      result[category] =
        value === null ? null : reader.number(value, { path: joinPath(hoursPath, category) });
    }
    return result;
  });
  const chefsnaraStodArsarbetare = r.number('ChefsnaraStodArsarbetare');
  const medarbetarspann = r.number('Medarbetarspann');
  const lackingSupport = r.note('LackingSupport');
  const firstLine: FirstLineSection | null =
    adminHours === null &&
    chefsnaraStodArsarbetare === null &&
    medarbetarspann === null &&
    lackingSupport === ''
      ? null
      : { adminHours: adminHours ?? {}, chefsnaraStodArsarbetare, medarbetarspann, lackingSupport };
  const managerUpn = r.optionalText('ManagerUpn');
  const answer = r.requiredChoice('Status', statusChoice) ?? 'notStarted';
  // SharePoint's own Modified/Editor say who changed an inventory last and when (a manager can set them on
  // their own items through ValidateUpdateListItem, so they are shown, never trusted for a decision).
  const editor = item.Editor as { Name?: unknown } | undefined;
  const inventory: Inventory = {
    id: r.text('InventoryKey'),
    periodId: r.text('PeriodId'),
    unitId: r.text('UnitCode'),
    sektorId: r.text('SektorCode'),
    kontorId: r.optionalText('KontorCode'),
    managerUpn: managerUpn === null ? null : normaliseUpn(managerUpn),
    status: answer,
    version: '',
    revision: '',
    decisions: [],
    lines: [],
    firstLine,
    updatedAt: r.instant('Modified'),
    updatedBy: upnOfLogin(editor?.Name),
    submittedBy: r.optionalText('SubmittedBy'),
    submittedAt: r.instant('SubmittedAt'),
  };
  return r.done({ itemId: r.id, answer, inventory });
}

function adminHoursTotal(section: FirstLineSection): number | null {
  const hours = Object.values(section.adminHours).filter((h): h is number => h !== null);
  // Rounded like the column shows it (one decimal), so float sums do not make a changed-looking body.
  return hours.length === 0 ? null : Math.round(hours.reduce((a, b) => a + b, 0) * 10) / 10;
}

/** The Inventeringar columns `inventoryToItem` writes (`withSummary` adds `Summary`). */
export const inventoryWrittenColumns: readonly string[] = [
  'Status',
  'SubmittedBy',
  'SubmittedAt',
  'FirstLine',
  'AdminHoursTotal',
  'ChefsnaraStodArsarbetare',
  'Medarbetarspann',
  'LackingSupport',
];

/**
 * The Inventeringar item body of what the manager changes after creation: the answer status and the first-line
 * section and its totals. A verdict is no answer status: while one is in force the Status column is left as it
 * is (the decision lives in Granskningsbeslut). Keys, scope and manager are written at creation and by the
 * import, never by a save. A save adds the answer's figures (`withSummary`); they follow from the lines, so the
 * body without them is what tells a changed inventory item from an unchanged one.
 */
export function inventoryToItem(inventory: Inventory): ItemBody {
  const section = inventory.firstLine;
  return {
    ...(isAnswerStatus(inventory.status) && { Status: statusChoice[inventory.status] }),
    SubmittedBy: textOrNull(inventory.submittedBy),
    SubmittedAt: instantText(inventory.submittedAt),
    FirstLine: section === null ? null : JSON.stringify({ adminHours: section.adminHours }),
    AdminHoursTotal: section === null ? null : adminHoursTotal(section),
    ChefsnaraStodArsarbetare: section?.chefsnaraStodArsarbetare ?? null,
    Medarbetarspann: section?.medarbetarspann ?? null,
    LackingSupport: textOrNull(section?.lackingSupport),
  };
}

/**
 * The inventory as it reads back after a save: instants to the second, empty optional texts as `null` — what
 * SharePoint stores of it.
 */
export function asStored(inventory: Inventory): Inventory {
  return {
    ...inventory,
    submittedBy: textOrNull(inventory.submittedBy),
    submittedAt: instantText(inventory.submittedAt),
    decisions: inventory.decisions.map((d) => ({
      ...d,
      comment: textOrNull(d.comment),
      decidedAt: instantText(d.decidedAt),
    })),
  };
}

/** An inventory with its lines sorted as the configuration orders functions (unknown functions last). */
export function withLines(
  inventory: Inventory,
  lines: { readonly lines: readonly InventoryLine[]; readonly functionOrder: ReadonlyMap<string, number> },
): Inventory {
  const rank = (id: string): number => lines.functionOrder.get(id) ?? Number.MAX_SAFE_INTEGER;
  const sorted = [...lines.lines].sort(
    (a, b) => rank(a.functionId) - rank(b.functionId) || a.functionId.localeCompare(b.functionId),
  );
  return { ...inventory, lines: sorted };
}
