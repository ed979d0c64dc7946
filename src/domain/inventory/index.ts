export { relationsTo, type Actor, type ActorRole, type Relation } from './actor';
export { emptyFirstLine, emptyInventory, emptyLine, inventoryId, lineFor } from './create';
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
  inventoryStatuses,
  type FirstLineSection,
  type Inventory,
  type InventoryLine,
  type InventoryStatus,
  type RoleStaffing,
  type Score,
} from './types';
