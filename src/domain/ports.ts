import { type MunicipalityConfig } from './config/types';
import { type Inventory } from './inventory/types';
import { type Unit, type UnitInput } from './organisation/types';
import { type Period } from './periods';

// The stores the tab and the scripts need, declared here so the SharePoint layer implements them and the
// domain and UI never see HTTP. Every method rejects with an AppError (conflict, forbidden, throttled, ...).

/** Reads and writes inventories. */
export interface InventoryRepository {
  /** The unit's inventory in the period, or `null` if none is stored yet. */
  get(periodId: string, unitId: string): Promise<Inventory | null>;
  /** Every inventory of the period the signed-in user may read. */
  listByPeriod(periodId: string): Promise<Inventory[]>;
  /**
   * Stores an inventory if its `version` still matches the stored one (`''` creates it) and returns it with
   * the new version.
   * @throws AppError `conflict` with `mine`/`theirs` when someone else saved first.
   */
  save(inventory: Inventory): Promise<Inventory>;
}

/** Reads and replaces the organisation. */
export interface OrganisationRepository {
  /** Every unit, checked and derived (`buildOrganisation`). */
  listUnits(): Promise<Unit[]>;
  /**
   * Replaces the organisation with an import.
   * @throws AppError `invalid` with the issues when the import is not a valid tree.
   */
  importUnits(units: readonly UnitInput[]): Promise<Unit[]>;
}

/** Reads and writes the configuration and the periods. */
export interface SettingsRepository {
  /** The municipality configuration (the default until the project team saves one). */
  getConfig(): Promise<MunicipalityConfig>;
  /**
   * Stores a configuration.
   * @throws AppError `invalid` with the issues when it breaks the configuration rules.
   */
  saveConfig(config: MunicipalityConfig): Promise<MunicipalityConfig>;
  /** Every period, oldest first. */
  listPeriods(): Promise<Period[]>;
  /** Stores a period (new or changed). */
  savePeriod(period: Period): Promise<Period>;
}
