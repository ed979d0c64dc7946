import { type LocalizedText, locales } from '../i18n/locale';
import { checkNumber, type NumberRule } from '../validation/fields';
import { isValidId } from '../validation/ids';
import { joinPath, validationIssue, type ValidationIssue } from '../validation/issues';

/** The JSON type a value should have, as named in `wrongType` issues. */
type JsonType = 'object' | 'array' | 'string' | 'number';

/**
 * Reads an untrusted JSON value field by field, collecting every issue instead of stopping at the first,
 * so the project team sees all mistakes in a configuration at once.
 */
export class JsonReader {
  private readonly found: ValidationIssue[] = [];

  /** The issues collected so far. */
  get issues(): readonly ValidationIssue[] {
    return this.found;
  }

  /** Records an issue. */
  report(issue: ValidationIssue): void {
    this.found.push(issue);
  }

  private wrongType(path: string, expected: JsonType): null {
    this.report(validationIssue('wrongType', { path, params: { expected } }));
    return null;
  }

  /** The value as a plain object, or `null` (with an issue). */
  object(value: unknown, path: string): Readonly<Record<string, unknown>> | null {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return this.wrongType(path, 'object');
    return value as Record<string, unknown>;
  }

  /** The value as an array, or `null` (with an issue); `nonEmpty` also reports an empty array. */
  array(
    value: unknown,
    rule: { readonly path: string; readonly size?: 'any' | 'nonEmpty' },
  ): readonly unknown[] | null {
    if (!Array.isArray(value)) return this.wrongType(rule.path, 'array');
    if (rule.size === 'nonEmpty' && value.length === 0)
      this.report(validationIssue('emptyList', { path: rule.path }));
    return value;
  }

  /** The value as a string, or `null` (with an issue). */
  string(value: unknown, path: string): string | null {
    return typeof value === 'string' ? value : this.wrongType(path, 'string');
  }

  /** The value as a number obeying `rule`, or `null` (with an issue). */
  number(value: unknown, rule: NumberRule): number | null {
    if (typeof value !== 'number') return this.wrongType(rule.path, 'number');
    const problems = checkNumber(value, rule);
    problems.forEach((p) => this.report(p));
    return problems.length === 0 ? value : null;
  }

  /** The value as an id, or `null` (with an issue). */
  id(value: unknown, path: string): string | null {
    const text = this.string(value, path);
    if (text === null) return null;
    if (!isValidId(text)) {
      this.report(validationIssue('invalidId', { path, params: { id: text } }));
      return null;
    }
    return text;
  }

  /** The value as one of `allowed`, or `null` (with an issue). */
  oneOf<T extends string>(
    value: unknown,
    rule: { readonly path: string; readonly allowed: readonly T[] },
  ): T | null {
    const text = this.string(value, rule.path);
    if (text === null) return null;
    if (!(rule.allowed as readonly string[]).includes(text)) {
      this.report(validationIssue('unknownReference', { path: rule.path, params: { id: text } }));
      return null;
    }
    return text as T;
  }

  /** The value as a label with non-blank text in every locale, or `null` (with an issue per missing language). */
  label(value: unknown, path: string): LocalizedText | null {
    const record = this.object(value, path);
    if (record === null) return null;
    let complete = true;
    for (const language of locales) {
      const text = record[language];
      if (typeof text !== 'string' || text.trim() === '') {
        this.report(
          validationIssue('missingLabel', { path: joinPath(path, language), params: { language } }),
        );
        complete = false;
      }
    }
    return complete ? { sv: String(record.sv), en: String(record.en) } : null;
  }

  /** Reports every id that occurs more than once among `ids`. */
  unique(ids: readonly (string | null)[], path: string): void {
    const seen = new Set<string>();
    ids.forEach((id, index) => {
      if (id === null) return;
      if (seen.has(id))
        this.report(validationIssue('duplicateId', { path: joinPath(path, index), params: { id } }));
      seen.add(id);
    });
  }
}
