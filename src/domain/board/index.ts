export {
  cardVersion,
  escapeMarkdown,
  summaryCard,
  summaryText,
  type CardJson,
  type CardOptions,
  type CardRoute,
} from './card';
export {
  cardBudgetBytes,
  graphChannelMessage,
  payloadBytes,
  teamsMessageLimitBytes,
  workflowsMessage,
  type GraphChannelMessage,
  type WorkflowsMessage,
} from './payloads';
export {
  boardScopeFromKey,
  boardScopeKey,
  boardSummary,
  boardSummaryFormat,
  type BoardArea,
  type BoardFigures,
  type BoardFunction,
  type BoardReadiness,
  type BoardScope,
  type BoardSummary,
  type BoardSummaryOptions,
} from './summary';
