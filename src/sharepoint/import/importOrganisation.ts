import { type SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import { AppError, currentPeriod, type MunicipalityConfig, type Period, type Unit } from '../../domain';
import { listByKey } from '../lists';
import { eq } from '../odata';
import { runInBatches, type BatchOperation } from '../batch';
import { ensureUnitAccess, type UnitAccessEvent, type UnitAccessReport } from '../provision';
import { SharePointOrganisationRepository, SharePointSettingsRepository } from '../repositories';
import {
  createPeriodInventories,
  upsertUnits,
  type CreatePeriodInventoriesResult,
  type UpsertUnitsResult,
} from '../writers';
import { diffOrganisation, type OrganisationDiff } from './diff';
import { type ImportWarning } from './issues';
import { checkRemovals } from './removals';
import { secondUnitWarnings } from './secondUnitWarnings';
import { adoptSiteSpelling, readCodesInUse, respellingWarnings } from './siteCodes';

/** The stages of an import, in order; each is idempotent, so a run after an interruption finishes the job. */
export type ImportStage = 'reading' | 'units' | 'removing' | 'access' | 'inventories';

/** What the import tells its caller as it works. */
export type ImportEvent =
  | {
      readonly kind: 'diff';
      readonly diff: OrganisationDiff;
      readonly period: Period | null;
      readonly dryRun: boolean;
    }
  /** Things worth knowing about the difference (codes spelled as on the site, managers of several units). */
  | { readonly kind: 'warnings'; readonly warnings: readonly ImportWarning[] }
  | { readonly kind: 'stage'; readonly stage: ImportStage }
  | { readonly kind: 'progress'; readonly stage: ImportStage; readonly done: number; readonly total: number }
  | { readonly kind: 'access'; readonly event: UnitAccessEvent };

/** Options for `importOrganisation`. */
export interface ImportOptions {
  /** The organisation read from the file (`readOrganisation`). */
  readonly units: readonly Unit[];
  /** Show the difference and change nothing. @default false */
  readonly dryRun?: boolean;
  /** The period whose inventories are created. @default the period open on `on` */
  readonly periodId?: string;
  /** The day (ISO date or instant) that decides the current period. @default now */
  readonly on?: string;
  /** Remove more than `maxRemovalShare` of the site's units; otherwise such a file is refused. @default false */
  readonly allowRemovals?: boolean;
  readonly log?: (event: ImportEvent) => void;
}

/** What an import did (or, in a dry run, would do). */
export interface ImportReport {
  readonly outcome: 'planned' | 'applied';
  readonly diff: OrganisationDiff;
  /** Codes spelled as the site spells them, managers who take on a second unit. */
  readonly warnings: readonly ImportWarning[];
  /** The period inventories are created for; `null` when none is open (and no `periodId` was given). */
  readonly period: Period | null;
  readonly units: UpsertUnitsResult | null;
  /** Organisation items of units no longer in the file, deleted (their inventories stay in their folders). */
  readonly removed: number;
  readonly access: UnitAccessReport | null;
  readonly inventories: CreatePeriodInventoriesResult | null;
}

function choosePeriod(periods: readonly Period[], options: { periodId?: string; on: string }): Period | null {
  if (options.periodId === undefined) return currentPeriod(periods, options.on);
  const period = periods.find((p) => p.id === options.periodId);
  if (period === undefined) {
    const known = periods.map((p) => p.id).join(', ') || '–';
    throw new AppError('notFound', {
      message:
        `Perioden ${options.periodId} finns inte i listan Perioder (finns: ${known}).\n` +
        `The period ${options.periodId} is not in the Perioder list (there are: ${known}).`,
    });
  }
  return period;
}

async function removeUnits(
  sp: SPFI,
  codes: readonly string[],
  log: (done: number, total: number) => void,
): Promise<number> {
  // Found by UnitCode (indexed) and deleted in the same $batch: SharePoint runs a batch's parts in order.
  const found = await runInBatches(
    sp,
    codes.map(
      (code): BatchOperation<{ Id?: number; ID?: number }[]> =>
        (b) =>
          listByKey(b, 'organisation').items.filter(eq('UnitCode', code)).select('Id')(),
    ),
  );
  const ids = found.flatMap((o) => {
    if (!o.ok) throw o.error;
    return o.value.map((item) => Number(item.Id ?? item.ID));
  });
  const deleted = await runInBatches(
    sp,
    ids.map(
      (id): BatchOperation<void> =>
        (b) =>
          listByKey(b, 'organisation').items.getById(id).delete(),
    ),
    { onBatch: log },
  );
  const failed = deleted.find((o) => !o.ok);
  if (failed && !failed.ok) throw failed.error;
  return ids.length;
}

/**
 * Brings the site's organisation in line with an HR import: shows the difference (new, changed and removed units,
 * manager changes), then — unless a dry run — upserts the units, deletes the removed ones, gives every unit its
 * folder, reviewer groups and permissions (`ensureUnitAccess`) and creates the current period's inventories
 * (`createPeriodInventories`). Unit codes are the site's whatever their case: a code the site already has (in
 * Organisation, as a unit folder or in a reviewer group's name) is written as the site writes it, since SharePoint
 * would take the other spelling for the same name and refuse it. Every stage writes only what is missing, so a
 * second run writes nothing and a run after an interruption finishes the job. A file that would remove more than
 * `maxRemovalShare` of the site's units is refused before anything is written, also in a dry run, unless
 * `allowRemovals`.
 * @throws AppError from the stage that failed (run again to finish), `notFound` for an unknown `periodId`, or
 * `invalid` for too many removals.
 */
export async function importOrganisation(sp: SPFI, options: ImportOptions): Promise<ImportReport> {
  const { dryRun = false, allowRemovals = false, log = () => undefined } = options;
  log({ kind: 'stage', stage: 'reading' });
  const [site, periods, config, codesInUse] = await Promise.all([
    new SharePointOrganisationRepository(sp).listUnits(),
    new SharePointSettingsRepository(sp).listPeriods(),
    new SharePointSettingsRepository(sp).getConfig(),
    readCodesInUse(sp),
  ]);
  const period = choosePeriod(periods, {
    periodId: options.periodId,
    on: options.on ?? new Date().toISOString(),
  });
  const siteCodes = [...site.map((u) => u.id), ...codesInUse];
  const { units, respelled } = adoptSiteSpelling(options.units, siteCodes);
  const diff = diffOrganisation(site, units);
  log({ kind: 'diff', diff, period, dryRun });
  const warnings = [...respellingWarnings(respelled), ...secondUnitWarnings(diff, units)];
  if (warnings.length > 0) log({ kind: 'warnings', warnings });
  checkRemovals(diff, { siteUnits: site.length, allowRemovals });
  if (dryRun)
    return {
      outcome: 'planned',
      diff,
      warnings,
      period,
      units: null,
      removed: 0,
      access: null,
      inventories: null,
    };
  return { ...(await apply(sp, { units, diff, period, config, log })), warnings };
}

async function apply(
  sp: SPFI,
  context: {
    units: readonly Unit[];
    diff: OrganisationDiff;
    period: Period | null;
    config: MunicipalityConfig;
    log: (event: ImportEvent) => void;
  },
): Promise<Omit<ImportReport, 'warnings'>> {
  const { units, diff, period, config, log } = context;
  const progress = (stage: ImportStage) => (done: number, total: number) =>
    log({ kind: 'progress', stage, done, total });
  log({ kind: 'stage', stage: 'units' });
  const upserted = await upsertUnits(sp, units, { onProgress: progress('units') });
  log({ kind: 'stage', stage: 'removing' });
  const removed = await removeUnits(
    sp,
    diff.removed.map((u) => u.id),
    progress('removing'),
  );
  log({ kind: 'stage', stage: 'access' });
  const access = await ensureUnitAccess(sp, { units, log: (event) => log({ kind: 'access', event }) });
  let inventories: CreatePeriodInventoriesResult | null = null;
  if (period !== null) {
    log({ kind: 'stage', stage: 'inventories' });
    inventories = await createPeriodInventories(sp, {
      period,
      units,
      config,
      onProgress: progress('inventories'),
    });
  }
  return { outcome: 'applied', diff, period, units: upserted, removed, access, inventories };
}
