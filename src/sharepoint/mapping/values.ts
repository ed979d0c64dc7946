import { AppError } from '../../domain/errors';
import { type Score } from '../../domain/inventory/types';
import { choiceId } from '../schema/choices';
import { listNames } from '../schema/listNames';
import { type ListKey } from '../schema/types';
import { joinPath, validationIssue, type ValidationIssue } from '../../domain/validation/issues';
import { JsonReader } from '../../domain/config/reader';
import { normaliseUpn } from '../../domain/organisation/upn';

// Reading list items is reading untrusted data: people edit the lists in SharePoint itself. Every reader collects
// what is wrong with an item and fails once, with an `invalid` AppError that names the list and the item, never
// with a TypeError somewhere in the UI.

/** A list item as PnPjs returns it (minimal metadata): internal names to values, plus `odata.*` annotations. */
export type SpItem = Readonly<Record<string, unknown>>;

/** The JSON body of an item write: internal names to values. */
export type ItemBody = Record<string, unknown>;

/** A text form value for `AddValidateUpdateItemUsingPath`. */
export interface FormValue {
  /** The field's internal name. */
  readonly FieldName: string;
  /** The value as text (parsed by SharePoint per field type). */
  readonly FieldValue: string;
}

/** Text form values from a record of internal names to text; `null` values are left out. */
export function formValues(values: Readonly<Record<string, string | null>>): FormValue[] {
  return Object.entries(values).flatMap(([FieldName, value]) =>
    value === null ? [] : [{ FieldName, FieldValue: value }],
  );
}

/**
 * An item's SharePoint ID. Minimal metadata calls it `Id` (and adds `ID` only when every column is returned), so
 * both spellings are read.
 */
export function itemIdOf(item: SpItem): number {
  const id = item.Id ?? item.ID;
  return typeof id === 'number' ? id : Number.NaN;
}

/** Reads one item's columns by type, collecting every problem, and names the item when it fails. */
export class ItemReader {
  private readonly issues: ValidationIssue[] = [];
  private readonly reader = new JsonReader();

  /** @param keyField the internal name whose value identifies the item to people (e.g. `InventoryKey`). */
  constructor(
    private readonly item: SpItem,
    private readonly where: { readonly list: ListKey; readonly keyField?: string },
  ) {}

  /** The item's SharePoint ID. */
  get id(): number {
    return itemIdOf(this.item);
  }

  private path(field: string): string {
    return joinPath(listNames[this.where.list].url, Number.isNaN(this.id) ? '?' : this.id, field);
  }

  private raw(field: string): unknown {
    return this.item[field];
  }

  private wrongType(field: string, expected: string): null {
    this.issues.push(validationIssue('wrongType', { path: this.path(field), params: { expected } }));
    return null;
  }

  /** A text column that must have a value. */
  text(field: string): string {
    const value = this.optionalText(field);
    if (value === null) {
      this.issues.push(validationIssue('required', { path: this.path(field) }));
      return '';
    }
    return value;
  }

  /** A text column that may be empty (`null` then). */
  optionalText(field: string): string | null {
    const value = this.raw(field);
    if (value === null || value === undefined || value === '') return null;
    return typeof value === 'string' ? value : this.wrongType(field, 'string');
  }

  /** A multi-line text column; empty is `''`. */
  note(field: string): string {
    return this.optionalText(field) ?? '';
  }

  /** A number column; empty is `null`. */
  number(field: string): number | null {
    const value = this.raw(field);
    if (value === null || value === undefined) return null;
    return typeof value === 'number' && Number.isFinite(value) ? value : this.wrongType(field, 'number');
  }

  /**
   * A Yes/No column; empty is `false`. SharePoint gives no value for items older than the column, and a column
   * added to a list that holds items has none on them until they are written.
   */
  flag(field: string): boolean {
    const value = this.raw(field);
    if (value === null || value === undefined) return false;
    return typeof value === 'boolean' ? value : (this.wrongType(field, 'boolean') ?? false);
  }

  /** A 1–5 score column; empty is `null`. */
  score(field: string): Score | null {
    const value = this.number(field);
    if (value === null) return null;
    if (!Number.isInteger(value) || value < 1 || value > 5) {
      this.issues.push(validationIssue('outOfRange', { path: this.path(field), params: { min: 1, max: 5 } }));
      return null;
    }
    return value as Score;
  }

  /** A choice column mapped to its domain id; empty is `null`, an unknown value an issue. */
  choice<K extends string>(field: string, map: Readonly<Record<K, string>>): K | null {
    const value = this.optionalText(field);
    if (value === null) return null;
    const id = choiceId(map, value);
    if (id === undefined) {
      this.issues.push(
        validationIssue('unknownReference', { path: this.path(field), params: { id: value } }),
      );
      return null;
    }
    return id;
  }

  /** A choice column that must have a value. */
  requiredChoice<K extends string>(field: string, map: Readonly<Record<K, string>>): K | null {
    if (this.optionalText(field) === null) {
      this.issues.push(validationIssue('required', { path: this.path(field) }));
      return null;
    }
    return this.choice(field, map);
  }

