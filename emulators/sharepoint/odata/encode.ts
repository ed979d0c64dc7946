/** The three JSON flavours SharePoint answers in, chosen by the request's Accept header. */
export type Flavour = 'verbose' | 'minimal' | 'nometadata';

/** Where a navigation property (Author, a lookup, RoleAssignments) can be fetched. */
export interface NavigationLink {
  /** Absolute URL, for verbose `__deferred.uri`. */
  uri: string;
  /** Relative URL such as `Web/Lists(guid'…')/Items(1)/Author`, for minimal `<Name>@odata.navigationLinkUrl`. */
  editLink: string;
}

/** Annotations of an expanded entity: an expanded user carries only `type` and `id` in SharePoint's answers. */
export interface NestedMeta {
  type: string;
  id: string;
  uri?: string;
  etag?: string;
  editLink?: string;
}

/** An expanded entity's properties with its annotations. */
export interface NestedEntity {
  props: Record<string, unknown>;
  meta: NestedMeta;
}

const MARK = Symbol('odata.value');

/** A navigation property in an entity's props; make it with {@link deferred} or {@link expanded}. */
export interface NavigationValue {
  readonly [MARK]: 'navigation';
  readonly link: NavigationLink;
  readonly state: 'deferred' | 'expanded';
  readonly value: NestedEntity | NestedEntity[] | null;
}

/** A complex-typed value such as a URL field (`SP.FieldUrlValue`); make it with {@link complexValue}. */
export interface ComplexValue {
  readonly [MARK]: 'complex';
  readonly type: string;
  readonly props: Record<string, unknown>;
}

/** An array whose verbose element type cannot be inferred (an empty `LookupId` array); see {@link typedCollection}. */
export interface TypedCollection {
  readonly [MARK]: 'collection';
  readonly elementType: string;
  readonly values: unknown[];
}

/** A navigation property that is not expanded: verbose `{"__deferred":{"uri"}}`, minimal `X@odata.navigationLinkUrl`. */
export function deferred(link: NavigationLink): NavigationValue {
  return { [MARK]: 'navigation', link, state: 'deferred', value: null };
}

/** An expanded navigation property (`$expand=Author`): one entity, many (multi-value lookups), or `null`. */
export function expanded(link: NavigationLink, value: NestedEntity | NestedEntity[] | null): NavigationValue {
  return { [MARK]: 'navigation', link, state: 'expanded', value };
}

/** A complex value, typed in verbose (`{"__metadata":{"type":"SP.FieldUrlValue"},…}`) and bare otherwise. */
export function complexValue(type: string, props: Record<string, unknown>): ComplexValue {
  return { [MARK]: 'complex', type, props };
}

/** An array with an explicit verbose element type, e.g. `typedCollection('Edm.Int32', [])`. */
export function typedCollection(elementType: string, values: unknown[]): TypedCollection {
  return { [MARK]: 'collection', elementType, values };
}

