import { SpErrorFactory } from '../errors/SpErrorFactory';
import { unservedName } from '../entities/entityRules';
import type { FieldPath } from '../odata/filter';
import type { Flavour } from '../odata/format';

/** The property names of an entity, in order: sent by default, sent when selected, and navigation. */
export interface EntityNames {
  /** The entity type (`SP.Web`, `SP.Data.<List>ListItem`): whether a name it lacks is documented (501) or not (400). */
  readonly type?: string;
  readonly props: readonly string[];
  readonly selectable: readonly string[];
  readonly navigation: readonly string[];
}

/** One key of a projected entity and where its value comes from. */
export type PlanEntry =
  | { readonly kind: 'prop' | 'selectable'; readonly key: string }
  | { readonly kind: 'deferred'; readonly key: string }
  | {
      readonly kind: 'expanded';
      readonly key: string;
      /** `$select`/`$expand` of the expanded entities (`Author/Title` → `Title`). */
      readonly select: FieldPath[];
      readonly expand: FieldPath[];
    };

/**
 * What `$select` and `$expand` make of entities with the given names: the keys to send, in the order SharePoint
 * sends them, or the 400 they give. It depends on the names only, so one plan serves every item of a list.
 */
export type ProjectionPlan =
  | { readonly kind: 'keys'; readonly entries: readonly PlanEntry[] }
  | { readonly kind: 'error'; readonly error: Error };

/** Looks a property up case-insensitively, as SharePoint's `$select` does; returns its canonical name. */
export function findName(names: Iterable<string>, wanted: string): string | undefined {
  const lower = wanted.toLowerCase();
  for (const name of names) if (name.toLowerCase() === lower) return name;
  return undefined;
}

/**
 * Plans `$select`/`$expand` for entities with these names. Without `$select` (or with `*`) every default
 * property is sent; navigation properties are sent expanded when `$expand`ed and, in verbose only, as
 * `__deferred` links when all or they are selected. A name the entity does not serve plans 501 when the type
 * documents it and SharePoint's 400 when it does not (`entities/entityTypes.ts`); a path under a navigation property
 * that is not expanded plans the 400 SharePoint answers (thrown only once an entity is projected: an empty
 * collection answers without it).
 */
export function planProjection(
  names: EntityNames,
  projection: { select: FieldPath[]; expand: FieldPath[] },
  flavour: Flavour,
): ProjectionPlan {
  try {
    return { kind: 'keys', entries: planEntries(names, projection, flavour) };
  } catch (error) {
    return { kind: 'error', error: error as Error };
  }
}

function planEntries(
  names: EntityNames,
  { select, expand }: { select: FieldPath[]; expand: FieldPath[] },
  flavour: Flavour,
): PlanEntry[] {
  const expandedNames = new Map<string, FieldPath[]>();
  for (const path of expand) {
    const name = findName(names.navigation, path[0]!);
    if (name === undefined) throw unservedName(names.type, path[0]!, { expand: true });
    const nested = expandedNames.get(name) ?? [];
    if (path.length > 1) nested.push(path.slice(1));
    expandedNames.set(name, nested);
  }
  const selectAll = select.length === 0 || select.some((path) => path[0] === '*');
  // A plain object, filled in the order the answer is: a key set again keeps its place, as in the answer.
  const out: Record<string, PlanEntry> = {};
  if (selectAll) for (const key of names.props) out[key] = { kind: 'prop', key };
  const nestedSelects = new Map<string, FieldPath[]>();
  for (const path of select) {
    const first = path[0]!;
    if (first === '*') continue;
    const navigationName = findName(names.navigation, first);
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
    const prop = findName(names.props, first);
    if (prop !== undefined) {
      out[prop] = { kind: 'prop', key: prop };
      continue;
    }
    const selectable = findName(names.selectable, first);
    if (selectable === undefined) throw unservedName(names.type, first);
    out[selectable] = { kind: 'selectable', key: selectable };
  }
  for (const name of names.navigation) {
    if (expandedNames.has(name)) {
      out[name] = {
        kind: 'expanded',
        key: name,
        select: [...(nestedSelects.get(name) ?? [])],
        expand: expandedNames.get(name)!.filter((p) => p.length > 0),
      };
    } else if (flavour === 'verbose' && (selectAll || nestedSelects.has(name))) {
      // SharePoint lists unexpanded navigation properties as __deferred in verbose answers only.
      out[name] = { kind: 'deferred', key: name };
    }
  }
  return Object.values(out);
}
