import gavle from '../defaults/gavle.json';
import { AppError } from '../errors';
import { type LocalizedText } from '../i18n/locale';
import { unitKinds, type UnitKind } from '../organisation/types';
import { joinPath, resultOf, validationIssue, type ValidationResult } from '../validation/issues';
import { epsilon, limits } from '../validation/limits';
import { JsonReader } from './reader';
import {
  placements,
  processTypes,
  supportLocations,
  type AdminHourCategory,
  type AdminHoursReference,
  type FirstLineMissionSettings,
  type LocationOption,
  type MunicipalityConfig,
  type PlacementOption,
  type ProcessGroup,
  type ProposalThresholds,
  type ReceiverProfile,
  type ReceiverRequirement,
  type SupportFunction,
  type SupportRole,
  type Taxonomy,
} from './types';

function present<T>(values: readonly (T | null)[]): T[] {
  return values.filter((v): v is T => v !== null);
}

/** A value of the JSON and where it sits. */
interface Field {
  readonly value: unknown;
  readonly path: string;
}

// Each reader returns the valid items, plus the ids of every item whose id itself is valid: references are
// checked against those, so one missing label does not also make every reference to its item "unknown".
interface Read<T> {
  readonly valid: T[];
  readonly ids: string[];
}

function readGroups(reader: JsonReader, field: Field): Read<ProcessGroup> {
  const { value, path } = field;
  const items = reader.array(value, { path, size: 'nonEmpty' }) ?? [];
  const ids: string[] = [];
  const groups = items.map((item, index): ProcessGroup | null => {
    const at = joinPath(path, index);
    const record = reader.object(item, at);
    if (record === null) return null;
    const id = reader.id(record.id, joinPath(at, 'id'));
    if (id !== null) ids.push(id);
    const processType = reader.oneOf(record.processType, {
      path: joinPath(at, 'processType'),
      allowed: processTypes,
    });
    const label = reader.label(record.label, joinPath(at, 'label'));
    return id && processType && label ? { id, processType, label } : null;
  });
  reader.unique(ids, path);
  return { valid: present(groups), ids };
}

function readRoles(reader: JsonReader, field: Field): Read<SupportRole> & { readonly complete: boolean } {
  const { value, path } = field;
  const items = reader.array(value, { path }) ?? [];
  const ids: string[] = [];
  const roles = items.map((item, index): SupportRole | null => {
    const at = joinPath(path, index);
    const record = reader.object(item, at);
    if (record === null) return null;
    const id = reader.id(record.id, joinPath(at, 'id'));
    if (id !== null) ids.push(id);
    const label = reader.label(record.label, joinPath(at, 'label'));
    return id && label ? { id, label } : null;
  });
  const valid = present(roles);
  return { valid, ids, complete: valid.length === items.length };
}

/** A function as far as references need it: its id and its roles' ids. */
interface Referable {
  readonly id: string;
  readonly roleIds: readonly string[];
}

function readTaxonomy(
  reader: JsonReader,
  field: Field,
): { readonly taxonomy: Taxonomy | null; readonly referable: readonly Referable[] } {
  const { value, path } = field;
  const record = reader.object(value, path);
  if (record === null) return { taxonomy: null, referable: [] };
  const groups = readGroups(reader, { value: record.processGroups, path: joinPath(path, 'processGroups') });
  const functionsPath = joinPath(path, 'functions');
  const items = reader.array(record.functions, { path: functionsPath, size: 'nonEmpty' }) ?? [];
  const referable: Referable[] = [];
  const functions = present(
    items.map((item, index): SupportFunction | null => {
      const at = joinPath(functionsPath, index);
      const fn = reader.object(item, at);
      if (fn === null) return null;
      const id = reader.id(fn.id, joinPath(at, 'id'));
      const groupId = reader.oneOf(fn.groupId, { path: joinPath(at, 'groupId'), allowed: groups.ids });
      const label = reader.label(fn.label, joinPath(at, 'label'));
      const roles = readRoles(reader, { value: fn.roles, path: joinPath(at, 'roles') });
      if (id !== null) referable.push({ id, roleIds: roles.ids });
      return id && groupId && label && roles.complete ? { id, groupId, label, roles: roles.valid } : null;
    }),
  );
  reader.unique(
    referable.map((f) => f.id),
    functionsPath,
  );
  // Role ids are unique across the taxonomy so a role can be named without its function.
  reader.unique(
    referable.flatMap((f) => f.roleIds),
    joinPath(functionsPath, 'roles'),
  );
  return { taxonomy: { processGroups: groups.valid, functions }, referable };
}

