import { normaliseUpn, sameUnitCode, unitCodeKey, type Unit } from '../../domain';

/** What changes on a unit between the site and the file. */
export type UnitField =
  | 'name'
  | 'kind'
  | 'parentId'
  | 'manager'
  | 'managerName'
  | 'managerLevel'
  | 'headcount'
  | 'arsarbetare'
  | 'stab';

/** A unit that exists on both sides but differs. */
export interface ChangedUnit {
  readonly before: Unit;
  readonly after: Unit;
  readonly fields: readonly UnitField[];
}

/** A unit whose manager changes (a new person, or a vacancy filled or opened). */
export interface ManagerChange {
  readonly unit: Unit;
  readonly from: string | null;
  readonly to: string | null;
}

/** The difference between the organisation on the site and in an import file. */
export interface OrganisationDiff {
  readonly added: readonly Unit[];
  readonly removed: readonly Unit[];
  readonly changed: readonly ChangedUnit[];
  readonly managerChanges: readonly ManagerChange[];
  readonly unchanged: number;
}

const upnOf = (unit: Unit): string | null => (unit.manager ? normaliseUpn(unit.manager.upn) : null);

function changedFields(before: Unit, after: Unit): UnitField[] {
  const fields: UnitField[] = [];
  if (before.name !== after.name) fields.push('name');
  if (before.kind !== after.kind) fields.push('kind');
  const sameParent =
    before.parentId === null || after.parentId === null
      ? before.parentId === after.parentId
      : sameUnitCode(before.parentId, after.parentId);
  if (!sameParent) fields.push('parentId');
  if (upnOf(before) !== upnOf(after)) fields.push('manager');
  else if (before.manager && after.manager) {
    if (before.manager.name !== after.manager.name) fields.push('managerName');
    if (before.manager.level !== after.manager.level) fields.push('managerLevel');
  }
  if (before.headcount !== after.headcount) fields.push('headcount');
  if (Math.abs(before.arsarbetare - after.arsarbetare) > 1e-9) fields.push('arsarbetare');
  if ((before.stab ?? false) !== (after.stab ?? false)) fields.push('stab');
  return fields;
}

/**
 * Compares two organisations by unit code, without regard to case as SharePoint compares it, in the file's order
 * (removed units in the site's order).
 */
export function diffOrganisation(site: readonly Unit[], file: readonly Unit[]): OrganisationDiff {
  const before = new Map(site.map((u) => [unitCodeKey(u.id), u]));
  const inFile = new Set(file.map((u) => unitCodeKey(u.id)));
  const added: Unit[] = [];
  const changed: ChangedUnit[] = [];
  const managerChanges: ManagerChange[] = [];
  let unchanged = 0;
  for (const unit of file) {
    const old = before.get(unitCodeKey(unit.id));
    if (old === undefined) {
      added.push(unit);
      continue;
    }
    const fields = changedFields(old, unit);
    if (fields.length === 0) unchanged++;
    else changed.push({ before: old, after: unit, fields });
    if (fields.includes('manager')) managerChanges.push({ unit, from: upnOf(old), to: upnOf(unit) });
  }
  const removed = site.filter((u) => !inFile.has(unitCodeKey(u.id)));
  return { added, removed, changed, managerChanges, unchanged };
}

/** Whether the file changes anything on the site. */
export function isEmptyDiff(diff: OrganisationDiff): boolean {
  return diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0;
}