  /** A multi-choice column mapped to domain ids (minimal metadata gives an array, verbose `{ results }`). */
  multiChoice<K extends string>(field: string, map: Readonly<Record<K, string>>): K[] {
    const value = this.raw(field);
    if (value === null || value === undefined) return [];
    const values = Array.isArray(value) ? value : (value as { results?: unknown }).results;
    if (!Array.isArray(values)) return this.wrongType(field, 'array') ?? [];
    const ids: K[] = [];
    for (const v of values) {
      const id = typeof v === 'string' ? choiceId(map, v) : undefined;
      if (id === undefined) {
        this.issues.push(
          validationIssue('unknownReference', { path: this.path(field), params: { id: String(v) } }),
        );
      } else if (!ids.includes(id)) ids.push(id);
    }
    return ids;
  }

  /** A date-and-time column as SharePoint's ISO text (UTC); empty is `null`. */
  instant(field: string): string | null {
    const value = this.optionalText(field);
    if (value !== null && Number.isNaN(Date.parse(value))) {
      this.issues.push(validationIssue('invalidDate', { path: this.path(field) }));
      return null;
    }
    return value;
  }

  /**
   * A JSON column read by `read` with a `JsonReader` (whose issues are reported under this column); empty is
   * `null`, text that is not JSON an issue.
   */
  json<T>(field: string, read: (reader: JsonReader, value: unknown, path: string) => T | null): T | null {
    const text = this.optionalText(field);
    if (text === null) return null;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return this.wrongType(field, 'JSON');
    }
    const before = this.reader.issues.length;
    const result = read(this.reader, value, this.path(field));
    this.issues.push(...this.reader.issues.slice(before));
    return result;
  }

  /**
   * The mapped value when the item was read without problems.
   * @throws AppError `invalid` naming the list, the item's ID and key, with every issue found.
   */
  done<T>(value: T): T {
    if (this.issues.length === 0) return value;
    const schema = listNames[this.where.list];
    const key = this.where.keyField ? this.item[this.where.keyField] : undefined;
    const name = `${schema.title} item ${this.id}${typeof key === 'string' ? ` (${key})` : ''}`;
    const what = this.issues.map((i) => `${i.path}: ${i.code}`).join('; ');
    throw new AppError('invalid', {
      message: `${name} has values the app cannot read: ${what}`,
      issues: this.issues,
    });
  }
}

/** The UPN in a claims login as SharePoint gives a person (`i:0#.f|membership|anna@kommun.se`); `null` if none. */
export function upnOfLogin(login: unknown): string | null {
  if (typeof login !== 'string' || login === '') return null;
  return normaliseUpn(login.slice(login.lastIndexOf('|') + 1));
}

/** The version number in a SharePoint ETag: `"3"` (odata.etag) and `"<guid>,3"` (the ETag header) both give `3`. */
export function etagVersion(etag: unknown): number | null {
  if (typeof etag !== 'string') return null;
  const match = /(\d+)"?\s*$/.exec(etag);
  return match ? Number(match[1]) : null;
}

/** An item's version from its `odata.etag` (or verbose `__metadata.etag`). */
export function itemVersion(item: SpItem): number | null {
  const meta = item.__metadata as { etag?: unknown } | undefined;
  return etagVersion(item['odata.etag'] ?? meta?.etag);
}

/** The `IF-MATCH` value for an item version: `"3"`, which SharePoint compares with the item's version. */
export function ifMatch(version: number): string {
  return `"${version}"`;
}

/** A short, stable fingerprint of an item body (FNV-1a over its JSON), to tell changed lines from unchanged. */
export function fingerprint(body: ItemBody): string {
  const text = JSON.stringify(body);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/**
 * An instant as SharePoint stores it: UTC to the second (`2018-05-03T08:12:33Z`). Writing it that way makes a
 * value read back exactly as written, so an unchanged item is recognised as unchanged.
 */
export function instantText(value: string | null): string | null {
  if (value === null) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms)
    ? value
    : new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** Empty text is stored as `null`, so a value reads back the way it was written. */
export function textOrNull(value: string | null | undefined): string | null {
  return value === undefined || value === null || value === '' ? null : value;
}

// SharePoint may give an unset multi-choice as null or [], empty text as null or '', and an unset Yes/No (an item
// older than the column) as null, which the readers take for No; all are "empty".
function comparable(value: unknown): string {
  const plain =
    value !== null && typeof value === 'object' && 'results' in value
      ? (value as { results: unknown }).results
      : value;
  const empty =
    plain === undefined || plain === '' || plain === false || (Array.isArray(plain) && plain.length === 0);
  return JSON.stringify(empty ? null : plain);
}

/** Whether writing `body` would change a stored item (compares each written column; empty values are equal). */
export function itemDiffers(item: SpItem, body: ItemBody): boolean {
  return Object.entries(body).some(([field, value]) => comparable(item[field]) !== comparable(value));
}
