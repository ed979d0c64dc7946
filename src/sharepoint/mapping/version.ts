import { AppError } from '../../domain/errors';
import { answerStatuses, type AnswerStatus } from '../../domain/inventory/types';

// `Inventory.version` is opaque to the domain; here it is the state of the SharePoint items the inventory was
// read from: the inventory item's ID, version and fingerprint, and the same for each line by function, and the
// answer status stored in the Status column. A save sends IF-MATCH with these versions and skips lines whose
// fingerprint has not changed, without the repository having to remember what it read.
//
// `Inventory.revision` is what a reviewer's decision pins: the IDs and versions of the items alone. SharePoint
// raises an item's version on every change of it and nobody can lower it, so a manager cannot change the content
// after a decision without the revision showing it.

/** One item as read: SharePoint ID, item version (the ETag's number) and the fingerprint of its body. */
export type ItemState = readonly [id: number, version: number, fingerprint: string];

/** What an inventory's version holds. */
export interface InventoryState {
  /** The Inventeringar item. */
  readonly item: ItemState;
  /** The Inventeringsrader items by function id. */
  readonly lines: Readonly<Record<string, ItemState>>;
  /** The answer status the Status column holds. */
  readonly answer: AnswerStatus;
}

/** The opaque version text of a stored inventory. */
export function encodeVersion(state: InventoryState): string {
  return JSON.stringify({ i: state.item, l: state.lines, a: state.answer });
}

/** The revision of a stored inventory: `<item id>.<version>` of the inventory item, then of each line by ID. */
export function revisionOf(state: Pick<InventoryState, 'item' | 'lines'>): string {
  const lines = Object.values(state.lines)
    .map(([id, version]) => [id, version] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([id, version]) => `${id}.${version}`);
  return `${state.item[0]}.${state.item[1]};${lines.join(',')}`;
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
  const record = parsed as { i?: unknown; l?: unknown; a?: unknown } | null;
  const lines = record?.l;
  if (
    record === null ||
    !isItemState(record.i) ||
    !(answerStatuses as readonly unknown[]).includes(record.a) ||
    typeof lines !== 'object' ||
    lines === null ||
    !Object.values(lines).every(isItemState)
  ) {
    throw new AppError('invalid', {
      message: `Not a version of a SharePoint inventory: ${version.slice(0, 80)}`,
    });
  }
  return { item: record.i, lines: lines as Record<string, ItemState>, answer: record.a as AnswerStatus };
}
