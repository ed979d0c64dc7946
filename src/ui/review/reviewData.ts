import {
  answerFigures,
  figuresProgress,
  latestPeriod,
  missingSubmissions,
  progressByKontor,
  progressBySektor,
  reviewingActor,
  reviewsUnit,
  sameUpn,
  type Actor,
  type AnswerFigures,
  type Inventory,
  type InventoryStatus,
  type ManagerForm,
  type MissingSubmission,
  type MunicipalityConfig,
  type Period,
  type PeriodStatuses,
  type ProgressSummary,
  type Unit,
} from '../../domain';
import { type ManagerServices } from '../services';

// What a reviewer's pages read and compute. SharePoint gives each person only the inventories they may read
// (listStatusesByPeriod: their statuses, and their summaries' figures for the list, never their lines), the
// organisation gives the units and their managers; the statuses, the progress and who has not submitted are the domain's (reviewStatus,
// aggregation). Reads are kept for the session (per services object), so the start page's summary, the list and a
// unit's page share them; a decision updates what is kept.

/** What the reviewer's pages start from. */
export interface ReviewContext {
  /** The signed-in user as a reviewer (their sektorer and kontor, the project team). */
  readonly actor: Actor;
  /** The period reviewed: the open one, else the one that opened last (review goes on after the closing day). */
  readonly period: Period | null;
}

/** The reviewer and the period they review, from what the tab loaded when it opened (no request). */
export function reviewContext(form: ManagerForm, upn: string, now: string): ReviewContext {
  return { actor: reviewingActor(upn, form.review), period: form.period ?? latestPeriod(form.periods, now) };
}

/** Whether the signed-in user reviews anything at all. */
export function reviewsAnything(actor: Actor): boolean {
  return actor.roles.some((role) => role.kind === 'reviewer' || role.kind === 'projectTeam');
}

/** The organisation and the period's inventories the signed-in user may read, without their lines. */
export type ReviewSource = PeriodStatuses;

const periodRead = new WeakMap<object, { periodId: string; source: Promise<ReviewSource> }>();

/**
 * The organisation and the period's readable inventories (`listStatusesByPeriod`: 2 requests), read once per
 * session unless `fresh`.
 */
export function reviewSource(
  services: ManagerServices,
  periodId: string,
  options: { fresh?: boolean } = {},
): Promise<ReviewSource> {
  const known = periodRead.get(services);
  if (known !== undefined && known.periodId === periodId && options.fresh !== true) return known.source;
  const source = services.inventories.listStatusesByPeriod(periodId);
  const entry = { periodId, source };
  periodRead.set(services, entry);
  // A failed read is not kept: the next page reads again.
  source.catch(() => {
    if (periodRead.get(services) === entry) periodRead.delete(services);
  });
  return source;
}

/** Keeps an inventory as just read or decided, so the list shows its new status without reading again. */
export function rememberInventory(services: ManagerServices, inventory: Inventory): void {
  const known = periodRead.get(services);
  if (known === undefined || known.periodId !== inventory.periodId) return;
  const source = known.source.then((read) => ({
    units: read.units,
    inventories: [...read.inventories.filter((i) => i.id !== inventory.id), inventory],
    // Its figures are now those of the lines just read, not of the summary read before.
    figures: () => read.figures().then((all) => new Map(all).set(inventory.id, answerFigures(inventory))),
  }));
  // A failed read stays failed; a kept one gets the inventory.
  periodRead.set(services, { periodId: known.periodId, source });
}

/** What the units a reviewer reviews are picked from. */
export interface ReviewInput {
  readonly source: ReviewSource;
  readonly actor: Actor;
  readonly periodId: string;
}

/** One unit the reviewer reviews, with where its inventory is. */
export interface ReviewedUnit {
  readonly unit: Unit;
  /** Its inventory, when one is stored and readable. */
  readonly inventory: Inventory | undefined;
  /** The status as the domain computes it (`notStarted` without an inventory). */
  readonly status: InventoryStatus;
  /** Vacant and without an inventory: nobody can answer. */
  readonly vacant: boolean;
}

/** The units the reviewer reviews, in the organisation's order, each with its inventory of the period. */
function reviewedUnits(input: ReviewInput): ReviewedUnit[] {
  const { source, actor, periodId } = input;
  const byUnit = new Map(source.inventories.filter((i) => i.periodId === periodId).map((i) => [i.unitId, i]));
  return source.units
    .filter((unit) => reviewsUnit(actor, unit))
    .map((unit) => {
      const inventory = byUnit.get(unit.id);
      return {
        unit,
        inventory,
        status: inventory?.status ?? 'notStarted',
        vacant: unit.manager === null && inventory === undefined,
      };
    });
}

/** One unit as the list shows it. */
export interface UnitRow extends ReviewedUnit {
  /** The functions whose answer is complete, as far as its figures tell (`figuresProgress`). */
  readonly answered: ReadonlySet<string>;
  /** The kontor's name, else the sektor's. */
  readonly area: string;
  /** Whether the reviewer manages the unit themself (nobody reviews their own inventory). */
  readonly own: boolean;
}

