import {
  AppError,
  buildOrganisation,
  defaultMunicipalityConfig,
  inventoryId,
  type Actor,
  type FirstLineSection,
  type Inventory,
  type InventoryLine,
  type InventoryStatus,
  type ManagerLevel,
  type MunicipalityConfig,
  type Period,
  type ReviewDecision,
  type RoleStaffing,
  type Score,
  type SupportFunction,
  type SupportLocation,
  type Unit,
  type UnitInput,
  type UnitKind,
  type UnitManager,
} from '../../../src/domain';
import {
  comments,
  districts,
  firstNames,
  gapPhrases,
  lackingPhrases,
  lastNames,
  returnComments,
  sectorTemplates,
  upnLocalPart,
} from './names';
import { adminHourRanges, functionProfiles, genericProfile, type FunctionProfile } from './profiles';
import { seededRandom, type Random } from './random';

/** Options for `generateMunicipality`. */
export interface GenerateOptions {
  /** Units in total, sectors and offices included (Gävle had about 350 managers). At least 4. */
  readonly units: number;
  /** The seed: the same seed and options always give the same municipality. */
  readonly seed: number;
  /** The configuration whose functions are answered. @default the Gävle-like default */
  readonly config?: MunicipalityConfig;
  /** The period's id. @default '2018' */
  readonly periodId?: string;
}

/** A synthetic municipality: configuration, one period, the organisation, inventories and people to act as. */
export interface GeneratedMunicipality {
  /** The configuration, with the support sector marked as central. */
  readonly config: MunicipalityConfig;
  /** The one period (spring–summer 2018 unless another id is asked for). */
  readonly periods: readonly Period[];
  /** The organisation: 4 sectors, about 25 offices per 350 units, units with 5–60 employees. */
  readonly units: readonly Unit[];
  /** One inventory per unit that has started (about 12 % have not). */
  readonly inventories: readonly Inventory[];
  /** Reviewers (each sektorchef and kontorschef for their area), a project team member and a board member. */
  readonly actors: readonly Actor[];
}

const domain = 'gavle.example';
const opensOn = '2018-06-11';
const closesOn = '2018-08-31';
const periodStart = Date.parse(`${opensOn}T06:00:00Z`);
const periodSpan = Date.parse(`${closesOn}T16:00:00Z`) - periodStart;
const day = 86_400_000;

const round = (value: number, step: number): number => Math.round(value / step) * step;
const floor2 = (value: number): number => Math.floor(value * 100 + 1e-9) / 100;
const tidy = (value: number): number => Number(value.toFixed(2));
const score = (value: number): Score => Math.min(5, Math.max(1, Math.round(value))) as Score;

/** Splits `total` items over weights by largest remainder, so every share is whole and they sum to `total`. */
function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * total);
  const shares = exact.map(Math.floor);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0]);
  for (let k = 0; k < total - shares.reduce((a, b) => a + b, 0); k++) {
    const i = order[k % order.length]?.[1] ?? 0;
    shares[i] = (shares[i] ?? 0) + 1;
  }
  return shares;
}

function levelOf(kind: UnitKind, shape: { hasSubUnits: 'yes' | 'no' }): ManagerLevel {
  if (kind === 'sektor') return 'sektorchef';
  if (kind === 'kontor') return 'kontorschef';
  return shape.hasSubUnits === 'yes' ? 'avdelningschef' : 'enhetschef';
}

class People {
  private readonly used = new Map<string, number>();
  constructor(private readonly random: Random) {}

  next(level: ManagerLevel): UnitManager {
    const first = this.random.pick(firstNames);
    const last = this.random.pick(lastNames);
    const local = upnLocalPart(first, last);
    const count = (this.used.get(local) ?? 0) + 1;
    this.used.set(local, count);
    const upn = `${local}${count === 1 ? '' : count}@${domain}`;
    return { upn, name: `${first} ${last}`, level };
  }
}

interface Draft {
  readonly id: string;
  readonly kind: UnitKind;
  readonly name: string;
  readonly parentId: string | null;
  readonly sector: number;
  readonly office: number | null;
}

