import type { RequestContext } from '../context';
import type { Entity } from '../handlers/entity';
import type { PathSegment } from '../odata/path';
import type { SpResponse } from '../response';
import type { Resource } from './resources';

/** One family of resources (lists, items, users...): how its paths continue and how its resources answer. */
export interface ResourceFamily {
  /** The resource one segment further, or undefined when the segment is not this family's. */
  navigate(resource: Resource, segment: PathSegment, ctx: RequestContext): Resource | undefined;
  /** The answer for a resource of this family, or undefined when the resource is not this family's. */
  handle(resource: Resource, ctx: RequestContext): SpResponse | undefined;
  /** The entity behind a resource of this family, for property paths such as `web/Title`. */
  describe?(resource: Resource, ctx: RequestContext): Entity | undefined;
}
