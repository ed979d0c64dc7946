export {
  answerProblems,
  answersToStore,
  consultationCommentMaxLength,
  isAnswered,
  type AnswerProblem,
  type AnswerProblemCode,
} from './answers';
export { unitImpact } from './impact';
export { roundFromScenario, roundOpen, roundProposals, type RoundProposal } from './round';
export type { ConsultationStore } from './store';
export {
  answersFormat,
  parseStoredAnswers,
  parseStoredRound,
  roundFormat,
  storedAnswersText,
  storedRoundText,
  type FrozenRound,
} from './stored';
export { tallyAnswers } from './tally';
export {
  consultationVerdicts,
  type ConsultationRound,
  type ConsultationVerdict,
  type IgnoredAnswer,
  type IgnoredAnswerReason,
  type ListedAnswers,
  type ProposalAnswer,
  type ProposalComment,
  type ProposalImpact,
  type ProposalTally,
  type ReadAnswers,
  type RoundChoice,
  type RoundTally,
  type StoredRound,
  type UnitAnswers,
  type UnitImpact,
  type VerdictCounts,
} from './types';
