import { annotations, encodePropsInto, encodeValue, type Flavour, type NestedMeta } from './encode';

export {
  complexValue,
  deferred,
  expanded,
  formatDate,
  type ComplexValue,
  type Flavour,
  type NavigationLink,
  type NavigationValue,
  type NestedEntity,
  type NestedMeta,
  type TypedCollection,
  typedCollection,
} from './encode';

/**
 * Annotations of a top-level entity. `id` is a GUID for items and an absolute URL for lists and webs; `uri` is
 * absolute (verbose), `editLink` relative (minimal); `etag` is written as given, e.g. `"4"` with its quotes;
 * `metadata` is the `$metadata#` fragment such as `SP.ListData.TestListItems/@Element`.
 */
export interface EntityMeta {
  type: string;
  id: string;
  uri: string;
  editLink: string;
  etag?: string;
  metadata?: string;
}

/** Options of {@link formatCollection}. */
export interface CollectionOptions {
  /** `$metadata#` fragment, e.g. `SP.ListData.TestListItems`. */
  metadata: string;
  /** Absolute URL of the next page, when there is one. */
  nextLink?: string;
  /** Absolute web URL, e.g. `http://127.0.0.1:7071/sites/stodinventering`. */
  baseUrl: string;
}

/** Options of {@link formatValue}. */
export interface ValueOptions {
  /** Property or function name, the key inside verbose `d` (`Recycle`, `EffectiveBasePermissions`). */
  name: string;
  /** EDM type (`Edm.String`, `Collection(Edm.Int32)`, `SP.BasePermissions`); typed in verbose and odata.metadata. */
  type?: string;
  /** Absolute web URL; with `type`, minimal gets `odata.metadata`. */
  baseUrl?: string;
}

const CONTENT_TYPES: Record<Flavour, string> = {
  minimal: 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8',
  nometadata: 'application/json;odata=nometadata;streaming=true;charset=utf-8',
  verbose: 'application/json;odata=verbose;charset=utf-8',
};

/**
 * The flavour an Accept header asks for. `application/json` alone is minimalmetadata (SharePoint's JSON light
 * default); both `odata=verbose|minimalmetadata|nometadata` and the v4 spelling `odata.metadata=full|minimal|none`
 * are read. fullmetadata has no flavour of its own here and gets minimal; no JSON range at all (Atom, which this
 * emulator does not speak) also gets minimal, since PnPjs always sends an Accept.
 */
export function flavourFromAccept(accept: string | undefined): Flavour {
  let best: { flavour: Flavour; q: number } | undefined;
  for (const range of (accept ?? '').split(',')) {
    const [mediaType = '', ...params] = range.split(';').map((p) => p.trim().toLowerCase());
    if (mediaType !== 'application/json' && mediaType !== 'application/*' && mediaType !== '*/*') continue;
    let flavour: Flavour = 'minimal';
    let q = 1;
    for (const param of params) {
      const [key, value = ''] = param.split('=').map((p) => p.trim());
      if (key === 'q') q = Number(value) || 0;
      if ((key === 'odata' && value === 'verbose') || (key === 'odata.metadata' && value === 'verbose')) {
        flavour = 'verbose';
      } else if (
        (key === 'odata' && value === 'nometadata') ||
        (key === 'odata.metadata' && value === 'none')
      ) {
        flavour = 'nometadata';
      }
    }
    if (q > 0 && (best === undefined || q > best.q)) best = { flavour, q };
  }
  return best?.flavour ?? 'minimal';
}

/** The response Content-Type SharePoint sends for a flavour. */
export function contentTypeFor(flavour: Flavour): string {
  return CONTENT_TYPES[flavour];
}

/**
 * One entity as a whole response body: verbose `{"d":{"__metadata":{id,uri,etag,type},…}}`, minimal with
 * `odata.metadata/type/id/etag/editLink` before the properties, nometadata bare. Array props become verbose
 * `Collection(...)` wrappers; see `deferred`, `expanded`, `complexValue` and `typedCollection` for the rest.
 */
