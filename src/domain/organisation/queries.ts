import { type Unit } from './types';

/** Units looked up by id and by parent, built once in O(n). */
export interface UnitIndex {
  /** Each unit by its id. */
  readonly byId: ReadonlyMap<string, Unit>;
  /** The direct sub-units of each unit id (sektorer under the key `null`). */
  readonly children: ReadonlyMap<string | null, readonly Unit[]>;
}

/** Indexes units by id and by parent. */
export function unitIndex(units: readonly Unit[]): UnitIndex {
  const byId = new Map<string, Unit>();
  const children = new Map<string | null, Unit[]>();
  for (const unit of units) {
    byId.set(unit.id, unit);
    const siblings = children.get(unit.parentId);
    if (siblings === undefined) children.set(unit.parentId, [unit]);
    else siblings.push(unit);
  }
  return { byId, children };
}

/** Whether the unit is led by a first-line manager (enhetschef), who answers the first-line section. */
export function isFirstLine(unit: Unit): boolean {
  return unit.manager?.level === 'enhetschef';
}
