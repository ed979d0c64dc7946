import { buildIndex, recordOf, type AreaAcc } from './accumulators';
import { missingFromIndex } from './aggregate';
import { inequalityFromIndex } from './inequality';
import { proposalsFromIndex } from './proposals';
import { readinessFromIndex } from './readiness';
import { fromHundredths } from './rounding';
import { progressSummary } from './summaries';
import {
  staffLocations,
  type AggregationInput,
  type InequalityReport,
  type MissingSubmission,
  type PlacementProposal,
  type ProgressSummary,
  type ReadinessMatrix,
  type StaffLocation,
} from './types';

// Each question gets a function named for it. All build the same O(n) index; when a page needs several
// answers at once, `aggregate` computes them all from one pass.

/** A figure for the kommun, each sektor and each kontor, keyed by unit id. */
export interface FiguresByArea<T> {
  /** The whole municipality. */
  readonly kommun: T;
  /** Per sektor id. */
  readonly sektorer: Readonly<Record<string, T>>;
  /** Per kontor id. */
  readonly kontor: Readonly<Record<string, T>>;
}

function byArea<T>(input: AggregationInput, figure: (acc: AreaAcc) => T): FiguresByArea<T> {
  const index = buildIndex(input);
  const map = (areas: ReadonlyMap<string, AreaAcc>): Record<string, T> =>
    Object.fromEntries([...areas].map(([id, acc]) => [id, figure(acc)]));
  return { kommun: figure(index.kommun), sektorer: map(index.sektorer), kontor: map(index.kontor) };
}

/** The units that have not submitted yet, with their managers, for reminders. */
export function missingSubmissions(input: AggregationInput): MissingSubmission[] {
  return missingFromIndex(buildIndex(input));
}

/** Support FTE by function id, for the kommun, each sektor and each kontor. */
export function fteByFunction(input: AggregationInput): FiguresByArea<Record<string, number>> {
  return byArea(input, (acc) =>
    Object.fromEntries(
      input.config.taxonomy.functions.map((fn, i) => [
        fn.id,
        fromHundredths(acc.functions[i]?.arsarbetare ?? 0),
      ]),
    ),
  );
}

/** Support FTE by where the staff sit, for the kommun, each sektor and each kontor. */
export function fteByStaffLocation(input: AggregationInput): FiguresByArea<Record<StaffLocation, number>> {
  return byArea(input, (acc) => recordOf(staffLocations, acc.byStaffLocation, fromHundredths));
}

/** Submission progress of each sektor, keyed by sektor id. */
export function progressBySektor(input: AggregationInput): Record<string, ProgressSummary> {
  return byArea(input, (acc) => progressSummary(acc.progress, acc.vacant)).sektorer;
}

/** Submission progress of each kontor, keyed by kontor id. */
export function progressByKontor(input: AggregationInput): Record<string, ProgressSummary> {
  return byArea(input, (acc) => progressSummary(acc.progress, acc.vacant)).kontor;
}

/** The mottagare readiness matrix: each sektor × each required role, present vs required. */
export function receiverReadiness(input: AggregationInput): ReadinessMatrix {
  return readinessFromIndex(buildIndex(input));
}

/** How unequal the sectors are (coefficient of variation). */
export function supportInequality(input: AggregationInput): InequalityReport {
  return inequalityFromIndex(buildIndex(input));
}

/** Verksamhetsnära proposals per function, for the kommun and each sektor. */
export function placementProposals(input: AggregationInput): {
  readonly kommun: readonly PlacementProposal[];
  readonly sektorer: readonly PlacementProposal[];
} {
  return proposalsFromIndex(buildIndex(input));
}
