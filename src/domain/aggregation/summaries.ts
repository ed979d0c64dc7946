import { placements, supportLocations, type MunicipalityConfig, type SupportFunction } from '../config/types';
import { inventoryStatuses } from '../inventory/types';
import { recordOf, type AreaAcc, type FirstLineAcc, type FunctionAcc } from './accumulators';
import { type AreaSummary, type FirstLineSummary, type FunctionSummary, type ProgressSummary } from './types';

/** `sum / count`, or `null` when nothing was counted. */
export function meanOf(sum: number, count: number): number | null {
  return count === 0 ? null : sum / count;
}

/** FTE per 100 employees, or `null` without employees. */
export function per100(arsarbetare: number, headcount: number): number | null {
  return headcount === 0 ? null : (arsarbetare / headcount) * 100;
}

function functionSummary(
  acc: FunctionAcc,
  context: { readonly fn: SupportFunction; readonly reportingHeadcount: number },
): FunctionSummary {
  const { fn, reportingHeadcount } = context;
  // Only roles with FTE are listed, keeping cards and exports short.
  const byRole: Record<string, number> = {};
  fn.roles.forEach((role, i) => {
    const fte = acc.byRole[i] ?? 0;
    if (fte !== 0) byRole[role.id] = fte;
  });
  const meanNow = meanOf(acc.nowSum, acc.competenceCount);
  const meanNeeded = meanOf(acc.neededSum, acc.competenceCount);
  return {
    functionId: fn.id,
    persons: acc.persons,
    arsarbetare: acc.arsarbetare,
    per100Employees: per100(acc.arsarbetare, reportingHeadcount),
    arsarbetareByRole: byRole,
    unitsReporting: acc.unitsReporting,
    unitsWithStaff: acc.unitsWithStaff,
    quality: { responses: acc.qualityCount, mean: meanOf(acc.qualitySum, acc.qualityCount) },
    competence: {
      responses: acc.competenceCount,
      meanNow,
      meanNeeded,
      meanGap: meanOf(acc.neededSum - acc.nowSum, acc.competenceCount),
      unitsWithGap: acc.unitsWithGap,
    },
    placementVotes: recordOf(placements, acc.votes),
    receivedFrom: recordOf(supportLocations, acc.receivedFrom),
  };
}

function firstLineSummary(acc: FirstLineAcc, config: MunicipalityConfig): FirstLineSummary {
  const adminHoursMean: Record<string, number | null> = {};
  config.adminHourCategories.forEach((category, i) => {
    adminHoursMean[category.id] = meanOf(acc.hoursSum[i] ?? 0, acc.hoursCount[i] ?? 0);
  });
  return {
    respondents: acc.respondents,
    adminHoursMean,
    adminHoursTotalMean: meanOf(acc.totalSum, acc.totalCount),
    medarbetarspann: { responses: acc.spanCount, mean: meanOf(acc.spanSum, acc.spanCount), max: acc.spanMax },
    chefsnaraStodArsarbetare: acc.chefsnaraStod,
  };
}

/** Submission progress from counts per status (indexed as `inventoryStatuses`). */
export function progressSummary(counts: ArrayLike<number>): ProgressSummary {
  const byStatus = recordOf(inventoryStatuses, counts);
  const total = inventoryStatuses.reduce((sum, status) => sum + byStatus[status], 0);
  const submittedOrApproved = byStatus.submitted + byStatus.approved;
  return { total, byStatus, submittedOrApproved, share: meanOf(submittedOrApproved, total) };
}

/** The plain summary of an area's running sums. */
export function areaSummary(acc: AreaAcc, config: MunicipalityConfig): AreaSummary {
  return {
    level: acc.level,
    id: acc.id,
    name: acc.name,
    sektorId: acc.sektorId,
    units: acc.units,
    reportingUnits: acc.reportingUnits,
    headcount: acc.headcount,
    arsarbetare: acc.arsarbetare,
    reportingHeadcount: acc.reportingHeadcount,
    support: {
      persons: acc.persons,
      arsarbetare: acc.supportArsarbetare,
      per100Employees: per100(acc.supportArsarbetare, acc.reportingHeadcount),
      byLocation: recordOf(supportLocations, acc.byLocation),
    },
    functions: config.taxonomy.functions.map((fn, i) =>
      functionSummary(acc.functions[i] as FunctionAcc, { fn, reportingHeadcount: acc.reportingHeadcount }),
    ),
    firstLine: firstLineSummary(acc.firstLine, config),
    progress: progressSummary(acc.progress),
  };
}
