import type { FieldValue } from '../model/records';
import { insertSorted, removeSorted } from './sortedIds';

/**
 * The key an indexed value is filed under. Text is compared case-insensitively by SharePoint, so it is
 * lower-cased; booleans are 1/0 as SharePoint stores them; every element of a multi-value field is filed.
 */
export function indexKeys(value: FieldValue | undefined): string[] {
  if (value === undefined || value === null) return ['\u0000null'];
  if (Array.isArray(value))
    return value.length === 0 ? ['\u0000null'] : value.map((element) => scalarKey(element));
  return [scalarKey(value as string | number | boolean)];
}

/** The key for one literal a query compares with (see `indexKeys`). */
export function literalKey(value: string | number | boolean | null): string {
  return value === null ? '\u0000null' : scalarKey(value);
}

function scalarKey(value: string | number | boolean): string {
  if (typeof value === 'boolean') return value ? 'n:1' : 'n:0';
  if (typeof value === 'number') return `n:${value}`;
  return `s:${value.toLowerCase()}`;
}

/** An equality index of one field of one list: key → ascending item ids. */
export class ItemIndex {
  private readonly buckets = new Map<string, number[]>();

  /** Files an item's value. */
  add(id: number, value: FieldValue | undefined): void {
    for (const key of new Set(indexKeys(value))) {
      let bucket = this.buckets.get(key);
      if (!bucket) {
        bucket = [];
        this.buckets.set(key, bucket);
      }
      insertSorted(bucket, id);
    }
  }

  /** Removes an item's value. */
  remove(id: number, value: FieldValue | undefined): void {
    for (const key of new Set(indexKeys(value))) {
      const bucket = this.buckets.get(key);
      if (!bucket) continue;
      removeSorted(bucket, id);
      if (bucket.length === 0) this.buckets.delete(key);
    }
  }

  /** Ascending ids of the items filed under `key`. */
  lookup(key: string): readonly number[] {
    return this.buckets.get(key) ?? [];
  }
}
