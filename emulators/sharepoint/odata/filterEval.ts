import type { CompareOp, DatePart, FieldPath, FilterExpr } from './filter';
import { parseInstant } from './instant';
import type { ODataLiteral } from './lexer';

/** How text is compared. */
export interface EvaluateOptions {
  /**
   * BCP 47 locale of the site's collation (SharePoint sorts and compares by the web's locale, case-insensitively).
   * @default 'en-US'
   */
  locale?: string;
}

const collators = new Map<string, Intl.Collator>();

/**
 * Whether one row matches a filter. `get` returns the stored value of a field path: strings, numbers, booleans,
 * `Date`s (or ISO strings) for DateTime fields, arrays for multi-value fields, and `null`/`undefined`/`''` for empty.
 * Semantics follow SharePoint: text compares case-insensitively in the site's collation, numbers numerically,
 * dates by instant (a quoted ISO string counts as a date against a DateTime value), booleans as 1/0, empty only
 * equals `null`, and a multi-value field matches `eq` when any of its values does.
 */
export function evaluateFilter(
  expr: FilterExpr,
  get: (field: FieldPath) => unknown,
  options: EvaluateOptions = {},
): boolean {
  return compileFilter<undefined>(expr, (field) => () => get(field), options)(undefined);
}

/**
 * `evaluateFilter` prepared once for many rows of one kind: `reader` is asked once per field of the filter for
 * a function that reads that field of a row. The same semantics, without walking the expression per row.
 */
export function compileFilter<Row>(
  expr: FilterExpr,
  reader: (field: FieldPath) => (row: Row) => unknown,
  options: EvaluateOptions = {},
): (row: Row) => boolean {
  const collator = collatorFor(options.locale ?? 'en-US');
  const compile = (e: FilterExpr): ((row: Row) => boolean) => {
    switch (e.kind) {
      case 'and': {
        const left = compile(e.left);
        const right = compile(e.right);
        return (row) => left(row) && right(row);
      }
      case 'or': {
        const left = compile(e.left);
        const right = compile(e.right);
        return (row) => left(row) || right(row);
      }
      case 'not': {
        const inner = compile(e.expr);
        return (row) => !inner(row);
      }
      case 'compare': {
        const get = reader(e.field);
        return (row) => compareStored(get(row), e, collator);
      }
      case 'startswith': {
        const get = reader(e.field);
        const prefix = e.value.toLowerCase();
        return (row) => someValue(get(row), (v) => text(v)?.toLowerCase().startsWith(prefix) ?? false);
      }
      case 'substringof': {
        const get = reader(e.field);
        const part = e.value.toLowerCase();
        return (row) => someValue(get(row), (v) => text(v)?.toLowerCase().includes(part) ?? false);
      }
      case 'datepart': {
        const get = reader(e.field);
        return (row) =>
          someValue(get(row), (v) => {
            const instant = toInstant(v);
            return instant !== undefined && holds(e.op, datePart(instant, e.part) - e.value);
          });
      }
    }
  };
  return compile(expr);
}

/**
 * Orders two stored values the way SharePoint sorts a column: empty first, then numbers, dates and booleans by
 * value and text by the site's collation. Use it for `$orderby` so sorting and filtering agree.
 */
export function compareFieldValues(a: unknown, b: unknown, options: EvaluateOptions = {}): number {
  const collator = collatorFor(options.locale ?? 'en-US');
  const left = isEmpty(a) ? null : a;
  const right = isEmpty(b) ? null : b;
  if (left === null || right === null) return left === right ? 0 : left === null ? -1 : 1;
  return order(left, right, collator) ?? collator.compare(String(left), String(right));
}

/** Every field path the filter reads, in order of appearance (duplicates kept out). */
export function referencedFields(expr: FilterExpr): FieldPath[] {
  const seen = new Map<string, FieldPath>();
  const visit = (e: FilterExpr): void => {
    switch (e.kind) {
      case 'and':
      case 'or':
        visit(e.left);
        visit(e.right);
        return;
      case 'not':
        visit(e.expr);
        return;
      default:
        if (!seen.has(e.field.join('/'))) seen.set(e.field.join('/'), e.field);
    }
  };
  visit(expr);
  return [...seen.values()];
}

/** The first clause of the top-level AND chain — the one SharePoint's list view threshold looks at. */
export function leadingClause(expr: FilterExpr): FilterExpr {
  return expr.kind === 'and' ? leadingClause(expr.left) : expr;
}

/** The clauses of the top-level AND chain in order (`a and (b and c)` → a, b, c); a non-AND is one clause. */
export function andClauses(expr: FilterExpr): FilterExpr[] {
  return expr.kind === 'and' ? [...andClauses(expr.left), ...andClauses(expr.right)] : [expr];
}

