import { ODataSyntaxError, ODataTooDeepError, ODataUnsupportedError } from './errors';
import { joinClauses, MAX_FILTER_DEPTH, type CompareOp, type FieldPath, type FilterExpr } from './filter';
import { parseInstant } from './instant';
import type { ODataLiteral } from './lexer';
import type { OrderBy } from './query';
import { childElements, parseXml, textContent, type XmlElement } from './xml';

/** A CAML query: a view's `ViewQuery`, a `getitems` `ViewXml`, or a full `<View>`. */
export interface CamlQuery {
  where?: FilterExpr;
  orderBy: OrderBy[];
  groupBy: { field: string; collapse: boolean }[];
  rowLimit?: number;
  /** `<ViewFields>` of a full `<View>`, in order; empty when none were given. */
  viewFields: string[];
  /**
   * `<View Scope="…">`: which folders a query reaches. Without it only what lies directly in the queried folder
   * (items and subfolders); `Recursive` every item below it (no folders); `RecursiveAll` items and folders below
   * it; `FilesOnly` the folder's own items without subfolders.
   */
  scope: ViewScope;
}

/** The folder scope of a view or CAML query (SP.ViewScope). */
export type ViewScope = 'Default' | 'Recursive' | 'RecursiveAll' | 'FilesOnly';

const SCOPES: readonly ViewScope[] = ['Default', 'Recursive', 'RecursiveAll', 'FilesOnly'];

/** Context a CAML query can refer to. */
export interface CamlOptions {
  /** The user `<UserID/>` stands for (their id in the site's User Information List). */
  currentUserId?: number;
  /** The instant `<Today/>` and `<Now/>` stand for. @default the current time */
  now?: Date;
}

const COMPARISONS: Record<string, CompareOp> = {
  Eq: 'eq',
  Neq: 'ne',
  Gt: 'gt',
  Geq: 'ge',
  Lt: 'lt',
  Leq: 'le',
};
const TEXT_TYPES: readonly string[] = ['Text', 'Note', 'Choice', 'MultiChoice', 'Computed', 'URL', 'File'];
const INTEGER_TYPES: readonly string[] = ['Integer', 'Counter', 'ModStat'];
const UNSUPPORTED_CONDITIONS: readonly string[] = [
  'Includes',
  'NotIncludes',
  'DateRangesOverlap',
  'Membership',
];
// Presentation-only parts of a full view schema: they do not change which rows a query returns.
const PRESENTATION: readonly string[] = [
  'JSLink',
  'XslLink',
  'Toolbar',
  'ViewStyle',
  'ViewData',
  'CustomFormatter',
];
const DAY_MS = 86_400_000;

/**
 * Parses CAML into the same {@link FilterExpr} `$filter` produces, plus ordering, grouping and the row limit.
 * Accepts a `<View>` (with `<Query>`, `<ViewFields>`, `<RowLimit>`), a `<Query>`, or the bare
 * `<Where>…</Where><OrderBy>…</OrderBy><GroupBy>…</GroupBy>` fragment that a view's `ViewQuery` holds.
 * DateTime values compare by day unless `IncludeTimeValue='TRUE'`, as in SharePoint; days are UTC. CAML joins
 * only two conditions per `<And>`/`<Or>`, so a chain of one operator (`<Or><Or>a b</Or> c</Or>`) is read as one
 * flat chain whatever its length; `<And>` and `<Or>` may alternate {@link MAX_FILTER_DEPTH} levels deep.
 * @throws {ODataTooDeepError} for `<And>` and `<Or>` alternating deeper than that.
 * @throws {ODataUnsupportedError} for CAML this emulator does not implement (`<Membership>`, `<Joins>`…).
 * @throws {ODataSyntaxError} for malformed XML or CAML.
 */
export function parseViewQuery(xml: string, options: CamlOptions = {}): CamlQuery {
  const query: CamlQuery = { orderBy: [], groupBy: [], viewFields: [], scope: 'Default' };
  const roots = parseXml(xml);
  const view = roots.length === 1 && roots[0]!.name === 'View' ? roots[0]! : undefined;
  if (view) {
    const scope = view.attributes['Scope'];
    if (scope !== undefined) {
      const known = SCOPES.find((s) => s.toLowerCase() === scope.toLowerCase());
      if (!known) throw camlError(view, `Unknown view scope '${scope}'`);
      query.scope = known;
    }
    for (const child of childElements(view)) {
      if (child.name === 'Query') readQueryParts(childElements(child), query, options);
      else if (child.name === 'ViewFields') query.viewFields = childElements(child).map(fieldName);
      else if (child.name === 'RowLimit') query.rowLimit = integer(child, textContent(child));
      else if (!PRESENTATION.includes(child.name))
        throw new ODataUnsupportedError(`the CAML element <${child.name}>`);
    }
    return query;
  }
  const parts = roots.length === 1 && roots[0]!.name === 'Query' ? childElements(roots[0]!) : roots;
  readQueryParts(parts, query, options);
  return query;
}

