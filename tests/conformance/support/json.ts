// SharePoint entities as the property bags they are on the wire, so tests can assert on any property.

/** A JSON object as SharePoint sends it. */
export type Json = Record<string, unknown>;

/** Views a typed PnPjs result as its wire property bag. */
export function asJson(value: unknown): Json {
  return value as Json;
}
