import { invalidExpression, ODataSyntaxError, ODataTooDeepError, ODataTopLimitError } from './errors';
import { type FieldPath, type FilterExpr, MAX_FILTER_DEPTH, parseFilter } from './filter';
import { formatSkipToken, parseSkipToken, type SkipToken } from './skiptoken';

export {
  formatPagingDate,
  formatSkipToken,
  parsePagingDate,
  parseSkipToken,
  type SkipToken,
} from './skiptoken';

/** One `$orderby` key. */
export interface OrderBy {
  field: FieldPath;
  descending: boolean;
}

/** The OData system query options of one request. */
export interface QueryOptions {
  select?: FieldPath[];
  expand?: FieldPath[];
  filter?: FilterExpr;
  orderby?: OrderBy[];
  top?: number;
  skiptoken?: SkipToken;
  /** Parsed so that it is validated; SharePoint ignores `$skip` on list items ("doesn't work"), and so may core. */
  skip?: number;
  /** $-options that are not understood ($search, $format, $apply, $count...), for strict mode's 501. */
  unsupported: string[];
}

/** Limits applied while parsing. */
export interface ParseQueryOptionsOptions {
  /**
   * Largest `$top` accepted; SharePoint caps a list query at 5000 rows. Pass `Infinity` where no cap applies.
   * @default 5000
   */
  maxTop?: number;
}

type KnownOption = 'select' | 'expand' | 'filter' | 'orderby' | 'top' | 'skiptoken' | 'skip';
const KNOWN: readonly string[] = ['select', 'expand', 'filter', 'orderby', 'top', 'skiptoken', 'skip'];
const NAME = /^[\p{L}_][\p{L}\p{N}_]*$/u;
const ORDER_KEY = /^(\S+)(?:\s+(asc|desc))?$/i;

/**
 * Reads `$select`, `$expand`, `$filter`, `$orderby`, `$top`, `$skiptoken` and `$skip`; any other `$` option is
 * listed in `unsupported`. Parameter aliases (`@v`) and plain parameters are not options and are left alone.
 * @throws {ODataTopLimitError} when `$top` exceeds `maxTop`.
 * @throws {ODataSyntaxError} on a malformed or repeated option.
 */
export function parseQueryOptions(
  query: URLSearchParams,
  options: ParseQueryOptionsOptions = {},
): QueryOptions {
  const maxTop = options.maxTop ?? 5000;
  const result: QueryOptions = { unsupported: [] };
  const seen = new Set<string>();
  for (const [rawName, value] of query) {
    if (!rawName.startsWith('$')) continue;
    const name = rawName.slice(1).toLowerCase();
    if (!KNOWN.includes(name)) {
      if (!result.unsupported.includes(rawName)) result.unsupported.push(rawName);
      continue;
    }
    if (seen.has(name)) {
      throw new ODataSyntaxError(
        `Query option '${rawName}' was specified more than once, but it must be specified at most once.`,
      );
    }
    seen.add(name);
    applyOption(result, name as KnownOption, value, maxTop);
  }
  return result;
}

function applyOption(result: QueryOptions, name: KnownOption, value: string, maxTop: number): void {
  switch (name) {
    case 'select':
      result.select = parsePaths(value, { allowStar: true });
      return;
    case 'expand':
      result.expand = parsePaths(value, { allowStar: false });
      return;
    case 'filter':
      result.filter = parseFilter(value);
      return;
    case 'orderby':
      result.orderby = parseOrderBy(value);
      return;
    case 'top': {
      const top = parseCount('$top', value);
      if (top > maxTop) throw new ODataTopLimitError(top, maxTop);
      result.top = top;
      return;
    }
    case 'skip':
      result.skip = parseCount('$skip', value);
      return;
    case 'skiptoken':
      result.skiptoken = parseSkipToken(value);
      return;
  }
}

function parsePaths(value: string, options: { allowStar: boolean }): FieldPath[] {
  return value.split(',').map((item) => {
    const trimmed = item.trim();
    if (options.allowStar && trimmed === '*') return ['*'];
    const path = trimmed.split('/');
    if (!path.every((part) => NAME.test(part))) {
      throw invalidExpression(value, { detail: `'${trimmed}' is not a field name or path.` });
    }
    // Each segment of an expanded path is one more level of projection (Users/Groups/Users/…).
    if (path.length > MAX_FILTER_DEPTH) throw new ODataTooDeepError(MAX_FILTER_DEPTH);
    return path;
  });
}

function parseOrderBy(value: string): OrderBy[] {
  return value.split(',').map((item) => {
    const m = ORDER_KEY.exec(item.trim());
    const field = m?.[1]?.split('/');
    if (!m || !field || !field.every((part) => NAME.test(part))) {
      throw invalidExpression(value, { detail: `'${item.trim()}' is not "Field [asc|desc]".` });
    }
    if (field.length > MAX_FILTER_DEPTH) throw new ODataTooDeepError(MAX_FILTER_DEPTH);
    return { field, descending: m[2]?.toLowerCase() === 'desc' };
  });
}

function parseCount(option: string, value: string): number {
  if (!/^\d+$/.test(value.trim())) {
    throw new ODataSyntaxError(
      `Invalid value '${value}' for ${option} query option found. The ${option} query option requires a non-negative integer value.`,
    );
  }
  return Number(value.trim());
}

/**
 * The absolute next-page URL SharePoint puts in `odata.nextLink`/`__next`: the same resource with `$skiptoken`
 * replaced and every other query parameter kept, e.g. `…/items?%24skiptoken=Paged%3DTRUE%26p_ID%3D100&%24top=100`.
 * @param resourceUrl Absolute URL of the collection, without a query string.
 */
export function nextLink(resourceUrl: string, query: URLSearchParams, token: SkipToken): string {
  const params = new URLSearchParams();
  params.set('$skiptoken', formatSkipToken(token));
  for (const [name, value] of query) {
    if (name.toLowerCase() !== '$skiptoken') params.append(name, value);
  }
  return `${resourceUrl}?${params.toString()}`;
}
