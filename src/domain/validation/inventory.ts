import { placements, supportLocations, type MunicipalityConfig, type SupportFunction } from '../config/types';
import { type FirstLineSection, type Inventory, type InventoryLine } from '../inventory/types';
import { isFirstLine } from '../organisation/queries';
import { type Unit } from '../organisation/types';
import { checkNumber, checkScore, checkText, requiredIssue, type NumberRule } from './fields';
import { joinPath, resultOf, validationIssue, type ValidationIssue, type ValidationResult } from './issues';
import { epsilon, limits } from './limits';

/** Why an inventory is checked: a draft may be incomplete, a submission must be complete. */
export type ValidationPurpose = 'draft' | 'submit';

/** What `validateInventory` needs besides the inventory. */
export interface InventoryValidationContext {
  /** The municipality's configuration (functions, roles, categories). */
  readonly config: MunicipalityConfig;
  /** The inventory's unit: decides whether the first-line section is required. */
  readonly unit: Unit;
  /** Draft (field rules only) or submit (also completeness). @default 'draft' */
  readonly purpose?: ValidationPurpose;
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/** The issues with an optional number, and the number itself when it is there and valid. */
function checkOptional(
  value: number | null,
  rule: NumberRule,
): { issues: ValidationIssue[]; valid: number | null } {
  if (value === null) return { issues: [], valid: null };
  const issues = checkNumber(value, rule);
  return { issues, valid: issues.length === 0 ? value : null };
}

function checkLineFields(line: InventoryLine, fn: SupportFunction): ValidationIssue[] {
  const at = (...field: string[]): string => joinPath('lines', line.functionId, ...field);
  const issues: ValidationIssue[] = [];
  // Comparisons between fields only run when both fields are valid, so one typo gives one message.
  const persons = checkOptional(line.persons, {
    path: at('persons'),
    max: limits.personsMax,
    step: 'integer',
  });
  const fte = checkOptional(line.arsarbetare, { path: at('arsarbetare'), max: limits.personsMax });
  issues.push(...persons.issues, ...fte.issues);
  if (fte.valid !== null && persons.valid !== null && fte.valid > persons.valid + epsilon) {
    issues.push(
      validationIssue('fteAbovePersons', { path: at('arsarbetare'), params: { persons: persons.valid } }),
    );
  }
  const seenRoles = new Set<string>();
  for (const role of line.roles) {
    if (!fn.roles.some((r) => r.id === role.roleId)) {
      issues.push(
        validationIssue('unknownRole', { path: at('roles', role.roleId), params: { id: role.roleId } }),
      );
    }
    if (seenRoles.has(role.roleId)) {
      issues.push(
        validationIssue('duplicateId', { path: at('roles', role.roleId), params: { id: role.roleId } }),
      );
    }
    seenRoles.add(role.roleId);
    issues.push(
      ...checkNumber(role.arsarbetare, {
        path: at('roles', role.roleId, 'arsarbetare'),
        max: limits.personsMax,
      }),
    );
  }
  const rolesTotal = sum(line.roles.map((r) => r.arsarbetare));
  if (fte.valid !== null && rolesTotal > fte.valid + epsilon) {
    issues.push(
      validationIssue('roleFteAboveLine', {
        path: at('roles'),
        params: { roles: rolesTotal, total: fte.valid },
      }),
    );
  }
  for (const location of line.supportLocations) {
    if (!supportLocations.includes(location)) {
      issues.push(
        validationIssue('unknownLocation', { path: at('supportLocations'), params: { id: location } }),
      );
    }
  }
  if (line.placement !== null && !placements.includes(line.placement)) {
    issues.push(
      validationIssue('unknownReference', { path: at('placement'), params: { id: line.placement } }),
    );
  }
  for (const field of ['quality', 'competenceNow', 'competenceNeeded'] as const) {
    const score = line[field];
    if (score !== null) issues.push(...checkScore(score, at(field)));
  }
  issues.push(...checkText(line.competenceGap, { path: at('competenceGap'), kind: 'note' }));
  issues.push(...checkText(line.comment, { path: at('comment'), kind: 'note' }));
  return issues;
}

function checkLineComplete(line: InventoryLine, fn: SupportFunction): ValidationIssue[] {
  const base = ['lines', line.functionId];
  const issues: ValidationIssue[] = [];
  if (line.persons === null) issues.push(requiredIssue(...base, 'persons'));
  if (line.arsarbetare === null) issues.push(requiredIssue(...base, 'arsarbetare'));
  const ownStaff = (line.persons ?? 0) > 0;
  if (ownStaff && fn.roles.length > 0 && line.roles.length === 0) {
    issues.push(validationIssue('rolesRequired', { path: joinPath(...base, 'roles') }));
  }
  // The assessment questions only make sense where the function is present: own staff or support received.
  if (ownStaff || line.supportLocations.length > 0) {
    if (line.supportLocations.length > 0 && line.quality === null)
      issues.push(requiredIssue(...base, 'quality'));
    if (line.competenceNow === null) issues.push(requiredIssue(...base, 'competenceNow'));
    if (line.competenceNeeded === null) issues.push(requiredIssue(...base, 'competenceNeeded'));
    if (line.placement === null) issues.push(requiredIssue(...base, 'placement'));
  }
  if (
    line.competenceNow !== null &&
    line.competenceNeeded !== null &&
    line.competenceNeeded > line.competenceNow &&
    line.competenceGap.trim() === ''
  ) {
    issues.push(validationIssue('gapDescriptionRequired', { path: joinPath(...base, 'competenceGap') }));
  }
  return issues;
}

function checkFirstLineFields(section: FirstLineSection, config: MunicipalityConfig): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const known = new Set(config.adminHourCategories.map((c) => c.id));
  let total = 0;
  for (const [category, hours] of Object.entries(section.adminHours)) {
    const path = joinPath('firstLine', 'adminHours', category);
    if (!known.has(category))
      issues.push(validationIssue('unknownCategory', { path, params: { id: category } }));
    if (hours === null) continue;
    issues.push(...checkNumber(hours, { path, max: limits.adminHoursPerWeekMax }));
    if (Number.isFinite(hours)) total += hours;
  }
  if (total > limits.adminHoursPerWeekMax + epsilon) {
    issues.push(
      validationIssue('adminHoursAboveWeek', {
        path: 'firstLine.adminHours',
        params: { max: limits.adminHoursPerWeekMax },
      }),
    );
  }
  if (section.chefsnaraStodArsarbetare !== null) {
    issues.push(
      ...checkNumber(section.chefsnaraStodArsarbetare, {
        path: 'firstLine.chefsnaraStodArsarbetare',
        max: limits.chefsnaraStodArsarbetareMax,
      }),
    );
  }
  if (section.medarbetarspann !== null) {
    issues.push(
      ...checkNumber(section.medarbetarspann, {
        path: 'firstLine.medarbetarspann',
        max: limits.medarbetarspannMax,
        step: 'integer',
      }),
    );
  }
  issues.push(...checkText(section.lackingSupport, { path: 'firstLine.lackingSupport', kind: 'note' }));
  return issues;
}