function readQueryParts(parts: XmlElement[], query: CamlQuery, options: CamlOptions): void {
  for (const part of parts) {
    switch (part.name) {
      case 'Where': {
        const conditions = childElements(part);
        if (conditions.length > 1)
          throw camlError(part, '<Where> holds one condition; join more with <And>/<Or>');
        if (conditions[0]) query.where = condition(conditions[0], options);
        break;
      }
      case 'OrderBy':
        query.orderBy = childElements(part).map((ref) => ({
          field: [fieldName(ref)],
          descending: (ref.attributes['Ascending'] ?? 'TRUE').toUpperCase() === 'FALSE',
        }));
        break;
      case 'GroupBy': {
        const collapse = (part.attributes['Collapse'] ?? 'FALSE').toUpperCase() === 'TRUE';
        query.groupBy = childElements(part).map((ref) => ({ field: fieldName(ref), collapse }));
        break;
      }
      default:
        throw camlError(part, `Unexpected element <${part.name}> in a query`);
    }
  }
}

function condition(element: XmlElement, options: CamlOptions, depth = 0): FilterExpr {
  const { name } = element;
  if (name === 'And' || name === 'Or') {
    if (depth >= MAX_FILTER_DEPTH)
      throw new ODataTooDeepError(MAX_FILTER_DEPTH, { position: element.position });
    const kind = name === 'And' ? 'and' : 'or';
    const operands = chainOperands(element).map((operand) => condition(operand, options, depth + 1));
    return joinClauses(kind, operands);
  }
  if (name === 'IsNull' || name === 'IsNotNull') {
    const ref = only(element, 'FieldRef');
    return {
      kind: 'compare',
      op: name === 'IsNull' ? 'eq' : 'ne',
      field: fieldPath(ref, { byId: false }),
      value: null,
    };
  }
  if (name in COMPARISONS) {
    const { ref, value } = refAndValue(element);
    return compareCondition({ op: COMPARISONS[name]!, ref, value }, options);
  }
  if (name === 'Contains' || name === 'BeginsWith') {
    const { ref, value } = refAndValue(element);
    const kind = name === 'Contains' ? 'substringof' : 'startswith';
    return { kind, field: fieldPath(ref, { byId: false }), value: textContent(value) };
  }
  if (name === 'In') {
    const ref = only(element, 'FieldRef');
    const values = childElements(only(element, 'Values'));
    if (values.length === 0) throw camlError(element, '<In> needs at least one <Value>');
    return joinClauses(
      'or',
      values.map((value) => compareCondition({ op: 'eq', ref, value }, options)),
    );
  }
  if (UNSUPPORTED_CONDITIONS.includes(name)) throw new ODataUnsupportedError(`the CAML element <${name}>`);
  throw camlError(element, `Unknown CAML element <${name}>`);
}

/**
 * The conditions an `<And>` (or `<Or>`) chain joins, in document order, walking nested elements of the same name
 * without recursion: `<Or><Or>a b</Or><Or>c d</Or></Or>` → a, b, c, d.
 */
function chainOperands(element: XmlElement): XmlElement[] {
  const operands: XmlElement[] = [];
  const pending = [element];
  while (pending.length > 0) {
    const next = pending.pop()!;
    if (next.name !== element.name) {
      operands.push(next);
      continue;
    }
    const pair = childElements(next);
    if (pair.length !== 2) throw camlError(next, `<${next.name}> takes exactly two conditions`);
    pending.push(pair[1]!, pair[0]!);
  }
  return operands;
}

/** A CAML comparison: its operator, `<FieldRef>` and `<Value>`. */
interface Comparison {
  op: CompareOp;
  ref: XmlElement;
  value: XmlElement;
}

function compareCondition(comparison: Comparison, options: CamlOptions): FilterExpr {
  const { op, ref, value } = comparison;
  const type = value.attributes['Type'];
  if (type === undefined) throw camlError(value, '<Value> needs a Type attribute');
  if (type === 'DateTime') return dateCondition(comparison, options);
  const special = childElements(value)[0];
  if (special?.name === 'UserID') {
    if (options.currentUserId === undefined) throw camlError(special, '<UserID/> needs the current user');
    return { kind: 'compare', op, field: fieldPath(ref, { byId: true }), value: options.currentUserId };
  }
  if (special) throw camlError(special, `Unexpected <${special.name}> in a ${type} value`);
  const lookupId = isTrue(ref.attributes['LookupId']);
  return {
    kind: 'compare',
    op,
    field: fieldPath(ref, { byId: lookupId }),
    value: literal(value, { type, lookupId }),
  };
}

