// The demo municipality is what a kommun's people judge the product by, so it must look real: every enhet under an
// office that really has its kind of unit, names that are unique without "#2", people with real names and UPNs
// made from them, and sizes a manager would recognise. Checked at Gävle's size and at ten times it.
import {
  gavleSectors,
  generateMunicipality,
  leadershipHeadcount,
  type GeneratedMunicipality,
  type UnitKindTemplate,
} from '../../../scripts/lib/demo';
import { type Unit } from '../../../src/domain';

/**
 * Which kinds of unit each kind of office has: our own statement of what fits, kept apart from the generator's
 * templates so that a template that puts a unit under the wrong office fails here.
 */
const fits: Readonly<Record<string, readonly string[]>> = {
  Äldreomsorgen: [
    'hemtjanst',
    'sarskiltBoende',
    'korttidsboende',
    'hemsjukvard',
    'nattpatrull',
    'demensboende',
  ],
  Funktionshinderomsorgen: [
    'gruppbostad',
    'dagligVerksamhet',
    'boendestod',
    'personligAssistans',
    'korttidsvistelse',
  ],
  'Individ- och familjeomsorgen': ['ifo', 'familjecentral'],
  'Arbetsmarknad och försörjningsstöd': ['arbetsmarknad', 'jobbcenter'],
  Förskolekontoret: ['forskoleomrade', 'oppenForskola'],
  Grundskolekontoret: ['grundskola', 'grundsarskola', 'fritidshem'],
  Gymnasiekontoret: ['gymnasieskola', 'gymnasiesarskola', 'introduktionsprogram'],
  'Barn- och elevhälsan': ['elevhalsa', 'elevhalsaOmrade'],
  Vuxenutbildningen: ['vuxenutbildning', 'larcentrum'],
  'Kultur & fritid': ['bibliotek', 'fritidsgard', 'kulturFritid'],
  Stadsbyggnadskontoret: ['planBygg'],
  'Gatu- och parkkontoret': ['gataPark', 'parkdistrikt'],
  'Miljö- och hälsoskydd': ['miljo'],
  Ekonomikontoret: ['ekonomi'],
  'HR-kontoret': ['hr'],
  'Digitalisering och IT': ['it'],
  'Kommunikation och service': ['kommunikation'],
  Kommunledningskontoret: ['kansli'],
};

/** Which kind of unit a sub-unit hangs under. */
const subUnitOf: Readonly<Record<string, string>> = {
  demensboende: 'sarskiltBoende',
  fritidshem: 'grundskola',
  introduktionsprogram: 'gymnasieskola',
};

/** Sizes as a kommun has them: a förskoleområde 15–25, a skola 40–80, a hemtjänstgrupp 30–60, staff 5–15. */
const sizes: Readonly<Record<string, readonly [number, number]>> = {
  forskoleomrade: [15, 25],
  grundskola: [40, 80],
  gymnasieskola: [40, 80],
  hemtjanst: [30, 60],
  ekonomi: [5, 15],
  hr: [5, 15],
  it: [5, 15],
  kommunikation: [5, 15],
  kansli: [5, 15],
  sektorstab: [5, 15],
};

const kinds: readonly UnitKindTemplate[] = gavleSectors.flatMap((s) => s.offices.flatMap((o) => o.kinds));
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** How a kind's names look: a place pattern, or its fixed names with an optional area or place after them. */
function nameForm(kind: UnitKindTemplate): RegExp {
  if ('pattern' in kind.naming)
    return new RegExp(`^${escape(kind.naming.pattern).replace(/\\\{place(:s)?\\\}/g, '(.+)')}$`);
  return new RegExp(`^(${kind.naming.names.map(escape).join('|')})( .+)?$`);
}
const forms = kinds.map((kind) => ({ kind, form: nameForm(kind) }));

/** The kinds whose names `name` has: exactly one for a recognisable name. */
const kindsNamed = (name: string): string[] => forms.filter((f) => f.form.test(name)).map((f) => f.kind.id);

/** The office template a kontor's name comes from (`Äldreomsorgen Norr` → `Äldreomsorgen`). */
function officeKind(kontor: Unit, sektor: Unit): string[] {
  const sector = gavleSectors.find((s) => s.name === sektor.name);
  return (sector?.offices ?? [])
    .filter((o) => kontor.name === o.name || kontor.name.startsWith(`${o.name} `))
    .map((o) => o.name);
}

