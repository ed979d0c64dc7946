import type { RequestContext } from '../context';
import { SpErrorFactory } from '../errors/SpErrorFactory';
import type { PermissionName } from '../security/permissions';
import type { Securable } from '../security/securable';

/** @throws SpError 403 when the user lacks `permission` on the object. */
export function requirePermission(
  ctx: RequestContext,
  securable: Securable,
  permission: PermissionName,
): void {
  if (!ctx.security.has(securable, permission)) throw SpErrorFactory.accessDenied();
}

/** @throws SpError 403 when the user has none of the permissions on the object. */
export function requireAnyPermission(
  ctx: RequestContext,
  securable: Securable,
  permissions: readonly PermissionName[],
): void {
  if (!permissions.some((permission) => ctx.security.has(securable, permission)))
    throw SpErrorFactory.accessDenied();
}

/** The URL of an API resource, e.g. `apiUrl(ctx, "Web/Lists(guid'…')")`. */
export function apiUrl(ctx: RequestContext, relative: string): string {
  return `${ctx.site.webUrl}/_api/${relative}`;
}

/** Reads a boolean path argument (`copyroleassignments=false`). @throws SpError when it is not a boolean. */
export function booleanArgument(value: unknown, name: string): boolean {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  throw SpErrorFactory.invalidArgument({ message: `The parameter ${name} must be true or false.` });
}

/** Reads an integer path argument or key. @throws SpError when it is not an integer. */
export function integerArgument(value: unknown, name: string): number {
  const number = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
  if (typeof number === 'number' && Number.isInteger(number)) return number;
  throw SpErrorFactory.invalidArgument({ message: `The parameter ${name} must be an integer.` });
}

/** Reads a string argument or key (GUID literals give their text). @throws SpError when it is not text. */
export function stringArgument(value: unknown, name: string): string {
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object' && 'value' in value && typeof value.value === 'string')
    return value.value;
  throw SpErrorFactory.invalidArgument({ message: `The parameter ${name} must be a string.` });
}

/** A segment's single argument: its key, or its only named argument. */
export function onlyArgument(segment: { key?: unknown; args?: Record<string, unknown> }): unknown {
  if (segment.key !== undefined) return segment.key;
  const values = Object.values(segment.args ?? {});
  return values.length === 1 ? values[0] : undefined;
}

/** A named argument, case-insensitively (`DecodedUrl`, `decodedurl`). */
export function namedArgument(segment: { args?: Record<string, unknown> }, name: string): unknown {
  const lower = name.toLowerCase();
  for (const [key, value] of Object.entries(segment.args ?? {}))
    if (key.toLowerCase() === lower) return value;
  return undefined;
}
