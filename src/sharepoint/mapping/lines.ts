import { type SupportFunction } from '../../domain/config/types';
import { type Inventory, type InventoryLine, type RoleStaffing } from '../../domain/inventory/types';
import { joinPath } from '../../domain/validation/issues';
import { locationChoice, placementChoice } from '../schema/choices';
import { formValues, ItemReader, textOrNull, type FormValue, type ItemBody, type SpItem } from './values';

/** The Inventeringsrader columns the app reads. */
export const lineSelect: readonly string[] = [
  'ID',
  'InventoryKey',
  'FunctionId',
  'Persons',
  'Arsarbetare',
  'Roles',
  'SupportLocations',
  'Quality',
  'CompetenceNow',
  'CompetenceNeeded',
  'CompetenceGap',
  'Placement',
  'Comment',
  // The unit folder that holds the item: the only proof of whose it is (mapping/folders.ts).
  'FileDirRef',
];

/** The partition of an inventory's lines: `<periodId>:<kontor, or sektor for units outside any kontor>`. */
export function partitionOf(inventory: Pick<Inventory, 'periodId' | 'sektorId' | 'kontorId'>): string {
  return `${inventory.periodId}:${inventory.kontorId ?? inventory.sektorId}`;
}

/** A line read from its item, with the keys that place it. */
export interface StoredLine {
  /** The SharePoint item ID. */
  readonly itemId: number;
  /** The inventory it belongs to. */
  readonly inventoryKey: string;
  /** The line. */
  readonly line: InventoryLine;
}

/**
 * A line from its Inventeringsrader item; roles are JSON (`[{ "roleId": "controller", "arsarbetare": 1.5 }]`).
 * @throws AppError `invalid` naming the item when a column cannot be read.
 */
export function lineFromItem(item: SpItem): StoredLine {
  const r = new ItemReader(item, { list: 'inventeringsrader', keyField: 'InventoryKey' });
  const roles =
    r.json('Roles', (reader, value, path): RoleStaffing[] | null => {
      const items = reader.array(value, { path }) ?? [];
      const read = items.map((role, index): RoleStaffing | null => {
        const at = joinPath(path, index);
        const record = reader.object(role, at);
        if (record === null) return null;
        const roleId = reader.id(record.roleId, joinPath(at, 'roleId'));
        const arsarbetare = reader.number(record.arsarbetare, { path: joinPath(at, 'arsarbetare') });
        return roleId !== null && arsarbetare !== null ? { roleId, arsarbetare } : null;
      });
      return read.every((x) => x !== null) ? (read as RoleStaffing[]) : null;
    }) ?? [];
  const line: InventoryLine = {
    functionId: r.text('FunctionId'),
    persons: r.number('Persons'),
    arsarbetare: r.number('Arsarbetare'),
    roles,
    supportLocations: r.multiChoice('SupportLocations', locationChoice),
    quality: r.score('Quality'),
    competenceNow: r.score('CompetenceNow'),
    competenceNeeded: r.score('CompetenceNeeded'),
    competenceGap: r.note('CompetenceGap'),
    placement: r.choice('Placement', placementChoice),
    comment: r.note('Comment'),
  };
  return r.done({ itemId: r.id, inventoryKey: r.text('InventoryKey'), line });
}

/** The Inventeringsrader item body of a line's answers (the keys are written once, at creation). */
export function lineToItem(line: InventoryLine): ItemBody {
  return {
    Persons: line.persons,
    Arsarbetare: line.arsarbetare,
    Roles:
      line.roles.length === 0
        ? null
        : JSON.stringify(line.roles.map((r) => ({ roleId: r.roleId, arsarbetare: r.arsarbetare }))),
    SupportLocations: line.supportLocations.map((l) => locationChoice[l]),
    Quality: line.quality,
    CompetenceNow: line.competenceNow,
    CompetenceNeeded: line.competenceNeeded,
    CompetenceGap: textOrNull(line.competenceGap),
    Placement: line.placement === null ? null : placementChoice[line.placement],
    Comment: textOrNull(line.comment),
  };
}

/** Names of an inventory's sektor and kontor, copied onto its items for reviewers' views. */
export interface ScopeNames {
  /** The unit's name. */
  readonly unitName: string;
  /** The sektor's name. */
  readonly sektorName: string;
  /** The kontor's name, when the unit lies in one. */
  readonly kontorName: string | null;
}

/** The key and scope columns an inventory and each of its lines carry alike (docs/data-model.md). */
export function scopeValues(
  inventory: Inventory,
  names: ScopeNames,
): Readonly<Record<string, string | null>> {
  return {
    InventoryKey: inventory.id,
    PeriodId: inventory.periodId,
    UnitCode: inventory.unitId,
    SektorCode: inventory.sektorId,
    SektorName: names.sektorName,
    KontorCode: inventory.kontorId,
    KontorName: names.kontorName,
  };
}

/** What a line item is created from. */
export interface LineCreation {
  /** The inventory the line belongs to. */
  readonly inventory: Inventory;
  /** The function it answers. */
  readonly fn: Pick<SupportFunction, 'id' | 'label'>;
  /** Names copied for reviewers' views. */
  readonly names: ScopeNames;
}

/** The text values that create a line item in its unit's folder: only keys and scope, all text. */
export function lineCreationValues(creation: LineCreation): FormValue[] {
  const { inventory, fn, names } = creation;
  return formValues({
    Title: fn.label.sv,
    ...scopeValues(inventory, names),
    Partition: partitionOf(inventory),
    FunctionId: fn.id,
  });
}