function organisation(random: Random, total: number): UnitInput[] {
  if (!Number.isInteger(total) || total < sectorTemplates.length) {
    throw new AppError('invalid', {
      message: `A municipality needs at least ${sectorTemplates.length} units`,
    });
  }
  const enheterAndOffices = total - sectorTemplates.length;
  const officeCount = Math.min(
    enheterAndOffices,
    Math.max(Math.min(4, enheterAndOffices), Math.round((total * 25) / 350)),
  );
  const officesPerSector = apportion(
    officeCount,
    sectorTemplates.map((s) => s.weight),
  );
  const drafts: Draft[] = sectorTemplates.map((s, i) => ({
    id: `S${i + 1}`,
    kind: 'sektor',
    name: s.name,
    parentId: null,
    sector: i,
    office: null,
  }));
  const offices: Draft[] = [];
  officesPerSector.forEach((count, sector) => {
    const template = sectorTemplates[sector] as (typeof sectorTemplates)[number];
    for (let k = 0; k < count; k++) {
      const base = template.offices[k % template.offices.length] as string;
      const cycle = Math.floor(k / template.offices.length);
      const name = cycle === 0 ? base : `${base} ${districts[(cycle - 1) % districts.length]} #${cycle + 1}`;
      offices.push({
        id: `K${String(offices.length + 1).padStart(3, '0')}`,
        kind: 'kontor',
        name,
        parentId: `S${sector + 1}`,
        sector,
        office: offices.length,
      });
    }
  });
  drafts.push(...offices);
  const officeWeights = offices.map(() => random.between(0.5, 1.5));
  const byOffice = new Map<number, Draft[]>();
  const sectorWeights = sectorTemplates.map((s, i) => [i, s.weight] as const);
  const officeChoices = sectorTemplates.map((_, sector) =>
    offices.filter((o) => o.sector === sector).map((o) => [o, officeWeights[o.office ?? 0] ?? 1] as const),
  );
  while (drafts.length < total) {
    const sector = random.weighted(sectorWeights);
    const template = sectorTemplates[sector] as (typeof sectorTemplates)[number];
    const candidates = officeChoices[sector] ?? [];
    const name = `${random.pick(template.units)} ${random.pick(districts)}${random.chance(0.1) ? ` #${random.int(2, 9)}` : ''}`;
    const id = `E${1000 + drafts.length}`;
    // A few units sit directly under the sector (sector staff); some are sub-units of another unit.
    if (candidates.length === 0 || random.chance(0.04)) {
      drafts.push({ id, kind: 'enhet', name, parentId: `S${sector + 1}`, sector, office: null });
      continue;
    }
    const office = random.weighted(candidates);
    const siblings = byOffice.get(office.office ?? 0) ?? [];
    const parent = siblings.length > 0 && random.chance(0.12) ? random.pick(siblings) : office;
    const unit: Draft = { id, kind: 'enhet', name, parentId: parent.id, sector, office: office.office };
    siblings.push(unit);
    byOffice.set(office.office ?? 0, siblings);
    drafts.push(unit);
  }

  const hasChildren = new Set(drafts.map((d) => d.parentId));
  const people = new People(random);
  const previousFirstLine: UnitManager[] = [];
  return drafts.map((d): UnitInput => {
    const headcount =
      d.kind === 'enhet'
        ? 5 + Math.floor(55 * random.next() ** 1.6)
        : random.int(5, d.kind === 'kontor' ? 30 : 20);
    const level = levelOf(d.kind, { hasSubUnits: hasChildren.has(d.id) ? 'yes' : 'no' });
    let manager: UnitManager | null = people.next(level);
    if (level === 'enhetschef') {
      // Some posts are vacant, and some first-line managers lead two units.
      if (random.chance(0.03)) manager = null;
      else if (previousFirstLine.length > 0 && random.chance(0.04)) manager = random.pick(previousFirstLine);
      else previousFirstLine.push(manager);
    }
    return {
      id: d.id,
      kind: d.kind,
      name: d.name,
      parentId: d.parentId,
      manager,
      headcount,
      arsarbetare: tidy(round(headcount * random.between(0.78, 0.97), 0.1)),
    };
  });
}

function ownStaff(random: Random, kind: UnitKind): { persons: number; arsarbetare: number } {
  const persons = kind === 'enhet' ? random.int(1, 2) : random.int(1, 4);
  let fte = 0;
  for (let p = 0; p < persons; p++) fte += kind === 'enhet' ? random.between(0.1, 1) : random.between(0.5, 1);
  return { persons, arsarbetare: tidy(Math.min(persons, Math.max(0.05, round(fte, 0.05)))) };
}

function roleSplit(random: Random, staff: { fn: SupportFunction; arsarbetare: number }): RoleStaffing[] {
  const { fn, arsarbetare } = staff;
  if (fn.roles.length === 0 || arsarbetare === 0) return [];
  const first = random.pick(fn.roles);
  const others = fn.roles.filter((r) => r.id !== first.id);
  if (others.length === 0 || random.chance(0.6)) return [{ roleId: first.id, arsarbetare }];
  const share = floor2(arsarbetare * random.between(0.4, 0.9));
  return [
    { roleId: first.id, arsarbetare: share },
    { roleId: random.pick(others).id, arsarbetare: floor2(arsarbetare - share) },
  ];
}

