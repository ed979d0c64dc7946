import { type Placement, type SupportLocation } from '../config/types';

/** Where an inventory is in its life: notStarted → draft → submitted → returned (with comment) → approved. */
export type InventoryStatus = 'notStarted' | 'draft' | 'submitted' | 'returned' | 'approved';

/** What a manager says of their own answer: the only statuses a manager can store. */
export type AnswerStatus = Extract<InventoryStatus, 'notStarted' | 'draft' | 'submitted'>;

/** What a reviewer decides: the statuses only a unit's reviewers and the project team can store. */
export type Verdict = Extract<InventoryStatus, 'approved' | 'returned'>;

/** Every status, in the order of the life cycle. */
export const inventoryStatuses: readonly InventoryStatus[] = [
  'notStarted',
  'draft',
  'submitted',
  'returned',
  'approved',
];

/** Every answer status, in the order of the life cycle. */
export const answerStatuses: readonly AnswerStatus[] = ['notStarted', 'draft', 'submitted'];

/**
 * A reviewer's decision on one inventory, kept where only the unit's reviewers and the project team can write
 * (docs/data-model.md, "Statuses only the right people can set"). It pins the revision it was made on: an edit
 * after it makes it history rather than the status.
 */
export interface ReviewDecision {
  /** The store's id; `''` until stored. Decisions are ordered by it, oldest first. */
  readonly id: string;
  /** Approved or returned. */
  readonly verdict: Verdict;
  /** The reviewer's comment to the manager (required to return). */
  readonly comment: string | null;
  /** Who decided (UPN), as the store records the item's author. */
  readonly decidedBy: string | null;
  /** When (ISO instant), as the store records it. */
  readonly decidedAt: string | null;
  /** The inventory's `revision` the reviewer saw. */
  readonly revision: string;
  /**
   * An approval's copy of the figures it approved, so they keep counting while a newer answer is reviewed; absent
   * on returns and on approvals made outside the app (SharePoint's own form), which keep none.
   */
  readonly figures?: AnswerFigures;
}

/**
 * The figures of an answer: its lines and first-line section with the free text left out (`answerFigures`). What an
 * approval keeps, so the dashboards can count the last approved answer while a newer one is in review.
 */
export interface AnswerFigures {
  /** The lines, with `comment` and `competenceGap` empty. */
  readonly lines: readonly InventoryLine[];
  /** The first-line section, with `lackingSupport` empty; `null` when not answered. */
  readonly firstLine: FirstLineSection | null;
}

/** A quality or competence score: 1 (very poor) to 5 (very good). */
export type Score = 1 | 2 | 3 | 4 | 5;

/** FTE of one role within a function's own staff. */
export interface RoleStaffing {
  /** The role (belongs to the line's function). */
  readonly roleId: string;
  /** FTE (årsarbetare) in the role. */
  readonly arsarbetare: number;
}

/** A unit's answer about one support function; `null` means not answered yet (allowed in a draft). */
export interface InventoryLine {
  /** The function this line answers; an inventory has at most one line per function. */
  readonly functionId: string;
  /** Own staff in the unit doing this work, as persons. */
  readonly persons: number | null;
  /** Own staff in the unit doing this work, as FTE (årsarbetare); not above `persons`. */
  readonly arsarbetare: number | null;
  /** How the own staff's FTE splits over the function's roles (may cover less than the whole). */
  readonly roles: readonly RoleStaffing[];
  /** Where the support the unit receives sits (several allowed); empty when the unit receives none. */
  readonly supportLocations: readonly SupportLocation[];
  /** Quality of the support the unit receives. */
  readonly quality: Score | null;
  /** Competence available today. */
  readonly competenceNow: Score | null;
  /** Competence needed. */
  readonly competenceNeeded: Score | null;
  /** What competence is lacking (required when the need is above today's level). */
  readonly competenceGap: string;
  /** The manager's view of where the function belongs. */
  readonly placement: Placement | null;
  /** Free comment. */
  readonly comment: string;
}

/** The first-line manager's section: administrative burden, chefsnära stöd and span of control. */
export interface FirstLineSection {
  /** Hours per week on administration, by configured category id. */
  readonly adminHours: Readonly<Record<string, number | null>>;
  /** Chefsnära stöd the manager has access to, in FTE. */
  readonly chefsnaraStodArsarbetare: number | null;
  /** Employees reporting directly to the manager (medarbetarspann). */
  readonly medarbetarspann: number | null;
  /** What support the manager lacks. */
  readonly lackingSupport: string;
}

/** One unit's inventory in one period; dates are ISO text so the value can be stored and posted as is. */
export interface Inventory {
  /** Stable id, `inventoryId(periodId, unitId)`. */
  readonly id: string;
  /** The period (inventory round). */
  readonly periodId: string;
  /** The unit. */
  readonly unitId: string;
  /** The unit's sektor when the inventory was created (for reviewer scope and list filters). */
  readonly sektorId: string;
  /** The unit's kontor when the inventory was created, if any. */
  readonly kontorId: string | null;
  /** UPN of the manager who answers (the unit's manager when created). */
  readonly managerUpn: string | null;
  /**
   * Where it is in its life cycle: the verdict of the decision in force, else the manager's answer status
   * (`reviewStatus`).
   */
  readonly status: InventoryStatus;
  /** Opaque version from the store (the SharePoint etag); `''` before the first save. */
  readonly version: string;
  /**
   * Opaque revision of the stored content, which only a change of the content changes (in SharePoint: the IDs and
   * versions of the items); `''` before the first save. A decision pins it.
   */
  readonly revision: string;
  /** Every review decision, oldest first; the last one sets the status while the revision is unchanged. */
  readonly decisions: readonly ReviewDecision[];
  /** One line per answered function. */
  readonly lines: readonly InventoryLine[];
  /** The first-line section, or `null` when not (yet) answered. */
  readonly firstLine: FirstLineSection | null;
  /** When it was last changed (ISO instant). */
  readonly updatedAt: string | null;
  /** Who last changed it (UPN). */
  readonly updatedBy: string | null;
  /** Who submitted it last (UPN). */
  readonly submittedBy: string | null;
  /** When it was submitted last (ISO instant). */
  readonly submittedAt: string | null;
}
