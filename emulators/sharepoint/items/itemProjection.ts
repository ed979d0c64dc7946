import type { RequestContext } from '../context';
import type { ItemRecord } from '../model/records';
import { annotations, encodePropInto } from '../odata/encode';
import { deferred, expanded, type EntityMeta } from '../odata/format';
import { projectNested, type Projection } from '../handlers/entity';
import { planProjection, type PlanEntry } from '../handlers/projectionPlan';
import { itemMeta, itemNavigationLink, resolveItemNavigation } from './itemEntity';
import { itemShape, type ItemNavigationSource, type ItemReader } from './itemShape';
import type { ListSchema } from './ListSchema';

type Step = readonly [key: string, read: (item: ItemRecord, meta: EntityMeta) => unknown];

/**
 * A page of items as a collection answer sends them, encoded in the request's flavour: the same as
 * `encodeEntity(project(ctx, describeItem(…), projection))` for each item, but `$select`/`$expand` are planned
 * once for the list and only the sent properties are read, so a 5,000-row page does not describe every column
 * of every row.
 * @throws SpError (400) for a selected or expanded name the items do not have (only when there are items).
 */
export function encodeItemPage(
  ctx: RequestContext,
  schema: ListSchema,
  items: readonly ItemRecord[],
  projection: Projection,
): Record<string, unknown>[] {
  if (items.length === 0) return [];
  const shape = itemShape(schema.fields);
  const plan = planProjection(
    shape.names,
    { select: projection.select ?? [], expand: projection.expand ?? [] },
    ctx.flavour,
  );
  if (plan.kind === 'error') throw plan.error;
  const props = new Map(shape.props);
  const selectable = new Map(shape.selectable);
  const navigation = new Map(shape.navigation);
  const steps = plan.entries.map((entry) => step(ctx, entry, { props, selectable, navigation }));
  const { list } = schema;
  const { flavour } = ctx;
  return items.map((item) => {
    const meta = itemMeta(ctx, list, item);
    const body = annotations(flavour, meta);
    for (const [key, read] of steps) encodePropInto(flavour, key, read(item, meta), body);
    return body;
  });
}

function step(
  ctx: RequestContext,
  entry: PlanEntry,
  shape: {
    props: ReadonlyMap<string, ItemReader>;
    selectable: ReadonlyMap<string, ItemReader>;
    navigation: ReadonlyMap<string, ItemNavigationSource>;
  },
): Step {
  const key = entry.key;
  switch (entry.kind) {
    case 'prop': {
      const read = shape.props.get(key)!;
      return [key, (item) => read(item, ctx)];
    }
    case 'selectable': {
      const read = shape.selectable.get(key)!;
      return [key, (item) => read(item, ctx)];
    }
    case 'deferred':
      return [key, (_item, meta) => deferred(itemNavigationLink(meta, key))];
    case 'expanded': {
      const source = shape.navigation.get(key)!;
      return [
        key,
        (item, meta) =>
          expanded(
            itemNavigationLink(meta, key),
            projectNested(ctx, resolveItemNavigation(ctx, source, item), entry),
          ),
      ];
    }
  }
}
