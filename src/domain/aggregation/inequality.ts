import { type AggregationIndex } from './accumulators';
import { fromHundredths } from './rounding';
import { per100 } from './summaries';
import { type Dispersion, type InequalityReport } from './types';

/** Mean, population standard deviation and coefficient of variation of a set of values. */
export function dispersion(values: readonly number[]): Dispersion {
  const n = values.length;
  if (n === 0)
    return { n, mean: null, standardDeviation: null, coefficientOfVariation: null, min: null, max: null };
  let sum = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    sum += v;
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  const mean = sum / n;
  let squares = 0;
  for (const v of values) squares += (v - mean) ** 2;
  // Population, not sample, deviation: the sectors are all there is, not a sample of some larger set.
  const standardDeviation = Math.sqrt(squares / n);
  return {
    n,
    mean,
    standardDeviation,
    coefficientOfVariation: mean === 0 ? null : standardDeviation / mean,
    min,
    max,
  };
}

/** How unequal the sectors are, from the index. */
export function inequalityFromIndex(index: AggregationIndex): InequalityReport {
  const sektorer = [...index.sektorer.values()];
  // Per 100 employees of the units that reported: on all employees a sector that has answered less would look poorer.
  const perHundred = sektorer
    .map((s) => per100(fromHundredths(s.supportArsarbetare), s.reportingHeadcount))
    .filter((v): v is number => v !== null);
  // A sector still waiting for a receiving unit's answer would show a gap that may not be there.
  const complete = sektorer.filter((s) => s.unreported.length === 0);
  return {
    measure: 'coefficientOfVariation',
    supportPer100ReportingEmployees: dispersion(perHundred),
    receiverRoles: index.config.receiverProfile.requirements.map((req, i) => ({
      functionId: req.functionId,
      roleId: req.roleId,
      dispersion: dispersion(complete.map((s) => fromHundredths(s.receiver[i] ?? 0))),
    })),
  };
}
