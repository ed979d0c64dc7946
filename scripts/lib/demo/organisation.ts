// The organisation of the demo municipality: sectors, their offices and the units each office really has, named
// uniquely after places, with managers and realistic headcounts (see templates.ts for the data).
import {
  AppError,
  type ManagerLevel,
  type UnitInput,
  type UnitKind,
  type UnitManager,
} from '../../../src/domain';
import { People } from './people';
import { genitive, PlacePool } from './places';
import { type Random } from './random';
import {
  leadershipHeadcount,
  type OfficeTemplate,
  type SectorTemplate,
  type UnitKindTemplate,
} from './templates';

/** Options for `generateOrganisation`. */
export interface OrganisationOptions {
  /** Units in total, sectors and offices included; at least one per sector. */
  readonly units: number;
  /** The sectors, their offices and their kinds of units. */
  readonly sectors: readonly SectorTemplate[];
  /** Average employees per unit over the whole organisation (Gävle: about 7,000 under 350 managers). */
  readonly employeesPerUnit: number;
  /** The managers' e-mail domain. */
  readonly domain: string;
  /** Full names no generated manager gets. */
  readonly reservedNames: readonly string[];
}

/** Offices per unit: Gävle had about 25 offices for its 350 managers. */
const officesPerUnit = 25 / 350;
/** From this size up, every sector has its own staff unit directly under it. */
const staffUnitsFrom = 40;

interface Draft {
  readonly id: string;
  readonly kind: UnitKind;
  readonly name: string;
  readonly parentId: string | null;
  /** The office the unit belongs to (its own id for an office), for managers who lead two units. */
  readonly officeId: string | null;
  readonly headcount: readonly [number, number];
  /** A sector's staff unit: its staff count toward the sector's mottagare. */
  readonly stab?: boolean;
}

const round = (value: number, step: number): number => Math.round(value / step) * step;
const tidy = (value: number): number => Number(value.toFixed(2));

/** Splits `total` items over weights by largest remainder, so every share is whole and they sum to `total`. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (total <= 0 || sum <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (w / sum) * total);
  const shares = exact.map(Math.floor);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0]);
  const left = total - shares.reduce((a, b) => a + b, 0);
  for (let k = 0; k < left; k++) {
    const i = order[k % order.length]?.[1] ?? 0;
    shares[i] = (shares[i] ?? 0) + 1;
  }
  return shares;
}

/** Like `apportion`, but every weight gets at least one while there are enough; else the heaviest ones do. */
function apportionAtLeastOne(total: number, weights: readonly number[]): number[] {
  if (total >= weights.length) return apportion(total - weights.length, weights).map((n) => n + 1);
  const heaviest = weights
    .map((w, i) => [w, i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1])
    .slice(0, total)
    .map(([, i]) => i);
  return weights.map((_, i) => (heaviest.includes(i) ? 1 : 0));
}

