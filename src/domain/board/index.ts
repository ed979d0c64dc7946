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
  fittingCard,
  graphChannelMessage,
  payloadBytes,
  teamsMessageLimitBytes,
  workflowsMessage,
  type Delivery,
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
export {
  attachmentIdOf,
  publishRecorded,
  type ChannelPoster,
  type PostReceipt,
  type PublicationRecord,
  type PublicationStore,
  type PublishOutcome,
  type PublishPorts,
} from './publish';
export {
  latestReminders,
  reminderKey,
  reminderMessages,
  sendReminders,
  type ActivityNotifier,
  type ReminderMessage,
  type ReminderPorts,
  type ReminderRecord,
  type ReminderReport,
  type ReminderStore,
} from './reminders';
export { parseBoardSummary } from './stored';
export { webhookUrlProblem } from './webhook';
export { boardDeepLink, boardEntityId } from './links';
