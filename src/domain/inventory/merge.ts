import { type MunicipalityConfig } from '../config/types';
import { joinPath } from '../validation/issues';
import { emptyFirstLine, emptyLine, lineFor } from './create';
import { type FirstLineSection, type Inventory, type InventoryLine, type RoleStaffing } from './types';

// Two sessions saved the same inventory (SharePoint answered 412): the manager sees both versions field by field
// and keeps theirs, the stored one, or a mix. Nothing is lost because every field that differs is listed, and a
// merge starts from the stored version (its etag) so that the next save succeeds.

/** A value one field holds: a number, a text, a score, a placement, or the chosen support locations. */
export type FieldValue = number | string | null | readonly string[];

/** The fields of a line a difference can be in. */
export type LineField =
  | 'persons'
  | 'arsarbetare'
  | 'role'
  | 'supportLocations'
  | 'quality'
  | 'competenceNow'
  | 'competenceNeeded'
  | 'competenceGap'
  | 'placement'
  | 'comment';

/** The fields of the first-line section a difference can be in. */
export type FirstLineField = 'adminHours' | 'chefsnaraStodArsarbetare' | 'medarbetarspann' | 'lackingSupport';

/** One field whose value differs between two versions of an inventory. */
export type InventoryDifference =
  | {
      readonly section: 'line';
      /** The validation path of the field, e.g. `lines.ekonomi.arsarbetare`; unique per difference. */
      readonly path: string;
      readonly functionId: string;
      readonly field: LineField;
      /** The role, for `role`. */
      readonly roleId?: string;
      readonly mine: FieldValue;
      readonly theirs: FieldValue;
    }
  | {
      readonly section: 'firstLine';
      readonly path: string;
      readonly field: FirstLineField;
      /** The category, for `adminHours`. */
      readonly categoryId?: string;
      readonly mine: FieldValue;
      readonly theirs: FieldValue;
    };

const scalarLineFields = [
  'persons',
  'arsarbetare',
  'quality',
  'competenceNow',
  'competenceNeeded',
  'competenceGap',
  'placement',
  'comment',
] as const satisfies readonly LineField[];

function same(a: FieldValue, b: FieldValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    // The locations are a set: the order they were ticked in is no difference.
    return a.length === b.length && a.every((value) => b.includes(value));
  }
  return a === b;
}

function roleFte(line: InventoryLine, roleId: string): number | null {
  return line.roles.find((r) => r.roleId === roleId)?.arsarbetare ?? null;
}

/**
 * Every field whose value differs between `mine` and `theirs`, in the order of the form: the functions of the
 * taxonomy, then the first-line section. A function without a line counts as unanswered in every field.
 */
export function inventoryDifferences(
  mine: Inventory,
  theirs: Inventory,
  config: MunicipalityConfig,
): InventoryDifference[] {
  const differences: InventoryDifference[] = [];
  for (const fn of config.taxonomy.functions) {
    const a = lineFor(mine, fn.id) ?? emptyLine(fn.id);
    const b = lineFor(theirs, fn.id) ?? emptyLine(fn.id);
    const at = (...field: string[]) => joinPath('lines', fn.id, ...field);
    const push = (field: LineField, values: { mine: FieldValue; theirs: FieldValue }, roleId?: string) => {
      if (same(values.mine, values.theirs)) return;
      const path = roleId === undefined ? at(field) : at('roles', roleId, 'arsarbetare');
      differences.push({ section: 'line', path, functionId: fn.id, field, roleId, ...values });
    };
    push('persons', { mine: a.persons, theirs: b.persons });
    push('arsarbetare', { mine: a.arsarbetare, theirs: b.arsarbetare });
    for (const role of fn.roles)
      push('role', { mine: roleFte(a, role.id), theirs: roleFte(b, role.id) }, role.id);
    push('supportLocations', { mine: a.supportLocations, theirs: b.supportLocations });
    for (const field of scalarLineFields.slice(2)) push(field, { mine: a[field], theirs: b[field] });
  }
  const a = mine.firstLine ?? emptyFirstLine();
  const b = theirs.firstLine ?? emptyFirstLine();
  for (const category of config.adminHourCategories) {
    const values = { mine: a.adminHours[category.id] ?? null, theirs: b.adminHours[category.id] ?? null };
    if (!same(values.mine, values.theirs)) {
      differences.push({
        section: 'firstLine',
        path: joinPath('firstLine', 'adminHours', category.id),
        field: 'adminHours',
        categoryId: category.id,
        ...values,
      });
    }
  }
  for (const field of ['chefsnaraStodArsarbetare', 'medarbetarspann', 'lackingSupport'] as const) {
    if (!same(a[field], b[field])) {
      differences.push({
        section: 'firstLine',
        path: joinPath('firstLine', field),
        field,
        mine: a[field],
        theirs: b[field],
      });
    }
  }
  return differences;
}

