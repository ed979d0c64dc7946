import {
  placements,
  supportLocations,
  type MunicipalityConfig,
  type Placement,
  type SupportLocation,
} from '../config/types';
import {
  inventoryStatuses,
  type Inventory,
  type InventoryLine,
  type InventoryStatus,
} from '../inventory/types';
import { type Unit } from '../organisation/types';
import { type AggregationDiagnostics, type AggregationInput, type AreaLevel } from './types';

// Running sums, filled in one pass over the lines and turned into plain summaries afterwards. Means are kept as
// sum + count so no second pass is needed. The hot loop counts into number arrays by small integer index, each
// looked up once per line: keyed property access with changing string keys (megamorphic in V8) and boxed Map
// values (a heap number per update) were most of the cost per line and made it grow with the data.

const placementIndex = new Map<Placement, number>(placements.map((p, i) => [p, i]));
const locationIndex = new Map<SupportLocation, number>(supportLocations.map((l, i) => [l, i]));
const statusIndex = new Map<InventoryStatus, number>(inventoryStatuses.map((s, i) => [s, i]));

/** Running sums of one function in one area. */
export interface FunctionAcc {
  persons: number;
  arsarbetare: number;
  /** FTE per role, indexed as the function's roles in the configuration. */
  readonly byRole: number[];
  unitsReporting: number;
  unitsWithStaff: number;
  qualitySum: number;
  qualityCount: number;
  nowSum: number;
  neededSum: number;
  competenceCount: number;
  unitsWithGap: number;
  /** Votes per placement, indexed as `placements`. */
  readonly votes: number[];
  /** Mentions per location, indexed as `supportLocations`. */
  readonly receivedFrom: number[];
}

/** Running sums of the first-line sections in one area. */
export interface FirstLineAcc {
  respondents: number;
  /** Hours per admin category, indexed as in the configuration. */
  readonly hoursSum: number[];
  /** Answers per admin category, indexed as in the configuration. */
  readonly hoursCount: number[];
  totalSum: number;
  totalCount: number;
  spanSum: number;
  spanCount: number;
  spanMax: number | null;
  chefsnaraStod: number;
}

/** Running sums of one area. */
export interface AreaAcc {
  readonly level: AreaLevel;
  readonly id: string;
  readonly name: string;
  readonly sektorId: string | null;
  units: number;
  reportingUnits: number;
  headcount: number;
  arsarbetare: number;
  reportingHeadcount: number;
  persons: number;
  supportArsarbetare: number;
  /** Staff FTE per location, indexed as `supportLocations`. */
  readonly byLocation: number[];
  readonly functions: readonly FunctionAcc[];
  readonly firstLine: FirstLineAcc;
  /** Units per status, indexed as `inventoryStatuses`. */
  readonly progress: number[];
  /** FTE present per mottagare requirement (indexed as in the configuration), from counted unit kinds only. */
  readonly receiver: number[];
}

/** The result of the single indexing pass. */
export interface AggregationIndex {
  readonly config: MunicipalityConfig;
  readonly countedStatuses: readonly InventoryStatus[];
  readonly kommun: AreaAcc;
  readonly sektorer: ReadonlyMap<string, AreaAcc>;
  readonly kontor: ReadonlyMap<string, AreaAcc>;
  /** Each unit with the status of its inventory in the period (`notStarted` without one). */
  readonly unitStatuses: readonly { readonly unit: Unit; readonly status: InventoryStatus }[];
  readonly diagnostics: AggregationDiagnostics;
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

/** A counter array (indexed as `keys`) as a record keyed by `keys`. */
export function recordOf<K extends string>(keys: readonly K[], counts: ArrayLike<number>): Record<K, number> {
  const record = {} as Record<K, number>;
  keys.forEach((key, i) => {
    record[key] = counts[i] ?? 0;
  });
  return record;
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
    competenceCount: 0,
    unitsWithGap: 0,
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
    headcount: 0,
    arsarbetare: 0,
    reportingHeadcount: 0,
    persons: 0,
    supportArsarbetare: 0,
    byLocation: zeros(supportLocations.length),
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
      chefsnaraStod: 0,
    },
    progress: zeros(inventoryStatuses.length),
    receiver: zeros(config.receiverProfile.requirements.length),
  };
}

/** Where a unit's own staff sit, seen from the whole municipality. */
function staffLocation(unit: Unit, centralSektorIds: ReadonlySet<string>): SupportLocation {
  if (centralSektorIds.has(unit.sektorId)) return 'central';
  if (unit.kind === 'sektor') return 'sektor';
  return unit.kind === 'kontor' ? 'kontor' : 'egenEnhet';
}

/** One line's fields reduced to numbers and indexes; reused for every line so the loop allocates nothing. */
interface LineScratch {
  persons: number;
  arsarbetare: number;
  placement: number;
  locationCount: number;
  readonly locations: number[];
  roleCount: number;
  readonly roles: number[];
  readonly roleFte: number[];
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
    quality: 0,
    now: 0,
    needed: 0,
  };
}

// reason: positional arguments, like `bump`, because this runs once per line in the hot loop.
function digest(s: LineScratch, line: InventoryLine, roleIndex: ReadonlyMap<string, number>): void {
  s.persons = line.persons ?? 0;
  s.arsarbetare = line.arsarbetare ?? 0;
  s.placement = line.placement === null ? -1 : (placementIndex.get(line.placement) ?? -1);
  s.locationCount = 0;
  for (const location of line.supportLocations) {
    const li = locationIndex.get(location);
    if (li !== undefined && s.locationCount < s.locations.length) s.locations[s.locationCount++] = li;
  }
  s.roleCount = 0;
  for (const role of line.roles) {
    const ri = roleIndex.get(role.roleId);
    if (ri === undefined || s.roleCount >= s.roles.length) continue;
    s.roles[s.roleCount] = ri;
    s.roleFte[s.roleCount++] = role.arsarbetare;
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
    if (s.needed > s.now) acc.unitsWithGap += 1;
  }
  if (s.placement >= 0) bump(acc.votes, s.placement, 1);
  for (let k = 0; k < s.locationCount; k++) bump(acc.receivedFrom, s.locations[k] as number, 1);
}

