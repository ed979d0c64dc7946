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
import { unitCodeKey } from './unitCodes';
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
 * sektor and kontor, lower-cases manager UPNs and counts managers reporting. Unit codes are compared without
 * regard to case (`unitCodeKey`): two codes that differ only in case are a duplicate, and a parent written in
 * another case is found, with the parent's own spelling in the result. Every unit of a cycle is reported.
 * O(n), with iterative walks (no recursion, so a chain of any length is fine).
 */
export function buildOrganisation(inputs: readonly UnitInput[]): ValidationResult<Unit[]> {
  const issues: ValidationIssue[] = [];
  const byKey = new Map<string, UnitInput>();
  const indexOf = new Map<string, number>();
  inputs.forEach((unit, index) => {
    for (const issue of checkUnitFields(unit, index)) issues.push(issue);
    const key = unitCodeKey(unit.id);
    if (byKey.has(key)) {
      issues.push(validationIssue('duplicateId', { path: joinPath(index, 'id'), params: { id: unit.id } }));
    } else {
      byKey.set(key, unit);
      indexOf.set(key, index);
    }
  });
  const parentOf = (unit: UnitInput): UnitInput | undefined =>
    unit.parentId === null ? undefined : byKey.get(unitCodeKey(unit.parentId));

  const placed = new Map<string, Placement | null>();
  const place = (start: UnitInput): Placement | null => {
    // Walk up until a unit whose placement is known, then fill the placements in on the way back down.
    const path: UnitInput[] = [];
    const positionOnPath = new Map<string, number>();
    let current: UnitInput | undefined = start;
    let found: Placement | null = null;
    while (current !== undefined) {
      const key = unitCodeKey(current.id);
      if (placed.has(key)) {
        found = placed.get(key) ?? null;
        break;
      }
      const seenAt = positionOnPath.get(key);
      if (seenAt !== undefined) {
        // The walk came back to a unit it passed: every unit from there on lies in the cycle. Units below the
        // cycle that led the walk into it are not wrong themselves, and are not reported.
        for (let i = seenAt; i < path.length; i++) {
          const at = joinPath(indexOf.get(unitCodeKey(path[i]!.id)) ?? 0, 'parentId');
          issues.push(validationIssue('cycle', { path: at }));
        }
        found = null;
        break;
      }
      positionOnPath.set(key, path.length);
      path.push(current);
      if (current.kind === 'sektor') {
        found = { sektorId: current.id, kontorId: null };
        placed.set(key, found);
        path.pop();
        break;
      }
      current = parentOf(current);
      if (current === undefined) break; // reported by the parent check below
    }
    for (let i = path.length - 1; i >= 0; i--) {
      const unit = path[i] as UnitInput;
      found = found && {
        sektorId: found.sektorId,
        kontorId: unit.kind === 'kontor' ? unit.id : found.kontorId,
      };
      placed.set(unitCodeKey(unit.id), found);
    }
    return placed.get(unitCodeKey(start.id)) ?? null;
  };

  const managersBelow = new Map<string, Set<string>>();
  inputs.forEach((unit, index) => {
    const at = joinPath(index, 'parentId');
    if (unit.parentId === null) {
      if (unit.kind !== 'sektor') issues.push(validationIssue('wrongParentKind', { path: at }));
      return;
    }
    const parent = parentOf(unit);
    if (parent === undefined) {
      issues.push(validationIssue('unknownParent', { path: at, params: { id: unit.parentId } }));
      return;
    }
    if (!(allowedParents[unit.kind] ?? []).includes(parent.kind))
      issues.push(validationIssue('wrongParentKind', { path: at }));
    if (unit.manager !== null && normaliseUpn(unit.manager.upn) !== normaliseUpn(parent.manager?.upn ?? '')) {
      const key = unitCodeKey(parent.id);
      const set = managersBelow.get(key) ?? new Set<string>();
      set.add(normaliseUpn(unit.manager.upn));
      managersBelow.set(key, set);
    }
  });

  const units: Unit[] = [];
  for (const unit of byKey.values()) {
    const placement = place(unit);
    if (placement === null) continue;
    units.push({
      ...unit,
      parentId: parentOf(unit)?.id ?? unit.parentId,
      manager: unit.manager && { ...unit.manager, upn: normaliseUpn(unit.manager.upn) },
      sektorId: placement.sektorId,
      kontorId: placement.kontorId,
      managersReporting: managersBelow.get(unitCodeKey(unit.id))?.size ?? 0,
    });
  }
  return resultOf(units, issues);
}
