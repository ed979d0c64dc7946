import { checkNumber, checkText } from '../validation/fields';
import { isValidId } from '../validation/ids';
import {
  joinPath,
  resultOf,
  validationIssue,
  type ValidationIssue,
  type ValidationResult,
} from '../validation/issues';
import { epsilon, limits } from '../validation/limits';
import { managerLevels, unitKinds, type Unit, type UnitInput, type UnitKind } from './types';
import { isUpn, normaliseUpn } from './upn';

// Which kinds may be the parent of which: a sektor hangs on the kommun (no parent), a kontor on a sektor,
// and an enhet on anything (sector staff units, office units, sub-units).
const allowedParents: { readonly [K in UnitKind]: readonly UnitKind[] } = {
  sektor: [],
  kontor: ['sektor'],
  enhet: ['sektor', 'kontor', 'enhet'],
};

function checkUnitFields(unit: UnitInput, index: number): ValidationIssue[] {
  const at = (field: string): string => joinPath(index, field);
  const issues: ValidationIssue[] = [];
  if (!isValidId(unit.id)) {
    issues.push(validationIssue('invalidId', { path: at('id'), params: { id: unit.id } }));
  }
  if (unit.name.trim() === '') issues.push(validationIssue('required', { path: at('name') }));
  issues.push(...checkText(unit.name, { path: at('name'), kind: 'singleLine' }));
  const headcount = checkNumber(unit.headcount, {
    path: at('headcount'),
    max: limits.headcountMax,
    step: 'integer',
  });
  const fte = checkNumber(unit.arsarbetare, { path: at('arsarbetare'), max: limits.headcountMax });
  issues.push(...headcount, ...fte);
  if (headcount.length === 0 && fte.length === 0 && unit.arsarbetare > unit.headcount + epsilon) {
    issues.push(
      validationIssue('fteAboveHeadcount', {
        path: at('arsarbetare'),
        params: { headcount: unit.headcount },
      }),
    );
  }
  if (unit.manager !== null && !isUpn(unit.manager.upn)) {
    issues.push(validationIssue('invalidUpn', { path: at('manager.upn'), params: { id: unit.manager.upn } }));
  }
  // Imports come from spreadsheets and lists, so the unions are checked at run time too.
  if (!unitKinds.includes(unit.kind)) {
    issues.push(validationIssue('unknownReference', { path: at('kind'), params: { id: String(unit.kind) } }));
  }
  if (unit.manager !== null && !managerLevels.includes(unit.manager.level)) {
    issues.push(
      validationIssue('unknownReference', {
        path: at('manager.level'),
        params: { id: String(unit.manager.level) },
      }),
    );
  }
  return issues;
}

interface Placement {
  readonly sektorId: string;
  readonly kontorId: string | null;
}

/**
 * Checks imported units as a tree (unique ids, known parents, right levels, no cycles) and derives each unit's
 * sektor and kontor, lower-cases manager UPNs and counts managers reporting; O(n) with memoised walks.
 */
export function buildOrganisation(inputs: readonly UnitInput[]): ValidationResult<Unit[]> {
  const issues: ValidationIssue[] = [];
  const byId = new Map<string, UnitInput>();
  const indexOf = new Map<string, number>();
  inputs.forEach((unit, index) => {
    issues.push(...checkUnitFields(unit, index));
    if (byId.has(unit.id)) {
      issues.push(validationIssue('duplicateId', { path: joinPath(index, 'id'), params: { id: unit.id } }));
    } else {
      byId.set(unit.id, unit);
      indexOf.set(unit.id, index);
    }
  });

  const placed = new Map<string, Placement | null>();
  const place = (start: UnitInput): Placement | null => {
    // Walk up until a unit whose placement is known, then fill the placements in on the way back down.
    const path: UnitInput[] = [];
    const onPath = new Set<string>();
    let current: UnitInput | undefined = start;
    let found: Placement | null = null;
    while (current !== undefined) {
      if (placed.has(current.id)) {
        found = placed.get(current.id) ?? null;
        break;
      }
      if (onPath.has(current.id)) {
        const at = joinPath(indexOf.get(current.id) ?? 0, 'parentId');
        issues.push(validationIssue('cycle', { path: at }));
        found = null;
        break;
      }
      path.push(current);
      onPath.add(current.id);
      if (current.kind === 'sektor') {
        found = { sektorId: current.id, kontorId: null };
        placed.set(current.id, found);
        path.pop();
        break;
      }
      current = current.parentId === null ? undefined : byId.get(current.parentId);
      if (current === undefined) break; // reported by the parent check below
    }
    for (let i = path.length - 1; i >= 0; i--) {
      const unit = path[i] as UnitInput;
      found = found && {
        sektorId: found.sektorId,
        kontorId: unit.kind === 'kontor' ? unit.id : found.kontorId,
      };
      placed.set(unit.id, found);
    }
    return placed.get(start.id) ?? null;
  };

  const managersBelow = new Map<string, Set<string>>();
  inputs.forEach((unit, index) => {
    const at = joinPath(index, 'parentId');
    if (unit.parentId === null) {
      if (unit.kind !== 'sektor') issues.push(validationIssue('wrongParentKind', { path: at }));
      return;
    }
    const parent = byId.get(unit.parentId);
    if (parent === undefined) {
      issues.push(validationIssue('unknownParent', { path: at, params: { id: unit.parentId } }));
      return;
    }
    if (!(allowedParents[unit.kind] ?? []).includes(parent.kind))
      issues.push(validationIssue('wrongParentKind', { path: at }));
    if (unit.manager !== null && normaliseUpn(unit.manager.upn) !== normaliseUpn(parent.manager?.upn ?? '')) {
      const set = managersBelow.get(parent.id) ?? new Set<string>();
      set.add(normaliseUpn(unit.manager.upn));
      managersBelow.set(parent.id, set);
    }
  });

  const units: Unit[] = [];
  for (const unit of byId.values()) {
    const placement = place(unit);
    if (placement === null) continue;
    units.push({
      ...unit,
      manager: unit.manager && { ...unit.manager, upn: normaliseUpn(unit.manager.upn) },
      sektorId: placement.sektorId,
      kontorId: placement.kontorId,
      managersReporting: managersBelow.get(unit.id)?.size ?? 0,
    });
  }
  return resultOf(units, dedupe(issues));
}

// A cycle is found once per unit that walks into it; one issue per path is enough.
function dedupe(issues: readonly ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.code}|${issue.path}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
