import { defaultMunicipalityConfig } from '../../domain/defaults';
import { AppError } from '../../domain/errors';
import { type MunicipalityConfig } from '../../domain/config/types';
import { validateMunicipalityConfig } from '../../domain/config/validateConfig';
import { functionFromItem } from './functions';
import { requirementFromItem } from './receiverProfile';
import { ItemReader, type ItemBody, type SpItem } from './values';

// The configuration lives in three lists: the taxonomy's functions (Stodfunktioner) and the mottagare profile
// (Mottagarprofil) one item each, so reviewers and IT can read them in SharePoint, and everything else as one
// JSON value in Inställningar under the key `config`. Reading puts them together and validates the whole.

/** The Installningar key that holds the configuration (all of it but functions and requirements). */
export const configSettingKey = 'config';

/** What the Installningar `config` item holds: the configuration without functions and requirements. */
type StoredSettings = Omit<MunicipalityConfig, 'taxonomy' | 'receiverProfile'> & {
  readonly taxonomy: Pick<MunicipalityConfig['taxonomy'], 'processGroups'>;
  readonly receiverProfile: Pick<MunicipalityConfig['receiverProfile'], 'countedUnitKinds'>;
};

/** The Installningar item body of a configuration. */
export function settingsToItem(config: MunicipalityConfig): ItemBody {
  const stored: StoredSettings = {
    schemaVersion: config.schemaVersion,
    municipality: config.municipality,
    taxonomy: { processGroups: config.taxonomy.processGroups },
    locations: config.locations,
    placements: config.placements,
    adminHourCategories: config.adminHourCategories,
    receiverProfile: { countedUnitKinds: config.receiverProfile.countedUnitKinds },
    proposalThresholds: config.proposalThresholds,
    centralSektorIds: config.centralSektorIds,
    firstLineMission: config.firstLineMission,
  };
  return { Title: configSettingKey, Value: JSON.stringify(stored) };
}

/** The items the configuration is read from. */
export interface ConfigItems {
  /** The Installningar items (the one keyed `config` is used). */
  readonly settings: readonly SpItem[];
  /** Every Stodfunktioner item. */
  readonly functions: readonly SpItem[];
  /** Every Mottagarprofil item. */
  readonly requirements: readonly SpItem[];
}

/**
 * The configuration from its three lists, validated as a whole; the default (Gävle-like) configuration while
 * no `config` setting is stored.
 * @throws AppError `invalid` naming the item when one cannot be read, or with the configuration's issues.
 */
export function configFromItems(items: ConfigItems): MunicipalityConfig {
  const setting = items.settings.find((item) => item.Title === configSettingKey);
  if (setting === undefined) return defaultMunicipalityConfig();
  const r = new ItemReader(setting, { list: 'installningar', keyField: 'Title' });
  const stored = r.json('Value', (reader, value, path) => reader.object(value, path));
  r.text('Value');
  r.done(stored);
  const functions = items.functions
    .map(functionFromItem)
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((f) => f.fn);
  const taxonomy = (stored?.taxonomy ?? {}) as Record<string, unknown>;
  const profile = (stored?.receiverProfile ?? {}) as Record<string, unknown>;
  const assembled = {
    ...stored,
    taxonomy: { ...taxonomy, functions },
    receiverProfile: { ...profile, requirements: items.requirements.map(requirementFromItem) },
  };
  const result = validateMunicipalityConfig(assembled);
  if (!result.ok) {
    throw new AppError('invalid', {
      message:
        'The configuration stored in Inställningar, Stödfunktioner and Mottagarprofil is not valid: ' +
        result.issues.map((i) => `${i.path}: ${i.code}`).join('; '),
      issues: result.issues,
    });
  }
  return result.value;
}
