import type { RequestContext } from '../context';
import { SpErrorFactory } from '../errors/SpErrorFactory';
import type { FieldPath } from '../odata/filter';
import { deferred, expanded, type EntityMeta, type NavigationLink, type NestedEntity } from '../odata/format';

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

/** Looks a property up case-insensitively, as SharePoint's `$select` does; returns its canonical name. */
export function findName(names: Iterable<string>, wanted: string): string | undefined {
  const lower = wanted.toLowerCase();
  for (const name of names) if (name.toLowerCase() === lower) return name;
  return undefined;
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
  { select, expand }: { select: FieldPath[]; expand: FieldPath[] },
): Record<string, unknown> {
  const navigation = entity.navigation ?? {};
  const navigationNames = Object.keys(navigation);
  const expandedNames = new Map<string, FieldPath[]>();
  for (const path of expand) {
    const name = findName(navigationNames, path[0]!);
    if (name === undefined) throw SpErrorFactory.fieldOrPropertyNotFound({ name: path[0]! });
    const nested = expandedNames.get(name) ?? [];
    if (path.length > 1) nested.push(path.slice(1));
    expandedNames.set(name, nested);
  }
  const selectAll = select.length === 0 || select.some((path) => path[0] === '*');
  const out: Record<string, unknown> = {};
  if (selectAll) Object.assign(out, entity.props);
  const nestedSelects = new Map<string, FieldPath[]>();
  for (const path of select) {
    const first = path[0]!;
    if (first === '*') continue;
    const navigationName = findName(navigationNames, first);
    if (navigationName !== undefined) {
      if (path.length > 1 && !expandedNames.has(navigationName)) {
        throw SpErrorFactory.fieldOrPropertyNotFound({ name: path.join('/') });
      }
      const nested = nestedSelects.get(navigationName) ?? [];
      if (path.length > 1) nested.push(path.slice(1));
      nestedSelects.set(navigationName, nested);
      continue;
    }
    if (path.length > 1) throw SpErrorFactory.fieldOrPropertyNotFound({ name: path.join('/') });
    const value = propertyValue(entity, first);
    if (!value.found) throw SpErrorFactory.fieldOrPropertyNotFound({ name: first });
    out[findName([...Object.keys(entity.props), ...Object.keys(entity.selectable ?? {})], first)!] =
      value.value;
  }
  for (const name of navigationNames) {
    const nav = navigation[name]!;
    if (expandedNames.has(name)) {
      const nestedSelect = [...(nestedSelects.get(name) ?? [])];
      const nestedExpand = expandedNames.get(name)!.filter((p) => p.length > 0);
      const resolved = nav.resolve();
      out[name] = expanded(nav.link, nested(ctx, resolved, { select: nestedSelect, expand: nestedExpand }));
    } else if (ctx.flavour === 'verbose' && (selectAll || nestedSelects.has(name))) {
      // SharePoint lists unexpanded navigation properties as __deferred in verbose answers only.
      out[name] = deferred(nav.link);
    }
  }
  return out;
}

function nested(
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