function readOptions<T extends string>(
  reader: JsonReader,
  field: Field & { readonly allowed: readonly T[] },
): { id: T; label: LocalizedText }[] {
  const { value, path, allowed } = field;
  const items = reader.array(value, { path, size: 'nonEmpty' }) ?? [];
  const ids: T[] = [];
  const options = present(
    items.map((item, index) => {
      const at = joinPath(path, index);
      const record = reader.object(item, at);
      if (record === null) return null;
      const id = reader.oneOf(record.id, { path: joinPath(at, 'id'), allowed });
      if (id !== null) ids.push(id);
      const label = reader.label(record.label, joinPath(at, 'label'));
      return id && label ? { id, label } : null;
    }),
  );
  reader.unique(ids, path);
  // The rules and aggregations rely on every location and placement being offered with a label.
  for (const id of allowed) {
    if (!ids.includes(id)) reader.report(validationIssue('missingOption', { path, params: { id } }));
  }
  return options;
}

function readCategories(reader: JsonReader, field: Field): Read<AdminHourCategory> {
  const { value, path } = field;
  const items = reader.array(value, { path, size: 'nonEmpty' }) ?? [];
  const ids: string[] = [];
  const categories = present(
    items.map((item, index): AdminHourCategory | null => {
      const at = joinPath(path, index);
      const record = reader.object(item, at);
      if (record === null) return null;
      const id = reader.id(record.id, joinPath(at, 'id'));
      if (id !== null) ids.push(id);
      const label = reader.label(record.label, joinPath(at, 'label'));
      return id && label ? { id, label } : null;
    }),
  );
  reader.unique(ids, path);
  return { valid: categories, ids };
}

function readReceiverProfile(
  reader: JsonReader,
  field: Field & { readonly functions: readonly Referable[] },
): ReceiverProfile | null {
  const { value, path, functions } = field;
  const record = reader.object(value, path);
  if (record === null) return null;
  const kindsPath = joinPath(path, 'countedUnitKinds');
  const kindItems = reader.array(record.countedUnitKinds, { path: kindsPath, size: 'nonEmpty' }) ?? [];
  const countedUnitKinds = present(
    kindItems.map((k, index) =>
      reader.oneOf<UnitKind>(k, { path: joinPath(kindsPath, index), allowed: unitKinds }),
    ),
  );
  const requirementsPath = joinPath(path, 'requirements');
  const items = reader.array(record.requirements, { path: requirementsPath }) ?? [];
  const functionIds = functions.map((f) => f.id);
  const requirements = present(
    items.map((item, index): ReceiverRequirement | null => {
      const at = joinPath(requirementsPath, index);
      const req = reader.object(item, at);
      if (req === null) return null;
      const functionId = reader.oneOf(req.functionId, {
        path: joinPath(at, 'functionId'),
        allowed: functionIds,
      });
      const roleId = reader.id(req.roleId, joinPath(at, 'roleId'));
      const minArsarbetare = reader.number(req.minArsarbetare, { path: joinPath(at, 'minArsarbetare') });
      const fn = functions.find((f) => f.id === functionId);
      if (fn && roleId !== null && !fn.roleIds.includes(roleId)) {
        reader.report(
          validationIssue('roleNotInFunction', {
            path: joinPath(at, 'roleId'),
            params: { id: roleId, functionId: fn.id },
          }),
        );
        return null;
      }
      return functionId && roleId && minArsarbetare !== null ? { functionId, roleId, minArsarbetare } : null;
    }),
  );
  reader.unique(
    requirements.map((r) => `${r.functionId}/${r.roleId}`),
    requirementsPath,
  );
  return { countedUnitKinds, requirements };
}