function collatorFor(locale: string): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    // 'accent': case-insensitive but å ≠ a, like SharePoint's CI_AS SQL collations.
    collator = new Intl.Collator(locale, { sensitivity: 'accent', usage: 'sort' });
    collators.set(locale, collator);
  }
  return collator;
}

/** The operator and literal of one comparison. */
interface Test {
  op: CompareOp;
  value: ODataLiteral;
}

function compareStored(stored: unknown, test: Test, collator: Intl.Collator): boolean {
  if (Array.isArray(stored)) {
    // A multi-value field "equals" a value it contains; "not equals" means it contains none of them.
    if (test.op === 'ne') return !stored.some((v) => compareOne(v, { ...test, op: 'eq' }, collator));
    if (test.value === null) return test.op === 'eq' ? stored.length === 0 : false;
    return stored.some((v) => compareOne(v, test, collator));
  }
  return compareOne(stored, test, collator);
}

function compareOne(stored: unknown, { op, value: literal }: Test, collator: Intl.Collator): boolean {
  const empty = isEmpty(stored);
  if (literal === null) return op === 'eq' ? empty : op === 'ne' ? !empty : false;
  if (empty) return op === 'ne';
  const difference = order(stored, literalValue(literal, stored), collator);
  return difference !== undefined && holds(op, difference);
}

/** The literal in the shape of the stored value it is compared with. */
function literalValue(literal: Exclude<ODataLiteral, null>, stored: unknown): unknown {
  if (typeof literal === 'object') {
    if (literal.kind === 'datetime') return new Date(parseInstant(literal.value) ?? Number.NaN);
    return literal.value;
  }
  if (stored instanceof Date && typeof literal === 'string')
    return new Date(parseInstant(literal) ?? Number.NaN);
  return literal;
}

/** Sign of a − b when the two are comparable, else `undefined`. */
function order(a: unknown, b: unknown, collator: Intl.Collator): number | undefined {
  if (a instanceof Date || b instanceof Date) {
    const x = toInstant(a);
    const y = toInstant(b);
    return x === undefined || y === undefined ? undefined : Math.sign(x - y);
  }
  if (typeof a === 'boolean' || typeof b === 'boolean') {
    const x = toBit(a);
    const y = toBit(b);
    return x === undefined || y === undefined ? undefined : x - y;
  }
  if (typeof a === 'number' || typeof b === 'number') {
    const x = toNumber(a);
    const y = toNumber(b);
    return x === undefined || y === undefined ? undefined : Math.sign(x - y);
  }
  if (typeof a === 'string' && typeof b === 'string') {
    // Both look like ISO dates: a DateTime field stored as text, compared with PnPjs's quoted toISOString().
    const x = parseInstant(a);
    const y = parseInstant(b);
    if (x !== undefined && y !== undefined) return Math.sign(x - y);
    if (isGuid(a) && isGuid(b)) return collator.compare(stripBraces(a), stripBraces(b));
    return collator.compare(a, b);
  }
  return undefined;
}

function holds(op: CompareOp, difference: number): boolean {
  switch (op) {
    case 'eq':
      return difference === 0;
    case 'ne':
      return difference !== 0;
    case 'gt':
      return difference > 0;
    case 'ge':
      return difference >= 0;
    case 'lt':
      return difference < 0;
    case 'le':
      return difference <= 0;
  }
}

function someValue(stored: unknown, test: (value: unknown) => boolean): boolean {
  return Array.isArray(stored) ? stored.some(test) : !isEmpty(stored) && test(stored);
}

function isEmpty(value: unknown): boolean {
  return (
    value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
  );
}

function text(value: unknown): string | undefined {
  return isEmpty(value) ? undefined : String(value);
}

function toInstant(value: unknown): number | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
  if (typeof value === 'string') return parseInstant(value);
  return undefined;
}

function toBit(value: unknown): number | undefined {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value === 1 || value === 0) return value;
  if (typeof value === 'string') {
    const lower = value.toLowerCase();
    if (lower === '1' || lower === 'true') return 1;
    if (lower === '0' || lower === 'false') return 0;
  }
  return undefined;
}

function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))) return Number(value);
  return undefined;
}

function datePart(instant: number, part: DatePart): number {
  const date = new Date(instant);
  switch (part) {
    case 'year':
      return date.getUTCFullYear();
    case 'month':
      return date.getUTCMonth() + 1;
    case 'day':
      return date.getUTCDate();
    case 'hour':
      return date.getUTCHours();
    case 'minute':
      return date.getUTCMinutes();
    case 'second':
      return date.getUTCSeconds();
  }
}

const GUID_TEXT = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i;

function isGuid(value: string): boolean {
  return GUID_TEXT.test(value);
}

function stripBraces(value: string): string {
  return value.replace(/^\{|\}$/g, '');
}
