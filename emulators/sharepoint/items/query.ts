import type { RequestContext } from '../context';
import { SpErrorFactory } from '../errors/SpErrorFactory';
import type { ItemRecord } from '../model/records';
import {
  compareFieldValues,
  compileFilter,
  leadingClause,
  referencedFields,
  type FilterExpr,
} from '../odata/filter';
import { formatPagingDate, parsePagingDate, type OrderBy, type SkipToken } from '../odata/query';
import { valueShape } from '../schema/fieldTypes';
import { literalKey } from '../store/ItemIndex';
import { fieldAccess, type FieldAccess } from './fieldAccess';
import type { ListSchema } from './ListSchema';

/** The largest page SharePoint returns from one query. */
export const MAX_PAGE_SIZE = 5000;

/** One list query: `$filter`/CAML where, ordering, page size and position. */
export interface ItemQuery {
  filter?: FilterExpr;
  orderBy: OrderBy[];
  /** An explicit `$top`/RowLimit (checked against the threshold); the page size otherwise defaults to 100. */
  top?: number;
  skipToken?: SkipToken;
  /** Rows per page when `top` is not given. @default 100 */
  pageSize?: number;
  /** Which items the query reaches at all (a CAML view scope's folders); all of them when absent. */
  within?: (item: ItemRecord) => boolean;
}

/** One page of items the user may read, and where the next page starts. */
export interface ItemPage {
  items: ItemRecord[];
  next?: SkipToken;
}

/**
 * Runs a list query the way SharePoint does: permission-trimmed, in ID order unless ordered otherwise, paged
 * by `Paged=TRUE&p_ID=…` tokens — and subject to the list view threshold (see `checkThreshold`).
 * @throws SpError for unknown columns (400) and queries the threshold forbids (500 SPQueryThrottledException).
 */
export function queryItems(ctx: RequestContext, schema: ListSchema, query: ItemQuery): ItemPage {
  const list = schema.list;
  // SharePoint refuses a $top above 5000 rows whatever the list's size.
  if (query.top !== undefined && query.top > MAX_PAGE_SIZE) throw SpErrorFactory.listViewThreshold();
  const filterAccess = new Map<string, FieldAccess>();
  const access = (path: string[]): FieldAccess => {
    const key = path.join('/');
    let found = filterAccess.get(key);
    if (!found) {
      found = fieldAccess(ctx, schema, path);
      filterAccess.set(key, found);
    }
    return found;
  };
  const filter = query.filter;
  if (filter && usesDateFunctions(filter)) throw SpErrorFactory.queryNotValid();
  if (filter) for (const path of referencedFields(filter)) access(path);
  const orderBy = query.orderBy.filter(
    (key) => !(key.field.length === 1 && /^id$/i.test(key.field[0]!) && !key.descending),
  );
  for (const key of orderBy) access(key.field);

  const candidates = checkThreshold(ctx, schema, { filter, orderBy, top: query.top, access });
  const pageSize = Math.min(query.top ?? query.pageSize ?? 100, MAX_PAGE_SIZE);
  const within = query.within;
  const test = filter ? compileFilter(filter, (path: string[]) => access(path).read) : undefined;
  const matches = (item: ItemRecord): boolean =>
    (!within || within(item)) && (!test || test(item)) && ctx.security.canRead(list, item);

  if (orderBy.length === 0)
    return pageById(ctx, list.id, candidates, { matches, pageSize, token: query.skipToken });
  return pageBySort(ctx, list.id, candidates, { matches, pageSize, token: query.skipToken, orderBy, access });
}

/**
 * The list view threshold, on lists with more items than the threshold:
 * `$top` above it, ordering by a non-indexed column, or a filter whose first AND-clause uses a non-indexed
 * column all fail; so does a first clause that matches more rows than the threshold, unless it is an equality
 * on an indexed column (which SharePoint serves from the index in ID order, page by page).
 * @returns the candidate ids (ascending) the query may scan.
 */
function checkThreshold(
  ctx: RequestContext,
  schema: ListSchema,
  query: { filter?: FilterExpr; orderBy: OrderBy[]; top?: number; access: (path: string[]) => FieldAccess },
): readonly number[] {
  const listId = schema.list.id;
  const all = ctx.store.itemIds(listId);
  const leading = query.filter ? leadingClause(query.filter) : undefined;
  const indexed = leading
    ? indexedCandidates(ctx, { schema, clause: leading, access: query.access })
    : undefined;
  const threshold = ctx.settings.threshold;
  if (all.length <= threshold) return indexed ?? all;
  if (query.top !== undefined && query.top > threshold) throw SpErrorFactory.listViewThreshold();
  for (const key of query.orderBy) {
    if (!schema.isIndexed(query.access(key.field).field)) throw SpErrorFactory.listViewThreshold();
  }
  if (!leading) return all;
  for (const path of referencedFields(leading)) {
    if (!schema.isIndexed(query.access(path).field)) throw SpErrorFactory.listViewThreshold();
  }
  if (indexed && query.orderBy.length === 0) return indexed;
  let count = 0;
  const rows = indexed ?? all;
  const test = compileFilter(leading, (path: string[]) => query.access(path).read);
  for (const id of rows) {
    if (test(ctx.store.item(listId, id)!) && ++count > threshold) throw SpErrorFactory.listViewThreshold();
  }
  return rows;
}

/** Whether a filter uses `year()`, `month()`… which `_api` refuses although OData defines them. */
function usesDateFunctions(expr: FilterExpr): boolean {
  switch (expr.kind) {
    case 'and':
    case 'or':
      return usesDateFunctions(expr.left) || usesDateFunctions(expr.right);
    case 'not':
      return usesDateFunctions(expr.expr);
    default:
      return expr.kind === 'datepart';
  }
}

