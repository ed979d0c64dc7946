import { type SpError } from '../errors/SpError';
import { SpErrorFactory } from '../errors/SpErrorFactory';
import { entityTypeSpec, type EntityTypeSpec } from './entityTypes';

/** The documented name `wanted` spells, case-insensitively as `$select` compares them. */
function documentedName(spec: EntityTypeSpec, wanted: string): string | undefined {
  const lower = wanted.toLowerCase();
  return [...spec.properties, ...spec.navigation].find((name) => name.toLowerCase() === lower);
}

/**
 * The answer for a name an entity of `type` was asked for (`$select`, `$expand`, `$filter`, `$orderby`, a property
 * path) but does not serve: 501 naming it when Microsoft documents it for the type, SharePoint's 400 when the type
 * has no such name.
 */
export function unservedName(
  type: string | undefined,
  name: string,
  options: { expand?: boolean } = {},
): SpError {
  const spec = type === undefined ? undefined : entityTypeSpec(type);
  const documented = spec && documentedName(spec, name);
  if (!spec || documented === undefined) return SpErrorFactory.fieldOrPropertyNotFound({ name });
  const pathOnly = spec.availability(documented) === 'pathOnly';
  return SpErrorFactory.notImplemented({
    what:
      pathOnly && options.expand
        ? `$expand of ${spec.name}.${documented} (the path form works)`
        : `${spec.name}.${documented}`,
    modelled: false,
  });
}

/**
 * Checks the properties of a write body (MERGE/PATCH, or the creating POST with `creating`) against the table:
 * SharePoint's 400 for a name the type does not have, 501 for a documented one the emulator does not write.
 * `__metadata` (verbose bodies) is not a property.
 * @throws SpError for the first property it cannot take.
 */
export function checkWriteBody(
  type: string,
  body: Record<string, unknown>,
  options: { creating?: boolean } = {},
): void {
  const spec = entityTypeSpec(type);
  if (!spec) throw SpErrorFactory.internal({ detail: `the entity type table does not model ${type}` });
  for (const name of Object.keys(body)) {
    if (name === '__metadata' || spec.writable.includes(name)) continue;
    if (options.creating && spec.creatable.includes(name)) continue;
    // OData reads write bodies with the model's exact, case-sensitive names.
    if (spec.availability(name) === 'undocumented')
      throw SpErrorFactory.propertyNotOnType({ name, type: spec.name });
    throw SpErrorFactory.notImplemented({ what: `writing ${spec.name}.${name}`, modelled: false });
  }
}
