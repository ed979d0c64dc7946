import { type MunicipalityConfig } from '../../domain/config/types';
import { JsonReader } from '../../domain/config/reader';
import { emptyInventory } from '../../domain/inventory/create';
import {
  type AnswerFigures,
  type FirstLineSection,
  type InventoryLine,
  type RoleStaffing,
  type Score,
} from '../../domain/inventory/types';
import { type Unit } from '../../domain/organisation/types';
import { isValidId } from '../../domain/validation/ids';
import { validateInventory } from '../../domain/validation/inventory';
import { joinPath, validationIssue, type ValidationIssue } from '../../domain/validation/issues';
import { firstLineLength, formatVersion, lineLength, textMax, topKeys } from './figuresText';

// Reading an approval's figures back from Granskningsbeslut's `Figures` column (the form: `figuresText.ts`). The
// unit's reviewers write that column, by hand too, so it is read as untrusted input: anything that is not exactly
// what `figuresToText` writes, or that the domain's own rules refuse in an answer, makes the figures absent —
// never a wrong figure, never an exception. Only the dashboards read it, so it loads with them, not with the tab.

/** What a `Figures` value says: the figures (`null` when the column is empty), or why they cannot count. */
export type FiguresRead =
  | { readonly ok: true; readonly figures: AnswerFigures | null }
  | { readonly ok: false; readonly issues: readonly [ValidationIssue, ...ValidationIssue[]] };

/** What the figures are checked against. */
export interface FiguresContext {
  /** The configuration: functions, roles, admin-hour categories. */
  readonly config: MunicipalityConfig;
  /** The inventory's unit (the answer's rules are the unit's). */
  readonly unit: Unit;
  /** Where the value lies, prefixed to the issues' paths (`Granskningsbeslut.12.Figures`). */
  readonly path: string;
  /**
   * `answer` (default): also the answer's own rules (`validateInventory` as for a draft), for figures someone other
   * than the answer's author wrote. `shape`: only the form and types, for the manager's own summary of their answer,
   * whose rules the aggregation applies line by line anyway (a broken line is excluded and named there), at a
   * fraction of the cost.
   */
  readonly rules?: 'answer' | 'shape';
}

/** Reads positional JSON, collecting every issue under one base path. */
class WireReader {
  readonly reader = new JsonReader();

  constructor(private readonly base: string) {}

  at(...segments: (string | number)[]): string {
    return joinPath(this.base, ...segments);
  }

  report(issue: ValidationIssue): void {
    this.reader.report(issue);
  }

  /** An array of exactly `length` elements, or `null` (with an issue). */
  tuple(value: unknown, length: number, path: string): readonly unknown[] | null {
    const array = this.reader.array(value, { path });
    if (array === null) return null;
    if (array.length !== length) {
      this.report(validationIssue('wrongType', { path, params: { expected: `array of ${length}` } }));
      return null;
    }
    return array;
  }

  /** An array of at most `max` elements, or `null` (with an issue). */
  list(value: unknown, max: number, path: string): readonly unknown[] | null {
    const array = this.reader.array(value, { path });
    if (array === null) return null;
    if (array.length > max) {
      this.report(validationIssue('outOfRange', { path, params: { min: 0, max } }));
      return null;
    }
    return array;
  }

  /** A number; its range is the domain's validation's to judge. `null` (with an issue) on a wrong type. */
  number(value: unknown, path: string): number | null {
    if (typeof value === 'number') return value;
    this.report(validationIssue('wrongType', { path, params: { expected: 'number' } }));
    return null;
  }

  /** A number or `null`; its range is the domain's validation's to judge. `undefined` on a wrong type. */
  optionalNumber(value: unknown, path: string): number | null | undefined {
    if (value === null) return null;
    if (typeof value === 'number') return value;
    this.report(validationIssue('wrongType', { path, params: { expected: 'number' } }));
    return undefined;
  }

  /** A string or `null`. `undefined` on a wrong type. */
  optionalString(value: unknown, path: string): string | null | undefined {
    if (value === null) return null;
    if (typeof value === 'string') return value;
    this.report(validationIssue('wrongType', { path, params: { expected: 'string' } }));
    return undefined;
  }
}

function readRoles(w: WireReader, value: unknown, path: string): RoleStaffing[] | null {
  const items = w.reader.array(value, { path });
  if (items === null) return null;
  const roles = items.map((item, index): RoleStaffing | null => {
    const at = joinPath(path, index);
    const pair = w.tuple(item, 2, at);
    if (pair === null) return null;
    const roleId = w.reader.id(pair[0], joinPath(at, 0));
    const arsarbetare = w.number(pair[1], joinPath(at, 1));
    return roleId === null || arsarbetare === null ? null : { roleId, arsarbetare };
  });
  return roles.every((r) => r !== null) ? (roles as RoleStaffing[]) : null;
}

