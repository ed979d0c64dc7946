export { aggregate } from './aggregate';
export {
  dashboardView,
  dashboardViewFormat,
  type CountedDashboard,
  type DashboardAggregate,
  type DashboardView,
} from './dashboardView';
export {
  comparisonScopeKey,
  comparisonScopesOf,
  minComparisonUnits,
  publishedComparisons,
  unitComparison,
  type ComparisonEntry,
  type ComparisonFigures,
  type ComparisonFunction,
  type PublishedComparison,
} from './comparison';
export { countedAnswer, type CountedAnswer } from './countedAnswer';
export { figureDefinitions, type FigureDefinition, type FigureId } from './definitions';
export { dispersion } from './inequality';
export { evidenceOf, explainProposal, proposalLabel, proposePlacement } from './proposals';
export {
  fteByFunction,
  fteByStaffLocation,
  missingSubmissions,
  placementProposals,
  progressByKontor,
  progressBySektor,
  receiverReadiness,
  supportInequality,
  type FiguresByArea,
} from './queries';
export { fromHundredths, percentages, roundHalfAway, roundParts, toHundredths } from './rounding';
export { minAnswers } from './summaries';
export {
  staffLocations,
  type AggregationDiagnostics,
  type AggregationInput,
  type AreaLevel,
  type AreaSummary,
  type CompetenceSummary,
  type Dispersion,
  type ExcludedLine,
  type FirstLineSummary,
  type FunctionSummary,
  type InequalityReport,
  type LineProblem,
  type Mean,
  type MissingSubmission,
  type MunicipalityAggregate,
  type PlacementProposal,
  type ProgressSummary,
  type ProposalEvidence,
  type ProposalRule,
  type ReadinessCell,
  type ReadinessMatrix,
  type ReadinessRow,
  type ReadinessState,
  type StaffLocation,
  type UnreportedUnit,
} from './types';
