export {
  chefsnaraStodEvidence,
  firstLineMission,
  firstLineMissionFromIndex,
  firstLineMissionSettings,
} from './mission';
export { chefsnaraStodProposalLabel, proposeChefsnaraStod } from './proposal';
export {
  type AdminHoursByCategory,
  type ChefsnaraStodEvidence,
  type ChefsnaraStodProposal,
  type ChefsnaraStodProposalKind,
  type ChefsnaraStodRule,
  type FirstLineAdminHours,
  type FirstLineArea,
  type FirstLineChefsnaraStod,
  type FirstLineFigures,
  type FirstLineMission,
  type FirstLineSpan,
} from './types';
