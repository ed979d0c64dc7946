import type { RequestContext } from '../context';
import { collectionQueryResponse } from '../handlers/collection';
import { findName, project, type Entity } from '../handlers/entity';
import { entityResponse, valueResponse } from '../handlers/http';
import { filesFamily } from '../handlers/files';
import { fieldsFamily } from '../handlers/fields';
import { groupsFamily } from '../handlers/groups';
import { itemsFamily } from '../handlers/items';
import { listsFamily } from '../handlers/lists';
import { securityFamily } from '../handlers/security';
import { usersFamily } from '../handlers/users';
import { viewsFamily } from '../handlers/views';
import { webFamily } from '../handlers/web';
import { parsePath, type PathSegment } from '../odata/path';
import { SpErrorFactory } from '../errors/SpErrorFactory';
import { unservedName } from '../entities/entityRules';
import { entityTypeSpec } from '../entities/entityTypes';
import type { SpResponse } from '../response';
import type { ResourceFamily } from './family';
import type { Resource } from './resources';
import { unsupportedMethod, unsupportedSegment } from './unsupported';

// Order matters only for segments two families could claim; security (role assignments, permissions) comes
// after the families whose entities it secures.
const FAMILIES: readonly ResourceFamily[] = [
  webFamily,
  listsFamily,
  fieldsFamily,
  viewsFamily,
  itemsFamily,
  filesFamily,
  usersFamily,
  groupsFamily,
  securityFamily,
];

/** Resource kinds that are collections: a key on the segment that reached them must pick one member. */
const COLLECTIONS: ReadonlySet<Resource['kind']> = new Set([
  'lists',
  'fields',
  'views',
  'viewFields',
  'items',
  'folders',
  'files',
  'siteUsers',
  'userGroups',
  'siteGroups',
  'groupUsers',
  'roleDefinitions',
  'roleAssignments',
  'roleBindings',
  'recycleBin',
  'entities',
]);

/**
 * The one router: resolves the path after `/_api/` segment by segment through the resource families, then
 * lets the family of the last resource answer. `$batch` parts come through here too.
 * @throws SpError (or an OData parse error) for anything SharePoint would refuse.
 */
export function route(ctx: RequestContext): SpResponse {
  if (ctx.settings.strict && ctx.query.unsupported.length > 0) {
    throw unsupportedSegment(ctx, ctx.query.unsupported[0]!, ctx.query.unsupported.join(', '));
  }
  const segments = parsePath(ctx.apiPath, ctx.url.searchParams);
  let resource: Resource = { kind: 'root' };
  for (const segment of segments) {
    if (resource.kind === 'operation' || resource.kind === 'property')
      throw unsupportedSegment(ctx, segment.name);
    resource =
      navigate(resource, segment, ctx) ??
      navigationOf(resource, segment, ctx) ??
      propertyOf(resource, segment, ctx) ??
      fail(ctx, segment);
    if (segment.key !== undefined && COLLECTIONS.has(resource.kind)) {
      // A key on a collection that no family resolved to one member: answering the whole collection would ignore
      // the key, so say the indexer is not modelled instead.
      throw unsupportedSegment(ctx, segment.name, `the key of '${segment.name}(…)' (/_api/${ctx.apiPath})`);
    }
  }
  if (resource.kind === 'operation') return resource.run(ctx);
  if (resource.kind === 'property') {
    if (ctx.method !== 'GET') throw unsupportedMethod(ctx, `the property ${resource.name}`);
    return valueResponse(ctx, resource.value(), { name: resource.name });
  }
  if (resource.kind === 'entity') {
    if (ctx.method !== 'GET') throw unsupportedMethod(ctx, resource.entity.meta.type);
    return entityResponse(ctx, project(ctx, resource.entity, ctx.query));
  }
  if (resource.kind === 'entities') {
    if (ctx.method !== 'GET') throw unsupportedMethod(ctx, `the collection ${resource.name}`);
    const metadata = resource.entities[0]?.meta.metadata?.replace(/\/@Element$/, '') ?? resource.name;
    return collectionQueryResponse(ctx, resource.entities, { query: ctx.query, metadata });
  }
  for (const family of FAMILIES) {
    const response = family.handle(resource, ctx);
    if (response) return response;
  }
  throw unsupportedSegment(ctx, segments[segments.length - 1]?.name ?? '_api');
}

/** The entity a resource stands for, when it is one (used for property paths and by handlers). */
export function describeResource(resource: Resource, ctx: RequestContext): Entity | undefined {
  if (resource.kind === 'entity') return resource.entity;
  for (const family of FAMILIES) {
    const entity = family.describe?.(resource, ctx);
    if (entity) return entity;
  }
  return undefined;
}

/**
 * The entity a resource stands for; what `RequestContext.describe` calls.
 * @throws SpError (500) when no family describes the resource, which is a fault of the emulator.
 */
export function describeEntity(resource: Resource, ctx: RequestContext): Entity {
  const entity = describeResource(resource, ctx);
  if (!entity) throw SpErrorFactory.internal({ detail: `no family describes a '${resource.kind}' resource` });
  return entity;
}

function navigate(resource: Resource, segment: PathSegment, ctx: RequestContext): Resource | undefined {
  for (const family of FAMILIES) {
    const next = family.navigate(resource, segment, ctx);
    if (next) return next;
  }
  return undefined;
}

/**
 * A navigation property the table marks expandable (`entities/entityTypes.ts`) and no family navigates, followed
 * by its path as `$expand` resolves it: `web/ParentWeb`, `items(1)/ParentList`. Null answers `{"odata.null":true}`.
 */
function navigationOf(resource: Resource, segment: PathSegment, ctx: RequestContext): Resource | undefined {
  if (segment.key !== undefined || segment.args !== undefined) return undefined;
  const entity = describeResource(resource, ctx);
  const spec = entity && entityTypeSpec(entity.meta.type);
  const name = spec ? findName(spec.expandable, segment.name) : undefined;
  const navigation = name === undefined ? undefined : entity?.navigation?.[name];
  if (!navigation || name === undefined) return undefined;
  const value = navigation.resolve();
  if (value === null) return { kind: 'property', name, value: () => null };
  return Array.isArray(value)
    ? { kind: 'entities', name, entities: value }
    : { kind: 'entity', entity: value };
}

function propertyOf(resource: Resource, segment: PathSegment, ctx: RequestContext): Resource | undefined {
  if (segment.key !== undefined || segment.args !== undefined) return undefined;
  const entity = describeResource(resource, ctx);
  if (!entity) return undefined;
  const prop = findName(Object.keys(entity.props), segment.name);
  if (prop !== undefined) return { kind: 'property', name: prop, value: () => entity.props[prop] };
  const selectable = entity.selectable && findName(Object.keys(entity.selectable), segment.name);
  if (selectable !== undefined)
    return { kind: 'property', name: selectable, value: entity.selectable![selectable]! };
  // A documented property the emulator does not model is 501 naming it, in either mode; a navigation property
  // or anything else is left to `fail` (501 naming --loose, or SharePoint's 404 in loose mode).
  const spec = entityTypeSpec(entity.meta.type);
  const documented = spec ? findName(spec.properties, segment.name) : undefined;
  if (documented) throw unservedName(entity.meta.type, documented);
  return undefined;
}

function fail(ctx: RequestContext, segment: PathSegment): never {
  throw unsupportedSegment(ctx, segment.name);
}