/** Everything the reviewer's list shows, computed once per read. */
export interface ReviewOverview {
  /** The units reviewed, by sektor, kontor and name. */
  readonly rows: readonly UnitRow[];
  /** Each sektor and kontor the reviewer reviews as a whole, with its progress; sektorer first. */
  readonly areas: readonly AreaProgress[];
  /** The units that have not submitted (vacant ones flagged), in the order of `rows`. */
  readonly missing: readonly MissingSubmission[];
  /** Units by id, the whole organisation (names of sektorer, kontor and managers). */
  readonly byId: ReadonlyMap<string, Unit>;
}

/** A sektor's or kontor's progress. */
export interface AreaProgress {
  readonly unit: Unit;
  readonly progress: ProgressSummary;
}

const nothingAnswered: ReadonlySet<string> = new Set();

/** The units a reviewer reviews, their statuses and answers, the progress of their areas and who has not submitted. */
export function reviewOverview(
  input: ReviewInput & {
    readonly config: MunicipalityConfig;
    /** The answers' figures by inventory id (`ReviewSource.figures`). */
    readonly figures: ReadonlyMap<string, AnswerFigures>;
  },
): ReviewOverview {
  const { source, actor, config, periodId, figures } = input;
  const byId = new Map(source.units.map((u) => [u.id, u]));
  const name = (id: string | null) => (id === null ? '' : (byId.get(id)?.name ?? id));
  const { compare } = new Intl.Collator('sv');
  const reviewed = reviewedUnits(input).sort(
    ({ unit: a }, { unit: b }) =>
      compare(name(a.sektorId), name(b.sektorId)) ||
      compare(name(a.kontorId), name(b.kontorId)) ||
      compare(a.name, b.name),
  );
  const rows = reviewed.map((row): UnitRow => {
    const answer = row.inventory === undefined ? undefined : figures.get(row.inventory.id);
    return {
      ...row,
      answered:
        answer === undefined
          ? nothingAnswered
          : figuresProgress(answer, { config, unit: row.unit }).answeredFunctions,
      area: name(row.unit.kontorId ?? row.unit.sektorId),
      own: row.unit.manager !== null && sameUpn(row.unit.manager.upn, actor.upn),
    };
  });
  const units = reviewed.map((r) => r.unit);
  const inventories = reviewed.flatMap((r) => r.inventory ?? []);
  const aggregation = { units, inventories, config, periodId };
  const whole = (id: string) =>
    actor.roles.some((r) => r.kind === 'projectTeam' || (r.kind === 'reviewer' && r.unitId === id));
  const sektorer = progressBySektor(aggregation);
  const kontor = progressByKontor(aggregation);
  // A sektor's figures only where the whole sektor is reviewed: a kontorschef sees their kontor, not a part-sektor.
  const areas = [
    ...Object.entries(sektorer).filter(([id]) => whole(id)),
    ...Object.entries(kontor).filter(([id]) => whole(id) || whole(byId.get(id)?.sektorId ?? '')),
  ].flatMap(([id, progress]) => {
    const unit = byId.get(id);
    return unit === undefined ? [] : [{ unit, progress }];
  });
  const order = new Map(rows.map((r, i) => [r.unit.id, i]));
  const missing = missingSubmissions(aggregation).sort(
    (a, b) => (order.get(a.unitId) ?? 0) - (order.get(b.unitId) ?? 0),
  );
  return { rows, areas, missing, byId };
}

/** How many of the reviewed units are where, for the start page. */
export interface ReviewCounts {
  readonly submitted: number;
  readonly returned: number;
  readonly approved: number;
  /** Not started or draft, among the units that can answer. */
  readonly notSubmitted: number;
  /** Vacant units without an inventory, apart. */
  readonly vacant: number;
}

/** The counts of the reviewed units' statuses: from the statuses alone, so the start page counts a region at once. */
export function reviewCounts(input: ReviewInput): ReviewCounts {
  const counts = { submitted: 0, returned: 0, approved: 0, notSubmitted: 0, vacant: 0 };
  for (const row of reviewedUnits(input)) {
    if (row.vacant) counts.vacant += 1;
    else if (row.status === 'submitted' || row.status === 'returned' || row.status === 'approved')
      counts[row.status] += 1;
    else counts.notSubmitted += 1;
  }
  return counts;
}

/** What the list can be narrowed to. */
export interface ReviewFilters {
  /** A status, or '' for all. */
  readonly status: InventoryStatus | '';
  /** `s:<sektor>`, `k:<kontor>`, or '' for all. */
  readonly area: string;
  /** A support function, or '' for any. */
  readonly functionId: string;
  /** With a function: its answer complete, or not. */
  readonly answer: 'answered' | 'unanswered';
}

/** No filter. */
export const noFilters: ReviewFilters = { status: '', area: '', functionId: '', answer: 'answered' };

/** Whether any filter is set. */
export function filtered(filters: ReviewFilters): boolean {
  return filters.status !== '' || filters.area !== '' || filters.functionId !== '';
}

/** The rows that pass the filters. */
export function filterRows(rows: readonly UnitRow[], filters: ReviewFilters): UnitRow[] {
  const { status, area, functionId, answer } = filters;
  return rows.filter(
    (row) =>
      (status === '' || row.status === status) &&
      (area === '' ||
        (area.startsWith('s:') && row.unit.sektorId === area.slice(2)) ||
        (area.startsWith('k:') && row.unit.kontorId === area.slice(2))) &&
      (functionId === '' || row.answered.has(functionId) === (answer === 'answered')),
  );
}
