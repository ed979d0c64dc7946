import { type MunicipalityConfig } from '../../domain/config/types';
import { type Period } from '../../domain/periods';
import { periodFromItem } from '../mapping/periods';
import { type configFromItems } from '../mapping/settings';
import { type SpItem } from '../mapping/values';
import { type CollectionQuery } from '../batch';
import { functionsQuery, periodsQuery, requirementsQuery, settingsQuery } from './queries';

/** The four reads every screen starts with; they go into the screen's first `$batch`. */
export const configurationQueries: readonly CollectionQuery[] = [
  settingsQuery,
  functionsQuery,
  requirementsQuery,
  periodsQuery,
];

/** The configuration and periods read by `configurationQueries`. */
export interface Configuration {
  /** The validated configuration. */
  readonly config: MunicipalityConfig;
  /** Every period, oldest first. */
  readonly periods: Period[];
  /** Each function's position in the taxonomy, to order inventory lines. */
  readonly functionOrder: ReadonlyMap<string, number>;
}

// Types only: the module itself is loaded by `import()` below.
type SettingsReader = { readonly configFromItems: typeof configFromItems };

let settingsReader: Promise<SettingsReader> | undefined;

// The code that reads and validates the configuration (with the default configuration) is not in the tab's first
// chunk. A screen starts loading it as it sends its first `$batch`, so it arrives while SharePoint answers.
function loadConfigurationReader(): Promise<SettingsReader> {
  settingsReader ??= import('../mapping/settings').catch((error: unknown) => {
    settingsReader = undefined;
    throw error;
  });
  return settingsReader;
}

/** Starts loading what `configurationFrom` needs; a failure shows when `configurationFrom` tries again. */
export function prefetchConfigurationReader(): void {
  loadConfigurationReader().catch(() => undefined);
}

/**
 * The configuration and periods from the results of `configurationQueries`, in the same order.
 * @throws AppError `invalid` naming the item when one cannot be read, or with the configuration's issues.
 */
export async function configurationFrom(results: readonly SpItem[][]): Promise<Configuration> {
  const [settings = [], functions = [], requirements = [], periodItems = []] = results;
  const { configFromItems } = await loadConfigurationReader();
  const config = configFromItems({ settings, functions, requirements });
  const periods = periodItems
    .map(periodFromItem)
    .sort((a, b) => a.opensOn.localeCompare(b.opensOn) || a.id.localeCompare(b.id));
  const functionOrder = new Map(config.taxonomy.functions.map((fn, index) => [fn.id, index]));
  return { config, periods, functionOrder };
}
