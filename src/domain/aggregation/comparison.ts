import { type Unit } from '../organisation/types';
import { buildIndex, recordOf, type AreaAcc, type FunctionAcc } from './accumulators';
import { fromHundredths } from './rounding';
import { minAnswers, per100 } from './summaries';
import {
  staffLocations,
  type AggregationInput,
  type AreaLevel,
  type AreaSummary,
  type Mean,
  type MunicipalityAggregate,
  type StaffLocation,
} from './types';

// A manager may read only their own unit's answer, so the figures of their kontor, sektor and the kommun are
// computed by the project team and published (docs/data-model.md, "The manager's comparison"). The groups' figures
// are the dashboards' own (`aggregate`), so a published figure is the dashboard's for the same area; the
// manager's own column comes from the same running sums over their unit alone, with nothing withheld.

/**
 * Fewest counted units for a group's figures to be published beside a unit's own: below it only the number of
 * units is published, so no unit's answer can be read off a group (docs/security.md).
 */
export const minComparisonUnits = minAnswers;

/** A support function's figures in a comparison. */
export interface ComparisonFunction {
  readonly functionId: string;
  /** Own staff FTE, exact to the hundredth. */
  readonly arsarbetare: number;
  /** FTE per 100 employees (headcount) of all the area's units; `null` without employees. */
  readonly per100Employees: number | null;
  /** Quality of the support (1–5), one answer per unit. */
  readonly quality: Mean;
  /** Mean competence shortfall (needed − now, never below 0) over the units that gave both scores. */
  readonly competenceGap: Mean;
}

/** What is published of one area, or shown of the manager's own unit. */
export interface ComparisonFigures {
  /** Employees (headcount) of every unit in the area: the base of the per-100 figures. */
  readonly headcount: number;
  /** Support FTE over all functions, exact to the hundredth. */
  readonly arsarbetare: number;
  /** Support FTE per 100 employees; `null` without employees. */
  readonly per100Employees: number | null;
  /** Support FTE by where the staff sit. */
  readonly staffLocation: Readonly<Record<StaffLocation, number>>;
  /** Per function, in configuration order. */
  readonly functions: readonly ComparisonFunction[];
  /** The first-line managers' administrative hours per week in total. */
  readonly adminHoursTotal: Mean;
  /** The same per configured category. */
  readonly adminHours: Readonly<Record<string, Mean>>;
}

/** One area of a comparison: the kommun, a sektor or a kontor. */
export interface ComparisonEntry {
  /** `kommun`, `sektor:<id>` or `kontor:<id>` (`comparisonScopeKey`). */
  readonly scopeKey: string;
  readonly level: AreaLevel;
  /** The sektor or kontor unit id; `kommun` for the municipality. */
  readonly areaId: string;
  readonly name: string;
  /** Units whose answer counts (`countedAnswer`). */
  readonly units: number;
  /** The figures, or `null` when `units` is below `minComparisonUnits`. */
  readonly figures: ComparisonFigures | null;
}

/** A published comparison entry and when it was published. */
export interface PublishedComparison extends ComparisonEntry {
  /** When these figures were published (ISO instant). */
  readonly publishedAt: string;
}

/** The key of an area's comparison: `kommun`, `sektor:<id>`, `kontor:<id>`. */
export function comparisonScopeKey(level: AreaLevel, areaId: string): string {
  return level === 'kommun' ? 'kommun' : `${level}:${areaId}`;
}

/** The areas a unit is compared with, nearest first: its kontor (if any), its sektor, the kommun. */
export function comparisonScopesOf(unit: Pick<Unit, 'sektorId' | 'kontorId'>): string[] {
  return [
    ...(unit.kontorId === null ? [] : [comparisonScopeKey('kontor', unit.kontorId)]),
    comparisonScopeKey('sektor', unit.sektorId),
    comparisonScopeKey('kommun', 'kommun'),
  ];
}

// The unit's own answers: a mean of one answer is that answer, shown to the one manager who gave it.
function ownMean(sum: number, count: number): Mean {
  return { n: count, value: count === 0 ? null : sum / count };
}

