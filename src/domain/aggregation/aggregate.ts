import { buildIndex, type AggregationIndex } from './accumulators';
import { inequalityFromIndex } from './inequality';
import { proposalsFromIndex } from './proposals';
import { readinessFromIndex } from './readiness';
import { areaSummary } from './summaries';
import { type AggregationInput, type MissingSubmission, type MunicipalityAggregate } from './types';

/** The units that have not submitted (not started, draft or returned), vacant ones flagged, in organisation order. */
export function missingFromIndex(index: AggregationIndex): MissingSubmission[] {
  const missing: MissingSubmission[] = [];
  for (const { unit, status, vacant } of index.unitStatuses) {
    if (status === 'submitted' || status === 'approved') continue;
    missing.push({
      unitId: unit.id,
      unitName: unit.name,
      kind: unit.kind,
      sektorId: unit.sektorId,
      kontorId: unit.kontorId,
      managerUpn: unit.manager?.upn ?? null,
      managerName: unit.manager?.name ?? null,
      status,
      vacant,
    });
  }
  return missing;
}

/** Every aggregate the leadership sees, computed from one pass over the input (O(units + lines)). */
export function aggregate(input: AggregationInput): MunicipalityAggregate {
  return aggregateFromIndex(buildIndex(input), input.periodId);
}

/** Every aggregate of an index already built, so that other figures of the same answers need no second pass. */
export function aggregateFromIndex(index: AggregationIndex, periodId: string): MunicipalityAggregate {
  const { config } = index;
  return {
    periodId,
    kommun: areaSummary(index.kommun, config),
    sektorer: [...index.sektorer.values()].map((acc) => areaSummary(acc, config)),
    kontor: [...index.kontor.values()].map((acc) => areaSummary(acc, config)),
    missing: missingFromIndex(index),
    readiness: readinessFromIndex(index),
    inequality: inequalityFromIndex(index),
    proposals: proposalsFromIndex(index),
    diagnostics: index.diagnostics,
  };
}
