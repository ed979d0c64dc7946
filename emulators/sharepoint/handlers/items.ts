import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../context';
import { SpErrorFactory } from '../errors/SpErrorFactory';
import type { ItemRecord, ListRecord } from '../model/records';
import { parseViewQuery, type ViewScope } from '../odata/caml';
import { nextLink, parseSkipToken } from '../odata/query';
import type { ResourceFamily } from '../router/family';
import { unsupportedMethod } from '../router/unsupported';
import { contentTypeIdFor } from '../schema/newList';
import { describeItem } from '../items/itemEntity';
import { encodeItemPage } from '../items/itemProjection';
import { ListSchema } from '../items/ListSchema';
import { MAX_PAGE_SIZE, queryItems, type ItemQuery } from '../items/query';
import { checkUniqueValues, defaultValues, valuesFromBody } from '../items/writeValues';
import { addItem, deleteItem, itemETag, stamp, touchItem } from '../items/itemWrites';
import type { SpResponse } from '../response';
import { project } from './entity';
import { addValidateUpdateItemUsingPath, validateUpdateListItem } from './formUpdates';
import { checkIfMatch } from './etag';
import { integerArgument, requirePermission } from './guards';
import {
  deleted,
  encodedCollectionResponse,
  entityResponse,
  jsonBody,
  noContent,
  valueResponse,
} from './http';

/** List items: query (filter, order, paging, threshold), get, add, MERGE with IF-MATCH, delete, recycle; CAML `getitems`. */
export const itemsFamily: ResourceFamily = {
  navigate(resource, segment, ctx) {
    const name = segment.name.toLowerCase();
    if (resource.kind === 'list') {
      const list = resource.list;
      if (name === 'items') {
        return segment.key !== undefined
          ? { kind: 'item', list, item: readableItem(ctx, list, segment.key) }
          : { kind: 'items', list };
      }
      if (name === 'getitembyid') return { kind: 'item', list, item: readableItem(ctx, list, segment.key) };
      if (name === 'getitems') return { kind: 'operation', name: 'GetItems', run: (c) => camlQuery(c, list) };
      if (name === 'addvalidateupdateitemusingpath') {
        return {
          kind: 'operation',
          name: 'AddValidateUpdateItemUsingPath',
          run: (c) => addValidateUpdateItemUsingPath(c, list),
        };
      }
    }
    if (resource.kind === 'items' && name === 'getbyid') {
      return { kind: 'item', list: resource.list, item: readableItem(ctx, resource.list, segment.key) };
    }
    if (resource.kind === 'item' && name === 'validateupdatelistitem') {
      const { list, item } = resource;
      return {
        kind: 'operation',
        name: 'ValidateUpdateListItem',
        run: (c) => validateUpdateListItem(c, list, item),
      };
    }
    if (resource.kind === 'item' && name === 'recycle') {
      const { list, item } = resource;
      return { kind: 'operation', name: 'Recycle', run: (c) => removeItem(c, list, item, { recycle: true }) };
    }
    return undefined;
  },

  handle(resource, ctx) {
    if (resource.kind === 'items') return handleItems(ctx, resource.list);
    if (resource.kind === 'item') return handleItem(ctx, resource.list, resource.item);
    return undefined;
  },

  describe(resource, ctx) {
    return resource.kind === 'item'
      ? describeItem(ctx, new ListSchema(resource.list, ctx.store), resource.item)
      : undefined;
  },
};

/** The item with this id, if the user may read it; SharePoint answers 404 for both missing and hidden items. */
export function readableItem(ctx: RequestContext, list: ListRecord, key: unknown): ItemRecord {
  const item = ctx.store.item(list.id, integerArgument(key, 'id'));
  if (!item || !ctx.security.canRead(list, item)) throw SpErrorFactory.itemNotFound();
  return item;
}

function handleItems(ctx: RequestContext, list: ListRecord): SpResponse {
  const schema = new ListSchema(list, ctx.store);
  if (ctx.method === 'GET') {
    const query: ItemQuery = {
      filter: ctx.query.filter,
      orderBy: ctx.query.orderby ?? [],
      top: ctx.query.top,
      skipToken: ctx.query.skiptoken,
    };
    const page = queryItems(ctx, schema, query);
    const projection = { select: ctx.query.select, expand: ctx.query.expand };
    const resourceUrl = `${ctx.url.origin}${ctx.url.pathname}`;
    return encodedCollectionResponse(ctx, encodeItemPage(ctx, schema, page.items, projection), {
      metadata: `SP.ListData.${list.entityTypeName}Items`,
      ...(page.next && { nextLink: nextLink(resourceUrl, ctx.url.searchParams, page.next) }),
    });
  }
  if (ctx.method !== 'POST') throw unsupportedMethod(ctx, 'SP.ListItemCollection');
  requirePermission(ctx, { kind: 'list', listId: list.id }, 'AddListItems');
  if (list.baseType === 1) {
    throw SpErrorFactory.invalidArgument({
      message: 'To add an item to a document library, use SPFileCollection.Add()',
    });
  }
  const values = { ...defaultValues(ctx, schema), ...valuesFromBody(ctx, schema, jsonBody(ctx)) };
  const item = addItem(ctx, list, {
    values,
    contentTypeId: contentTypeIdFor(list, 'item'),
    folderUrl: list.rootFolderUrl,
  });
  checkUniqueValues(ctx, schema, item);
  const entity = describeItem(ctx, schema, item);
  return entityResponse(ctx, project(ctx, entity, {}), {
    status: 201,
    headers: { ETag: itemETag(item), Location: entity.meta.uri },
  });
}