/** The kind of every enhet, by its name; sector staff units are `sektorstab`. */
function kindOf(m: GeneratedMunicipality): Map<string, string> {
  const byId = new Map(m.units.map((u) => [u.id, u]));
  const result = new Map<string, string>();
  for (const unit of m.units.filter((u) => u.kind === 'enhet')) {
    const sector = gavleSectors.find((s) => s.name === byId.get(unit.sektorId)?.name);
    if (unit.parentId === unit.sektorId && unit.name === sector?.staffUnit) result.set(unit.id, 'sektorstab');
    else result.set(unit.id, kindsNamed(unit.name).join(' | '));
  }
  return result;
}

const foldForUpn = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

describe.each([
  { units: 350, seed: 2018 },
  { units: 350, seed: 11 },
  { units: 120, seed: 11 },
  { units: 3500, seed: 1 },
])('the demo municipality of $units units (seed $seed)', ({ units, seed }) => {
  const m = generateMunicipality({ units, seed });
  const byId = new Map(m.units.map((u) => [u.id, u]));
  const kindById = kindOf(m);
  const enheter = m.units.filter((u) => u.kind === 'enhet');

  it('has the four Gävle-like sectors, the last the sender sector, and about 25 offices per 350 units', () => {
    expect(m.units.filter((u) => u.kind === 'sektor').map((u) => u.name)).toEqual([
      'Sektor omsorg',
      'Sektor utbildning',
      'Sektor samhällsbyggnad',
      'Styrning och stöd',
    ]);
    expect(m.config.centralSektorIds.map((id) => byId.get(id)?.name)).toEqual(['Styrning och stöd']);
    const offices = m.units.filter((u) => u.kind === 'kontor').length;
    expect(offices).toBeGreaterThanOrEqual(Math.floor((units * 22) / 350));
    expect(offices).toBeLessThanOrEqual(Math.ceil((units * 28) / 350));
  });

  it('puts every enhet under a kontor, except one staff unit per sektor (Sektorstab …) directly under it', () => {
    const direct = enheter.filter((u) => u.kontorId === null);
    expect(direct.map((u) => [byId.get(u.parentId ?? '')?.kind, kindById.get(u.id)])).toEqual(
      direct.map(() => ['sektor', 'sektorstab']),
    );
    expect(direct.map((u) => u.name).sort()).toEqual(gavleSectors.map((s) => s.staffUnit).sort());
  });

  it('flags each sektor’s staff unit as its stab, and no other unit', () => {
    const stabs = m.units.filter((u) => u.stab === true);
    expect(stabs.map((u) => [byId.get(u.parentId ?? '')?.kind, kindById.get(u.id)])).toEqual(
      stabs.map(() => ['sektor', 'sektorstab']),
    );
    expect(stabs.map((u) => u.sektorId).sort()).toEqual(
      m.units
        .filter((u) => u.kind === 'sektor')
        .map((u) => u.id)
        .sort(),
    );
  });

  it('gives every kontor a kind of office of its own sektor, and every enhet a kind that fits its kontor', () => {
    const misfits: string[] = [];
    for (const kontor of m.units.filter((u) => u.kind === 'kontor')) {
      const office = officeKind(kontor, byId.get(kontor.sektorId)!);
      if (office.length !== 1) misfits.push(`${kontor.name}: office kind ${office.join(', ') || 'unknown'}`);
    }
    for (const unit of enheter.filter((u) => u.kontorId !== null)) {
      const kontor = byId.get(unit.kontorId!)!;
      const [office] = officeKind(kontor, byId.get(kontor.sektorId)!);
      const kind = kindById.get(unit.id) ?? '';
      if (!(fits[office ?? ''] ?? []).includes(kind))
        misfits.push(`${unit.name} (${kind || 'unknown'}) in ${kontor.name}`);
      const parent = byId.get(unit.parentId ?? '')!;
      const expectedParent = subUnitOf[kind];
      if (
        expectedParent === undefined ? parent.kind !== 'kontor' : kindById.get(parent.id) !== expectedParent
      )
        misfits.push(`${unit.name} (${kind}) under ${parent.name}`);
    }
    expect(misfits).toEqual([]);
    // Sub-units occur (and their parents' managers are avdelningschefer).
    const subUnits = enheter.filter((u) => byId.get(u.parentId ?? '')?.kind === 'enhet');
    expect(subUnits.length).toBeGreaterThan(0);
    for (const unit of subUnits)
      expect(byId.get(unit.parentId!)?.manager?.level ?? 'avdelningschef').toBe('avdelningschef');
  });

  it('names every unit uniquely, without numbers or "#n", each recognisably one kind', () => {
    const names = m.units.map((u) => u.name);
    const seen = new Set<string>();
    expect(names.filter((name) => seen.has(name) || !seen.add(name))).toEqual([]);
    expect(names.filter((name) => /#|\d/.test(name) || name !== name.trim() || / {2}/.test(name))).toEqual(
      [],
    );
    expect(enheter.filter((u) => !/^[a-zA-Z]+$/.test(kindById.get(u.id) ?? '')).map((u) => u.name)).toEqual(
      [],
    );
  });

  it('gives managers real first and last names, no full name twice, and UPNs made from them', () => {
    const managers = new Map<string, string>();
    const led = new Map<string, Unit[]>();
    for (const unit of m.units)
      if (unit.manager) {
        managers.set(unit.manager.upn, unit.manager.name);
        led.set(unit.manager.upn, [...(led.get(unit.manager.upn) ?? []), unit]);
      }
    const seen = new Set<string>();
    expect([...managers.values()].filter((name) => seen.has(name) || !seen.add(name))).toEqual([]);
    // One person in two posts is a first-line manager of two units of one office, never two people who share a
    // UPN: nobody leads more than two units, and two units only in the same kontor.
    const shared = [...led.values()].filter((units) => units.length > 1);
    expect(shared.length).toBeGreaterThan(0);
    for (const [a, b, ...more] of shared) {
      expect(more).toEqual([]);
      expect([a?.manager?.level, b?.manager?.level]).toEqual(['enhetschef', 'enhetschef']);
      expect(a?.kontorId).toBe(b?.kontorId);
    }
    for (const [upn, name] of managers) {
      expect(name).toMatch(/^\p{Lu}[\p{L}'-]+ \p{Lu}[\p{L}'-]+$/u);
      const [first = '', last = ''] = name.split(' ');
      expect(upn).toBe(`${foldForUpn(first)}.${foldForUpn(last)}@gavle.example`);
    }
  });

  it('sizes units by kind, årsarbetare a bit below headcount, and ≈ 20 employees per unit in all', () => {
    const declared = new Map(kinds.map((k) => [k.id, k.headcount]));
    const outside: string[] = [];
    for (const unit of m.units) {
      const kind = unit.kind === 'enhet' ? (kindById.get(unit.id) ?? '') : unit.kind;
      const range =
        unit.kind === 'sektor'
          ? leadershipHeadcount.sektor
          : unit.kind === 'kontor'
            ? leadershipHeadcount.kontor
            : kind === 'sektorstab'
              ? leadershipHeadcount.staffUnit
              : declared.get(kind);
      if (range === undefined) outside.push(`${unit.name}: no size for ${kind}`);
      // The generator's range for the kind, and for the kinds named above, what a kommun has.
      for (const [min, max] of range === undefined ? [] : [range, sizes[kind] ?? range])
        if (unit.headcount < min || unit.headcount > max)
          outside.push(`${unit.name} (${kind}): ${unit.headcount} not in ${min}–${max}`);
      if (!(unit.arsarbetare < unit.headcount && unit.arsarbetare >= 0.75 * unit.headcount))
        outside.push(`${unit.name}: ${unit.arsarbetare} årsarbetare for ${unit.headcount}`);
    }
    expect(outside).toEqual([]);
    const employees = m.units.reduce((sum, u) => sum + u.headcount, 0);
    expect(employees).toBeGreaterThanOrEqual(units * 19.5);
    expect(employees).toBeLessThanOrEqual(units * 20.5);
  });
});

describe('the demo municipality at Gävle’s size', () => {
  it('has ≈ 7,000 employees for 350 units', () => {
    const employees = generateMunicipality({ units: 350, seed: 2018 }).units.reduce(
      (s, u) => s + u.headcount,
      0,
    );
    expect(employees).toBeGreaterThanOrEqual(6800);
    expect(employees).toBeLessThanOrEqual(7200);
  });

  it('is the same municipality for the same seed and size, and another for another seed', () => {
    const m = generateMunicipality({ units: 350, seed: 2018 });
    expect(generateMunicipality({ units: 350, seed: 2018 })).toEqual(m);
    const other = generateMunicipality({ units: 350, seed: 2019 });
    expect(other.units.map((u) => u.name)).not.toEqual(m.units.map((u) => u.name));
    expect(other.units.map((u) => u.manager?.name)).not.toEqual(m.units.map((u) => u.manager?.name));
  });

  it('never gives a manager a reserved name, such as a persona the demo puts in afterwards', () => {
    const free = generateMunicipality({ units: 3500, seed: 3 });
    const taken = free.units.flatMap((u) => (u.manager ? [u.manager.name] : [])).slice(0, 50);
    const reserved = generateMunicipality({ units: 3500, seed: 3, reservedNames: taken });
    const names = new Set(reserved.units.map((u) => u.manager?.name));
    expect(taken.filter((name) => names.has(name))).toEqual([]);
  });
});
