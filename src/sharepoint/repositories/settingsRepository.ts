import { type SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import { type MunicipalityConfig } from '../../domain/config/types';
import { validateMunicipalityConfig } from '../../domain/config/validateConfig';
import { AppError } from '../../domain/errors';
import { validatePeriod, type Period } from '../../domain/periods';
import { type SettingsRepository } from '../../domain/ports';
import { atEdge, toAppError } from '../errors';
import { listByKey } from '../lists';
import { functionToItem } from '../mapping/functions';
import { periodToItem } from '../mapping/periods';
import { requirementKey, requirementToItem } from '../mapping/receiverProfile';
import { configSettingKey, settingsToItem } from '../mapping/settings';
import { type ItemBody, itemDiffers, itemIdOf, type SpItem } from '../mapping/values';
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

// Upserts by key and removes rows that are no longer wanted; unchanged rows are not written.
function syncOperations(desired: Desired): BatchOperation<unknown>[] {
  const operations: BatchOperation<unknown>[] = [];
  const seen = new Set<string>();
  for (const item of desired.existing) {
    const key = desired.keyOf(item);
    const body = desired.rows.get(key);
    const id = itemIdOf(item);
    if (body === undefined || seen.has(key)) {
      operations.push((b) => listByKey(b, desired.list).items.getById(id).delete());
    } else if (itemDiffers(item, body)) {
      operations.push((b) => listByKey(b, desired.list).items.getById(id).update(body));
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
    return atEdge(async () => configurationFrom(await readAll(this.sp, configurationQueries)).config);
  }

  /**
   * Stores a configuration: the `config` setting, one Stödfunktioner item per function and one Mottagarprofil
   * item per requirement (removed functions and requirements are deleted). Unchanged items are not written.
   * @throws AppError `invalid` with the issues when it breaks the configuration rules.
   */
  saveConfig(config: MunicipalityConfig): Promise<MunicipalityConfig> {
    return atEdge(async () => {
      const checked = validateMunicipalityConfig(config);
      if (!checked.ok)
        throw new AppError('invalid', { message: 'The configuration is not valid.', issues: checked.issues });
      const [settings = [], functions = [], requirements = []] = await readAll(this.sp, [
        settingsQuery,
        functionsQuery,
        requirementsQuery,
      ]);
      const roleLabel = (roleId: string): string =>
        config.taxonomy.functions.flatMap((fn) => fn.roles).find((r) => r.id === roleId)?.label.sv ?? roleId;
      await runAll(this.sp, [
        ...syncOperations({
          list: 'installningar',
          existing: settings.filter((item) => item.Title === configSettingKey),
          keyOf: (item) => String(item.Title),
          rows: new Map([[configSettingKey, settingsToItem(config)]]),
        }),
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

  /** Every period, oldest first; one request. @throws AppError */
  listPeriods(): Promise<Period[]> {
    return atEdge(async () => configurationFrom(await readAll(this.sp, configurationQueries)).periods);
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
