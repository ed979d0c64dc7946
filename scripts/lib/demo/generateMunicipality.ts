import {
  AppError,
  buildOrganisation,
  defaultMunicipalityConfig,
  emptyInventory,
  type Actor,
  type FirstLineSection,
  type Inventory,
  type InventoryLine,
  type InventoryStatus,
  type MunicipalityConfig,
  type Period,
  type ReviewDecision,
  type RoleStaffing,
  type Score,
  type SupportFunction,
  type SupportLocation,
  type Unit,
  type UnitKind,
} from '../../../src/domain';
import { generateOrganisation } from './organisation';
import { comments, gapPhrases, lackingPhrases, returnComments } from './phrases';
import { adminHourRanges, functionProfiles, genericProfile, type FunctionProfile } from './profiles';
import { seededRandom, type Random } from './random';
import { gavleSectors, type SectorTemplate } from './templates';

/** Options for `generateMunicipality`. */
export interface GenerateOptions {
  /** Units in total, sectors and offices included (Gävle had about 350 managers). At least one per sector. */
  readonly units: number;
  /** The seed: the same seed and options always give the same municipality. */
  readonly seed: number;
  /** The configuration whose functions are answered. @default the Gävle-like default */
  readonly config?: MunicipalityConfig;
  /** The period's id. @default '2018' */
  readonly periodId?: string;
  /** The sectors with their offices and kinds of units. @default `gavleSectors` */
  readonly sectors?: readonly SectorTemplate[];
  /** Employees per unit, on average over all units. @default 20 (Gävle: about 7,000 under 350 managers) */
  readonly employeesPerUnit?: number;
  /** Full names no generated manager gets, e.g. the people the demo puts in afterwards. @default none */
  readonly reservedNames?: readonly string[];
}

/** A synthetic municipality: configuration, one period, the organisation, inventories and people to act as. */
export interface GeneratedMunicipality {
  /** The configuration, with the sender sector (`central` in its template) marked as central. */
  readonly config: MunicipalityConfig;
  /** The one period (spring–summer 2018 unless another id is asked for). */
  readonly periods: readonly Period[];
  /** The organisation: the sectors, about 25 offices per 350 units, enheter of the kinds their office has. */
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
    ...emptyInventory(unit, periodId),
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
 * A deterministic synthetic municipality for the demo, the benchmarks and the tests: the Gävle-like sectors, about
 * 25 offices per 350 units, every enhet under an office that has its kind (or the sector's own staff unit), unique
 * place-based names, unique managers, 20 employees per unit on average, and an inventory for most units with a line
 * per configured function.
 * @throws AppError `invalid` when `units` is not whole or below the number of sectors.
 */
export function generateMunicipality(options: GenerateOptions): GeneratedMunicipality {
  const { seed, periodId = '2018', sectors = gavleSectors } = options;
  const random = seededRandom(seed);
  const base = options.config ?? defaultMunicipalityConfig();
  const built = buildOrganisation(
    generateOrganisation(random, {
      units: options.units,
      sectors,
      employeesPerUnit: options.employeesPerUnit ?? 20,
      domain,
      reservedNames: options.reservedNames ?? [],
    }),
  );
  if (!built.ok) {
    throw new AppError('invalid', {
      message: 'Generated organisation is not a valid tree',
      issues: built.issues,
    });
  }
  const units = built.value;
  // Sector ids follow the templates' order (S1, S2, …).
  const central = sectors.flatMap((s, i) => (s.central === true ? [`S${i + 1}`] : []));
  const config: MunicipalityConfig = {
    ...base,
    centralSektorIds: base.centralSektorIds.length > 0 ? base.centralSektorIds : central,
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
