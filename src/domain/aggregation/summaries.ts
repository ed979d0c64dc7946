import { placements, supportLocations, type MunicipalityConfig, type SupportFunction } from '../config/types';
import { inventoryStatuses } from '../inventory/types';
import { recordOf, type AreaAcc, type FirstLineAcc, type FunctionAcc } from './accumulators';
import { fromHundredths } from './rounding';
import {
  staffLocations,
  type AreaSummary,
  type CompetenceSummary,
  type FirstLineSummary,
  type FunctionSummary,
  type Mean,
  type ProgressSummary,
} from './types';

/**
 * Fewest answers behind a mean that is shown: below it the mean is "för få svar", so a group's figure never
 * shows one or two units' own answers.
 */
export const minAnswers = 5;

/** `sum / count` with its n, withheld below `minAnswers`. */
export function meanOf(sum: number, count: number): Mean {
  return { n: count, value: count < minAnswers ? null : sum / count };
}

/** FTE per 100 employees, or `null` without employees. */
export function per100(arsarbetare: number, headcount: number): number | null {
  return headcount === 0 ? null : (arsarbetare / headcount) * 100;
}

function competenceSummary(acc: FunctionAcc): CompetenceSummary {
  const n = acc.competenceCount;
  const shown = n >= minAnswers;
  return {
    n,
    now: shown ? acc.nowSum / n : null,
    needed: shown ? acc.neededSum / n : null,
    shareWithShortfall: shown ? acc.unitsWithShortfall / n : null,
    meanShortfall: shown ? acc.shortfallSum / n : null,
  };
}

function functionSummary(
  acc: FunctionAcc,
  context: { readonly fn: SupportFunction; readonly headcount: number },
): FunctionSummary {
  const { fn, headcount } = context;
  // Only roles with FTE are listed, keeping cards and exports short.
  const byRole: Record<string, number> = {};
  fn.roles.forEach((role, i) => {
    const fte = acc.byRole[i] ?? 0;
    if (fte !== 0) byRole[role.id] = fromHundredths(fte);
  });
  const arsarbetare = fromHundredths(acc.arsarbetare);
  return {
    functionId: fn.id,
    persons: acc.persons,
    arsarbetare,
    per100Employees: per100(arsarbetare, headcount),
    arsarbetareByRole: byRole,
    unitsReporting: acc.unitsReporting,
    unitsWithStaff: acc.unitsWithStaff,
    quality: meanOf(acc.qualitySum, acc.qualityCount),
    competence: competenceSummary(acc),
    placementVotes: recordOf(placements, acc.votes),
    receivedFrom: recordOf(supportLocations, acc.receivedFrom),
  };
}

function firstLineSummary(acc: FirstLineAcc, config: MunicipalityConfig): FirstLineSummary {
  const adminHours: Record<string, Mean> = {};
  config.adminHourCategories.forEach((category, i) => {
    adminHours[category.id] = meanOf(fromHundredths(acc.hoursSum[i] ?? 0), acc.hoursCount[i] ?? 0);
  });
  const span = meanOf(acc.spanSum, acc.spanCount);
  return {
    respondents: acc.respondents,
    adminHours,
    adminHoursTotal: meanOf(fromHundredths(acc.totalSum), acc.totalCount),
    medarbetarspann: { n: span.n, mean: span.value, max: span.value === null ? null : acc.spanMax },
    chefsnaraStodArsarbetare: fromHundredths(acc.chefsnaraStod),
  };
}

/** Submission progress from counts per status (indexed as `inventoryStatuses`) and the vacant units apart. */
export function progressSummary(counts: ArrayLike<number>, vacant: number): ProgressSummary {
  const byStatus = recordOf(inventoryStatuses, counts);
  const total = inventoryStatuses.reduce((sum, status) => sum + byStatus[status], 0);
  const submittedOrApproved = byStatus.submitted + byStatus.approved;
  return {
    total,
    byStatus,
    submittedOrApproved,
    share: total === 0 ? null : submittedOrApproved / total,
    vacant,
  };
}

/** The plain summary of an area's running sums. */
export function areaSummary(acc: AreaAcc, config: MunicipalityConfig): AreaSummary {
  const support = fromHundredths(acc.supportArsarbetare);
  return {
    level: acc.level,
    id: acc.id,
    name: acc.name,
    sektorId: acc.sektorId,
    units: acc.units,
    reportingUnits: acc.reportingUnits,
    reportingFromLastApproval: acc.fromLastApproval,
    headcount: acc.headcount,
    arsarbetare: fromHundredths(acc.arsarbetare),
    reportingHeadcount: acc.reportingHeadcount,
    reportingEmployeeShare: acc.headcount === 0 ? null : acc.reportingHeadcount / acc.headcount,
    support: {
      persons: acc.persons,
      arsarbetare: support,
      per100Employees: per100(support, acc.headcount),
      staffLocation: recordOf(staffLocations, acc.byStaffLocation, fromHundredths),
    },
    functions: config.taxonomy.functions.map((fn, i) =>
      functionSummary(acc.functions[i] as FunctionAcc, { fn, headcount: acc.headcount }),
    ),
    firstLine: firstLineSummary(acc.firstLine, config),
    progress: progressSummary(acc.progress, acc.vacant),
  };
}
