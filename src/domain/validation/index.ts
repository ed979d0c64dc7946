export {
  checkNumber,
  checkScore,
  checkText,
  type NumberRule,
  type NumberStep,
  type TextKind,
} from './fields';
export { isValidId } from './ids';
export { validateInventory, type InventoryValidationContext, type ValidationPurpose } from './inventory';
export { validationIssue, type ValidationCode, type ValidationIssue, type ValidationResult } from './issues';
export { epsilon, limits } from './limits';
export { parseDecimal, parseInteger, type ParseDecimalOptions, type ParsedNumber } from './numbers';