function literal(value: XmlElement, { type, lookupId }: { type: string; lookupId: boolean }): ODataLiteral {
  const text = textContent(value);
  if (TEXT_TYPES.includes(type)) return text;
  if (type === 'Number' || type === 'Currency') return number(value, text);
  if (INTEGER_TYPES.includes(type)) return integer(value, text);
  // Without LookupId a Lookup or User value is the shown text (the lookup's field, the user's display name).
  if (type === 'Lookup' || type === 'User') return lookupId ? integer(value, text) : text;
  if (type === 'Boolean') {
    const bit = text.trim().toUpperCase();
    if (bit === '1' || bit === 'TRUE') return true;
    if (bit === '0' || bit === 'FALSE') return false;
    throw camlError(value, `'${text}' is not a Boolean value`);
  }
  if (type === 'Guid') return { kind: 'guid', value: text.trim().replace(/^\{|\}$/g, '') };
  throw new ODataUnsupportedError(`the CAML value type '${type}'`);
}

/**
 * SharePoint compares DateTime values by calendar day unless IncludeTimeValue='TRUE', so `Eq` becomes the day's
 * range `[start, next day)`, `Gt` "from the next day", `Leq` "before the next day", and so on.
 */
function dateCondition({ op, ref, value }: Comparison, options: CamlOptions): FilterExpr {
  const special = childElements(value)[0];
  const field = fieldPath(ref, { byId: false });
  const includeTime = isTrue(value.attributes['IncludeTimeValue']);
  let instant: number;
  if (special?.name === 'Today' || special?.name === 'Now') {
    const now = (options.now ?? new Date()).getTime();
    const offset = Number(special.attributes['OffsetDays'] ?? special.attributes['Offset'] ?? '0');
    if (!Number.isInteger(offset)) throw camlError(special, 'OffsetDays must be a whole number');
    instant = (special.name === 'Today' ? startOfDay(now) : now) + offset * DAY_MS;
  } else if (special) {
    throw camlError(special, `Unexpected <${special.name}> in a DateTime value`);
  } else {
    const text = textContent(value).trim();
    const parsed = parseInstant(text);
    if (parsed === undefined) throw camlError(value, `'${text}' is not a DateTime value`);
    instant = parsed;
  }
  const at = (ms: number): ODataLiteral => ({ kind: 'datetime', value: new Date(ms).toISOString() });
  if (includeTime) return { kind: 'compare', op, field, value: at(instant) };
  const start = startOfDay(instant);
  const next = start + DAY_MS;
  const cmp = (o: CompareOp, ms: number): FilterExpr => ({ kind: 'compare', op: o, field, value: at(ms) });
  switch (op) {
    case 'eq':
      return { kind: 'and', left: cmp('ge', start), right: cmp('lt', next) };
    case 'ne':
      return { kind: 'or', left: cmp('lt', start), right: cmp('ge', next) };
    case 'gt':
      return cmp('ge', next);
    case 'ge':
      return cmp('ge', start);
    case 'lt':
      return cmp('lt', start);
    case 'le':
      return cmp('lt', next);
  }
}

function refAndValue(element: XmlElement): { ref: XmlElement; value: XmlElement } {
  return { ref: only(element, 'FieldRef'), value: only(element, 'Value') };
}

function only(element: XmlElement, name: string): XmlElement {
  const matches = childElements(element).filter((c) => c.name === name);
  if (matches.length !== 1) throw camlError(element, `<${element.name}> needs exactly one <${name}>`);
  return matches[0]!;
}

function fieldName(ref: XmlElement): string {
  if (ref.name !== 'FieldRef') throw camlError(ref, `Expected <FieldRef>, found <${ref.name}>`);
  const name = ref.attributes['Name'];
  if (name === undefined || name === '') {
    if (ref.attributes['ID'] !== undefined) throw new ODataUnsupportedError('<FieldRef ID=…> (use Name)');
    throw camlError(ref, '<FieldRef> needs a Name');
  }
  return name;
}

function fieldPath(ref: XmlElement, { byId }: { byId: boolean }): FieldPath {
  const name = fieldName(ref);
  return byId ? [name, 'Id'] : [name];
}

function number(element: XmlElement, text: string): number {
  const value = Number(text.trim());
  if (text.trim() === '' || Number.isNaN(value)) throw camlError(element, `'${text}' is not a number`);
  return value;
}

function integer(element: XmlElement, text: string): number {
  if (!/^-?\d+$/.test(text.trim())) throw camlError(element, `'${text}' is not a whole number`);
  return Number(text.trim());
}

function isTrue(value: string | undefined): boolean {
  return value?.toUpperCase() === 'TRUE';
}

function startOfDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

function camlError(element: XmlElement, detail: string): ODataSyntaxError {
  return new ODataSyntaxError('The CAML query is not valid.', {
    position: element.position,
    detail: `${detail} (at offset ${element.position}).`,
  });
}
