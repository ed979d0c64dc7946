import { placements, supportLocations, type MunicipalityConfig, type Placement } from '../config/types';
import {
  inventoryStatuses,
  type Inventory,
  type InventoryLine,
  type InventoryStatus,
} from '../inventory/types';
import { type Unit } from '../organisation/types';
import { limits } from '../validation/limits';
import { countedAnswer, type CountedAnswer } from './countedAnswer';
import { lineProblem } from './lineProblems';
import { toHundredths } from './rounding';
import {
  staffLocations,
  type AggregationDiagnostics,
  type AggregationInput,
  type AreaLevel,
  type ExcludedLine,
  type StaffLocation,
  type UnreportedUnit,
} from './types';

// Running sums, filled in one pass over the lines and turned into plain summaries afterwards. Means are kept as
// sum + count so no second pass is needed; FTE and hours as whole hundredths (`toHundredths`) so sums are exact
// and sectors add up to the kommun to the hundredth. The hot loop counts into number arrays by small integer
// index, each looked up once per line: keyed property access with changing string keys (megamorphic in V8) and
// boxed Map values (a heap number per update) were most of the cost per line and made it grow with the data.

const placementIndex = new Map<Placement, number>(placements.map((p, i) => [p, i]));
const locationIndex = new Map(supportLocations.map((l, i) => [l, i]));
const staffLocationIndex = new Map<StaffLocation, number>(staffLocations.map((l, i) => [l, i]));
const statusIndex = new Map<InventoryStatus, number>(inventoryStatuses.map((s, i) => [s, i]));

/** Running sums of one function in one area. */
export interface FunctionAcc {
  persons: number;
  /** Own staff FTE, hundredths. */
  arsarbetare: number;
  /** FTE per role in hundredths, indexed as the function's roles in the configuration. */
  readonly byRole: number[];
  unitsReporting: number;
  unitsWithStaff: number;
  qualitySum: number;
  qualityCount: number;
  nowSum: number;
  neededSum: number;
  /** Sum of max(0, needed − now). */
  shortfallSum: number;
  competenceCount: number;
  unitsWithShortfall: number;
  /** Votes per placement, indexed as `placements`. */
  readonly votes: number[];
  /** Mentions per location, indexed as `supportLocations`. */
  readonly receivedFrom: number[];
}

/** Running sums of the first-line sections in one area. */
export interface FirstLineAcc {
  respondents: number;
  /** Hours (hundredths) per admin category, indexed as in the configuration. */
  readonly hoursSum: number[];
  /** Answers per admin category, indexed as in the configuration. */
  readonly hoursCount: number[];
  /** Total hours, hundredths. */
  totalSum: number;
  totalCount: number;
  spanSum: number;
  spanCount: number;
  spanMax: number | null;
  /**
   * Answers per span of control, indexed by the span rounded up (`spanBucket`), so the share above any whole limit
   * can be read afterwards (`spanAbove`) without the index depending on the configured limit.
   */
  readonly spanCounts: number[];
  /** Chefsnära stöd FTE, hundredths. */
  chefsnaraStod: number;
  /** Answers to chefsnära stöd. */
  chefsnaraStodCount: number;
}

/** Running sums of one area. */
export interface AreaAcc {
  readonly level: AreaLevel;
  readonly id: string;
  readonly name: string;
  readonly sektorId: string | null;
  units: number;
  reportingUnits: number;
  fromLastApproval: number;
  headcount: number;
  /** Employees' FTE, hundredths. */
  arsarbetare: number;
  reportingHeadcount: number;
  persons: number;
  /** Support FTE, hundredths. */
  supportArsarbetare: number;
  /** Staff FTE (hundredths) per location, indexed as `staffLocations`. */
  readonly byStaffLocation: number[];
  readonly functions: readonly FunctionAcc[];
  readonly firstLine: FirstLineAcc;
  /** Units per status, indexed as `inventoryStatuses` (vacant units without an inventory are not here). */
  readonly progress: number[];
  /** Vacant units without an inventory. */
  vacant: number;
  /** FTE present (hundredths) per mottagare requirement (indexed as in the configuration), from receiving units. */
  readonly receiver: number[];
  /** Receiving units (the counted unit kinds and stab units). */
  receivingUnits: number;
  /** Receiving units whose answer does not count yet. */
  readonly unreported: UnreportedUnit[];
}

