import { type LocalizedText } from '../i18n/locale';
import { type MessageKey } from '../i18n/sv';
import { localizedMessage, type MessageParams } from '../i18n/translate';

/** What is wrong with a value; each code has a Swedish and an English message (`validation.<code>`). */
export type ValidationCode =
  | 'required'
  | 'notANumber'
  | 'ambiguousNumber'
  | 'negative'
  | 'notInteger'
  | 'outOfRange'
  | 'tooLong'
  | 'fteAbovePersons'
  | 'fteAboveHeadcount'
  | 'roleFteAboveLine'
  | 'adminHoursAboveWeek'
  | 'gapDescriptionRequired'
  | 'rolesRequired'
  | 'unknownFunction'
  | 'unknownRole'
  | 'unknownLocation'
  | 'unknownCategory'
  | 'duplicateLine'
  | 'missingLine'
  | 'firstLineRequired'
  | 'duplicateId'
  | 'missingLabel'
  | 'unknownReference'
  | 'roleNotInFunction'
  | 'wrongType'
  | 'invalidId'
  | 'invalidDate'
  | 'datesReversed'
  | 'unknownParent'
  | 'cycle'
  | 'wrongParentKind'
  | 'invalidUpn'
  | 'missingOption'
  | 'emptyList'
  | 'unsupportedVersion';

/** One problem found by a validator: a code for programs, a path to the field, and text for people. */
export interface ValidationIssue {
  /** What is wrong. */
  readonly code: ValidationCode;
  /** Where, as a dotted path into the validated value (`lines.ekonomi.arsarbetare`); `''` is the value itself. */
  readonly path: string;
  /** The message in Swedish and English. */
  readonly message: LocalizedText;
  /** The values filled into the message, for programs that build their own text. */
  readonly params: MessageParams;
}

/** The outcome of a validation: either no issues, or at least one. */
export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly [ValidationIssue, ...ValidationIssue[]] };

/** Builds an issue with its messages looked up from the string tables. */
export function validationIssue(
  code: ValidationCode,
  where: { readonly path: string; readonly params?: MessageParams },
): ValidationIssue {
  const params = where.params ?? {};
  const key: MessageKey = `validation.${code}`;
  return { code, path: where.path, message: localizedMessage(key, params), params };
}

/** A result from a value and the issues found in it. */
export function resultOf<T>(value: T, issues: readonly ValidationIssue[]): ValidationResult<T> {
  const [first, ...rest] = issues;
  return first === undefined ? { ok: true, value } : { ok: false, issues: [first, ...rest] };
}

/** Joins path segments with dots, skipping empty ones. */
export function joinPath(...segments: readonly (string | number)[]): string {
  return segments.filter((s) => s !== '').join('.');
}
