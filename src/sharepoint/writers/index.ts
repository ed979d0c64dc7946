export {
  createPeriodInventories,
  type CreatePeriodInventoriesOptions,
  type CreatePeriodInventoriesResult,
} from './createPeriodInventories';
export { type ProgressListener } from './outcomes';
export { upsertUnits, type UpsertUnitsResult } from './upsertUnits';
export { writeInventories, type WriteInventoriesOptions } from './writeInventories';