function addFirstLine(
  acc: FirstLineAcc,
  inventory: Inventory,
  categoryIndex: ReadonlyMap<string, number>,
): void {
  const section = inventory.firstLine;
  if (section === null) return;
  acc.respondents += 1;
  let total = 0;
  let answered = 0;
  for (const category in section.adminHours) {
    const hours = section.adminHours[category];
    if (hours === null || hours === undefined) continue;
    const ci = categoryIndex.get(category);
    if (ci !== undefined) {
      bump(acc.hoursSum, ci, hours);
      bump(acc.hoursCount, ci, 1);
    }
    total += hours;
    answered += 1;
  }
  if (answered > 0) {
    acc.totalSum += total;
    acc.totalCount += 1;
  }
  if (section.medarbetarspann !== null) {
    acc.spanSum += section.medarbetarspann;
    acc.spanCount += 1;
    acc.spanMax = Math.max(acc.spanMax ?? 0, section.medarbetarspann);
  }
  acc.chefsnaraStod += section.chefsnaraStodArsarbetare ?? 0;
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
  target.competenceCount += source.competenceCount;
  target.unitsWithGap += source.unitsWithGap;
  addAll(target.votes, source.votes);
  addAll(target.receivedFrom, source.receivedFrom);
}

/** Adds one area's running sums into another's (a kontor into its sektor, a sektor into the kommun). */
function mergeArea(target: AreaAcc, source: AreaAcc): void {
  target.units += source.units;
  target.reportingUnits += source.reportingUnits;
  target.headcount += source.headcount;
  target.arsarbetare += source.arsarbetare;
  target.reportingHeadcount += source.reportingHeadcount;
  target.persons += source.persons;
  target.supportArsarbetare += source.supportArsarbetare;
  addAll(target.byLocation, source.byLocation);
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
  to.chefsnaraStod += from.chefsnaraStod;
  addAll(target.progress, source.progress);
  addAll(target.receiver, source.receiver);
}

// Keeps the later of two inventories for the same unit and period (a re-import or a stale copy).
function later(a: Inventory, b: Inventory): Inventory {
  return (b.updatedAt ?? '') > (a.updatedAt ?? '') ? b : a;
}

/**
 * The one pass over units, inventories and lines that every aggregation starts from: O(units + lines).
 * Each unit is added to one leaf area only (its kontor, or its sektor's units outside any kontor); sektorer and
 * the kommun are rolled up from the leaves afterwards in O(areas × functions), so each line is written once.
 */
export function buildIndex(input: AggregationInput): AggregationIndex {
  const { units, inventories, config, periodId } = input;
  const countedStatuses = input.countedStatuses ?? ['submitted', 'approved'];
  const counted = new Set(countedStatuses);
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

  const unitIds = new Set(units.map((u) => u.id));
  const byUnit = new Map<string, Inventory>();
  let unknownUnitInventories = 0;
  let duplicateInventories = 0;
  for (const inventory of inventories) {
    if (inventory.periodId !== periodId) continue;
    if (!unitIds.has(inventory.unitId)) {
      unknownUnitInventories += 1;
      continue;
    }
    const seen = byUnit.get(inventory.unitId);
    if (seen !== undefined) duplicateInventories += 1;
    byUnit.set(inventory.unitId, seen === undefined ? inventory : later(seen, inventory));
  }

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
  const unitStatuses: { unit: Unit; status: InventoryStatus }[] = [];
  for (const unit of units) {
    const inventory = byUnit.get(unit.id);
    const status = inventory?.status ?? 'notStarted';
    unitStatuses.push({ unit, status });
    const area =
      (unit.kontorId === null ? undefined : kontor.get(unit.kontorId)) ??
      outsideKontor.get(unit.sektorId) ??
      unplaced;
    const reporting = inventory !== undefined && counted.has(status);
    area.units += 1;
    area.headcount += unit.headcount;
    area.arsarbetare += unit.arsarbetare;
    bump(area.progress, statusIndex.get(status) ?? 0, 1);
    if (!reporting) continue;
    area.reportingUnits += 1;
    area.reportingHeadcount += unit.headcount;

    const location = locationIndex.get(staffLocation(unit, centralSektorIds)) ?? 0;
    const countsAsReceiver = countedKinds.has(unit.kind);
    for (const line of inventory.lines) {
      const fi = functionIndex.get(line.functionId);
      if (fi === undefined) {
        unknownFunctionLines += 1;
        continue;
      }
      digest(s, line, roleIndexes[fi] as ReadonlyMap<string, number>);
      area.persons += s.persons;
      area.supportArsarbetare += s.arsarbetare;
      bump(area.byLocation, location, s.arsarbetare);
      addLine(area.functions[fi] as FunctionAcc, s);
      if (!countsAsReceiver) continue;
      const requirements = requirementOf[fi] as readonly number[];
      for (let k = 0; k < s.roleCount; k++) {
        const qi = requirements[s.roles[k] as number] as number;
        if (qi >= 0) bump(area.receiver, qi, s.roleFte[k] as number);
      }
    }
    addFirstLine(area.firstLine, inventory, categoryIndex);
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
    countedStatuses,
    kommun,
    sektorer,
    kontor,
    unitStatuses,
    diagnostics: { unknownUnitInventories, duplicateInventories, unknownFunctionLines },
  };
}
