import { type DashboardData, type DashboardQuery, type MunicipalityConfig, type Period } from '../../domain';
import {
  answeredLinesByFunction,
  blockedRemovals,
  type BlockedRemoval,
} from '../../domain/config/taxonomyChanges';

/** The settings store as the settings page needs it (`SharePointSettingsRepository`). */
export interface ConfigStore {
  getConfig(): Promise<MunicipalityConfig>;
  /** Stores `config` unless the stored configuration is no longer `expected` (AppError `conflict`). */
  saveConfig(
    config: MunicipalityConfig,
    options?: { readonly expected?: MunicipalityConfig },
  ): Promise<MunicipalityConfig>;
  listPeriods(): Promise<Period[]>;
  savePeriod(period: Period): Promise<Period>;
}

/** What saving the configuration came to. */
export type ConfigSaved =
  | { readonly kind: 'saved'; readonly config: MunicipalityConfig }
  /** Refused before writing: functions with answered lines would be removed. */
  | { readonly kind: 'blocked'; readonly removals: readonly BlockedRemoval[] };

/** What the project team's settings page reads and writes. */
export interface SettingsServices {
  /** The configuration and every period. */
  load(): Promise<{ readonly config: MunicipalityConfig; readonly periods: readonly Period[] }>;
  /** Answered lines per function id, over every period. */
  answeredLines(periods: readonly Period[]): Promise<ReadonlyMap<string, number>>;
  /**
   * Stores `config` over `expected` (the configuration as loaded), unless it removes a function with answered
   * lines. @throws AppError `conflict` with `theirs` when someone else saved meanwhile; `forbidden` for anyone
   * outside the project team.
   */
  saveConfig(config: MunicipalityConfig, expected: MunicipalityConfig): Promise<ConfigSaved>;
  /** Stores a period, new or changed. */
  savePeriod(period: Period): Promise<Period>;
}

/** The settings page's services on the settings store and the dashboards' figures (one summary per unit). */
export function settingsServices(deps: {
  readonly store: ConfigStore;
  readonly loadFigures: (query: DashboardQuery) => Promise<DashboardData>;
}): SettingsServices {
  const { store, loadFigures } = deps;
  const answeredLines = async (periods: readonly Period[]) => {
    const figures = await Promise.all(periods.map((p) => loadFigures({ periodId: p.id })));
    return answeredLinesByFunction(figures.flatMap((f) => f.inventories));
  };
  return {
    load: async () => {
      const [config, periods] = await Promise.all([store.getConfig(), store.listPeriods()]);
      return { config, periods };
    },
    answeredLines,
    saveConfig: async (config, expected) => {
      // Counted again at the moment of saving: a manager may have answered since the page was opened.
      const removed = expected.taxonomy.functions.some(
        (fn) => !config.taxonomy.functions.some((kept) => kept.id === fn.id),
      );
      if (removed) {
        const removals = blockedRemovals(
          expected.taxonomy,
          config.taxonomy,
          await answeredLines(await store.listPeriods()),
        );
        if (removals.length > 0) return { kind: 'blocked', removals };
      }
      return { kind: 'saved', config: await store.saveConfig(config, { expected }) };
    },
    savePeriod: (period) => store.savePeriod(period),
  };
}
