import { type MunicipalityConfig } from '../config/types';
import { AppError } from '../errors';
import { type LocalizedText } from '../i18n/locale';
import { type MessageKey } from '../i18n/sv';
import { localizedMessage } from '../i18n/translate';
import { type Unit } from '../organisation/types';
import { normaliseUpn } from '../organisation/upn';
import { checkText } from '../validation/fields';
import { validateInventory } from '../validation/inventory';
import { type ValidationIssue } from '../validation/issues';
import { relationsTo, type Actor, type Relation } from './actor';
import { answerFigures } from './figures';
import { type Inventory, type InventoryStatus, type ReviewDecision } from './types';

/** One allowed status change and who may make it. */
export interface TransitionRule {
  /** Status before. */
  readonly from: InventoryStatus;
  /** Status after. */
  readonly to: InventoryStatus;
  /** Who may make it. */
  readonly who: readonly Relation[];
  /** Whether a comment to the manager is required. */
  readonly comment: 'required' | 'optional' | 'none';
  /** Whether the inventory must pass the submit validation. */
  readonly check: 'submit' | 'none';
}

/** The status machine: every allowed change; anything not listed is refused. */
export const transitionRules: readonly TransitionRule[] = [
  { from: 'notStarted', to: 'draft', who: ['manager'], comment: 'none', check: 'none' },
  { from: 'draft', to: 'submitted', who: ['manager'], comment: 'none', check: 'submit' },
  { from: 'returned', to: 'draft', who: ['manager'], comment: 'none', check: 'none' },
  { from: 'returned', to: 'submitted', who: ['manager'], comment: 'none', check: 'submit' },
  { from: 'submitted', to: 'returned', who: ['reviewer', 'projectTeam'], comment: 'required', check: 'none' },
  { from: 'submitted', to: 'approved', who: ['reviewer', 'projectTeam'], comment: 'optional', check: 'none' },
  // Approved is final; only the project team may reopen, and must say why.
  { from: 'approved', to: 'returned', who: ['projectTeam'], comment: 'required', check: 'none' },
];

/** Why a status change was refused. */
export type TransitionRefusal =
  'noSuchTransition' | 'forbidden' | 'selfReview' | 'commentRequired' | 'invalid';

/** Whether an actor may make a status change, before looking at the content. */
export type TransitionCheck =
  | { readonly ok: true; readonly rule: TransitionRule }
  | {
      readonly ok: false;
      readonly reason: Extract<TransitionRefusal, 'noSuchTransition' | 'forbidden' | 'selfReview'>;
      readonly message: LocalizedText;
    };

/** The outcome of a status change: the changed inventory, or why not. */
export type TransitionResult =
  | { readonly ok: true; readonly inventory: Inventory }
  | {
      readonly ok: false;
      readonly reason: TransitionRefusal;
      readonly message: LocalizedText;
      readonly issues: readonly ValidationIssue[];
    };

function refusalMessage(reason: TransitionRefusal): LocalizedText {
  const key: MessageKey = `transition.${reason}`;
  return localizedMessage(key);
}

/** Whether `actor` may move `inventory` to status `to` (permission only; content is checked by `transition`). */
export function canTransition(request: {
  readonly actor: Actor;
  readonly inventory: Inventory;
  readonly to: InventoryStatus;
}): TransitionCheck {
  const { actor, inventory, to } = request;
  const rule = transitionRules.find((r) => r.from === inventory.status && r.to === to);
  if (rule === undefined)
    return { ok: false, reason: 'noSuchTransition', message: refusalMessage('noSuchTransition') };
  const relations = relationsTo(actor, inventory);
  // Nobody reviews their own inventory, even a project team member or sektorchef who manages the unit.
  if (!rule.who.includes('manager') && relations.has('manager')) {
    return { ok: false, reason: 'selfReview', message: refusalMessage('selfReview') };
  }
  if (!rule.who.some((relation) => relations.has(relation))) {
    return { ok: false, reason: 'forbidden', message: refusalMessage('forbidden') };
  }
  return { ok: true, rule };
}

/** The statuses `actor` may move `inventory` to, e.g. to show the right buttons. */
export function allowedTransitions(actor: Actor, inventory: Inventory): InventoryStatus[] {
  return transitionRules
    .filter((r) => r.from === inventory.status && canTransition({ actor, inventory, to: r.to }).ok)
    .map((r) => r.to);
}

/** A status change as requested by a user. */
export interface TransitionRequest {
  /** Who asks. */
  readonly actor: Actor;
  /** The status wanted. */
  readonly to: InventoryStatus;
  /** When (ISO instant), recorded as `submittedAt` or as the decision's time. */
  readonly at: string;
  /** The reviewer's comment; required to return or reopen. */
  readonly comment?: string;
  /** The configuration, for the submit validation. */
  readonly config: MunicipalityConfig;
  /** The inventory's unit, for the submit validation. */
  readonly unit: Unit;
}

function refuse(reason: TransitionRefusal, issues: readonly ValidationIssue[] = []): TransitionResult {
  return { ok: false, reason, message: refusalMessage(reason), issues };
}

/**
 * Moves an inventory to another status if the actor may, the comment rule holds and (for submit) the inventory
 * is complete; records who and when. A reviewer's approve or return appends a decision pinned to the inventory's
 * revision (the store keeps it where only reviewers write); the version is left to the store, which sets it on
 * save.
 */
export function transition(inventory: Inventory, request: TransitionRequest): TransitionResult {
  const { actor, to, at, config, unit } = request;
  const check = canTransition({ actor, inventory, to });
  if (!check.ok) return refuse(check.reason);
  const comment = request.comment?.trim() ?? '';
  if (check.rule.comment === 'required' && comment === '') return refuse('commentRequired');
  const commentIssues = checkText(comment, { path: 'reviewerComment', kind: 'note' });
  if (commentIssues.length > 0) return refuse('invalid', commentIssues);
  if (check.rule.check === 'submit') {
    const validation = validateInventory(inventory, { config, unit, purpose: 'submit' });
    if (!validation.ok) return refuse('invalid', validation.issues);
  }
  const upn = normaliseUpn(actor.upn);
  switch (to) {
    case 'submitted':
      return {
        ok: true,
        inventory: {
          ...inventory,
          status: to,
          updatedAt: at,
          updatedBy: upn,
          submittedBy: upn,
          submittedAt: at,
        },
      };
    case 'approved':
    case 'returned': {
      // A verdict is a decision of its own, pinned to the revision the reviewer saw; the answer is untouched.
      const decision: ReviewDecision = {
        id: '',
        verdict: to,
        comment: comment === '' ? null : comment,
        decidedBy: upn,
        decidedAt: at,
        revision: inventory.revision,
        ...(to === 'approved' ? { figures: answerFigures(inventory) } : {}),
      };
      return {
        ok: true,
        inventory: { ...inventory, status: to, decisions: [...inventory.decisions, decision] },
      };
    }
    case 'draft':
    case 'notStarted':
      return { ok: true, inventory: { ...inventory, status: to, updatedAt: at, updatedBy: upn } };
  }
}

/** The `AppError` for a refused status change, for layers that throw (`forbidden` or `invalid`). */
export function transitionError(result: Extract<TransitionResult, { ok: false }>): AppError {
  const code = result.reason === 'forbidden' || result.reason === 'selfReview' ? 'forbidden' : 'invalid';
  return new AppError(code, { message: `Status change refused: ${result.reason}`, issues: result.issues });
}
