// The pure domain: model, rules, validation and aggregation. No IO, no React; every layer depends on this.
export * from './aggregation';
export * from './board';
export * from './bookings';
export * from './config';
export * from './consultation';
export * from './firstLine';
export { defaultMunicipalityConfig, defaultMunicipalityConfigJson } from './defaults';
export {
  AppError,
  appErrorCodes,
  errorMessage,
  isAppError,
  asAppError,
  type AppErrorCode,
  type AppErrorOptions,
  type ConflictVersions,
} from './errors';
export * from './i18n';
export * from './inventory';
export * from './organisation';
export * from './presentation';
export * from './scenarios';
export {
  currentPeriod,
  daysLeft,
  isIsoDate,
  latestPeriod,
  periodPhase,
  swedishDate,
  validatePeriod,
  type IsoDate,
  type Period,
  type PeriodPhase,
} from './periods';
export type {
  DashboardData,
  DashboardLoadOptions,
  DashboardQuery,
  DashboardRepository,
  IgnoredItem,
  IgnoredReason,
  InventoryRepository,
  ManagerForm,
  OrganisationRepository,
  PeriodStatuses,
  SettingsRepository,
  TokenProvider,
} from './ports';
export * from './validation';
