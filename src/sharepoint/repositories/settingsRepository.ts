import { type SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import { type MunicipalityConfig } from '../../domain/config/types';
import { validateMunicipalityConfig } from '../../domain/config/validateConfig';
import { AppError, isAppError } from '../../domain/errors';
import { validatePeriod, type Period } from '../../domain/periods';
import { type SettingsRepository } from '../../domain/ports';
import { atEdge, toAppError } from '../errors';
import { listByKey } from '../lists';
import { functionToItem } from '../mapping/functions';
import { periodToItem } from '../mapping/periods';
import { requirementKey, requirementToItem } from '../mapping/receiverProfile';
import { configFromItems, configSettingKey, settingsToItem, type ConfigItems } from '../mapping/settings';
import { type ItemBody, ifMatch, itemDiffers, itemIdOf, itemVersion, type SpItem } from '../mapping/values';
import { eq } from '../odata';
import { type ListKey } from '../schema/types';
import { readAll, runInBatches, type BatchOperation } from '../batch';
import { configurationFrom, configurationQueries } from './configuration';
import { functionsQuery, periodsQuery, requirementsQuery, settingsQuery } from './queries';

/** Keyed rows to make a small list equal to: update what differs, add what is new, delete what is gone. */
interface Desired {
  readonly list: ListKey;
  readonly existing: readonly SpItem[];
  readonly keyOf: (item: SpItem) => string;
  readonly rows: ReadonlyMap<string, ItemBody>;
}

// Upserts by key and removes rows that are no longer wanted; unchanged rows are not written. Each update and
// delete names the version it read, so a row someone else changed since is refused (412), not overwritten.
function syncOperations(desired: Desired): BatchOperation<unknown>[] {
  const operations: BatchOperation<unknown>[] = [];
  const seen = new Set<string>();
  for (const item of desired.existing) {
    const key = desired.keyOf(item);
    const body = desired.rows.get(key);
    const id = itemIdOf(item);
    const version = itemVersion(item);
    const etag = version === null ? '*' : ifMatch(version);
    if (body === undefined || seen.has(key)) {
      operations.push((b) => listByKey(b, desired.list).items.getById(id).delete(etag));
    } else if (itemDiffers(item, body)) {
      operations.push((b) => listByKey(b, desired.list).items.getById(id).update(body, etag));
    }
    seen.add(key);
  }
  for (const [key, body] of desired.rows) {
    if (!seen.has(key)) operations.push((b) => listByKey(b, desired.list).items.add(body));
  }
  return operations;
}

async function runAll(sp: SPFI, operations: readonly BatchOperation<unknown>[]): Promise<void> {
  const outcomes = await runInBatches(sp, operations);
  const failed = outcomes.find((o) => !o.ok);
  if (failed && !failed.ok) throw await toAppError(failed.error);
}

/** The configuration (Inställningar, Stödfunktioner, Mottagarprofil) and the periods (Perioder). */
export class SharePointSettingsRepository implements SettingsRepository {
  constructor(private readonly sp: SPFI) {}

  /** The configuration, validated (the default while none is stored); one request. @throws AppError */
  getConfig(): Promise<MunicipalityConfig> {
    return atEdge(async () => (await configurationFrom(await readAll(this.sp, configurationQueries))).config);
  }

  /**
   * Stores a configuration: the `config` setting, one Stödfunktioner item per function and one Mottagarprofil
   * item per requirement (removed functions and requirements are deleted). Unchanged items are not written.
   * With `expected` (the configuration as read before it was edited), nothing is written when the stored one
   * differs from it, or changes while this is written.
   * @throws AppError `invalid` with the issues when it breaks the configuration rules; `conflict` with `theirs`
   * when the stored configuration is no longer `expected`.
   */
  saveConfig(
    config: MunicipalityConfig,
    options: { readonly expected?: MunicipalityConfig } = {},
  ): Promise<MunicipalityConfig> {
    return atEdge(async () => {
      const checked = validateMunicipalityConfig(config);
      if (!checked.ok)
        throw new AppError('invalid', { message: 'The configuration is not valid.', issues: checked.issues });
      const [settings = [], functions = [], requirements = []] = await readAll(this.sp, [
        settingsQuery,
        functionsQuery,
        requirementsQuery,
      ]);
      const { expected } = options;
      const settingWritten =
        expected !== undefined &&
        (await this.writeSettingOver(expected, { config: checked.value, settings, functions, requirements }));
      const roleLabel = (roleId: string): string =>
        config.taxonomy.functions.flatMap((fn) => fn.roles).find((r) => r.id === roleId)?.label.sv ?? roleId;
      await runAll(this.sp, [
        ...(settingWritten
          ? []
          : syncOperations({
              list: 'installningar',
              existing: settings.filter((item) => item.Title === configSettingKey),
              keyOf: (item) => String(item.Title),
              rows: new Map([[configSettingKey, settingsToItem(config)]]),
            })),
        ...syncOperations({
          list: 'stodfunktioner',
          existing: functions,
          keyOf: (item) => String(item.FunctionId),
          rows: new Map(config.taxonomy.functions.map((fn, index) => [fn.id, functionToItem(fn, index + 1)])),
        }),
        ...syncOperations({
          list: 'mottagarprofil',
          existing: requirements,
          keyOf: (item) =>
            requirementKey({ functionId: String(item.FunctionId), roleId: String(item.RoleId) }),
          rows: new Map(
            config.receiverProfile.requirements.map((r) => [
              requirementKey(r),
              requirementToItem(r, roleLabel(r.roleId)),
            ]),
          ),
        }),
      ]);
      return checked.value;
    });
  }

  /**
   * Refuses to save over a configuration other than `expected`, then writes the setting with the version read,
   * even when unchanged: it is the configuration's version, so of two saves over the same configuration the second
   * is refused (412) before it writes anything. Whether the setting was written (not while none is stored).
   * @throws AppError `conflict` with `theirs`.
   */
  private async writeSettingOver(
    expected: MunicipalityConfig,
    read: ConfigItems & { readonly config: MunicipalityConfig },
  ): Promise<boolean> {
    const { config } = read;
    const theirs = configFromItems(read);
    // Both sides come out of the same validator, which builds every value in one key order.
    if (JSON.stringify(theirs) !== JSON.stringify(expected))
      throw AppError.conflictOf({ mine: config, theirs }, { message: 'The configuration changed.' });
    const stored = read.settings.find((item) => item.Title === configSettingKey);
    const version = stored === undefined ? null : itemVersion(stored);
    if (stored === undefined || version === null) return false;
    const id = itemIdOf(stored);
    try {
      await runAll(this.sp, [
        (b) =>
          listByKey(b, 'installningar').items.getById(id).update(settingsToItem(config), ifMatch(version)),
      ]);
    } catch (error) {
      if (!isAppError(error) || error.code !== 'conflict') throw error;
      throw AppError.conflictOf(
        { mine: config, theirs: await this.getConfig() },
        { message: 'The configuration changed while it was saved.', cause: error },
      );
    }
    return true;
  }

  /** Every period, oldest first; one request. @throws AppError */
  listPeriods(): Promise<Period[]> {
    return atEdge(
      async () => (await configurationFrom(await readAll(this.sp, configurationQueries))).periods,
    );
  }

  /**
   * Stores a period, new or changed (by PeriodId).
   * @throws AppError `invalid` with the issues when the period is not valid.
   */
  savePeriod(period: Period): Promise<Period> {
    return atEdge(async () => {
      const checked = validatePeriod(period);
      if (!checked.ok)
        throw new AppError('invalid', {
          message: `Period ${period.id} is not valid.`,
          issues: checked.issues,
        });
      const [existing = []] = await readAll(this.sp, [
        (b) => periodsQuery(b).filter(eq('PeriodId', period.id)),
      ]);
      await runAll(
        this.sp,
        syncOperations({
          list: 'perioder',
          existing,
          keyOf: (item) => String(item.PeriodId),
          rows: new Map([[period.id, periodToItem(period)]]),
        }),
      );
      return period;
    });
  }
}