/** Ids an equality index serves for `Field eq literal`, when the field has one and the literal fits its type. */
function indexedCandidates(
  ctx: RequestContext,
  {
    schema,
    clause,
    access,
  }: { schema: ListSchema; clause: FilterExpr; access: (path: string[]) => FieldAccess },
): readonly number[] | undefined {
  if (clause.kind !== 'compare' || clause.op !== 'eq') return undefined;
  const target = access(clause.field);
  if (!target.direct || !target.field.indexed) return undefined;
  const literal = clause.value;
  const shape = valueShape(target.field);
  const fits =
    (typeof literal === 'string' && shape === 'text') ||
    (typeof literal === 'number' &&
      ['number', 'integer', 'user', 'userMulti', 'lookup', 'lookupMulti'].includes(shape)) ||
    (typeof literal === 'boolean' && shape === 'boolean');
  if (!fits) return undefined;
  return ctx.store.itemIdsByIndex(
    schema.list.id,
    target.field.internalName,
    literalKey(literal as string | number | boolean),
  );
}

function firstAbove(ids: readonly number[], id: number): number {
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (ids[middle]! <= id) low = middle + 1;
    else high = middle;
  }
  return low;
}

function pageById(
  ctx: RequestContext,
  listId: string,
  ids: readonly number[],
  options: { matches: (item: ItemRecord) => boolean; pageSize: number; token?: SkipToken },
): ItemPage {
  const { matches, pageSize, token } = options;
  const items: ItemRecord[] = [];
  if (token?.pagedPrev) {
    // The page before the token: the last pageSize matches below it, in ascending order.
    for (let i = firstAbove(ids, token.lastId - 1) - 1; i >= 0 && items.length < pageSize; i--) {
      const item = ctx.store.item(listId, ids[i]!)!;
      if (matches(item)) items.unshift(item);
    }
    const last = items[items.length - 1];
    return { items, ...(last && { next: { pagedPrev: false, lastId: last.id, sortValues: {} } }) };
  }
  let more = false;
  for (let i = token ? firstAbove(ids, token.lastId) : 0; i < ids.length; i++) {
    const item = ctx.store.item(listId, ids[i]!)!;
    if (!matches(item)) continue;
    if (items.length === pageSize) {
      more = true;
      break;
    }
    items.push(item);
  }
  const last = items[items.length - 1];
  return { items, ...(more && last && { next: { pagedPrev: false, lastId: last.id, sortValues: {} } }) };
}

function pageBySort(
  ctx: RequestContext,
  listId: string,
  ids: readonly number[],
  options: {
    matches: (item: ItemRecord) => boolean;
    pageSize: number;
    token?: SkipToken;
    orderBy: OrderBy[];
    access: (path: string[]) => FieldAccess;
  },
): ItemPage {
  const { orderBy, access, pageSize, token } = options;
  const keyOf = (item: ItemRecord): unknown[] => orderBy.map((key) => access(key.field).read(item));
  const compare = (a: unknown[], aId: number, b: unknown[], bId: number): number => {
    for (let k = 0; k < orderBy.length; k++) {
      const order = compareFieldValues(a[k], b[k]);
      if (order !== 0) return orderBy[k]!.descending ? -order : order;
    }
    return aId - bId;
  };
  const rows: { item: ItemRecord; key: unknown[] }[] = [];
  for (const id of ids) {
    const item = ctx.store.item(listId, id)!;
    if (options.matches(item)) rows.push({ item, key: keyOf(item) });
  }
  rows.sort((a, b) => compare(a.key, a.item.id, b.key, b.item.id));
  let start = 0;
  let end = rows.length;
  if (token) {
    const tokenKey = orderBy.map((key) => tokenValue(access(key.field), token.sortValues[sortName(key)]));
    const position = rows.findIndex((row) => compare(row.key, row.item.id, tokenKey, token.lastId) > 0);
    const after = position < 0 ? rows.length : position;
    if (token.pagedPrev) {
      const before = rows.findIndex((row) => compare(row.key, row.item.id, tokenKey, token.lastId) >= 0);
      end = before < 0 ? rows.length : before;
      start = Math.max(0, end - pageSize);
    } else {
      start = after;
    }
  }
  const page = rows.slice(start, Math.min(end, start + pageSize));
  const last = page[page.length - 1];
  const more = start + page.length < rows.length;
  if (!more || !last) return { items: page.map((row) => row.item) };
  const sortValues: Record<string, string> = {};
  orderBy.forEach((key, k) => (sortValues[sortName(key)] = formatSortValue(last.key[k])));
  return { items: page.map((row) => row.item), next: { pagedPrev: false, lastId: last.item.id, sortValues } };
}

function sortName(key: OrderBy): string {
  return key.field.join('_');
}

/** A sort value as SharePoint writes it into `p_<Field>=`: dates as `20240101 12:00:00`, ids and numbers plain. */
function formatSortValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return formatSortValue(value[0]);
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(value))
    return formatPagingDate(new Date(value));
  return String(value);
}

function tokenValue(access: FieldAccess, text: string | undefined): unknown {
  if (text === undefined || text === '') return null;
  switch (valueShape(access.field)) {
    case 'dateTime': {
      const date = parsePagingDate(text);
      return date ? `${date.toISOString().slice(0, 19)}Z` : text;
    }
    case 'number':
    case 'integer':
    case 'lookup':
    case 'user':
      return access.direct ? Number(text) : text;
    case 'boolean':
      return text === '1';
    default:
      return access.field.internalName === 'ID' ? Number(text) : text;
  }
}
