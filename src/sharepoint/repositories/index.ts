import { type SPFI } from '@pnp/sp';
import {
  type DashboardRepository,
  type InventoryRepository,
  type OrganisationRepository,
  type SettingsRepository,
} from '../../domain/ports';
import { SharePointDashboardRepository } from './dashboardRepository';
import { SharePointInventoryRepository } from './inventoryRepository';
import { SharePointOrganisationRepository } from './organisationRepository';
import { SharePointSettingsRepository } from './settingsRepository';

export { SharePointDashboardRepository } from './dashboardRepository';
export { SharePointInventoryRepository } from './inventoryRepository';
export { SharePointOrganisationRepository, unitsFromItems } from './organisationRepository';
export { SharePointSettingsRepository } from './settingsRepository';

/** Every repository of the app on one SharePoint client. */
export interface Repositories {
  readonly inventories: InventoryRepository;
  readonly organisation: OrganisationRepository;
  readonly settings: SettingsRepository;
  readonly dashboard: DashboardRepository;
}

/** The repositories on a client made by `createSharePointClient`. */
export function createRepositories(sp: SPFI): Repositories {
  return {
    inventories: new SharePointInventoryRepository(sp),
    organisation: new SharePointOrganisationRepository(sp),
    settings: new SharePointSettingsRepository(sp),
    dashboard: new SharePointDashboardRepository(sp),
  };
}
