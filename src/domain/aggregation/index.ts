export { aggregate } from './aggregate';
export { dispersion } from './inequality';
export { evidenceOf, proposePlacement } from './proposals';
export {
  fteByFunction,
  fteByLocation,
  missingSubmissions,
  placementProposals,
  progressByKontor,
  progressBySektor,
  receiverReadiness,
  supportInequality,
  type FiguresByArea,
} from './queries';
export type {
  AggregationDiagnostics,
  AggregationInput,
  AreaLevel,
  AreaSummary,
  Dispersion,
  FirstLineSummary,
  FunctionSummary,
  InequalityReport,
  MissingSubmission,
  MunicipalityAggregate,
  PlacementProposal,
  ProgressSummary,
  ProposalEvidence,
  ProposalRule,
  ReadinessCell,
  ReadinessMatrix,
  ReadinessRow,
} from './types';
