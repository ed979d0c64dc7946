import { managerLevels, type Unit, type UnitManager } from '../../domain/organisation/types';
import { normaliseUpn } from '../../domain/organisation/upn';
import { managerLevelChoice, unitKindChoice } from '../schema/choices';
import { ItemReader, textOrNull, type ItemBody, type SpItem } from './values';

/** The Organisation columns the app reads. */
export const organisationSelect: readonly string[] = [
  'ID',
  'Title',
  'UnitCode',
  'UnitKind',
  'ParentCode',
  'SektorCode',
  'KontorCode',
  'ManagerUpn',
  'ManagerName',
  'ManagerLevel',
  'Headcount',
  'Arsarbetare',
  'ManagersReporting',
  'Stab',
];

/**
 * A unit from its Organisation item, with the derived sektor, kontor and managers reporting as stored at import.
 * @throws AppError `invalid` naming the item when a column cannot be read.
 */
export function unitFromItem(item: SpItem): Unit {
  const r = new ItemReader(item, { list: 'organisation', keyField: 'UnitCode' });
  const id = r.text('UnitCode');
  const kind = r.requiredChoice('UnitKind', unitKindChoice);
  const upn = r.optionalText('ManagerUpn');
  const level = upn === null ? null : r.requiredChoice('ManagerLevel', managerLevelChoice);
  const manager: UnitManager | null =
    upn === null || level === null
      ? null
      : { upn: normaliseUpn(upn), name: r.optionalText('ManagerName') ?? upn, level };
  const unit: Unit = {
    id,
    kind: kind ?? 'enhet',
    name: r.text('Title'),
    parentId: r.optionalText('ParentCode'),
    manager,
    headcount: r.number('Headcount') ?? 0,
    arsarbetare: r.number('Arsarbetare') ?? 0,
    // A sektor's own code is its sektor; an unset column on a sektor item is read that way too.
    sektorId: kind === 'sektor' ? (r.optionalText('SektorCode') ?? id) : r.text('SektorCode'),
    kontorId: r.optionalText('KontorCode'),
    managersReporting: r.number('ManagersReporting') ?? 0,
    ...(r.flag('Stab') && { stab: true }),
  };
  return r.done(unit);
}

/** The Organisation item body for a unit (every column the import owns). */
export function unitToItem(unit: Unit): ItemBody {
  const level = unit.manager && managerLevels.includes(unit.manager.level) ? unit.manager.level : null;
  return {
    Title: unit.name,
    UnitCode: unit.id,
    UnitKind: unitKindChoice[unit.kind],
    ParentCode: textOrNull(unit.parentId),
    SektorCode: unit.sektorId,
    KontorCode: textOrNull(unit.kontorId),
    ManagerUpn: unit.manager ? normaliseUpn(unit.manager.upn) : null,
    ManagerName: textOrNull(unit.manager?.name),
    ManagerLevel: level === null ? null : managerLevelChoice[level],
    Headcount: unit.headcount,
    Arsarbetare: unit.arsarbetare,
    ManagersReporting: unit.managersReporting,
    Stab: unit.stab === true,
  };
}