/** A unit with the status of its inventory in the period. */
export interface UnitStatus {
  readonly unit: Unit;
  /** `notStarted` without an inventory. */
  readonly status: InventoryStatus;
  /** No manager and no inventory: nobody can answer. */
  readonly vacant: boolean;
}

/**
 * One counted line's own staff, kept when a scenario asks for them: what would move if the function moved, and
 * from where. FTE in whole hundredths, as every running sum.
 */
export interface StaffRow {
  /** The unit's index in `AggregationIndex.unitStatuses`. */
  readonly unitIndex: number;
  /** The function's index in the configuration's taxonomy. */
  readonly functionIndex: number;
  /** Where the staff sit today. */
  readonly location: StaffLocation;
  /** Whether the unit is a receiving unit (its staff count toward the sektor's mottagare). */
  readonly receiving: boolean;
  readonly persons: number;
  /** FTE, hundredths. */
  readonly arsarbetare: number;
  /** FTE (hundredths) per mottagare requirement this line's roles meet, indexed as in the configuration. */
  readonly receiver: readonly (readonly [requirement: number, hundredths: number])[];
}

/** The result of the single indexing pass. */
export interface AggregationIndex {
  readonly config: MunicipalityConfig;
  readonly kommun: AreaAcc;
  readonly sektorer: ReadonlyMap<string, AreaAcc>;
  readonly kontor: ReadonlyMap<string, AreaAcc>;
  /** Each unit, in organisation order. */
  readonly unitStatuses: readonly UnitStatus[];
  readonly diagnostics: AggregationDiagnostics;
  /** Each counted line's own staff, in unit order; empty unless `buildIndex` was asked for them. */
  readonly staff: readonly StaffRow[];
}

function zeros(length: number): number[] {
  const counters: number[] = [];
  for (let i = 0; i < length; i++) counters.push(0);
  return counters;
}

// reason: positional arguments on purpose; this runs several times per line and an options object per call
// would allocate in the hot loop.
function bump(counters: number[], index: number, by: number): void {
  counters[index] = (counters[index] ?? 0) + by;
}

/** A counter array (indexed as `keys`) as a record keyed by `keys`, each count mapped by `as`. */
export function recordOf<K extends string>(
  keys: readonly K[],
  counts: ArrayLike<number>,
  as: (count: number) => number = (count) => count,
): Record<K, number> {
  const record = {} as Record<K, number>;
  keys.forEach((key, i) => {
    record[key] = as(counts[i] ?? 0);
  });
  return record;
}

// One bucket per whole span up to the form's cap, and one for anything above it (stored data the form would refuse).
const spanBuckets = limits.medarbetarspannMax + 2;

/** The bucket of a span of control in `FirstLineAcc.spanCounts`: spans above a whole limit L are the buckets above L. */
function spanBucket(span: number): number {
  return Math.min(Math.ceil(span), spanBuckets - 1);
}

/** Answers whose span of control is above `limit` (a whole number, at most `limits.medarbetarspannMax`). */
export function spanAbove(acc: FirstLineAcc, limit: number): number {
  let above = 0;
  for (let b = Math.max(0, Math.floor(limit) + 1); b < acc.spanCounts.length; b++)
    above += acc.spanCounts[b] ?? 0;
  return above;
}

function functionAcc(roles: number): FunctionAcc {
  return {
    persons: 0,
    arsarbetare: 0,
    byRole: zeros(roles),
    unitsReporting: 0,
    unitsWithStaff: 0,
    qualitySum: 0,
    qualityCount: 0,
    nowSum: 0,
    neededSum: 0,
    shortfallSum: 0,
    competenceCount: 0,
    unitsWithShortfall: 0,
    votes: zeros(placements.length),
    receivedFrom: zeros(supportLocations.length),
  };
}