function readThresholds(reader: JsonReader, field: Field): ProposalThresholds | null {
  const { value, path } = field;
  const record = reader.object(value, path);
  if (record === null) return null;
  const at = (name: string): string => joinPath(path, name);
  const share = (name: string): number | null =>
    reader.number(record[name], { path: at(name), min: 0, max: 1 });
  const quality = (name: string): number | null =>
    reader.number(record[name], { path: at(name), min: 1, max: 5 });
  const thresholds = {
    minVotes: reader.number(record.minVotes, { path: at('minVotes'), min: 1, step: 'integer' }),
    keepCloseMinShare: share('keepCloseMinShare'),
    keepCloseMinQuality: quality('keepCloseMinQuality'),
    centraliseMinShare: share('centraliseMinShare'),
    fragmentedMinUnits: reader.number(record.fragmentedMinUnits, {
      path: at('fragmentedMinUnits'),
      min: 1,
      step: 'integer',
    }),
    fragmentedBelowArsarbetare: reader.number(record.fragmentedBelowArsarbetare, {
      path: at('fragmentedBelowArsarbetare'),
    }),
    lowQualityBelow: quality('lowQualityBelow'),
  };
  const values = Object.values(thresholds);
  return values.every((v) => v !== null) ? (thresholds as ProposalThresholds) : null;
}

// The mean hours and FTE behind a proposal are withheld below `minAnswers` (aggregation/summaries.ts), so a proposal
// needs at least as many answers; a test holds the two equal. Not imported: the aggregation would load with the
// configuration reader.
const leastRespondents = 5;

function readReferenceHours(
  reader: JsonReader,
  field: Field & { readonly categoryIds: readonly string[] },
): AdminHoursReference[] | null {
  const { value, path, categoryIds } = field;
  const items = reader.array(value, { path });
  if (items === null) return null;
  const ids: (string | null)[] = [];
  const references = items.map((item, index): AdminHoursReference | null => {
    const at = joinPath(path, index);
    const record = reader.object(item, at);
    if (record === null) return null;
    const categoryId = reader.oneOf(record.categoryId, {
      path: joinPath(at, 'categoryId'),
      allowed: categoryIds,
    });
    ids.push(categoryId);
    const hoursPerWeek = reader.number(record.hoursPerWeek, {
      path: joinPath(at, 'hoursPerWeek'),
      max: limits.adminHoursPerWeekMax,
    });
    return categoryId !== null && hoursPerWeek !== null ? { categoryId, hoursPerWeek } : null;
  });
  reader.unique(ids, path);
  const valid = present(references);
  if (valid.length !== items.length) return null;
  // The reference is a week of a manager's administration, so it is capped like a manager's own answer.
  const total = valid.reduce((sum, r) => sum + r.hoursPerWeek, 0);
  if (total > limits.adminHoursPerWeekMax + epsilon) {
    reader.report(
      validationIssue('adminHoursAboveWeek', { path, params: { max: limits.adminHoursPerWeekMax } }),
    );
    return null;
  }
  return valid;
}

function readFirstLineMission(
  reader: JsonReader,
  field: Field & { readonly categoryIds: readonly string[] },
): FirstLineMissionSettings | null {
  const { value, path, categoryIds } = field;
  const record = reader.object(value, path);
  if (record === null) return null;
  const at = (name: string): string => joinPath(path, name);
  const hours = (name: string, min = 0): number | null =>
    reader.number(record[name], { path: at(name), min, max: limits.adminHoursPerWeekMax });
  const arsarbetare = (name: string, min = 0): number | null =>
    reader.number(record[name], { path: at(name), min, max: limits.chefsnaraStodArsarbetareMax });
  const settings = {
    referenceSource: reader.label(record.referenceSource, at('referenceSource')),
    referenceHours: readReferenceHours(reader, {
      value: record.referenceHours,
      path: at('referenceHours'),
      categoryIds,
    }),
    minRespondents: reader.number(record.minRespondents, {
      path: at('minRespondents'),
      min: leastRespondents,
      step: 'integer',
    }),
    excessHoursTolerance: hours('excessHoursTolerance'),
    fullTimeWeekHours: hours('fullTimeWeekHours', 1),
    spanLimit: reader.number(record.spanLimit, {
      path: at('spanLimit'),
      min: 1,
      max: limits.medarbetarspannMax,
      step: 'integer',
    }),
    // Above 0: a share of 0 would call every area's span too wide.
    spanMinShareAbove: reader.number(record.spanMinShareAbove, {
      path: at('spanMinShareAbove'),
      min: 0.01,
      max: 1,
    }),
    // A span above the limit must add something, or the rule would propose a raise of nothing.
    spanRaiseArsarbetare: arsarbetare('spanRaiseArsarbetare', 0.01),
    maxArsarbetarePerManager: arsarbetare('maxArsarbetarePerManager'),
  };
  const values = Object.values(settings);
  return values.every((v) => v !== null) ? (settings as FirstLineMissionSettings) : null;
}