function receivedFrom(random: Random, context: { kind: UnitKind; persons: number }): SupportLocation[] {
  const locations = new Set<SupportLocation>();
  if (context.persons > 0) locations.add('egenEnhet');
  else if (random.chance(0.08)) return [];
  const options: (readonly [SupportLocation, number])[] =
    context.kind === 'enhet'
      ? [
          ['kontor', 0.35],
          ['sektor', 0.15],
          ['central', 0.3],
          ['extern', 0.05],
          ['egenEnhet', 0.05],
        ]
      : [
          ['sektor', 0.25],
          ['central', 0.5],
          ['extern', 0.1],
          ['kontor', 0.15],
        ];
  const count = random.chance(0.3) ? 2 : 1;
  for (let k = 0; k < count; k++) locations.add(random.weighted(options));
  return [...locations];
}

function line(
  random: Random,
  context: {
    fn: SupportFunction;
    profile: FunctionProfile;
    kind: UnitKind;
    completeness: 'complete' | 'partial';
  },
): InventoryLine {
  const { fn, profile, kind } = context;
  const staffed = random.chance(profile.staffed[kind]);
  const staff = staffed ? ownStaff(random, kind) : { persons: 0, arsarbetare: 0 };
  const supportLocations = receivedFrom(random, { kind, persons: staff.persons });
  const present = staffed || supportLocations.length > 0;
  const noise = (): number => (random.next() + random.next() + random.next() - 1.5) * 1.4;
  const now = score(3.2 + noise());
  const needed = score(
    now +
      random.weighted([
        [-1, 0.1],
        [0, 0.45],
        [1, 0.35],
        [2, 0.1],
      ] as const),
  );
  const complete: InventoryLine = {
    functionId: fn.id,
    persons: staff.persons,
    arsarbetare: staff.arsarbetare,
    roles: roleSplit(random, { fn, arsarbetare: staff.arsarbetare }),
    supportLocations,
    quality: supportLocations.length > 0 ? score(profile.quality + noise()) : null,
    competenceNow: present ? now : null,
    competenceNeeded: present ? needed : null,
    competenceGap: present && needed > now ? random.pick(gapPhrases) : '',
    placement: present
      ? random.weighted([
          ['verksamhetsnara', profile.votes.verksamhetsnara],
          ['samordnaSektor', profile.votes.samordnaSektor],
          ['centralisera', profile.votes.centralisera],
        ] as const)
      : null,
    comment: random.chance(0.15) ? random.pick(comments) : '',
  };
  if (context.completeness === 'complete') return complete;
  // A draft has gaps: some answers not given yet.
  const blank = <T>(value: T): T | null => (random.chance(0.15) ? null : value);
  return {
    ...complete,
    persons: blank(complete.persons),
    arsarbetare: blank(complete.arsarbetare),
    quality: complete.quality === null ? null : blank(complete.quality),
    placement: complete.placement === null ? null : blank(complete.placement),
  };
}

function firstLineSection(
  random: Random,
  context: { config: MunicipalityConfig; unit: Unit },
): FirstLineSection {
  const adminHours: Record<string, number> = {};
  for (const category of context.config.adminHourCategories) {
    const [min, max] = adminHourRanges[category.id] ?? [0, 4];
    adminHours[category.id] = round(random.between(min, max), 0.5);
  }
  const chefsnara = random.weighted([
    [0, 0.45],
    [random.between(0.1, 0.5), 0.4],
    [random.between(0.5, 1), 0.15],
  ] as const);
  return {
    adminHours,
    chefsnaraStodArsarbetare: tidy(round(chefsnara, 0.05)),
    medarbetarspann: Math.max(1, context.unit.headcount + random.int(-2, 2)),
    lackingSupport: random.chance(0.6) ? random.pick(lackingPhrases) : '',
  };
}

function reviewerOf(unit: Unit, byId: ReadonlyMap<string, Unit>): string {
  // The kontorschef reviews the office's units, the sektorchef the office itself; nobody reviews themselves.
  const candidates = [unit.kontorId, unit.sektorId]
    .filter((id): id is string => id !== null && id !== unit.id)
    .map((id) => byId.get(id)?.manager?.upn)
    .filter((upn): upn is string => upn !== undefined && upn !== unit.manager?.upn);
  return candidates[0] ?? `projektteam@${domain}`;
}