/** A date as SharePoint writes it in JSON: UTC, second precision, `Z` (`2024-03-15T10:43:10Z`). */
export function formatDate(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/** The annotations of an entity in one flavour, placed before its properties as SharePoint does. */
export function annotations(flavour: Flavour, meta: NestedMeta): Record<string, unknown> {
  // Assigned one by one rather than spread from conditional objects: every row of a collection comes here.
  if (flavour === 'nometadata') return {};
  if (flavour === 'verbose') {
    const metadata: Record<string, unknown> = { id: meta.id };
    if (meta.uri !== undefined) metadata.uri = meta.uri;
    if (meta.etag !== undefined) metadata.etag = meta.etag;
    metadata.type = meta.type;
    return { __metadata: metadata };
  }
  const out: Record<string, unknown> = { 'odata.type': meta.type, 'odata.id': meta.id };
  if (meta.etag !== undefined) out['odata.etag'] = meta.etag;
  if (meta.editLink !== undefined) out['odata.editLink'] = meta.editLink;
  return out;
}

/** An entity's properties in one flavour: dates formatted, arrays and markers shaped, `undefined` dropped. */
export function encodeProps(flavour: Flavour, props: Record<string, unknown>): Record<string, unknown> {
  return encodePropsInto(flavour, props, {});
}

/**
 * `encodeProps` written into `out` after what it already holds (an entity's annotations), as spreading both
 * into one object would, without the copies: collections encode thousands of entities.
 */
export function encodePropsInto(
  flavour: Flavour,
  props: Record<string, unknown>,
  out: Record<string, unknown>,
): Record<string, unknown> {
  for (const name of Object.keys(props)) encodePropInto(flavour, name, props[name], out);
  return out;
}

/** One property of `encodePropsInto`: nothing for `undefined`, two keys for a minimal navigation link. */
export function encodePropInto(
  flavour: Flavour,
  name: string,
  value: unknown,
  out: Record<string, unknown>,
): void {
  if (value === undefined) return;
  if (typeof value !== 'object' || value === null) out[name] = value;
  else if (isMarked(value) && value[MARK] === 'navigation') writeNavigation(flavour, name, value, out);
  else out[name] = encodeValue(flavour, value);
}

/** One property value in one flavour. */
export function encodeValue(flavour: Flavour, value: unknown): unknown {
  if (value instanceof Date) return formatDate(value);
  if (Array.isArray(value)) return encodeCollection(flavour, inferElementType(value), value);
  if (isMarked(value)) {
    switch (value[MARK]) {
      case 'collection':
        return encodeCollection(flavour, value.elementType, value.values);
      case 'complex': {
        const props = encodeProps(flavour, value.props);
        return flavour === 'verbose' ? { __metadata: { type: value.type }, ...props } : props;
      }
      case 'navigation':
        // Only reachable inside arrays or complex values, where SharePoint has no navigation properties.
        return encodeNested(flavour, value.value);
    }
  }
  if (value !== null && typeof value === 'object')
    return encodeProps(flavour, value as Record<string, unknown>);
  return value;
}

function encodeCollection(flavour: Flavour, elementType: string | undefined, values: unknown[]): unknown {
  const items = values.map((v) => encodeValue(flavour, v));
  if (flavour !== 'verbose') return items;
  return elementType === undefined
    ? { results: items }
    : { __metadata: { type: `Collection(${elementType})` }, results: items };
}

/** Writes the keys a navigation property contributes: itself and, in minimal, its `@odata.navigationLinkUrl`. */
function writeNavigation(
  flavour: Flavour,
  name: string,
  nav: NavigationValue,
  out: Record<string, unknown>,
): void {
  if (flavour === 'verbose') {
    out[name] =
      nav.state === 'deferred' ? { __deferred: { uri: nav.link.uri } } : encodeNested(flavour, nav.value);
    return;
  }
  if (flavour === 'minimal') out[`${name}@odata.navigationLinkUrl`] = nav.link.editLink;
  if (nav.state === 'expanded') out[name] = encodeNested(flavour, nav.value);
}

function encodeNested(flavour: Flavour, value: NestedEntity | NestedEntity[] | null): unknown {
  if (value === null) return null;
  if (Array.isArray(value)) {
    const items = value.map((entity) => encodeNested(flavour, entity));
    // Expanded multi-value lookups are `{"results":[…]}` in verbose, without a Collection type.
    return flavour === 'verbose' ? { results: items } : items;
  }
  return encodePropsInto(flavour, value.props, annotations(flavour, value.meta));
}

/** Verbose element type of a primitive array; plain objects get none (SharePoint writes `{"results":[…]}`). */
function inferElementType(values: unknown[]): string | undefined {
  if (values.length === 0) return 'Edm.String';
  if (values.every((v) => typeof v === 'string')) return 'Edm.String';
  if (values.every((v) => typeof v === 'boolean')) return 'Edm.Boolean';
  if (values.every((v) => v instanceof Date)) return 'Edm.DateTime';
  if (values.every((v) => Number.isInteger(v))) return 'Edm.Int32';
  if (values.every((v) => typeof v === 'number')) return 'Edm.Double';
  return undefined;
}

function isMarked(value: unknown): value is NavigationValue | ComplexValue | TypedCollection {
  return typeof value === 'object' && value !== null && MARK in value;
}
