import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../context';
import { checkTitleLength } from '../model/limits';
import { SpErrorFactory } from '../errors/SpErrorFactory';
import type { ListRecord } from '../model/records';
import { percentDecode } from '../odata/path';
import type { ResourceFamily } from '../router/family';
import { unsupportedMethod, unsupportedSegment } from '../router/unsupported';
import type { Resource } from '../router/resources';
import { newList } from '../schema/newList';
import type { SpResponse } from '../response';
import { collectionQueryResponse } from './collection';
import { project } from './entity';
import { requirePermission, stringArgument } from './guards';
import { deleted, entityResponse, jsonBody, noContent, valueResponse } from './http';
import { checkIfMatch } from './etag';
import { canSeeList } from './access';
import { checkWriteBody } from '../entities/entityRules';
import { describeList } from '../entities/list';

/** Lists and libraries: `web/lists`, `getByTitle`, `lists('<id>')`, `getList(url)`; create, update, delete. */
export const listsFamily: ResourceFamily = {
  navigate(resource, segment, ctx) {
    const name = segment.name.toLowerCase();
    if (resource.kind === 'web') {
      if (name === 'lists')
        return segment.key !== undefined ? listResource(ctx, byId(ctx, segment.key)) : { kind: 'lists' };
      if (name === 'getlist') return listResource(ctx, byUrl(ctx, stringArgument(segment.key, 'strUrl')));
    }
    if (resource.kind === 'lists') {
      if (name === 'getbytitle') {
        const title = stringArgument(segment.key, 'title');
        const list = ctx.store.listByTitle(title);
        if (!list || !canSeeList(ctx, list))
          throw SpErrorFactory.listNotFoundByTitle({ title, webUrl: ctx.site.webUrl });
        return { kind: 'list', list };
      }
      if (name === 'getbyid') return listResource(ctx, byId(ctx, segment.key));
    }
    if (resource.kind === 'list') {
      if (name === 'parentweb') return { kind: 'web' };
      if (name === 'recycle')
        return { kind: 'operation', name: 'Recycle', run: (c) => recycleList(c, resource.list) };
    }
    return undefined;
  },

  handle(resource, ctx) {
    if (resource.kind === 'lists') return handleLists(ctx);
    if (resource.kind === 'list') return handleList(ctx, resource.list);
    return undefined;
  },

  describe(resource, ctx) {
    return resource.kind === 'list' ? describeList(ctx, resource.list) : undefined;
  },
};

function listResource(ctx: RequestContext, list: ListRecord | undefined): Resource {
  if (!list || !canSeeList(ctx, list)) throw SpErrorFactory.listNotFound();
  return { kind: 'list', list };
}

function byId(ctx: RequestContext, key: unknown): ListRecord | undefined {
  const id = stringArgument(key, 'id').replace(/[{}]/g, '').toLowerCase();
  return ctx.store.list(id);
}

/**
 * `getList(strUrl)`: the list whose root folder is at a server-relative URL (SPWeb.GetList, "the server-relative
 * URL to the root folder of a list", https://learn.microsoft.com/previous-versions/office/sharepoint-server/ms441870(v=office.15)).
 * An absolute URL counts by its path; one without a leading slash is server-relative all the same
 * (`sites/x/Lists/Y`, which PnPjs passes on as it is given).
 */
function byUrl(ctx: RequestContext, url: string): ListRecord | undefined {
  const decoded = percentDecode(url.replace(/^https?:\/\/[^/]+/i, '')).replace(/\/+$/, '');
  const path = (decoded.startsWith('/') ? decoded : `/${decoded}`).toLowerCase();
  return ctx.store.lists().find((list) => list.rootFolderUrl.toLowerCase() === path);
}

function handleLists(ctx: RequestContext): SpResponse {
  if (ctx.method === 'GET') {
    requirePermission(ctx, { kind: 'web' }, 'Open');
    const lists = ctx.store.lists().filter((list) => canSeeList(ctx, list));
    return collectionQueryResponse(
      ctx,
      lists.map((list) => describeList(ctx, list)),
      {
        query: ctx.query,
        metadata: 'SP.ApiData.Lists',
      },
    );
  }
  if (ctx.method !== 'POST') throw unsupportedMethod(ctx, 'SP.ListCollection');
  requirePermission(ctx, { kind: 'web' }, 'ManageLists');
  const list = createList(ctx, jsonBody(ctx));
  const entity = describeList(ctx, list);
  return entityResponse(ctx, project(ctx, entity, {}), {
    status: 201,
    headers: { ETag: `"${list.version}"`, Location: entity.meta.uri },
  });
}

