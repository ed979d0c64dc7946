import { joinPath, validationIssue, type ValidationIssue } from './issues';
import { limits } from './limits';

/** Whether a number must be whole. */
export type NumberStep = 'integer' | 'decimal';

/** The rule for one numeric field. */
export interface NumberRule {
  /** Where the value sits, for the issue. */
  readonly path: string;
  /** Smallest allowed value. @default 0 */
  readonly min?: number;
  /** Largest allowed value. @default Infinity */
  readonly max?: number;
  /** Whether the value must be whole. @default 'decimal' */
  readonly step?: NumberStep;
}

/** The issues (none or one) with a number against a rule; negative numbers get their own code. */
export function checkNumber(value: number, rule: NumberRule): ValidationIssue[] {
  const { path, min = 0, max = Number.POSITIVE_INFINITY, step = 'decimal' } = rule;
  if (!Number.isFinite(value)) return [validationIssue('notANumber', { path })];
  if (value < 0 && min >= 0) return [validationIssue('negative', { path })];
  if (step === 'integer' && !Number.isInteger(value)) return [validationIssue('notInteger', { path })];
  if (value < min || value > max) return [validationIssue('outOfRange', { path, params: { min, max } })];
  return [];
}

/** The issues with a quality or competence score: a whole number 1–5. */
export function checkScore(value: number, path: string): ValidationIssue[] {
  return checkNumber(value, { path, min: limits.scoreMin, max: limits.scoreMax, step: 'integer' });
}

/** What kind of text a field holds, which sets its length cap. */
export type TextKind = 'singleLine' | 'note';

/** The issues with a free text: at most 255 characters on one line, or the note cap for multi-line text. */
export function checkText(
  value: string,
  rule: { readonly path: string; readonly kind: TextKind },
): ValidationIssue[] {
  // SharePoint counts UTF-16 code units (.NET string length), as does String.prototype.length.
  const max = rule.kind === 'singleLine' ? limits.singleLineMax : limits.noteMax;
  return value.length > max ? [validationIssue('tooLong', { path: rule.path, params: { max } })] : [];
}

/** The issue for a value that is required but missing. */
export function requiredIssue(...path: readonly string[]): ValidationIssue {
  return validationIssue('required', { path: joinPath(...path) });
}