export function formatEntity(
  flavour: Flavour,
  props: Record<string, unknown>,
  meta: EntityMeta,
  baseUrl: string,
): unknown {
  const body = encodeEntity(flavour, props, meta);
  if (flavour === 'verbose') return { d: body };
  if (flavour === 'minimal' && meta.metadata !== undefined) {
    return { 'odata.metadata': metadataUrl(baseUrl, meta.metadata), ...body };
  }
  return body;
}

/**
 * A collection response: minimal `{"odata.metadata","value":[…],"odata.nextLink"}`, verbose
 * `{"d":{"results":[…],"__next"}}`, nometadata `{"value":[…],"odata.nextLink"}`.
 */
export function formatCollection(
  flavour: Flavour,
  entities: { props: Record<string, unknown>; meta: EntityMeta }[],
  options: CollectionOptions,
): unknown {
  return formatEncodedCollection(
    flavour,
    entities.map((e) => encodeEntity(flavour, e.props, e.meta)),
    options,
  );
}

/** `formatCollection` of entities already encoded one by one with {@link encodeEntity}. */
export function formatEncodedCollection(
  flavour: Flavour,
  items: Record<string, unknown>[],
  options: CollectionOptions,
): unknown {
  const next = options.nextLink;
  if (flavour === 'verbose') return { d: { results: items, ...(next !== undefined && { __next: next }) } };
  // nometadata keeps odata.nextLink even though it drops every other annotation: PnPjs's async iterator reads
  // json["odata.nextLink"] for any non-verbose answer, so without it paging would silently stop after one page.
  return {
    ...(flavour === 'minimal' && { 'odata.metadata': metadataUrl(options.baseUrl, options.metadata) }),
    value: items,
    ...(next !== undefined && { 'odata.nextLink': next }),
  };
}

/**
 * A property or function result: primitives and arrays as minimal/nometadata `{"value":x}` and verbose
 * `{"d":{"<name>":x}}`; objects (SP.BasePermissions) flat in minimal/nometadata, as PnPjs's hasPermissions
 * reads `High`/`Low` directly; `null` as `{"odata.null":true}`.
 */
export function formatValue(flavour: Flavour, value: unknown, options: ValueOptions): unknown {
  const isObject =
    value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
  if (flavour === 'verbose') {
    let encoded = encodeValue(flavour, value);
    if (options.type !== undefined && Array.isArray(value)) {
      encoded = { __metadata: { type: options.type }, results: (encoded as { results: unknown[] }).results };
    } else if (options.type !== undefined && isObject) {
      encoded = { __metadata: { type: options.type }, ...(encoded as Record<string, unknown>) };
    }
    return { d: { [options.name]: encoded } };
  }
  if (value === null) return { 'odata.null': true };
  const metadata =
    flavour === 'minimal' && options.type !== undefined && options.baseUrl !== undefined
      ? { 'odata.metadata': metadataUrl(options.baseUrl, options.type) }
      : {};
  if (isObject) return { ...metadata, ...(encodeValue(flavour, value) as Record<string, unknown>) };
  return { ...metadata, value: encodeValue(flavour, value) };
}

/** SharePoint's error body: `odata.error` in minimal, `error` in verbose and nometadata. */
export function formatError(flavour: Flavour, code: string, message: string): unknown {
  const error = { code, message: { lang: 'en-US', value: message } };
  return flavour === 'minimal' ? { 'odata.error': error } : { error };
}

/** One entity of a collection in one flavour: its annotations, then its encoded properties. */
export function encodeEntity(
  flavour: Flavour,
  props: Record<string, unknown>,
  meta: NestedMeta,
): Record<string, unknown> {
  return encodePropsInto(flavour, props, annotations(flavour, meta));
}

function metadataUrl(baseUrl: string, fragment: string): string {
  if (/^https?:/i.test(fragment)) return fragment;
  return `${baseUrl.replace(/\/+$/, '')}/_api/$metadata#${fragment}`;
}