// Which locations exist is the domain's validation's to judge; twice the same one is refused here, since the
// domain's lines never hold a location twice (SharePoint's multi-choice cannot).
function readLocations(w: WireReader, value: unknown, path: string): string[] | null {
  const items = w.reader.array(value, { path });
  if (items === null) return null;
  const locations = items.map((item, index) => w.reader.string(item, joinPath(path, index)));
  w.reader.unique(locations, path);
  return locations.every((l) => l !== null) ? (locations as string[]) : null;
}

function readLine(w: WireReader, value: unknown, index: number): InventoryLine | null {
  const at = w.at('l', index);
  const tuple = w.tuple(value, lineLength, at);
  if (tuple === null) return null;
  const field = (position: number) => joinPath(at, position);
  const functionId = w.reader.id(tuple[0], field(0));
  const persons = w.optionalNumber(tuple[1], field(1));
  const arsarbetare = w.optionalNumber(tuple[2], field(2));
  const roles = readRoles(w, tuple[3], field(3));
  const supportLocations = readLocations(w, tuple[4], field(4));
  const scores = [5, 6, 7].map((position) => w.optionalNumber(tuple[position], field(position)));
  const placement = w.optionalString(tuple[8], field(8));
  const [quality, competenceNow, competenceNeeded] = scores;
  if (
    functionId === null ||
    persons === undefined ||
    arsarbetare === undefined ||
    roles === null ||
    supportLocations === null ||
    quality === undefined ||
    competenceNow === undefined ||
    competenceNeeded === undefined ||
    placement === undefined
  )
    return null;
  // The casts hold once `validateInventory` has accepted the line (scores 1–5, known locations and placement).
  return {
    functionId,
    persons,
    arsarbetare,
    roles,
    supportLocations: supportLocations as InventoryLine['supportLocations'],
    quality: quality as Score | null,
    competenceNow: competenceNow as Score | null,
    competenceNeeded: competenceNeeded as Score | null,
    competenceGap: '',
    placement: placement as InventoryLine['placement'],
    comment: '',
  };
}

function readFirstLine(w: WireReader, value: unknown): FirstLineSection | null {
  if (value === null) return null;
  const at = w.at('f');
  const tuple = w.tuple(value, firstLineLength, at);
  if (tuple === null) return null;
  const hours = w.reader.object(tuple[0], joinPath(at, 0));
  const chefsnaraStodArsarbetare = w.optionalNumber(tuple[1], joinPath(at, 1));
  const medarbetarspann = w.optionalNumber(tuple[2], joinPath(at, 2));
  if (hours === null || chefsnaraStodArsarbetare === undefined || medarbetarspann === undefined) return null;
  const entries = Object.entries(hours).map(([category, h]) => {
    const read = w.optionalNumber(h, joinPath(at, 0, category));
    return [category, read] as const;
  });
  if (entries.some(([, h]) => h === undefined)) return null;
  // fromEntries defines own properties, so a category named `__proto__` stays a key (which validation refuses).
  const adminHours = Object.fromEntries(entries) as Record<string, number | null>;
  return { adminHours, chefsnaraStodArsarbetare, medarbetarspann, lackingSupport: '' };
}

// The common case, well-formed text, read in one pass without building an issue path per value (which is most of
// the cost at a region's 3,500 summaries); anything else goes through the reader above for its issues.
const isNumberOrNull = (value: unknown): value is number | null =>
  value === null || typeof value === 'number';

function wellFormedLine(value: unknown): InventoryLine | null {
  if (!Array.isArray(value) || value.length !== lineLength) return null;
  const [functionId, persons, arsarbetare, roles, locations, quality, now, needed, placement] =
    value as unknown[];
  if (typeof functionId !== 'string' || !isValidId(functionId)) return null;
  if (!isNumberOrNull(persons) || !isNumberOrNull(arsarbetare)) return null;
  if (!isNumberOrNull(quality) || !isNumberOrNull(now) || !isNumberOrNull(needed)) return null;
  if (placement !== null && typeof placement !== 'string') return null;
  if (!Array.isArray(roles) || !Array.isArray(locations)) return null;
  const staffing: RoleStaffing[] = [];
  for (const role of roles as unknown[]) {
    if (!Array.isArray(role) || role.length !== 2) return null;
    const [roleId, fte] = role as unknown[];
    if (typeof roleId !== 'string' || !isValidId(roleId) || typeof fte !== 'number') return null;
    staffing.push({ roleId, arsarbetare: fte });
  }
  if (!locations.every((l) => typeof l === 'string') || new Set(locations).size !== locations.length)
    return null;
  return {
    functionId,
    persons,
    arsarbetare,
    roles: staffing,
    supportLocations: locations as InventoryLine['supportLocations'],
    quality: quality as Score | null,
    competenceNow: now as Score | null,
    competenceNeeded: needed as Score | null,
    competenceGap: '',
    placement: placement as InventoryLine['placement'],
    comment: '',
  };
}

