import { type LocalizedText } from '../i18n/locale';
import { localizedMessage } from '../i18n/translate';
import { normaliseUpn } from '../organisation/upn';
import { relationsTo, type Actor } from './actor';
import { type FirstLineSection, type Inventory, type InventoryLine, type InventoryStatus } from './types';

// Submitted and approved inventories are locked for their manager: a reviewer must return them first.
const editableStatuses: readonly InventoryStatus[] = ['notStarted', 'draft', 'returned'];

/** Whether an actor may change an inventory's content. */
export type EditCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: 'notManager' | 'locked'; readonly message: LocalizedText };

/** Whether `actor` may change the content of `inventory`: only its manager, and only before it is submitted. */
export function canEdit(actor: Actor, inventory: Inventory): EditCheck {
  if (!relationsTo(actor, inventory).has('manager')) {
    return { ok: false, reason: 'notManager', message: localizedMessage('edit.notManager') };
  }
  if (!editableStatuses.includes(inventory.status)) {
    return { ok: false, reason: 'locked', message: localizedMessage('edit.locked') };
  }
  return { ok: true };
}

/** A change to an inventory's content. */
export interface InventoryEdit {
  /** Who edits. */
  readonly actor: Actor;
  /** When (ISO instant). */
  readonly at: string;
  /** Lines to add or replace, matched by `functionId`. */
  readonly lines?: readonly InventoryLine[];
  /** The new first-line section. */
  readonly firstLine?: FirstLineSection | null;
}

/** The outcome of an edit. */
export type EditResult =
  { readonly ok: true; readonly inventory: Inventory } | Extract<EditCheck, { ok: false }>;

/**
 * Applies an edit if the actor may make it; an edit of a not-started or returned inventory makes it a draft.
 * Content is not validated here (drafts may be incomplete): call `validateInventory` for field messages.
 */
export function editInventory(inventory: Inventory, edit: InventoryEdit): EditResult {
  const check = canEdit(edit.actor, inventory);
  if (!check.ok) return check;
  const replaced = new Map((edit.lines ?? []).map((line) => [line.functionId, line]));
  const lines = inventory.lines.map((line) => replaced.get(line.functionId) ?? line);
  const known = new Set(inventory.lines.map((line) => line.functionId));
  for (const line of replaced.values()) if (!known.has(line.functionId)) lines.push(line);
  return {
    ok: true,
    inventory: {
      ...inventory,
      lines,
      firstLine: edit.firstLine === undefined ? inventory.firstLine : edit.firstLine,
      // Editing a returned inventory takes it back to a draft: the manager resubmits when done.
      status:
        inventory.status === 'notStarted' || inventory.status === 'returned' ? 'draft' : inventory.status,
      updatedAt: edit.at,
      updatedBy: normaliseUpn(edit.actor.upn),
    },
  };
}