function areaAcc(
  area: { level: AreaLevel; id: string; name: string; sektorId: string | null },
  config: MunicipalityConfig,
): AreaAcc {
  return {
    level: area.level,
    id: area.id,
    name: area.name,
    sektorId: area.sektorId,
    units: 0,
    reportingUnits: 0,
    fromLastApproval: 0,
    headcount: 0,
    arsarbetare: 0,
    reportingHeadcount: 0,
    persons: 0,
    supportArsarbetare: 0,
    byStaffLocation: zeros(staffLocations.length),
    functions: config.taxonomy.functions.map((fn) => functionAcc(fn.roles.length)),
    firstLine: {
      respondents: 0,
      hoursSum: zeros(config.adminHourCategories.length),
      hoursCount: zeros(config.adminHourCategories.length),
      totalSum: 0,
      totalCount: 0,
      spanSum: 0,
      spanCount: 0,
      spanMax: null,
      spanCounts: zeros(spanBuckets),
      chefsnaraStod: 0,
      chefsnaraStodCount: 0,
    },
    progress: zeros(inventoryStatuses.length),
    vacant: 0,
    receiver: zeros(config.receiverProfile.requirements.length),
    receivingUnits: 0,
    unreported: [],
  };
}

/** Where a unit's own staff sit, seen from the whole municipality. */
export function staffLocation(unit: Unit, centralSektorIds: ReadonlySet<string>): StaffLocation {
  if (centralSektorIds.has(unit.sektorId)) return 'central';
  if (unit.kind === 'sektor') return 'sektor';
  return unit.kind === 'kontor' ? 'kontor' : 'egenEnhet';
}

/** One line's fields reduced to numbers and indexes; reused for every line so the loop allocates nothing. */
interface LineScratch {
  persons: number;
  /** Hundredths. */
  arsarbetare: number;
  placement: number;
  locationCount: number;
  readonly locations: number[];
  roleCount: number;
  readonly roles: number[];
  /** Hundredths. */
  readonly roleFte: number[];
  unknownRoles: number;
  quality: number;
  now: number;
  needed: number;
}

function scratch(maxRoles: number): LineScratch {
  return {
    persons: 0,
    arsarbetare: 0,
    placement: -1,
    locationCount: 0,
    locations: zeros(supportLocations.length),
    roleCount: 0,
    roles: zeros(maxRoles),
    roleFte: zeros(maxRoles),
    unknownRoles: 0,
    quality: 0,
    now: 0,
    needed: 0,
  };
}

// reason: positional arguments, like `bump`, because this runs once per line in the hot loop.
function digest(s: LineScratch, line: InventoryLine, roleIndex: ReadonlyMap<string, number>): void {
  s.persons = line.persons ?? 0;
  s.arsarbetare = toHundredths(line.arsarbetare ?? 0);
  s.placement = line.placement === null ? -1 : (placementIndex.get(line.placement) ?? -1);
  s.locationCount = 0;
  for (const location of line.supportLocations) {
    const li = locationIndex.get(location);
    if (li !== undefined && s.locationCount < s.locations.length) s.locations[s.locationCount++] = li;
  }
  s.roleCount = 0;
  s.unknownRoles = 0;
  for (const role of line.roles) {
    const ri = roleIndex.get(role.roleId);
    if (ri === undefined || s.roleCount >= s.roles.length) {
      s.unknownRoles += 1;
      continue;
    }
    s.roles[s.roleCount] = ri;
    s.roleFte[s.roleCount++] = toHundredths(role.arsarbetare);
  }
  // 0 marks "not answered": scores are 1–5.
  s.quality = line.quality ?? 0;
  const both = line.competenceNow !== null && line.competenceNeeded !== null;
  s.now = both ? (line.competenceNow ?? 0) : 0;
  s.needed = both ? (line.competenceNeeded ?? 0) : 0;
}

function addLine(acc: FunctionAcc, s: LineScratch): void {
  acc.unitsReporting += 1;
  acc.persons += s.persons;
  acc.arsarbetare += s.arsarbetare;
  if (s.persons > 0) acc.unitsWithStaff += 1;
  for (let k = 0; k < s.roleCount; k++) bump(acc.byRole, s.roles[k] as number, s.roleFte[k] as number);
  if (s.quality > 0) {
    acc.qualitySum += s.quality;
    acc.qualityCount += 1;
  }
  if (s.now > 0) {
    acc.nowSum += s.now;
    acc.neededSum += s.needed;
    acc.competenceCount += 1;
    if (s.needed > s.now) {
      acc.shortfallSum += s.needed - s.now;
      acc.unitsWithShortfall += 1;
    }
  }
  if (s.placement >= 0) bump(acc.votes, s.placement, 1);
  for (let k = 0; k < s.locationCount; k++) bump(acc.receivedFrom, s.locations[k] as number, 1);
}