function wellFormedFirstLine(value: unknown): FirstLineSection | null | undefined {
  if (value === null) return null;
  if (!Array.isArray(value) || value.length !== firstLineLength) return undefined;
  const [hours, stod, span] = value as unknown[];
  if (hours === null || typeof hours !== 'object' || Array.isArray(hours)) return undefined;
  if (!isNumberOrNull(stod) || !isNumberOrNull(span)) return undefined;
  const entries = Object.entries(hours);
  if (!entries.every(([, h]) => isNumberOrNull(h))) return undefined;
  return {
    adminHours: Object.fromEntries(entries) as Record<string, number | null>,
    chefsnaraStodArsarbetare: stod,
    medarbetarspann: span,
    lackingSupport: '',
  };
}

/** The figures of well-formed JSON, or `null` when anything about it is off (the slow reader then says what). */
function wellFormed(json: unknown, maxLines: number): AnswerFigures | null {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return null;
  const top = json as Record<string, unknown>;
  if (Object.keys(top).some((key) => !topKeys.includes(key)) || top.v !== formatVersion) return null;
  if (!Array.isArray(top.l) || top.l.length > maxLines) return null;
  const lines: InventoryLine[] = [];
  for (const item of top.l as unknown[]) {
    const line = wellFormedLine(item);
    if (line === null) return null;
    lines.push(line);
  }
  const firstLine = wellFormedFirstLine(top.f);
  return firstLine === undefined ? null : { lines, firstLine };
}

// Always with an issue: figures left out are always reported.
function refused(path: string, issues: readonly ValidationIssue[]): FiguresRead {
  const [first = validationIssue('wrongType', { path, params: { expected: 'figures' } }), ...rest] = issues;
  return { ok: false, issues: [first, ...rest] };
}

/**
 * An approval's figures from its `Figures` value: `null` when the column is empty (an approval made in
 * SharePoint's own form keeps none); issues when the value is not what `figuresToText` writes (text that is not
 * JSON, another shape or version, more lines than the taxonomy has functions) or breaks the answer's own rules
 * (`validateInventory` as for a draft: unknown functions, roles, locations or categories, numbers out of range, a
 * function twice). Never throws.
 */
export function figuresFromText(value: unknown, context: FiguresContext): FiguresRead {
  if (value === null || value === undefined || value === '') return { ok: true, figures: null };
  const { path } = context;
  if (typeof value !== 'string')
    return refused(path, [validationIssue('wrongType', { path, params: { expected: 'string' } })]);
  if (value.length > textMax)
    return refused(path, [validationIssue('tooLong', { path, params: { max: textMax } })]);
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    return refused(path, [validationIssue('wrongType', { path, params: { expected: 'JSON' } })]);
  }
  const fast = wellFormed(json, context.config.taxonomy.functions.length);
  if (fast !== null) return checkedFigures(fast, context);
  const w = new WireReader(path);
  const top = w.reader.object(json, path);
  if (top === null) return refused(path, w.reader.issues);
  for (const key of Object.keys(top)) {
    if (!topKeys.includes(key))
      w.report(validationIssue('unknownReference', { path: w.at(key), params: { id: key } }));
  }
  if (top.v !== formatVersion)
    w.report(validationIssue('wrongType', { path: w.at('v'), params: { expected: String(formatVersion) } }));
  // Checked before the lines are read, so a long list costs nothing: an answer has a line per function at most.
  const items = w.list(top.l, context.config.taxonomy.functions.length, w.at('l'));
  const lines = (items ?? []).map((item, index) => readLine(w, item, index));
  const firstLine = readFirstLine(w, top.f);
  if (w.reader.issues.length > 0) return refused(path, w.reader.issues);
  return checkedFigures({ lines: lines as InventoryLine[], firstLine }, context);
}

/** Well-formed figures, held to the answer's own rules unless only their shape is asked for. */
function checkedFigures(figures: AnswerFigures, context: FiguresContext): FiguresRead {
  const { path } = context;
  if (context.rules === 'shape') return { ok: true, figures };
  const checked = validateInventory(
    { ...emptyInventory(context.unit, ''), ...figures },
    { config: context.config, unit: context.unit, purpose: 'draft' },
  );
  if (!checked.ok)
    return refused(
      path,
      checked.issues.map((issue) => ({ ...issue, path: joinPath(path, issue.path) })),
    );
  return { ok: true, figures };
}
