import type { RequestContext } from '../context';
import { unservedName } from '../entities/entityRules';
import { compareFieldValues, evaluateFilter, referencedFields } from '../odata/filter';
import type { QueryOptions } from '../odata/query';
import type { SpResponse } from '../response';
import { project, propertyValue, type Entity } from './entity';
import { collectionResponse } from './http';

/**
 * Answers a GET of a non-item collection (lists, fields, views, users, groups, role definitions...) with
 * `$filter`, `$orderby`, `$top`, `$skip`, `$select` and `$expand` applied to the entities' properties.
 * @throws SpError for a property the entities do not serve: 501 when documented, 400 when not.
 */
export function collectionQueryResponse(
  ctx: RequestContext,
  entities: Entity[],
  options: { query: QueryOptions; metadata: string },
): SpResponse {
  const { query } = options;
  let rows = entities;
  if (query.filter) {
    const filter = query.filter;
    if (rows[0]) for (const path of referencedFields(filter)) requireProperty(rows[0], path[0]!);
    rows = rows.filter((entity) => evaluateFilter(filter, (path) => propertyValue(entity, path[0]!).value));
  }
  if (query.orderby && query.orderby.length > 0) {
    const keys = query.orderby;
    if (rows[0]) for (const key of keys) requireProperty(rows[0], key.field[0]!);
    rows = [...rows].sort((a, b) => {
      for (const key of keys) {
        const order = compareFieldValues(
          propertyValue(a, key.field[0]!).value,
          propertyValue(b, key.field[0]!).value,
        );
        if (order !== 0) return key.descending ? -order : order;
      }
      return 0;
    });
  }
  if (query.skip !== undefined) rows = rows.slice(query.skip);
  if (query.top !== undefined) rows = rows.slice(0, query.top);
  const projection = { select: query.select, expand: query.expand };
  return collectionResponse(
    ctx,
    rows.map((entity) => project(ctx, entity, projection)),
    { metadata: options.metadata },
  );
}

function requireProperty(entity: Entity, name: string): void {
  if (!propertyValue(entity, name).found) throw unservedName(entity.meta.type, name);
}