function staffRow(
  s: LineScratch,
  at: {
    readonly unitIndex: number;
    readonly fi: number;
    readonly where: StaffLocation;
    readonly receiving: boolean;
    readonly requirements: readonly number[];
  },
): StaffRow {
  const receiver: [number, number][] = [];
  for (let k = 0; k < s.roleCount; k++) {
    const qi = at.requirements[s.roles[k] as number] as number;
    if (qi >= 0) receiver.push([qi, s.roleFte[k] as number]);
  }
  return {
    unitIndex: at.unitIndex,
    functionIndex: at.fi,
    location: at.where,
    receiving: at.receiving,
    persons: s.persons,
    arsarbetare: s.arsarbetare,
    receiver,
  };
}

function addFirstLine(
  acc: FirstLineAcc,
  answer: CountedAnswer,
  categoryIndex: ReadonlyMap<string, number>,
): void {
  const section = answer.firstLine;
  if (section === null) return;
  acc.respondents += 1;
  let total = 0;
  let answered = 0;
  for (const category in section.adminHours) {
    const hours = section.adminHours[category];
    if (hours === null || hours === undefined || !(hours >= 0)) continue;
    const h = toHundredths(hours);
    const ci = categoryIndex.get(category);
    if (ci !== undefined) {
      bump(acc.hoursSum, ci, h);
      bump(acc.hoursCount, ci, 1);
    }
    total += h;
    answered += 1;
  }
  if (answered > 0) {
    acc.totalSum += total;
    acc.totalCount += 1;
  }
  const span = section.medarbetarspann;
  if (span !== null && span >= 0) {
    acc.spanSum += span;
    acc.spanCount += 1;
    acc.spanMax = Math.max(acc.spanMax ?? 0, span);
    bump(acc.spanCounts, spanBucket(span), 1);
  }
  const stod = section.chefsnaraStodArsarbetare;
  if (stod !== null && stod >= 0) {
    acc.chefsnaraStod += toHundredths(stod);
    acc.chefsnaraStodCount += 1;
  }
}

function addAll(target: number[], source: readonly number[]): void {
  for (let i = 0; i < source.length; i++) bump(target, i, source[i] ?? 0);
}

function mergeFunction(target: FunctionAcc, source: FunctionAcc): void {
  target.persons += source.persons;
  target.arsarbetare += source.arsarbetare;
  addAll(target.byRole, source.byRole);
  target.unitsReporting += source.unitsReporting;
  target.unitsWithStaff += source.unitsWithStaff;
  target.qualitySum += source.qualitySum;
  target.qualityCount += source.qualityCount;
  target.nowSum += source.nowSum;
  target.neededSum += source.neededSum;
  target.shortfallSum += source.shortfallSum;
  target.competenceCount += source.competenceCount;
  target.unitsWithShortfall += source.unitsWithShortfall;
  addAll(target.votes, source.votes);
  addAll(target.receivedFrom, source.receivedFrom);
}

/** Adds one area's running sums into another's (a kontor into its sektor, a sektor into the kommun). */
function mergeArea(target: AreaAcc, source: AreaAcc): void {
  target.units += source.units;
  target.reportingUnits += source.reportingUnits;
  target.fromLastApproval += source.fromLastApproval;
  target.headcount += source.headcount;
  target.arsarbetare += source.arsarbetare;
  target.reportingHeadcount += source.reportingHeadcount;
  target.persons += source.persons;
  target.supportArsarbetare += source.supportArsarbetare;
  addAll(target.byStaffLocation, source.byStaffLocation);
  source.functions.forEach((fn, i) => mergeFunction(target.functions[i] as FunctionAcc, fn));
  const [to, from] = [target.firstLine, source.firstLine];
  to.respondents += from.respondents;
  addAll(to.hoursSum, from.hoursSum);
  addAll(to.hoursCount, from.hoursCount);
  to.totalSum += from.totalSum;
  to.totalCount += from.totalCount;
  to.spanSum += from.spanSum;
  to.spanCount += from.spanCount;
  to.spanMax = from.spanMax === null ? to.spanMax : Math.max(to.spanMax ?? 0, from.spanMax);
  addAll(to.spanCounts, from.spanCounts);
  to.chefsnaraStod += from.chefsnaraStod;
  to.chefsnaraStodCount += from.chefsnaraStodCount;
  addAll(target.progress, source.progress);
  target.vacant += source.vacant;
  addAll(target.receiver, source.receiver);
  target.receivingUnits += source.receivingUnits;
  target.unreported.push(...source.unreported);
}

