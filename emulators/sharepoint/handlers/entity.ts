import type { RequestContext } from '../context';
import type { FieldPath } from '../odata/filter';
import { deferred, expanded, type EntityMeta, type NavigationLink, type NestedEntity } from '../odata/format';
import { findName, planProjection } from './projectionPlan';

export { findName } from './projectionPlan';

/** A navigation property: where it lives, and how to load it when `$expand`ed. */
export interface Navigation {
  link: NavigationLink;
  resolve: () => Entity | Entity[] | null;
}

/** An entity as the handlers describe it, before `$select`/`$expand` decide what is sent. */
export interface Entity {
  meta: EntityMeta;
  /** Properties sent when no `$select` is given (in SharePoint's order). */
  props: Record<string, unknown>;
  /** Properties sent only when `$select`ed (HasUniqueRoleAssignments, EffectiveBasePermissions...). */
  selectable?: Record<string, () => unknown>;
  /** Navigation properties. */
  navigation?: Record<string, Navigation>;
}

/** `$select`/`$expand` of one request. */
export interface Projection {
  select?: FieldPath[];
  expand?: FieldPath[];
}

/** The value of a property of an entity for `$filter`/`$orderby` on non-item collections. */
export function propertyValue(entity: Entity, name: string): { found: boolean; value: unknown } {
  const prop = findName(Object.keys(entity.props), name);
  if (prop !== undefined) return { found: true, value: entity.props[prop] };
  const selectable = entity.selectable && findName(Object.keys(entity.selectable), name);
  if (selectable !== undefined) return { found: true, value: entity.selectable![selectable]!() };
  return { found: false, value: undefined };
}

/**
 * Applies `$select` and `$expand` to an entity: the props and annotations to send.
 * @throws SpError (400) for a selected or expanded name the entity does not have, or a path under a
 * navigation property that is not expanded.
 */
export function project(
  ctx: RequestContext,
  entity: Entity,
  projection: Projection,
): { props: Record<string, unknown>; meta: EntityMeta } {
  return {
    props: projectProps(ctx, entity, { select: projection.select ?? [], expand: projection.expand ?? [] }),
    meta: entity.meta,
  };
}

function projectProps(
  ctx: RequestContext,
  entity: Entity,
  projection: { select: FieldPath[]; expand: FieldPath[] },
): Record<string, unknown> {
  const names = {
    type: entity.meta.type,
    props: Object.keys(entity.props),
    selectable: Object.keys(entity.selectable ?? {}),
    navigation: Object.keys(entity.navigation ?? {}),
  };
  const plan = planProjection(names, projection, ctx.flavour);
  if (plan.kind === 'error') throw plan.error;
  const out: Record<string, unknown> = {};
  for (const entry of plan.entries) {
    switch (entry.kind) {
      case 'prop':
        out[entry.key] = entity.props[entry.key];
        break;
      case 'selectable':
        out[entry.key] = entity.selectable![entry.key]!();
        break;
      case 'deferred':
        out[entry.key] = deferred(entity.navigation![entry.key]!.link);
        break;
      case 'expanded': {
        const nav = entity.navigation![entry.key]!;
        out[entry.key] = expanded(nav.link, projectNested(ctx, nav.resolve(), entry));
        break;
      }
    }
  }
  return out;
}

/** Projects expanded entities (`$expand=Author`) with the nested `$select`/`$expand` of their plan entry. */
export function projectNested(
  ctx: RequestContext,
  value: Entity | Entity[] | null,
  projection: { select: FieldPath[]; expand: FieldPath[] },
): NestedEntity | NestedEntity[] | null {
  if (value === null) return null;
  if (Array.isArray(value)) return value.map((entity) => nestedOne(ctx, entity, projection));
  return nestedOne(ctx, value, projection);
}

function nestedOne(
  ctx: RequestContext,
  entity: Entity,
  projection: { select: FieldPath[]; expand: FieldPath[] },
): NestedEntity {
  // Nested entities never list deferred links, so project them as if no verbose navigation existed.
  const props = projectProps(
    { ...ctx, flavour: ctx.flavour === 'verbose' ? 'minimal' : ctx.flavour },
    entity,
    projection,
  );
  return { props, meta: entity.meta };
}