function checkFirstLineComplete(
  section: FirstLineSection | null,
  config: MunicipalityConfig,
): ValidationIssue[] {
  if (section === null) return [validationIssue('firstLineRequired', { path: 'firstLine' })];
  const issues: ValidationIssue[] = [];
  for (const category of config.adminHourCategories) {
    if ((section.adminHours[category.id] ?? null) === null) {
      issues.push(requiredIssue('firstLine', 'adminHours', category.id));
    }
  }
  if (section.chefsnaraStodArsarbetare === null)
    issues.push(requiredIssue('firstLine', 'chefsnaraStodArsarbetare'));
  if (section.medarbetarspann === null) issues.push(requiredIssue('firstLine', 'medarbetarspann'));
  return issues;
}

/**
 * Checks an inventory: field rules always (numbers, scores, roles, lengths, admin hours), and for `submit`
 * also completeness (a line per configured function with its required answers, and the first-line section
 * for first-line managers). Paths are `lines.<functionId>.<field>` and `firstLine.<field>`.
 */
export function validateInventory(
  inventory: Inventory,
  context: InventoryValidationContext,
): ValidationResult<Inventory> {
  const { config, unit, purpose = 'draft' } = context;
  const functions = new Map(config.taxonomy.functions.map((f) => [f.id, f]));
  const issues: ValidationIssue[] = [];
  const answered = new Set<string>();
  for (const line of inventory.lines) {
    const path = joinPath('lines', line.functionId);
    if (answered.has(line.functionId)) {
      const label = functions.get(line.functionId)?.label ?? line.functionId;
      issues.push(validationIssue('duplicateLine', { path, params: { id: label } }));
      continue;
    }
    answered.add(line.functionId);
    const fn = functions.get(line.functionId);
    if (fn === undefined) {
      issues.push(validationIssue('unknownFunction', { path, params: { id: line.functionId } }));
      continue;
    }
    issues.push(...checkLineFields(line, fn));
    if (purpose === 'submit') issues.push(...checkLineComplete(line, fn));
  }
  if (inventory.firstLine !== null) issues.push(...checkFirstLineFields(inventory.firstLine, config));
  inventory.decisions.forEach((decision, index) => {
    if (decision.comment !== null)
      issues.push(
        ...checkText(decision.comment, { path: joinPath('decisions', String(index)), kind: 'note' }),
      );
  });
  if (purpose === 'submit') {
    for (const fn of config.taxonomy.functions) {
      if (!answered.has(fn.id)) {
        issues.push(
          validationIssue('missingLine', { path: joinPath('lines', fn.id), params: { id: fn.label } }),
        );
      }
    }
    if (isFirstLine(unit)) issues.push(...checkFirstLineComplete(inventory.firstLine, config));
  }
  return resultOf(inventory, issues);
}