// Keeps the later of two inventories for the same unit and period (a re-import or a stale copy).
function later(a: Inventory, b: Inventory): Inventory {
  return (b.updatedAt ?? '') > (a.updatedAt ?? '') ? b : a;
}

/** The period's inventory of each known unit, and what was skipped on the way. */
function inventoriesByUnit(input: AggregationInput): {
  readonly byUnit: ReadonlyMap<string, Inventory>;
  readonly unknownUnitInventories: number;
  readonly duplicateInventories: number;
} {
  const unitIds = new Set(input.units.map((u) => u.id));
  const byUnit = new Map<string, Inventory>();
  let unknownUnitInventories = 0;
  let duplicateInventories = 0;
  for (const inventory of input.inventories) {
    if (inventory.periodId !== input.periodId) continue;
    if (!unitIds.has(inventory.unitId)) {
      unknownUnitInventories += 1;
      continue;
    }
    const seen = byUnit.get(inventory.unitId);
    if (seen !== undefined) duplicateInventories += 1;
    byUnit.set(inventory.unitId, seen === undefined ? inventory : later(seen, inventory));
  }
  return { byUnit, unknownUnitInventories, duplicateInventories };
}

/**
 * The one pass over units, inventories and lines that every aggregation starts from: O(units + lines).
 * Each unit is added to one leaf area only (its kontor, or its sektor's units outside any kontor); sektorer and
 * the kommun are rolled up from the leaves afterwards in O(areas × functions), so each line is written once.
 */
