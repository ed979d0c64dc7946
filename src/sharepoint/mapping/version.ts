import { AppError } from '../../domain/errors';

// `Inventory.version` is opaque to the domain; here it is the state of the SharePoint items the inventory was
// read from: the inventory item's ID, version and fingerprint, and the same for each line by function. A save
// sends IF-MATCH with these versions and skips lines whose fingerprint has not changed, without the repository
// having to remember what it read.

/** One item as read: SharePoint ID, item version (the ETag's number) and the fingerprint of its body. */
export type ItemState = readonly [id: number, version: number, fingerprint: string];

/** What an inventory's version holds. */
export interface InventoryState {
  /** The Inventeringar item. */
  readonly item: ItemState;
  /** The Inventeringsrader items by function id. */
  readonly lines: Readonly<Record<string, ItemState>>;
}

/** The opaque version text of a stored inventory. */
export function encodeVersion(state: InventoryState): string {
  return JSON.stringify({ i: state.item, l: state.lines });
}

function isItemState(value: unknown): value is ItemState {
  return (
    Array.isArray(value) &&
    value.length === 3 &&
    Number.isInteger(value[0]) &&
    Number.isInteger(value[1]) &&
    typeof value[2] === 'string'
  );
}

/**
 * The state in a version text.
 * @throws AppError `invalid` when the text was not made by `encodeVersion` (a version from another store).
 */
export function decodeVersion(version: string): InventoryState {
  let parsed: unknown;
  try {
    parsed = JSON.parse(version);
  } catch {
    parsed = null;
  }
  const record = parsed as { i?: unknown; l?: unknown } | null;
  const lines = record?.l;
  if (
    record === null ||
    !isItemState(record.i) ||
    typeof lines !== 'object' ||
    lines === null ||
    !Object.values(lines).every(isItemState)
  ) {
    throw new AppError('invalid', {
      message: `Not a version of a SharePoint inventory: ${version.slice(0, 80)}`,
    });
  }
  return { item: record.i, lines: lines as Record<string, ItemState> };
}