function shuffle<T>(random: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

function levelOf(kind: UnitKind, shape: { hasSubUnits: 'yes' | 'no' }): ManagerLevel {
  if (kind === 'sektor') return 'sektorchef';
  if (kind === 'kontor') return 'kontorschef';
  return shape.hasSubUnits === 'yes' ? 'avdelningschef' : 'enhetschef';
}

/** Names units: every place-named kind has its own pool, and no name is given twice. */
class Namer {
  private readonly used = new Set<string>();
  private readonly pools = new Map<string, PlacePool>();

  constructor(private readonly random: Random) {}

  /** Claims a name that is known to be unique (sectors, staff units). */
  claim(name: string): string {
    if (this.used.has(name))
      throw new AppError('invalid', { message: `Two units of the demo are named ${name}` });
    this.used.add(name);
    return name;
  }

  /** A new place of a pool (`kind` id, or `office:<name>` for the areas of an office template). */
  place(pool: string, options: { readonly areasFirst?: boolean } = {}): string {
    let found = this.pools.get(pool);
    if (found === undefined) {
      found = new PlacePool(this.random, options);
      this.pools.set(pool, found);
    }
    return found.next();
  }

  /** The first of `candidates`, then names from `fallback`, that is not taken yet. */
  first(candidates: readonly string[], fallback: () => string): string {
    for (const name of candidates) if (!this.used.has(name)) return this.claim(name);
    for (;;) {
      const name = fallback();
      if (!this.used.has(name)) return this.claim(name);
    }
  }
}

const fill = (pattern: string, place: string): string =>
  pattern.replace('{place:s}', genitive(place)).replace('{place}', place);

/**
 * The units of a municipality of `units` units: the sectors, about 25 offices per 350 units spread over the
 * sectors' office templates, from 40 units up a staff unit per sector, and the rest enheter of the kinds their
 * office has, some of them sub-units; managers with unique names, a few vacant posts and a few first-line managers
 * leading two units of one office; headcounts within each kind's range, together `employeesPerUnit` per unit.
 * @throws AppError `invalid` when `units` is not whole or fewer than the sectors.
 */
export function generateOrganisation(random: Random, options: OrganisationOptions): UnitInput[] {
  const { units: total, sectors } = options;
  if (!Number.isInteger(total) || total < sectors.length) {
    throw new AppError('invalid', { message: `A municipality needs at least ${sectors.length} units` });
  }
  const namer = new Namer(random);
  const drafts: Draft[] = [];
  const add = (draft: Omit<Draft, 'id'> & { readonly id?: string }): Draft => {
    const made = { ...draft, id: draft.id ?? `E${1000 + drafts.length}` };
    drafts.push(made);
    return made;
  };

  const rest = total - sectors.length;
  const officeCount = Math.min(
    rest,
    Math.max(Math.min(sectors.length, rest), Math.round(total * officesPerUnit)),
  );
  const staffUnits = total >= staffUnitsFrom ? sectors.length : 0;
  const enheter = rest - officeCount - staffUnits;
  const officesPerSector = apportionAtLeastOne(
    officeCount,
    sectors.map((s) => s.officeWeight),
  );
  // Only sectors with an office get enheter (in a tiny municipality some have none).
  const enheterPerSector = apportion(
    enheter,
    sectors.map((s, i) => ((officesPerSector[i] ?? 0) > 0 ? s.unitWeight : 0)),
  );

  const sectorDrafts = sectors.map((s, i) =>
    add({
      id: `S${i + 1}`,
      kind: 'sektor',
      name: namer.claim(s.name),
      parentId: null,
      officeId: null,
      headcount: leadershipHeadcount.sektor,
    }),
  );
  const offices: { draft: Draft; template: OfficeTemplate; share: number; sector: number }[] = [];
  sectors.forEach((sector, s) => {
    const copies = apportionAtLeastOne(
      officesPerSector[s] ?? 0,
      sector.offices.map((o) => o.weight),
    );
    sector.offices.forEach((template, t) => {
      const count = copies[t] ?? 0;
      for (let k = 0; k < count; k++) {
        const name =
          count === 1
            ? namer.claim(template.name)
            : namer.first(
                [],
                () => `${template.name} ${namer.place(`office:${template.name}`, { areasFirst: true })}`,
              );
        const id = `K${String(offices.length + 1).padStart(3, '0')}`;
        const draft = add({
          id,
          kind: 'kontor',
          name,
          parentId: sectorDrafts[s]?.id ?? null,
          officeId: id,
          headcount: leadershipHeadcount.kontor,
        });
        offices.push({ draft, template, share: template.weight / count, sector: s });
      }
    });
  });
  if (staffUnits > 0)
    sectors.forEach((sector, s) =>
      add({
        kind: 'enhet',
        name: namer.claim(sector.staffUnit),
        parentId: sectorDrafts[s]?.id ?? null,
        officeId: null,
        headcount: leadershipHeadcount.staffUnit,
        stab: true,
      }),
    );

  sectors.forEach((_, s) => {
    const own = offices.filter((o) => o.sector === s);
    const sizes = apportion(
      enheterPerSector[s] ?? 0,
      own.map((o) => o.share * random.between(0.8, 1.2)),
    );
    own.forEach((office, o) => addOfficeUnits(random, { office, size: sizes[o] ?? 0, namer, add }));
  });

  return withPeople(random, { drafts, options });
}

/** The office's name after its template's, e.g. `Norr` for `Äldreomsorgen Norr`; null for the only one. */
function areaOf(office: { draft: Draft; template: OfficeTemplate }): string | null {
  const { name } = office.draft;
  return name === office.template.name ? null : name.slice(office.template.name.length + 1);
}

function addOfficeUnits(
  random: Random,
  context: {
    office: { draft: Draft; template: OfficeTemplate };
    size: number;
    namer: Namer;
    add: (draft: Omit<Draft, 'id'>) => Draft;
  },
): void {
  const { office, namer, add } = context;
  const kinds = office.template.kinds;
  const counts = apportion(
    context.size,
    kinds.map((k) => k.weight * random.between(0.75, 1.25)),
  );
  const count = new Map(kinds.map((k, i) => [k.id, counts[i] ?? 0]));
  // A sub-unit needs a parent of its own: more sub-units than parents become parents.
  for (const kind of kinds) {
    if (kind.subUnitOf === undefined) continue;
    while ((count.get(kind.id) ?? 0) > (count.get(kind.subUnitOf) ?? 0)) {
      count.set(kind.id, (count.get(kind.id) ?? 0) - 1);
      count.set(kind.subUnitOf, (count.get(kind.subUnitOf) ?? 0) + 1);
    }
  }
  const area = areaOf(office);
  const fixedTaken = new Map<string, number>();
  const nameOf = (kind: UnitKindTemplate): { name: string; place: string | null } => {
    if ('pattern' in kind.naming) {
      const { pattern } = kind.naming;
      let place = '';
      const name = namer.first([], () => fill(pattern, (place = namer.place(kind.id))));
      return { name, place };
    }
    const { names } = kind.naming;
    const taken = fixedTaken.get(kind.id) ?? 0;
    fixedTaken.set(kind.id, taken + 1);
    const base = names[taken];
    const candidates = base === undefined ? [] : [area === null ? base : `${base} ${area}`];
    return {
      name: namer.first(candidates, () => `${names[taken % names.length]} ${namer.place(kind.id)}`),
      place: null,
    };
  };

  const parents = shuffle(
    random,
    kinds
      .filter((k) => k.subUnitOf === undefined)
      .flatMap((k) => Array.from({ length: count.get(k.id) ?? 0 }, () => k)),
  ).map((kind) => {
    const { name, place } = nameOf(kind);
    const draft = add({
      kind: 'enhet',
      name,
      parentId: office.draft.id,
      officeId: office.draft.id,
      headcount: kind.headcount,
    });
    return { kind, place, draft };
  });
  for (const kind of kinds) {
    if (kind.subUnitOf === undefined || !('pattern' in kind.naming)) continue;
    const { pattern } = kind.naming;
    const candidates = shuffle(
      random,
      parents.filter((p) => p.kind.id === kind.subUnitOf),
    ).slice(0, count.get(kind.id) ?? 0);
    for (const parent of candidates) {
      const name = namer.first(parent.place === null ? [] : [fill(pattern, parent.place)], () =>
        fill(pattern, namer.place(kind.id)),
      );
      add({
        kind: 'enhet',
        name,
        parentId: parent.draft.id,
        officeId: office.draft.id,
        headcount: kind.headcount,
      });
    }
  }
}

/**
 * Headcounts within each unit's range that add up to `target`: each unit draws its place in its range, and one
 * common exponent bends all places up or down until the sum is as close to the target as whole people allow.
 */
function headcounts(
  random: Random,
  context: { ranges: readonly (readonly [number, number])[]; target: number },
): number[] {
  const draws = context.ranges.map(() => random.next());
  const at = (exponent: number): number[] =>
    context.ranges.map(([min, max], i) => min + Math.round((max - min) * (draws[i] ?? 0) ** exponent));
  const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
  // The sum falls as the exponent grows: bisect on its logarithm.
  let low = -5;
  let high = 5;
  for (let k = 0; k < 40; k++) {
    const middle = (low + high) / 2;
    if (sum(at(Math.exp(middle))) > context.target) low = middle;
    else high = middle;
  }
  const below = at(Math.exp(high));
  const above = at(Math.exp(low));
  return Math.abs(sum(above) - context.target) < Math.abs(sum(below) - context.target) ? above : below;
}

function withPeople(
  random: Random,
  context: { drafts: readonly Draft[]; options: OrganisationOptions },
): UnitInput[] {
  const { drafts, options } = context;
  const hasChildren = new Set(drafts.map((d) => d.parentId));
  const people = new People(random, { domain: options.domain, reserved: options.reservedNames });
  const firstLineByOffice = new Map<string, UnitManager[]>();
  const managers = drafts.map((d): UnitManager | null => {
    const level = levelOf(d.kind, { hasSubUnits: hasChildren.has(d.id) ? 'yes' : 'no' });
    if (level !== 'enhetschef' || d.officeId === null) return people.next(level);
    // Some posts are vacant, and some first-line managers lead two units (never more) of the same office.
    const colleagues = firstLineByOffice.get(d.officeId) ?? [];
    if (random.chance(0.03)) return null;
    if (colleagues.length > 0 && random.chance(0.04)) {
      const colleague = random.pick(colleagues);
      firstLineByOffice.set(
        d.officeId,
        colleagues.filter((c) => c !== colleague),
      );
      return colleague;
    }
    const manager = people.next(level);
    firstLineByOffice.set(d.officeId, [...colleagues, manager]);
    return manager;
  });
  const counts = headcounts(random, {
    ranges: drafts.map((d) => d.headcount),
    target: Math.round(options.employeesPerUnit * drafts.length),
  });
  return drafts.map((d, i): UnitInput => {
    const headcount = counts[i] ?? d.headcount[0];
    return {
      id: d.id,
      kind: d.kind,
      name: d.name,
      parentId: d.parentId,
      manager: managers[i] ?? null,
      headcount,
      arsarbetare: tidy(round(headcount * random.between(0.8, 0.96), 0.1)),
      ...(d.stab === true && { stab: true }),
    };
  });
}