// The shipped section, read like a stored one so that a broken default is reported rather than trusted.
function readShippedFirstLineMission(
  reader: JsonReader,
  categoryIds: readonly string[],
): FirstLineMissionSettings | null {
  const shipped = gavle.firstLineMission;
  return readFirstLineMission(reader, {
    value: {
      ...shipped,
      referenceHours: shipped.referenceHours.filter((r) => categoryIds.includes(r.categoryId)),
    },
    path: 'firstLineMission',
    categoryIds,
  });
}

/**
 * The shipped default of the first-line managers' mission (`defaults/gavle.json`), with reference figures for
 * those of `categoryIds` it has: what a configuration stored before the section existed gets.
 * @throws AppError `invalid` (with the issues) if the shipped JSON breaks the rules.
 */
export function defaultFirstLineMission(categoryIds: readonly string[]): FirstLineMissionSettings {
  const reader = new JsonReader();
  const settings = readShippedFirstLineMission(reader, categoryIds);
  if (settings === null) {
    throw new AppError('invalid', {
      message: 'The shipped default firstLineMission is invalid',
      issues: reader.issues,
    });
  }
  return settings;
}

function readCentralSektorIds(reader: JsonReader, field: Field): string[] {
  const { value, path } = field;
  // Optional: the shipped default cannot know the municipality's sector ids.
  if (value === undefined) return [];
  const items = reader.array(value, { path }) ?? [];
  return present(items.map((item, index) => reader.id(item, joinPath(path, index))));
}

function failure(reader: JsonReader): ValidationResult<never> {
  const [first, ...rest] = reader.issues;
  // Every reader method that gives up reports why, so `first` is always there; the fallback keeps types honest.
  return {
    ok: false,
    issues: [first ?? validationIssue('wrongType', { path: '', params: { expected: 'object' } }), ...rest],
  };
}

/** Checks an untrusted configuration (parsed JSON) and returns it typed, or every issue found in it. */
export function validateMunicipalityConfig(json: unknown): ValidationResult<MunicipalityConfig> {
  const reader = new JsonReader();
  const record = reader.object(json, '');
  if (record === null) return failure(reader);
  if (record.schemaVersion !== 1) {
    reader.report(
      validationIssue('unsupportedVersion', {
        path: 'schemaVersion',
        params: { version: String(record.schemaVersion) },
      }),
    );
  }
  const municipality = reader.object(record.municipality, 'municipality');
  const name = municipality && reader.label(municipality.name, 'municipality.name');
  const { taxonomy, referable } = readTaxonomy(reader, { value: record.taxonomy, path: 'taxonomy' });
  const locations: LocationOption[] = readOptions(reader, {
    value: record.locations,
    path: 'locations',
    allowed: supportLocations,
  });
  const placementOptions: PlacementOption[] = readOptions(reader, {
    value: record.placements,
    path: 'placements',
    allowed: placements,
  });
  const categories = readCategories(reader, {
    value: record.adminHourCategories,
    path: 'adminHourCategories',
  });
  const receiverProfile = readReceiverProfile(reader, {
    value: record.receiverProfile,
    path: 'receiverProfile',
    functions: referable,
  });
  const proposalThresholds = readThresholds(reader, {
    value: record.proposalThresholds,
    path: 'proposalThresholds',
  });
  const centralSektorIds = readCentralSektorIds(reader, {
    value: record.centralSektorIds,
    path: 'centralSektorIds',
  });
  // Optional: configurations stored before the section existed get the shipped default.
  const firstLineMission =
    record.firstLineMission === undefined
      ? readShippedFirstLineMission(reader, categories.ids)
      : readFirstLineMission(reader, {
          value: record.firstLineMission,
          path: 'firstLineMission',
          categoryIds: categories.ids,
        });
  if (
    reader.issues.length > 0 ||
    !name ||
    !taxonomy ||
    !receiverProfile ||
    !proposalThresholds ||
    !firstLineMission
  ) {
    return failure(reader);
  }
  return resultOf<MunicipalityConfig>(
    {
      schemaVersion: 1,
      municipality: { name },
      taxonomy,
      locations,
      placements: placementOptions,
      adminHourCategories: categories.valid,
      receiverProfile,
      proposalThresholds,
      centralSektorIds,
      firstLineMission,
    },
    [],
  );
}
