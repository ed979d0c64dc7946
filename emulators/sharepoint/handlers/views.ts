import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../context';
import { checkTitleLength } from '../model/limits';
import { SpErrorFactory } from '../errors/SpErrorFactory';
import type { ListRecord, ViewRecord } from '../model/records';
import { parseViewQuery } from '../odata/caml';
import type { ResourceFamily } from '../router/family';
import { unsupportedMethod } from '../router/unsupported';
import type { SpResponse } from '../response';
import { collectionQueryResponse } from './collection';
import { project } from './entity';
import { integerArgument, requirePermission, stringArgument } from './guards';
import { deleted, entityResponse, jsonBody, noContent, voidResponse } from './http';
import { requireListAccess } from './access';
import { checkWriteBody } from '../entities/entityRules';
import { describeView, describeViewFields, viewFieldsXml } from '../entities/view';

/** Views of a list: add with a CAML `ViewQuery`, update, `SetViewXml`, and their view fields. */
export const viewsFamily: ResourceFamily = {
  navigate(resource, segment, ctx) {
    const name = segment.name.toLowerCase();
    if (resource.kind === 'list') {
      if (name === 'views') {
        if (segment.key !== undefined)
          return { kind: 'view', list: resource.list, view: viewById(ctx, resource.list, segment.key) };
        return { kind: 'views', list: resource.list };
      }
      if (name === 'defaultview') {
        const view = ctx.store.views(resource.list.id).find((v) => v.defaultView);
        if (!view) throw SpErrorFactory.invalidArgument({ message: 'The list has no default view.' });
        return { kind: 'view', list: resource.list, view };
      }
    }
    if (resource.kind === 'views') {
      if (name === 'getbyid')
        return { kind: 'view', list: resource.list, view: viewById(ctx, resource.list, segment.key) };
      if (name === 'getbytitle') {
        const title = stringArgument(segment.key, 'strTitle').toLowerCase();
        const view = ctx.store.views(resource.list.id).find((v) => v.title.toLowerCase() === title);
        if (!view) throw SpErrorFactory.invalidArgument({ message: 'The specified view is invalid.' });
        return { kind: 'view', list: resource.list, view };
      }
    }
    if (resource.kind === 'view') {
      const { list, view } = resource;
      if (name === 'viewfields' || name === 'fields') return { kind: 'viewFields', list, view };
      if (name === 'setviewxml')
        return { kind: 'operation', name: 'SetViewXml', run: (c) => setViewXml(c, list, view) };
    }
    if (resource.kind === 'viewFields') {
      const { list, view } = resource;
      switch (name) {
        case 'addviewfield':
          return op('AddViewField', (c) =>
            changeViewFields(c, {
              list,
              view,
              change: (fields) => [...fields, existingField(c, list, segment.key)],
            }),
          );
        case 'removeviewfield':
          return op('RemoveViewField', (c) =>
            changeViewFields(c, {
              list,
              view,
              change: (fields) => {
                const removed = stringArgument(segment.key, 'strField').toLowerCase();
                return fields.filter((f) => f.toLowerCase() !== removed);
              },
            }),
          );
        case 'removeallviewfields':
          return op('RemoveAllViewFields', (c) => changeViewFields(c, { list, view, change: () => [] }));
        case 'moveviewfieldto':
          return op('MoveViewFieldTo', (c) => {
            const body = jsonBody(c);
            const field = stringArgument(body.field, 'field').toLowerCase();
            const index = integerArgument(body.index, 'index');
            return changeViewFields(c, {
              list,
              view,
              change: (fields) => {
                const current = fields.find((f) => f.toLowerCase() === field);
                if (current === undefined) throw SpErrorFactory.columnNotFound({ name: String(body.field) });
                const rest = fields.filter((f) => f !== current);
                rest.splice(Math.max(0, Math.min(index, rest.length)), 0, current);
                return rest;
              },
            });
          });
        case 'schemaxml':
          return { kind: 'property', name: 'SchemaXml', value: () => viewFieldsXml(view) };
        default:
          return undefined;
      }
    }
    return undefined;
  },

  handle(resource, ctx) {
    if (resource.kind === 'views') return handleViews(ctx, resource.list);
    if (resource.kind === 'view') return handleView(ctx, resource.list, resource.view);
    if (resource.kind === 'viewFields') {
      if (ctx.method !== 'GET') throw unsupportedMethod(ctx, 'SP.ViewFieldCollection');
      requireListAccess(ctx, resource.list);
      return entityResponse(
        ctx,
        project(ctx, describeViewFields(ctx, resource.list, resource.view), ctx.query),
      );
    }
    return undefined;
  },

  describe(resource, ctx) {
    if (resource.kind === 'view') return describeView(ctx, resource.list, resource.view);
    if (resource.kind === 'viewFields') return describeViewFields(ctx, resource.list, resource.view);
    return undefined;
  },
};

