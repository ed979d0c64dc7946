import type { RequestContext } from '../context';
import { SpErrorFactory } from '../errors/SpErrorFactory';
import {
  contentTypeFor,
  formatCollection,
  formatEncodedCollection,
  formatEntity,
  formatValue,
  type EntityMeta,
} from '../odata/format';
import { emptyResponse, type SpResponse } from '../response';
import { MAX_JSON_DEPTH, nestsDeeperThan } from './jsonDepth';

/**
 * The JSON body of a write, `{}` when empty.
 * @throws SpError when it is not a JSON object, or nests deeper than {@link MAX_JSON_DEPTH}.
 */
export function jsonBody(ctx: RequestContext): Record<string, unknown> {
  const text = ctx.body.toString('utf8').trim();
  if (text === '') return {};
  let value: unknown;
  try {
    // V8's JSON.parse does not recurse, so any depth is read safely; the depth is checked next.
    value = JSON.parse(text);
  } catch {
    throw SpErrorFactory.invalidJson();
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw SpErrorFactory.invalidJson();
  if (nestsDeeperThan(value, MAX_JSON_DEPTH)) throw SpErrorFactory.payloadTooDeep({ limit: MAX_JSON_DEPTH });
  return value as Record<string, unknown>;
}

/** A body's `parameters` object (SharePoint's `{"parameters":{…}}` method arguments), or the body itself. */
export function parametersOf(body: Record<string, unknown>): Record<string, unknown> {
  const parameters = body.parameters;
  return parameters !== null && typeof parameters === 'object' && !Array.isArray(parameters)
    ? (parameters as Record<string, unknown>)
    : body;
}

/** A JSON answer in the request's flavour. */
export function jsonResponse(
  ctx: RequestContext,
  body: unknown,
  options: { status?: number; headers?: Record<string, string> } = {},
): SpResponse {
  return {
    status: options.status ?? 200,
    headers: { 'Content-Type': contentTypeFor(ctx.flavour), ...options.headers },
    body: JSON.stringify(body),
  };
}

/** One entity. */
export function entityResponse(
  ctx: RequestContext,
  entity: { props: Record<string, unknown>; meta: EntityMeta },
  options: { status?: number; headers?: Record<string, string> } = {},
): SpResponse {
  return jsonResponse(ctx, formatEntity(ctx.flavour, entity.props, entity.meta, ctx.site.webUrl), options);
}

/** A collection. */
export function collectionResponse(
  ctx: RequestContext,
  entities: { props: Record<string, unknown>; meta: EntityMeta }[],
  options: { metadata: string; nextLink?: string },
): SpResponse {
  return jsonResponse(ctx, formatCollection(ctx.flavour, entities, { ...options, baseUrl: ctx.site.webUrl }));
}

/** A collection of entities already encoded (`encodeEntity`, `encodeItemPage`). */
export function encodedCollectionResponse(
  ctx: RequestContext,
  items: Record<string, unknown>[],
  options: { metadata: string; nextLink?: string },
): SpResponse {
  return jsonResponse(
    ctx,
    formatEncodedCollection(ctx.flavour, items, { ...options, baseUrl: ctx.site.webUrl }),
  );
}

/** A primitive, complex or null function/property result. */
export function valueResponse(
  ctx: RequestContext,
  value: unknown,
  options: { name: string; type?: string },
): SpResponse {
  return jsonResponse(ctx, formatValue(ctx.flavour, value, { ...options, baseUrl: ctx.site.webUrl }));
}

/** The 200 with `{"odata.null":true}` SharePoint answers void service operations with. */
export function voidResponse(ctx: RequestContext, name: string): SpResponse {
  return valueResponse(ctx, null, { name });
}

/** 204 No Content (MERGE), with headers such as ETag. */
export function noContent(headers: Record<string, string> = {}): SpResponse {
  return emptyResponse(204, headers);
}

/** The 200 with an empty body SharePoint answers a DELETE with. */
export function deleted(): SpResponse {
  return emptyResponse(200);
}
