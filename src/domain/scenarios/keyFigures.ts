import { toHundredths, fromHundredths } from '../aggregation/rounding';
import { type InequalityReport, type ReadinessMatrix } from '../aggregation/types';
import { type ScenarioOutcome } from './types';

/** A figure today and after a scenario's moves. */
export interface BeforeAfter {
  readonly before: number | null;
  readonly after: number | null;
}

/** The few figures that tell scenarios apart, for comparing them side by side. */
export interface ScenarioKeyFigures {
  /** FTE gathered at the sektor level, over all sektorer. */
  readonly toSektor: number;
  /** FTE moved to a central function. */
  readonly toCentral: number;
  /** Units that would lose support sitting in their own unit. */
  readonly unitsLosingSupport: number;
  /** Sektorer that meet every requirement of the mottagare profile. */
  readonly sektorerMeetingProfile: BeforeAfter;
  /** Sum of the shortfalls against the profile over all sektorer, FTE. */
  readonly totalShortfall: BeforeAfter;
  /** Coefficient of variation across sektorer of support FTE per 100 employees of reporting units. */
  readonly supportInequality: BeforeAfter;
}

function meetingProfile(matrix: ReadinessMatrix): number {
  return matrix.rows.filter((row) => row.metCount === matrix.requirements.length).length;
}

function shortfall(matrix: ReadinessMatrix): number {
  return fromHundredths(matrix.rows.reduce((sum, row) => sum + toHundredths(row.totalShortfall), 0));
}

function inequality(report: InequalityReport): number | null {
  return report.supportPer100ReportingEmployees.coefficientOfVariation;
}

/** The figures a side-by-side comparison shows for one scenario. */
export function scenarioKeyFigures(outcome: ScenarioOutcome): ScenarioKeyFigures {
  const { readiness } = outcome;
  const hundredths = (pick: (s: ScenarioOutcome['sektorer'][number]) => number): number =>
    fromHundredths(outcome.sektorer.reduce((sum, s) => sum + toHundredths(pick(s)), 0));
  return {
    toSektor: hundredths((s) => s.toSektor),
    toCentral: hundredths((s) => s.toCentral),
    unitsLosingSupport: outcome.unitLosses.length,
    sektorerMeetingProfile: {
      before: meetingProfile(readiness.before),
      after: meetingProfile(readiness.after),
    },
    totalShortfall: { before: shortfall(readiness.before), after: shortfall(readiness.after) },
    supportInequality: {
      before: inequality(outcome.inequality.before),
      after: inequality(outcome.inequality.after),
    },
  };
}