function op(
  name: string,
  run: (ctx: RequestContext) => SpResponse,
): { kind: 'operation'; name: string; run: (ctx: RequestContext) => SpResponse } {
  return {
    kind: 'operation',
    name,
    run: (ctx) => {
      if (ctx.method !== 'POST') throw unsupportedMethod(ctx, `SP.ViewFieldCollection.${name}`);
      return run(ctx);
    },
  };
}

function viewById(ctx: RequestContext, list: ListRecord, key: unknown): ViewRecord {
  const id = stringArgument(key, 'id').replace(/[{}]/g, '').toLowerCase();
  const view = ctx.store.views(list.id).find((v) => v.id === id);
  if (!view) throw SpErrorFactory.invalidArgument({ message: 'The specified view is invalid.' });
  return view;
}

function existingField(ctx: RequestContext, list: ListRecord, key: unknown): string {
  const name = stringArgument(key, 'strField');
  const lower = name.toLowerCase();
  const field = ctx.store
    .fields(list.id)
    .find((f) => f.internalName.toLowerCase() === lower || f.title.toLowerCase() === lower);
  if (!field) throw SpErrorFactory.columnNotFound({ name });
  return field.internalName;
}

function requireViewChange(
  ctx: RequestContext,
  { list, personal }: { list: ListRecord; personal: boolean },
): void {
  requirePermission(ctx, { kind: 'list', listId: list.id }, personal ? 'ManagePersonalViews' : 'ManageLists');
}

function validateQuery(ctx: RequestContext, viewQuery: string): void {
  if (viewQuery.trim() !== '') parseViewQuery(viewQuery, { currentUserId: ctx.user.id, now: ctx.now });
}

function handleViews(ctx: RequestContext, list: ListRecord): SpResponse {
  if (ctx.method === 'GET') {
    requireListAccess(ctx, list);
    return collectionQueryResponse(
      ctx,
      ctx.store.views(list.id).map((view) => describeView(ctx, list, view)),
      {
        query: ctx.query,
        metadata: 'SP.ApiData.Views',
      },
    );
  }
  if (ctx.method !== 'POST') throw unsupportedMethod(ctx, 'SP.ViewCollection');
  const body = jsonBody(ctx);
  checkWriteBody('SP.View', body, { creating: true });
  const personal = body.PersonalView === true;
  requireViewChange(ctx, { list, personal });
  const title = body.Title;
  if (typeof title !== 'string' || title.trim() === '')
    throw SpErrorFactory.invalidArgument({ message: 'The view title must not be empty.' });
  checkTitleLength(title, 'view title');
  const viewQuery = typeof body.ViewQuery === 'string' ? body.ViewQuery : '';
  validateQuery(ctx, viewQuery);
  const existing = ctx.store.views(list.id);
  const id = randomUUID();
  // SharePoint names the view's page after its title without spaces and characters a URL cannot hold.
  const fileName = title.replace(/[^\p{L}\p{N}_-]/gu, '') || id.slice(0, 8);
  const view: ViewRecord = {
    id,
    listId: list.id,
    title,
    personalView: personal,
    defaultView: body.DefaultView === true,
    hidden: body.Hidden === true,
    viewQuery,
    rowLimit: body.RowLimit === undefined ? 30 : integerArgument(body.RowLimit, 'RowLimit'),
    paged: body.Paged !== false,
    viewFields: viewFieldsFrom(ctx, list, body.ViewFields) ?? ['LinkTitle'],
    serverRelativeUrl: `${list.rootFolderUrl}${list.baseType === 1 ? '/Forms' : ''}/${fileName}.aspx`,
    order: existing.reduce((max, v) => Math.max(max, v.order), -1) + 1,
    extra: scopeOf(body, {}),
  };
  putView(ctx, list, view);
  const entity = describeView(ctx, list, view);
  return entityResponse(ctx, project(ctx, entity, {}), {
    status: 201,
    headers: { Location: entity.meta.uri },
  });
}