function handleItem(ctx: RequestContext, list: ListRecord, item: ItemRecord): SpResponse {
  const schema = new ListSchema(list, ctx.store);
  switch (ctx.method) {
    case 'GET':
      return entityResponse(ctx, project(ctx, describeItem(ctx, schema, item), ctx.query));
    case 'MERGE':
    case 'PATCH':
    case 'PUT': {
      if (!ctx.security.canWrite(list, item, 'EditListItems')) throw SpErrorFactory.accessDenied();
      checkIfMatch(ctx, { version: item.version, current: itemETag(item) });
      const values = valuesFromBody(ctx, schema, jsonBody(ctx));
      // PUT replaces: the list's own columns it leaves out are cleared.
      const base = ctx.method === 'PUT' ? {} : item.values;
      const updated = touchItem(ctx, { list, item, change: { values: { ...base, ...values } } });
      checkUniqueValues(ctx, schema, updated);
      return noContent({ ETag: itemETag(updated) });
    }
    case 'DELETE':
      return removeItem(ctx, list, item, { recycle: false });
    default:
      throw unsupportedMethod(ctx, 'SP.ListItem');
  }
}

function removeItem(
  ctx: RequestContext,
  list: ListRecord,
  item: ItemRecord,
  options: { recycle: boolean },
): SpResponse {
  if (ctx.method !== (options.recycle ? 'POST' : 'DELETE'))
    throw unsupportedMethod(ctx, 'SP.ListItem.Recycle');
  if (!ctx.security.canWrite(list, item, 'DeleteListItems')) throw SpErrorFactory.accessDenied();
  if (!options.recycle) checkIfMatch(ctx, { version: item.version, current: itemETag(item) });
  deleteItem(ctx, list, item);
  if (!options.recycle) return deleted();
  const id = randomUUID();
  ctx.store.putRecycleBinItem({
    id,
    listId: list.id,
    itemId: item.id,
    title: String(item.values.Title ?? item.file?.name ?? item.leafName ?? item.id),
    deletedById: ctx.user.id,
    deletedDate: stamp(ctx),
    item,
  });
  return valueResponse(ctx, id, { name: 'Recycle', type: 'Edm.Guid' });
}

/**
 * `POST getitems` (PnPjs `getItemsByCAMLQuery`): body `{"query":{"ViewXml", "FolderServerRelativeUrl"?,
 * "ListItemCollectionPosition"?:{"PagingInfo":"Paged=TRUE&p_ID=…"}}}`. The view's `Scope` decides which folders
 * it reaches (SP.CamlQuery: without a scope only the folder's own items and subfolders, as SPQuery does);
 * `PagingInfo` continues after a row as `$skiptoken` does.
 */
function camlQuery(ctx: RequestContext, list: ListRecord): SpResponse {
  if (ctx.method !== 'POST') throw unsupportedMethod(ctx, 'SP.List.GetItems');
  const body = jsonBody(ctx);
  const query = (body.query ?? {}) as {
    ViewXml?: unknown;
    FolderServerRelativeUrl?: unknown;
    ListItemCollectionPosition?: { PagingInfo?: unknown } | null;
  };
  const viewXml = typeof query.ViewXml === 'string' ? query.ViewXml : '<View/>';
  const caml = parseViewQuery(viewXml, { currentUserId: ctx.user.id, now: ctx.now });
  const schema = new ListSchema(list, ctx.store);
  const folder =
    typeof query.FolderServerRelativeUrl === 'string' && query.FolderServerRelativeUrl !== ''
      ? query.FolderServerRelativeUrl.replace(/\/+$/, '').toLowerCase()
      : list.rootFolderUrl.toLowerCase();
  if (folder !== list.rootFolderUrl.toLowerCase() && ctx.store.folderItemId(list.id, folder) === undefined)
    throw SpErrorFactory.fileNotFound();
  const pagingInfo = query.ListItemCollectionPosition?.PagingInfo;
  // Without a RowLimit, getitems returns every matching item (up to SharePoint's 5000 per query).
  const page = queryItems(ctx, schema, {
    filter: caml.where,
    orderBy: caml.orderBy,
    top: caml.rowLimit,
    pageSize: caml.rowLimit ?? MAX_PAGE_SIZE,
    within: inScope(caml.scope, folder),
    ...(typeof pagingInfo === 'string' && pagingInfo !== '' && { skipToken: parseSkipToken(pagingInfo) }),
  });
  const projection = { select: ctx.query.select, expand: ctx.query.expand };
  return encodedCollectionResponse(ctx, encodeItemPage(ctx, schema, page.items, projection), {
    metadata: `SP.ListData.${list.entityTypeName}Items`,
  });
}

/** Whether an item is in reach of a view scope from a folder (lower-cased server-relative URL). */
function inScope(scope: ViewScope, folder: string): (item: ItemRecord) => boolean {
  const below = (item: ItemRecord): boolean => {
    const where = item.folderUrl.toLowerCase();
    return where === folder || where.startsWith(`${folder}/`);
  };
  const isFolder = (item: ItemRecord): boolean => item.fileSystemObjectType === 1;
  switch (scope) {
    case 'Default':
      return (item) => item.folderUrl.toLowerCase() === folder;
    case 'FilesOnly':
      return (item) => item.folderUrl.toLowerCase() === folder && !isFolder(item);
    case 'Recursive':
      return (item) => below(item) && !isFolder(item);
    case 'RecursiveAll':
      return below;
  }
}
