// Bulk item creation for tests that need many rows (paging, threshold), in $batch posts of 100 — the most
// SharePoint accepts per batch — so that live mode stays fast too.
import type { SPFI } from '@pnp/sp';

/** Adds the rows to the list in order and returns the new item ids in the same order. */
export async function addItems(
  sp: SPFI,
  options: { listTitle: string; rows: Record<string, unknown>[] },
): Promise<number[]> {
  const ids: number[] = [];
  for (let start = 0; start < options.rows.length; start += 100) {
    const [batched, execute] = sp.batched({ maxRequests: 100 });
    // A fresh queryable per request: PnPjs refuses to batch the same instance twice ("already part of a batch").
    const added = options.rows
      .slice(start, start + 100)
      .map((row) => batched.web.lists.getByTitle(options.listTitle).items.add(row));
    const settled = Promise.all(added);
    await execute();
    for (const item of await settled) ids.push((item as { Id: number }).Id);
  }
  return ids;
}