function handleView(ctx: RequestContext, list: ListRecord, view: ViewRecord): SpResponse {
  switch (ctx.method) {
    case 'GET':
      requireListAccess(ctx, list);
      return entityResponse(ctx, project(ctx, describeView(ctx, list, view), ctx.query));
    case 'MERGE':
    case 'PATCH': {
      requireViewChange(ctx, { list, personal: view.personalView });
      const body = jsonBody(ctx);
      checkWriteBody('SP.View', body);
      if (typeof body.Title === 'string') checkTitleLength(body.Title, 'view title');
      const viewQuery = typeof body.ViewQuery === 'string' ? body.ViewQuery : view.viewQuery;
      validateQuery(ctx, viewQuery);
      putView(ctx, list, {
        ...view,
        title: typeof body.Title === 'string' ? body.Title : view.title,
        viewQuery,
        rowLimit: body.RowLimit === undefined ? view.rowLimit : integerArgument(body.RowLimit, 'RowLimit'),
        defaultView:
          typeof body.DefaultView === 'boolean' ? body.DefaultView || view.defaultView : view.defaultView,
        paged: typeof body.Paged === 'boolean' ? body.Paged : view.paged,
        hidden: typeof body.Hidden === 'boolean' ? body.Hidden : view.hidden,
        viewFields: viewFieldsFrom(ctx, list, body.ViewFields) ?? view.viewFields,
        extra: scopeOf(body, view.extra),
      });
      return noContent();
    }
    case 'DELETE':
      requireViewChange(ctx, { list, personal: view.personalView });
      if (view.defaultView)
        throw SpErrorFactory.invalidArgument({ message: 'You cannot delete the default view of a list.' });
      ctx.store.deleteView(list.id, view.id);
      return deleted();
    default:
      throw unsupportedMethod(ctx, 'SP.View');
  }
}

function putView(ctx: RequestContext, list: ListRecord, view: ViewRecord): void {
  if (view.defaultView) {
    for (const other of ctx.store.views(list.id)) {
      if (other.id !== view.id && other.defaultView) ctx.store.putView({ ...other, defaultView: false });
    }
  }
  ctx.store.putView(view);
}

/**
 * A view's kept properties with the body's `Scope` (SP.ViewScope: 0 Default, 1 Recursive, 2 RecursiveAll,
 * 3 FilesOnly) applied. @throws SpError for a scope that is not one of those.
 */
function scopeOf(body: Record<string, unknown>, kept: ViewRecord['extra']): ViewRecord['extra'] {
  if (body.Scope === undefined) return kept;
  const scope = integerArgument(body.Scope, 'Scope');
  if (scope < 0 || scope > 3)
    throw SpErrorFactory.invalidArgument({ message: 'Scope must be 0, 1, 2 or 3 (SP.ViewScope).' });
  return { ...kept, Scope: scope };
}

function viewFieldsFrom(ctx: RequestContext, list: ListRecord, value: unknown): string[] | undefined {
  const names = Array.isArray(value)
    ? value
    : value !== null && typeof value === 'object' && Array.isArray((value as { results?: unknown }).results)
      ? (value as { results: unknown[] }).results
      : undefined;
  return names?.map((name) => existingField(ctx, list, name));
}

function changeViewFields(
  ctx: RequestContext,
  { list, view, change }: { list: ListRecord; view: ViewRecord; change: (fields: string[]) => string[] },
): SpResponse {
  requireViewChange(ctx, { list, personal: view.personalView });
  ctx.store.putView({ ...view, viewFields: change([...view.viewFields]) });
  return voidResponse(ctx, 'ViewFields');
}

function setViewXml(ctx: RequestContext, list: ListRecord, view: ViewRecord): SpResponse {
  if (ctx.method !== 'POST') throw unsupportedMethod(ctx, 'SP.View.SetViewXml');
  requireViewChange(ctx, { list, personal: view.personalView });
  const xml = jsonBody(ctx).viewXml;
  if (typeof xml !== 'string') throw SpErrorFactory.invalidArgument({ message: 'viewXml is required.' });
  const parsed = parseViewQuery(xml, { currentUserId: ctx.user.id, now: ctx.now });
  const query = /<Query>([\s\S]*)<\/Query>/.exec(xml)?.[1] ?? view.viewQuery;
  ctx.store.putView({
    ...view,
    viewQuery: query,
    viewFields:
      parsed.viewFields.length > 0
        ? parsed.viewFields.map((name) => existingField(ctx, list, name))
        : view.viewFields,
    rowLimit: parsed.rowLimit ?? view.rowLimit,
    // SP.ViewScope: Default 0, Recursive 1, RecursiveAll 2, FilesOnly 3.
    ...(/<View\b[^>]*\bScope=/i.test(xml) && {
      extra: {
        ...view.extra,
        Scope: ['Default', 'Recursive', 'RecursiveAll', 'FilesOnly'].indexOf(parsed.scope),
      },
    }),
  });
  return voidResponse(ctx, 'SetViewXml');
}