/**
 * The differences between `mine` and `theirs` in which `theirs` holds a value that none of `seen` holds: answers
 * stored by someone else that this session has not seen. `seen` are the versions the session knows SharePoint
 * held (the one its draft builds on, the one it just sent). When there are none, a conflict (SharePoint's 412)
 * leaves nothing to choose: the same value was typed in two sessions, or only SharePoint's version moved, and
 * `mine` can be stored on `theirs`' version without losing anybody's answer.
 */
export function unseenDifferences(
  mine: Inventory,
  theirs: Inventory,
  seen: readonly Inventory[],
  config: MunicipalityConfig,
): InventoryDifference[] {
  const known = seen.map(
    (version) => new Set(inventoryDifferences(version, theirs, config).map((d) => d.path)),
  );
  // A difference is known when some seen version already held theirs' value there (no difference on the path).
  return inventoryDifferences(mine, theirs, config).filter((d) => known.every((paths) => paths.has(d.path)));
}

function withRole(line: InventoryLine, roleId: string, fte: FieldValue): InventoryLine {
  const others = line.roles.filter((r) => r.roleId !== roleId);
  const roles: RoleStaffing[] = typeof fte === 'number' ? [...others, { roleId, arsarbetare: fte }] : others;
  return { ...line, roles };
}

/**
 * `theirs` (the stored version, with its etag) with the fields listed in `keepMine` (difference paths) taken
 * from `mine`. Everything else, the version, the decisions and the status included, is theirs.
 */
export function mergeInventories(
  mine: Inventory,
  theirs: Inventory,
  options: { readonly config: MunicipalityConfig; readonly keepMine: ReadonlySet<string> },
): Inventory {
  const chosen = inventoryDifferences(mine, theirs, options.config).filter((d) =>
    options.keepMine.has(d.path),
  );
  if (chosen.length === 0) return theirs;
  const lines = new Map<string, InventoryLine>();
  let firstLine: FirstLineSection = theirs.firstLine ?? emptyFirstLine();
  let firstLineChanged = false;
  for (const difference of chosen) {
    if (difference.section === 'line') {
      const { functionId } = difference;
      const line = lines.get(functionId) ?? lineFor(theirs, functionId) ?? emptyLine(functionId);
      const mineLine = lineFor(mine, functionId) ?? emptyLine(functionId);
      lines.set(
        functionId,
        difference.field === 'role'
          ? withRole(line, difference.roleId ?? '', difference.mine)
          : { ...line, [difference.field]: mineLine[difference.field] },
      );
    } else {
      firstLineChanged = true;
      const mineSection = mine.firstLine ?? emptyFirstLine();
      firstLine =
        difference.field === 'adminHours'
          ? {
              ...firstLine,
              adminHours: {
                ...firstLine.adminHours,
                [difference.categoryId ?? '']: mineSection.adminHours[difference.categoryId ?? ''] ?? null,
              },
            }
          : { ...firstLine, [difference.field]: mineSection[difference.field] };
    }
  }
  const merged = theirs.lines.map((line) => lines.get(line.functionId) ?? line);
  for (const [functionId, line] of lines) if (lineFor(theirs, functionId) === null) merged.push(line);
  return { ...theirs, lines: merged, firstLine: firstLineChanged ? firstLine : theirs.firstLine };
}
