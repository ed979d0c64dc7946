// Small readers for SharePoint's JSON (minimal metadata, as PnPjs asks for): collections may come as plain arrays
// or, in verbose answers, as `{ results: [...] }`; numbers may be strings (BasePermissions) or numbers.

/** A JSON object's property bag. */
export type Json = Record<string, unknown>;

/** The array in a REST collection value (`[...]` or `{ results: [...] }`), or `[]`. */
export function arrayOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (value !== null && typeof value === 'object' && Array.isArray((value as Json).results))
    return (value as { results: unknown[] }).results;
  return [];
}

/** A string property, or `fallback`. */
export function text(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value : fallback;
}

/** A number property (numbers or numeric strings), or `undefined`. */
export function numeric(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  return undefined;
}

/** A boolean property, `false` unless exactly `true`. */
export function flag(value: unknown): boolean {
  return value === true;
}
