const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Milliseconds since the epoch of an ISO 8601 date. A value without a zone is UTC, as SharePoint stores and
 * compares dates in UTC (JavaScript would read `2024-01-01T00:00` as local time). Other formats: `undefined`.
 */
export function parseInstant(value: string): number | undefined {
  if (!ISO_DATE.test(value)) return undefined;
  const withT = value.replace(' ', 'T');
  const hasTime = withT.includes('T');
  const normalized = hasTime ? withT.replace(/([+-]\d{2})(\d{2})$/, '$1:$2') : withT;
  const hasZone = hasTime && /(?:Z|[+-]\d{2}:\d{2})$/.test(normalized);
  const instant = Date.parse(hasTime && !hasZone ? `${normalized}Z` : normalized);
  return Number.isNaN(instant) ? undefined : instant;
}
