export {
  relationsTo,
  reviewerScopes,
  type Actor,
  type ActorRole,
  type Relation,
  type ReviewRights,
} from './actor';
export { reviewingActor, reviewsUnit } from './reviewScope';
export { emptyFirstLine, emptyInventory, emptyLine, inventoryId, lineFor } from './create';
export { answerFigures } from './figures';
export { canEdit, editInventory, type EditCheck, type EditResult, type InventoryEdit } from './edit';
export {
  allowedTransitions,
  canTransition,
  transition,
  transitionError,
  transitionRules,
  type TransitionCheck,
  type TransitionRefusal,
  type TransitionRequest,
  type TransitionResult,
  type TransitionRule,
} from './status';
export {
  decisionInForce,
  decisionOutdated,
  isAnswerStatus,
  latestApproval,
  reviewStatus,
  type ReviewFacts,
} from './review';
export {
  answerStatuses,
  inventoryStatuses,
  type AnswerFigures,
  type AnswerStatus,
  type ReviewDecision,
  type Verdict,
  type FirstLineSection,
  type Inventory,
  type InventoryLine,
  type InventoryStatus,
  type RoleStaffing,
  type Score,
} from './types';
export {
  inventoryDifferences,
  mergeInventories,
  unseenDifferences,
  type FieldValue,
  type FirstLineField,
  type InventoryDifference,
  type LineField,
} from './merge';
export { figuresProgress } from './figuresProgress';
export { inventoryProgress, type InventoryProgress } from './progress';