function functionFigures(
  acc: FunctionAcc,
  context: { functionId: string; headcount: number },
): ComparisonFunction {
  const arsarbetare = fromHundredths(acc.arsarbetare);
  return {
    functionId: context.functionId,
    arsarbetare,
    per100Employees: per100(arsarbetare, context.headcount),
    quality: ownMean(acc.qualitySum, acc.qualityCount),
    competenceGap: ownMean(acc.shortfallSum, acc.competenceCount),
  };
}

/** The figures of one unit's running sums, every mean shown. */
function figuresOfUnit(acc: AreaAcc, input: AggregationInput): ComparisonFigures {
  const { config } = input;
  const arsarbetare = fromHundredths(acc.supportArsarbetare);
  const { firstLine } = acc;
  const adminHours: Record<string, Mean> = {};
  config.adminHourCategories.forEach((category, i) => {
    adminHours[category.id] = ownMean(
      fromHundredths(firstLine.hoursSum[i] ?? 0),
      firstLine.hoursCount[i] ?? 0,
    );
  });
  return {
    headcount: acc.headcount,
    arsarbetare,
    per100Employees: per100(arsarbetare, acc.headcount),
    staffLocation: recordOf(staffLocations, acc.byStaffLocation, fromHundredths),
    functions: config.taxonomy.functions.map((fn, i) =>
      functionFigures(acc.functions[i] as FunctionAcc, {
        functionId: fn.id,
        headcount: acc.headcount,
      }),
    ),
    adminHoursTotal: ownMean(fromHundredths(firstLine.totalSum), firstLine.totalCount),
    adminHours,
  };
}

function figuresOfArea(area: AreaSummary): ComparisonFigures {
  return {
    headcount: area.headcount,
    arsarbetare: area.support.arsarbetare,
    per100Employees: area.support.per100Employees,
    staffLocation: area.support.staffLocation,
    functions: area.functions.map((fn) => ({
      functionId: fn.functionId,
      arsarbetare: fn.arsarbetare,
      per100Employees: fn.per100Employees,
      quality: fn.quality,
      competenceGap: { n: fn.competence.n, value: fn.competence.meanShortfall },
    })),
    adminHoursTotal: area.firstLine.adminHoursTotal,
    adminHours: area.firstLine.adminHours,
  };
}

function entryOf(area: AreaSummary): ComparisonEntry {
  return {
    scopeKey: comparisonScopeKey(area.level, area.id),
    level: area.level,
    areaId: area.id,
    name: area.name,
    units: area.reportingUnits,
    figures: area.reportingUnits >= minComparisonUnits ? figuresOfArea(area) : null,
  };
}

/**
 * What the project team publishes for a period, taken from the dashboards' own aggregate: the kommun, each sektor
 * and each kontor with their counted units. A group of fewer than `minComparisonUnits` counted units gets no
 * figures; within a published group a mean of fewer than `minAnswers` answers stays withheld, as on the dashboards.
 */
export function publishedComparisons(aggregate: MunicipalityAggregate): ComparisonEntry[] {
  return [aggregate.kommun, ...aggregate.sektorer, ...aggregate.kontor].map(entryOf);
}

/**
 * A unit's own column, from the running sums the dashboards count (`buildIndex`: the answer that counts, staff
 * location, hundredths) over the unit alone: its manager sees their own answer, so nothing is withheld. `null` while the unit's answer does not count (a draft, a return never approved).
 */
export function unitComparison(
  input: AggregationInput & { readonly unitId: string },
): ComparisonFigures | null {
  const unit = input.units.find((u) => u.id === input.unitId);
  if (unit === undefined) return null;
  const own = { ...input, units: [unit], inventories: input.inventories.filter((i) => i.unitId === unit.id) };
  // With the unit alone in the organisation, the kommun's running sums are the unit's.
  const { kommun } = buildIndex(own);
  return kommun.reportingUnits === 0 ? null : figuresOfUnit(kommun, own);
}