function instant(ms: number): string {
  return new Date(ms).toISOString();
}

function inventoryFor(
  random: Random,
  context: { unit: Unit; config: MunicipalityConfig; periodId: string; byId: ReadonlyMap<string, Unit> },
): Inventory | null {
  const { unit, config, periodId } = context;
  if (unit.manager === null) return null;
  const status = random.weighted<InventoryStatus>([
    ['notStarted', 0.12],
    ['draft', 0.18],
    ['submitted', 0.3],
    ['returned', 0.05],
    ['approved', 0.35],
  ]);
  if (status === 'notStarted') return null;
  const completeness = status === 'draft' ? 'partial' : 'complete';
  const lines = config.taxonomy.functions
    .filter(() => completeness === 'complete' || random.chance(0.7))
    .map((fn) =>
      line(random, { fn, profile: functionProfiles[fn.id] ?? genericProfile, kind: unit.kind, completeness }),
    );
  const firstLine =
    unit.manager.level === 'enhetschef' && (completeness === 'complete' || random.chance(0.5))
      ? firstLineSection(random, { config, unit })
      : null;
  const savedAt = periodStart + Math.floor(random.next() * periodSpan * 0.8);
  const reviewer = reviewerOf(unit, context.byId);
  const submittedAt = status === 'draft' ? null : instant(savedAt);
  const reviewedAt = instant(savedAt + random.int(1, 10) * day);
  const version = String(status === 'draft' ? random.int(1, 5) : random.int(3, 12));
  // A generated store has no items: the version stands for the revision a reviewer's decision pins.
  const revision = `generated:${version}`;
  const decisions: ReviewDecision[] =
    status === 'approved' || status === 'returned'
      ? [
          {
            id: '',
            verdict: status,
            comment: status === 'returned' ? random.pick(returnComments) : null,
            decidedBy: reviewer,
            decidedAt: reviewedAt,
            revision,
          },
        ]
      : [];
  return {
    id: inventoryId(periodId, unit.id),
    periodId,
    unitId: unit.id,
    sektorId: unit.sektorId,
    kontorId: unit.kontorId,
    managerUpn: unit.manager.upn,
    status,
    version,
    revision,
    decisions,
    lines,
    firstLine,
    updatedAt: instant(savedAt),
    updatedBy: unit.manager.upn,
    submittedBy: submittedAt === null ? null : unit.manager.upn,
    submittedAt,
  };
}

function actorsOf(units: readonly Unit[]): Actor[] {
  const reviewers = units
    .filter((u) => u.kind !== 'enhet' && u.manager !== null)
    .map((u): Actor => ({ upn: u.manager?.upn ?? '', roles: [{ kind: 'reviewer', unitId: u.id }] }));
  return [
    ...reviewers,
    { upn: `projektteam@${domain}`, roles: [{ kind: 'projectTeam' }] },
    { upn: `ks.ordforande@${domain}`, roles: [{ kind: 'board' }] },
  ];
}

/**
 * A deterministic synthetic municipality for the demo and the benchmark: 4 sectors, about 25 offices per 350
 * units, units of 5–60 employees, an inventory for most units with a line per configured function.
 * @throws AppError `invalid` when `units` is below 4 or not whole.
 */
export function generateMunicipality(options: GenerateOptions): GeneratedMunicipality {
  const { seed, periodId = '2018' } = options;
  const random = seededRandom(seed);
  const base = options.config ?? defaultMunicipalityConfig();
  const built = buildOrganisation(organisation(random, options.units));
  if (!built.ok) {
    throw new AppError('invalid', {
      message: 'Generated organisation is not a valid tree',
      issues: built.issues,
    });
  }
  const units = built.value;
  const centralSektor = `S${sectorTemplates.length}`;
  const config: MunicipalityConfig = {
    ...base,
    centralSektorIds: base.centralSektorIds.length > 0 ? base.centralSektorIds : [centralSektor],
  };
  const byId = new Map(units.map((u) => [u.id, u]));
  const inventories = units
    .map((unit) => inventoryFor(random, { unit, config, periodId, byId }))
    .filter((inventory): inventory is Inventory => inventory !== null);
  const period: Period = {
    id: periodId,
    name: { sv: 'Inventering av stödfunktioner 2018', en: 'Support function inventory 2018' },
    opensOn,
    closesOn,
  };
  return { config, periods: [period], units, inventories, actors: actorsOf(units) };
}
