// Values for tests: answered lines and first-line sections with text that must survive SharePoint untouched.
import { type FirstLineSection, type Inventory, type InventoryLine } from '../../../src/domain';
import { type Backend } from './fixture';

/** An inventory without what the store sets (version) or SharePoint keeps (Modified, Editor). */
export function contentOf(inventory: Inventory): Omit<Inventory, 'version' | 'updatedAt' | 'updatedBy'> {
  const { version: _v, updatedAt: _a, updatedBy: _b, ...content } = inventory;
  return content;
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