export function buildIndex(
  input: AggregationInput,
  options: { readonly staff?: boolean } = {},
): AggregationIndex {
  const { units, config } = input;
  const functions = config.taxonomy.functions;
  const functionIndex = new Map(functions.map((f, i) => [f.id, i]));
  const roleIndexes = functions.map((f) => new Map(f.roles.map((r, i) => [r.id, i])));
  const categoryIndex = new Map(config.adminHourCategories.map((c, i) => [c.id, i]));
  // Per function: role index → requirement index (or -1), so readiness needs no string keys in the loop.
  const requirementOf = functions.map((f) =>
    f.roles.map((r) =>
      config.receiverProfile.requirements.findIndex((q) => q.functionId === f.id && q.roleId === r.id),
    ),
  );
  const countedKinds = new Set(config.receiverProfile.countedUnitKinds);
  const centralSektorIds = new Set(config.centralSektorIds);
  const s = scratch(Math.max(1, ...functions.map((f) => f.roles.length)));
  const { byUnit, unknownUnitInventories, duplicateInventories } = inventoriesByUnit(input);

  const kommun = areaAcc(
    { level: 'kommun', id: 'kommun', name: config.municipality.name.sv, sektorId: null },
    config,
  );
  const sektorer = new Map<string, AreaAcc>();
  const kontor = new Map<string, AreaAcc>();
  // Units of a sektor that lie in no kontor (the sektor itself, its staff units).
  const outsideKontor = new Map<string, AreaAcc>();
  for (const unit of units) {
    const area = { id: unit.id, name: unit.name, sektorId: unit.sektorId };
    if (unit.kind === 'sektor') {
      sektorer.set(unit.id, areaAcc({ ...area, level: 'sektor' }, config));
      outsideKontor.set(unit.id, areaAcc({ ...area, level: 'sektor' }, config));
    }
    if (unit.kind === 'kontor') kontor.set(unit.id, areaAcc({ ...area, level: 'kontor' }, config));
  }
  // Only reachable with an unchecked organisation; keeps such units in the kommun totals.
  const unplaced = areaAcc({ level: 'kommun', id: 'kommun', name: '', sektorId: null }, config);

  let unknownFunctionLines = 0;
  let unknownRoles = 0;
  const emptyAnswers: string[] = [];
  const excludedLines: ExcludedLine[] = [];
  const counts: boolean[] = [];
  const unitStatuses: UnitStatus[] = [];
  const staff: StaffRow[] = [];
  for (const unit of units) {
    const inventory = byUnit.get(unit.id);
    const status = inventory?.status ?? 'notStarted';
    const vacant = unit.manager === null && inventory === undefined;
    unitStatuses.push({ unit, status, vacant });
    const area =
      (unit.kontorId === null ? undefined : kontor.get(unit.kontorId)) ??
      outsideKontor.get(unit.sektorId) ??
      unplaced;
    area.units += 1;
    area.headcount += unit.headcount;
    area.arsarbetare += toHundredths(unit.arsarbetare);
    if (vacant) area.vacant += 1;
    else bump(area.progress, statusIndex.get(status) ?? 0, 1);
    const receiving = countedKinds.has(unit.kind) || unit.stab === true;
    if (receiving) area.receivingUnits += 1;

    const answer = inventory === undefined ? null : countedAnswer(inventory, unit.manager?.upn ?? null);
    // Which lines count: a known function and no broken rule; a unit with none does not report.
    let countedLines = 0;
    const lines = answer?.lines ?? [];
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as InventoryLine;
      const known = functionIndex.has(line.functionId);
      const problem = known ? lineProblem(line) : null;
      if (!known) unknownFunctionLines += 1;
      if (problem !== null) excludedLines.push({ unitId: unit.id, functionId: line.functionId, problem });
      counts[i] = known && problem === null;
      if (counts[i] === true) countedLines += 1;
    }
    if (answer !== null && countedLines === 0) emptyAnswers.push(unit.id);
    if (answer === null || countedLines === 0) {
      if (receiving) area.unreported.push({ unitId: unit.id, name: unit.name, status });
      continue;
    }
    area.reportingUnits += 1;
    if (answer.source === 'lastApproval') area.fromLastApproval += 1;
    area.reportingHeadcount += unit.headcount;

    const where = staffLocation(unit, centralSektorIds);
    const location = staffLocationIndex.get(where) ?? 0;
    for (let i = 0; i < lines.length; i++) {
      if (counts[i] !== true) continue;
      const line = lines[i] as InventoryLine;
      const fi = functionIndex.get(line.functionId) as number;
      digest(s, line, roleIndexes[fi] as ReadonlyMap<string, number>);
      unknownRoles += s.unknownRoles;
      area.persons += s.persons;
      area.supportArsarbetare += s.arsarbetare;
      bump(area.byStaffLocation, location, s.arsarbetare);
      addLine(area.functions[fi] as FunctionAcc, s);
      const requirements = requirementOf[fi] as readonly number[];
      if (receiving) {
        for (let k = 0; k < s.roleCount; k++) {
          const qi = requirements[s.roles[k] as number] as number;
          if (qi >= 0) bump(area.receiver, qi, s.roleFte[k] as number);
        }
      }
      if (options.staff === true) {
        staff.push(staffRow(s, { unitIndex: unitStatuses.length - 1, fi, where, receiving, requirements }));
      }
    }
    addFirstLine(area.firstLine, answer, categoryIndex);
  }

  for (const office of kontor.values()) {
    const sektor = office.sektorId === null ? undefined : sektorer.get(office.sektorId);
    mergeArea(sektor ?? unplaced, office);
  }
  for (const [sektorId, direct] of outsideKontor) mergeArea(sektorer.get(sektorId) ?? unplaced, direct);
  for (const sektor of sektorer.values()) mergeArea(kommun, sektor);
  mergeArea(kommun, unplaced);

  return {
    config,
    kommun,
    sektorer,
    kontor,
    unitStatuses,
    staff,
    diagnostics: {
      unknownUnitInventories,
      duplicateInventories,
      unknownFunctionLines,
      unknownRoles,
      emptyAnswers,
      excludedLines,
    },
  };
}
