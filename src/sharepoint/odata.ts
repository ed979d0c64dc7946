// The one place OData filter text is built. Values are quoted here and only here: SharePoint reads `''` as an
// apostrophe inside a string literal, and PnPjs's fluent filter builder does not double them. Characters like
// `&`, `#`, `%` and å/ä/ö need no OData escaping; PnPjs URL-encodes the whole `$filter` value.

/** A field reference: an internal name, optionally `Lookup/Field`; anything else is refused, never escaped. */
const fieldPattern = /^[A-Za-z_][A-Za-z0-9_]*(\/[A-Za-z_][A-Za-z0-9_]*)?$/;

/** A comparison value: text is quoted, numbers are written as they are, `null` is OData's null. */
export type ODataValue = string | number | null;

/**
 * An OData string literal: the text in single quotes, each apostrophe doubled (`O'Brien` → `'O''Brien'`).
 */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** An OData literal for a value. @throws RangeError for a number that is not finite. */
export function odataLiteral(value: ODataValue): string {
  if (value === null) return 'null';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`Not a finite number for OData: ${value}`);
    return String(value);
  }
  return odataString(value);
}

function field(name: string): string {
  if (!fieldPattern.test(name)) throw new RangeError(`Not a SharePoint field name: ${JSON.stringify(name)}`);
  return name;
}

/** `Field eq value`. @throws RangeError when `name` is not a field name. */
export function eq(name: string, value: ODataValue): string {
  return `${field(name)} eq ${odataLiteral(value)}`;
}

/** `Field ne value`. @throws RangeError when `name` is not a field name. */
export function ne(name: string, value: ODataValue): string {
  return `${field(name)} ne ${odataLiteral(value)}`;
}

/**
 * `Field ge datetime'…'`: on or after an instant (ISO, UTC).
 * @throws RangeError when `name` is not a field name or `at` is not an ISO instant.
 */
export function onOrAfter(name: string, at: string): string {
  if (Number.isNaN(Date.parse(at))) throw new RangeError(`Not an instant for OData: ${at}`);
  return `${field(name)} ge datetime'${new Date(at).toISOString()}'`;
}

// Parentheses only where precedence needs them: SharePoint judges a query against the list view threshold by
// its first AND-clause, and a plain `A eq 'x' and B eq 'y'` is the form it recognises most surely.
const group = (clause: string, inner: 'and' | 'or'): string =>
  clause.includes(` ${inner} `) ? `(${clause})` : clause;

/** Clauses joined with `and`; SharePoint evaluates the first clause against its index, so put the indexed one first. */
export function and(...clauses: readonly string[]): string {
  return clauses.map((c) => group(c, 'or')).join(' and ');
}

/** Clauses joined with `or`. */
export function or(...clauses: readonly string[]): string {
  return clauses.map((c) => group(c, 'and')).join(' or ');
}
