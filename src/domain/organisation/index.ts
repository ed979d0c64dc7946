export { buildOrganisation } from './buildOrganisation';
export { isFirstLine, unitIndex, type UnitIndex } from './queries';
export {
  managerLevels,
  unitKinds,
  type ManagerLevel,
  type Unit,
  type UnitInput,
  type UnitKind,
  type UnitManager,
} from './types';
export { sameUnitCode, unitCodeKey } from './unitCodes';
export { isUpn, normaliseUpn, sameUpn } from './upn';
