// Values for tests: answered lines and first-line sections with text that must survive SharePoint untouched.
import {
  answerFigures,
  type FirstLineSection,
  type Inventory,
  type InventoryLine,
  type ReviewDecision,
  type Verdict,
} from '../../../src/domain';
import { type Backend } from './fixture';

/** What a decision says, without what the store sets (its id and the revision it pins). */
export type DecisionContent = Pick<ReviewDecision, 'verdict' | 'comment' | 'decidedBy' | 'decidedAt'>;

/**
 * An inventory without what the store sets (version, revision, the decisions' ids and pins) or SharePoint keeps
 * (Modified, Editor).
 */
export function contentOf(inventory: Inventory): Omit<
  Inventory,
  'version' | 'revision' | 'updatedAt' | 'updatedBy' | 'decisions'
> & {
  decisions: DecisionContent[];
} {
  const { version: _v, revision: _r, updatedAt: _a, updatedBy: _b, decisions, ...content } = inventory;
  return {
    ...content,
    decisions: decisions.map(({ verdict, comment, decidedBy, decidedAt }) => ({
      verdict,
      comment,
      decidedBy,
      decidedAt,
    })),
  };
}

/** A fully answered line; `n` varies the numbers and texts. */
export function answeredLine(functionId: string, roleId: string | null, n = 1): InventoryLine {
  return {
    functionId,
    persons: n + 1,
    arsarbetare: n + 0.75,
    roles: roleId === null ? [] : [{ roleId, arsarbetare: n + 0.25 }],
    supportLocations: ['egenEnhet', 'central'],
    quality: 4,
    competenceNow: 2,
    competenceNeeded: 5,
    competenceGap: `Saknar O'Briens kunskap om "åäö" & #${n}`,
    placement: 'samordnaSektor',
    comment: `Kommentar ${n}: 50 % & mer; <b>inte html</b>\nrad två`,
  };
}

/** A first-line section with every category answered. */
export function answeredFirstLine(n = 1): FirstLineSection {
  return {
    adminHours: { hr: 3.5, ekonomi: 2, processerKvalitet: 1, strategiskStyrning: 0.5, it: 1.5, ovrigt: n },
    chefsnaraStodArsarbetare: 0.5,
    medarbetarspann: 24 + n,
    lackingSupport: 'Schemaläggning & rekrytering',
  };
}

/** The inventory with some lines replaced. */
export function withAnswers(
  inventory: Inventory,
  lines: readonly InventoryLine[],
  firstLine?: FirstLineSection | null,
): Inventory {
  const byId = new Map(lines.map((l) => [l.functionId, l]));
  return {
    ...inventory,
    status: inventory.status === 'notStarted' ? 'draft' : inventory.status,
    lines: inventory.lines.map((l) => byId.get(l.functionId) ?? l),
    firstLine: firstLine === undefined ? inventory.firstLine : firstLine,
  };
}

/** The inventory with a reviewer's decision appended, pinned to its revision, as `transition` makes it. */
export function withDecision(
  inventory: Inventory,
  decision: { readonly verdict: Verdict; readonly by: string; readonly comment?: string },
): Inventory {
  return {
    ...inventory,
    status: decision.verdict,
    decisions: [
      ...inventory.decisions,
      {
        id: '',
        verdict: decision.verdict,
        comment: decision.comment ?? null,
        decidedBy: decision.by,
        decidedAt: '2018-05-21T09:30:00Z',
        revision: inventory.revision,
        ...(decision.verdict === 'approved' ? { figures: answerFigures(inventory) } : {}),
      },
    ],
  };
}

/** Awaits a promise that must reject, and returns what it rejected with. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the promise to reject, but it resolved.');
}

/** The requests and `$batch` operations counted since `backend.resetRequests()`. */
export function requestsOf(backend: Backend): { requests: number; batchOperations: number } {
  return { requests: backend.requests(), batchOperations: backend.batchOperations() };
}
