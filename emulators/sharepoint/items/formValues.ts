import type { RequestContext } from '../context';
import type { FieldRecord, FieldValue } from '../model/records';
import { FieldTypeKind, valueShape } from '../schema/fieldTypes';
import { parseLocaleDateTime, parseLocaleNumber, type LocaleId } from '../site/locale';
import { ensureUser, upnFromLogonName } from '../site/principals';

/** What one form value became: a value to store, or SharePoint's message for why it was refused. */
export type ParsedFormValue = { kind: 'value'; value: FieldValue } | { kind: 'invalid'; message: string };

/**
 * The built-in columns `ValidateUpdateListItem` may set although they are read-only elsewhere: this is how
 * migrations and imports keep who created an item and when (sp-dev-docs, "system update" with REST).
 */
export const SYSTEM_COLUMNS: ReadonlySet<string> = new Set(['Author', 'Editor', 'Created', 'Modified']);

// SharePoint's texts for refused form values (en-US, as SharePoint Online answers the API).
const BLANK = "You can't leave this blank.";
const INVALID_NUMBER =
  'Invalid number value. A number field contains invalid data. Please check the value and try again.';
const INVALID_DATE =
  'Invalid date/time value. A date/time field contains invalid data. Please check the value and try again.';
const INVALID_USER = 'The user does not exist or is not unique.';
const INVALID_LOOKUP =
  'Invalid lookup value. A lookup field contains invalid data. Please check the value and try again.';
const INVALID_BOOLEAN = 'Invalid Yes/No value. Enter 1 (Yes) or 0 (No).';

/**
 * Reads one `FieldValue` string the way SharePoint's form validation does, in the web's locale: numbers with the
 * locale's decimal and group separators, Yes/No as `1`/`0`, dates in the locale's short format or ISO 8601,
 * multi-choice as `A;#B`, people as `[{"Key":"i:0#.f|membership|…"}]` (resolved and added to the site as the
 * people picker does), lookups as ids (`3` or `3;#Title`). A refused value is reported, never thrown.
 */
export function parseFormValue(
  ctx: RequestContext,
  field: FieldRecord,
  options: { text: string; localeId: LocaleId },
): ParsedFormValue {
  const { text, localeId } = options;
  const empty = text.trim() === '';
  if (empty && field.required) return invalid(BLANK);
  const shape = SYSTEM_COLUMNS.has(field.internalName)
    ? field.fieldTypeKind === FieldTypeKind.User
      ? 'user'
      : 'dateTime'
    : valueShape(field);
  switch (shape) {
    case 'text': {
      if (empty) return value(null);
      const max = field.maxLength ?? 255;
      if (field.fieldTypeKind === FieldTypeKind.Text && text.length > max)
        return invalid(
          `The value of the field '${field.title}' is longer than its maximum length of ${max} characters.`,
        );
      return value(text);
    }
    case 'number':
    case 'integer': {
      if (empty) return value(null);
      const number = parseLocaleNumber(text, localeId);
      if (number === undefined || (shape === 'integer' && !Number.isInteger(number)))
        return invalid(INVALID_NUMBER);
      if (field.minimumValue !== undefined && number < field.minimumValue)
        return invalid(`The value of this field must be greater than or equal to ${field.minimumValue}.`);
      if (field.maximumValue !== undefined && number > field.maximumValue)
        return invalid(`The value of this field must be less than or equal to ${field.maximumValue}.`);
      return value(number);
    }
    case 'boolean': {
      const lower = text.trim().toLowerCase();
      if (['1', 'true', 'yes'].includes(lower)) return value(true);
      if (['0', 'false', 'no', ''].includes(lower)) return value(false);
      return invalid(INVALID_BOOLEAN);
    }
    case 'dateTime': {
      if (empty) return value(null);
      const date = parseLocaleDateTime(text, localeId);
      return date === undefined ? invalid(INVALID_DATE) : value(date);
    }
    case 'multiChoice': {
      const choices = text.split(';#').filter((choice) => choice !== '');
      return value(choices.length === 0 ? null : choices);
    }
    case 'user':
    case 'userMulti':
      return people(ctx, field, { text, multi: shape === 'userMulti' });
    case 'lookup':
    case 'lookupMulti': {
      const ids = text
        .split(';#')
        .filter((part) => /^\d+$/.test(part.trim()))
        .map(Number)
        .filter((id) => id > 0);
      if (!empty && ids.length === 0) return invalid(INVALID_LOOKUP);
      return value(shape === 'lookupMulti' ? ids : (ids[0] ?? null));
    }
    case 'url': {
      if (empty) return value(null);
      const comma = text.indexOf(', ');
      const url = comma < 0 ? text : text.slice(0, comma);
      return value(`${url}, ${comma < 0 ? url : text.slice(comma + 2)}`);
    }
    case 'readOnly':
      return invalid(`The field '${field.internalName}' is read-only.`);
  }
}

function people(
  ctx: RequestContext,
  field: FieldRecord,
  { text, multi }: { text: string; multi: boolean },
): ParsedFormValue {
  if (text.trim() === '' || text.trim() === '[]') return value(multi ? [] : null);
  let entries: unknown;
  try {
    entries = JSON.parse(text);
  } catch {
    return invalid(INVALID_USER);
  }
  if (!Array.isArray(entries)) return invalid(INVALID_USER);
  const ids: number[] = [];
  for (const entry of entries) {
    const key = (entry as { Key?: unknown } | null)?.Key;
    if (typeof key !== 'string') return invalid(INVALID_USER);
    const upn = upnFromLogonName(key);
    if (upn) {
      ids.push(ensureUser(ctx.store, { upn }).id);
      continue;
    }
    const group = field.selectionMode !== 0 ? ctx.store.groupByTitle(key) : undefined;
    if (!group) return invalid(INVALID_USER);
    ids.push(group.id);
  }
  if (!multi && ids.length > 1) return invalid(INVALID_USER);
  return value(multi ? ids : (ids[0] ?? null));
}

function value(stored: FieldValue): ParsedFormValue {
  return { kind: 'value', value: stored };
}

function invalid(message: string): ParsedFormValue {
  return { kind: 'invalid', message };
}
