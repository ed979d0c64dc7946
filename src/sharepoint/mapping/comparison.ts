import {
  minComparisonUnits,
  staffLocations,
  type ComparisonEntry,
  type ComparisonFigures,
  type Mean,
  type PublishedComparison,
} from '../../domain/aggregation';
import { type AreaLevel } from '../../domain/aggregation/types';
import { type JsonReader } from '../../domain/config/reader';
import { validationIssue } from '../../domain/validation/issues';
import { instantText, ItemReader, type ItemBody, type SpItem } from './values';

// Jämförelser items: one per period and area, the figures as JSON in one Note column. Only the project team
// writes the list, but anyone with Edit can type into SharePoint's own form, so what is read is checked for
// shape and an item that does not fit is refused by name, never shown half-read.

/** The Jämförelser columns the app reads. */
export const comparisonSelect: readonly string[] = [
  'ID',
  'Title',
  'PeriodId',
  'ScopeKey',
  'UnitsCounted',
  'Figures',
  'PublishedAt',
];

/** The Jämförelser item body of an entry. */
export function comparisonToItem(periodId: string, entry: ComparisonEntry): ItemBody {
  return {
    Title: entry.name,
    PeriodId: periodId,
    ScopeKey: entry.scopeKey,
    UnitsCounted: entry.units,
    Figures: entry.figures === null ? null : JSON.stringify(entry.figures),
  };
}

/** The publication time as the item stores it (UTC to the second, so it reads back as written). */
export function publishedAtColumn(at: string): ItemBody {
  return { PublishedAt: instantText(at) };
}

function scopeOf(key: string): { level: AreaLevel; areaId: string } | null {
  if (key === 'kommun') return { level: 'kommun', areaId: 'kommun' };
  const match = /^(sektor|kontor):(.+)$/.exec(key);
  return match === null ? null : { level: match[1] as AreaLevel, areaId: match[2] as string };
}

const isNumberOrNull = (value: unknown): value is number | null =>
  value === null || (typeof value === 'number' && Number.isFinite(value));

function isMean(value: unknown): value is Mean {
  if (typeof value !== 'object' || value === null) return false;
  const { n, value: mean } = value as { n?: unknown; value?: unknown };
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && isNumberOrNull(mean);
}

function isFigures(value: unknown): value is ComparisonFigures {
  if (typeof value !== 'object' || value === null) return false;
  const f = value as Record<string, unknown>;
  const locations = f.staffLocation as Record<string, unknown> | null | undefined;
  const hours = f.adminHours as Record<string, unknown> | null | undefined;
  return (
    typeof f.headcount === 'number' &&
    typeof f.arsarbetare === 'number' &&
    isNumberOrNull(f.per100Employees) &&
    typeof locations === 'object' &&
    locations !== null &&
    staffLocations.every((l) => typeof locations[l] === 'number') &&
    Array.isArray(f.functions) &&
    f.functions.every((fn: unknown) => {
      const x = fn as Record<string, unknown> | null;
      return (
        typeof x === 'object' &&
        x !== null &&
        typeof x.functionId === 'string' &&
        typeof x.arsarbetare === 'number' &&
        isNumberOrNull(x.per100Employees) &&
        isMean(x.quality) &&
        isMean(x.competenceGap)
      );
    }) &&
    isMean(f.adminHoursTotal) &&
    typeof hours === 'object' &&
    hours !== null &&
    Object.values(hours).every(isMean)
  );
}

function readFigures(reader: JsonReader, value: unknown, path: string): ComparisonFigures | null {
  if (isFigures(value)) return value;
  reader.report(validationIssue('wrongType', { path, params: { expected: 'comparison figures' } }));
  return null;
}

/**
 * A published entry from its item.
 * @throws AppError `invalid` naming the item when a column cannot be read.
 */
export function comparisonFromItem(item: SpItem): PublishedComparison {
  const r = new ItemReader(item, { list: 'jamforelser', keyField: 'ScopeKey' });
  const scopeKey = r.text('ScopeKey');
  const scope = scopeOf(scopeKey);
  // A key of no known form is reported as a reference to nothing, as an unknown choice is.
  if (scopeKey !== '' && scope === null) r.choice('ScopeKey', {});
  const units = r.number('UnitsCounted') ?? 0;
  const publishedAt = r.instant('PublishedAt') ?? r.text('PublishedAt');
  return r.done({
    scopeKey,
    level: scope?.level ?? 'kommun',
    areaId: scope?.areaId ?? '',
    name: r.optionalText('Title') ?? scopeKey,
    units,
    // Figures typed in by hand beside a small group's count are never shown.
    figures: units >= minComparisonUnits ? r.json('Figures', readFigures) : null,
    publishedAt,
  });
}