function createList(ctx: RequestContext, body: Record<string, unknown>): ListRecord {
  checkWriteBody('SP.List', body, { creating: true });
  const title = body.Title;
  if (typeof title !== 'string' || title.trim() === '') {
    throw SpErrorFactory.invalidArgument({ message: 'The list title must not be empty.' });
  }
  checkTitleLength(title, 'list title');
  const template = body.BaseTemplate === undefined ? 100 : Number(body.BaseTemplate);
  if (template !== 100 && template !== 101) {
    throw unsupportedSegment(ctx, 'lists', `BaseTemplate ${String(body.BaseTemplate)} (100, 101)`);
  }
  if (ctx.store.listByTitle(title)) throw SpErrorFactory.listAlreadyExists();
  const { list, fields, view } = newList(
    {
      title,
      description: typeof body.Description === 'string' ? body.Description : '',
      baseTemplate: template,
      hidden: body.Hidden === true,
      // New SharePoint Online lists keep versions by default.
      enableVersioning: body.EnableVersioning !== false,
      contentTypesEnabled: body.ContentTypesEnabled === true,
      allowContentTypes: body.AllowContentTypes !== false,
    },
    {
      webServerRelativeUrl: ctx.store.web().serverRelativeUrl,
      now: ctx.now.toISOString(),
      takenUrlNames: new Set(ctx.store.lists().map((l) => l.urlName.toLowerCase())),
    },
  );
  const withSecurity = applySecuritySettings(list, body);
  ctx.store.putList(withSecurity);
  for (const field of fields) ctx.store.putField(field);
  ctx.store.putView(view);
  return withSecurity;
}

function applySecuritySettings(list: ListRecord, body: Record<string, unknown>): ListRecord {
  const read = body.ReadSecurity === undefined ? list.readSecurity : Number(body.ReadSecurity);
  const write = body.WriteSecurity === undefined ? list.writeSecurity : Number(body.WriteSecurity);
  if (![1, 2].includes(read))
    throw SpErrorFactory.invalidArgument({ message: 'ReadSecurity must be 1 or 2.' });
  if (![1, 2, 4].includes(write))
    throw SpErrorFactory.invalidArgument({ message: 'WriteSecurity must be 1, 2 or 4.' });
  return { ...list, readSecurity: read, writeSecurity: write };
}

function handleList(ctx: RequestContext, list: ListRecord): SpResponse {
  const securable = { kind: 'list', listId: list.id } as const;
  switch (ctx.method) {
    case 'GET':
      return entityResponse(ctx, project(ctx, describeList(ctx, list), ctx.query));
    case 'MERGE':
    case 'PATCH': {
      requirePermission(ctx, securable, 'ManageLists');
      checkIfMatch(ctx, { version: list.version, current: `"${list.version}"` });
      const body = jsonBody(ctx);
      checkWriteBody('SP.List', body);
      const title = typeof body.Title === 'string' ? body.Title : list.title;
      checkTitleLength(title, 'list title');
      const other = ctx.store.listByTitle(title);
      if (other && other.id !== list.id) throw SpErrorFactory.listAlreadyExists();
      const updated = applySecuritySettings(
        {
          ...list,
          title,
          description: typeof body.Description === 'string' ? body.Description : list.description,
          hidden: typeof body.Hidden === 'boolean' ? body.Hidden : list.hidden,
          enableVersioning:
            typeof body.EnableVersioning === 'boolean' ? body.EnableVersioning : list.enableVersioning,
          contentTypesEnabled:
            typeof body.ContentTypesEnabled === 'boolean'
              ? body.ContentTypesEnabled
              : list.contentTypesEnabled,
          version: list.version + 1,
        },
        body,
      );
      ctx.store.putList(updated);
      return noContent({ ETag: `"${updated.version}"` });
    }
    case 'DELETE':
      requirePermission(ctx, securable, 'ManageLists');
      checkIfMatch(ctx, { version: list.version, current: `"${list.version}"` });
      ctx.store.deleteList(list.id);
      return deleted();
    default:
      throw unsupportedMethod(ctx, 'SP.List');
  }
}

function recycleList(ctx: RequestContext, list: ListRecord): SpResponse {
  if (ctx.method !== 'POST') throw unsupportedMethod(ctx, 'SP.List.recycle');
  requirePermission(ctx, { kind: 'list', listId: list.id }, 'ManageLists');
  ctx.store.deleteList(list.id);
  return valueResponse(ctx, randomUUID(), { name: 'Recycle', type: 'Edm.Guid' });
}
