// Small hand-built municipality for exact-number tests: two sectors, three offices, nested units and
// names with the characters real organisation names have (å/ä/ö, apostrophes, & and #).
import {
  buildOrganisation,
  defaultMunicipalityConfig,
  emptyInventory,
  emptyLine,
  type FirstLineSection,
  type Inventory,
  type InventoryLine,
  type Unit,
  type UnitInput,
} from '../../../src/domain';

export const config = defaultMunicipalityConfig();

const manager = (upn: string, level: NonNullable<UnitInput['manager']>['level']): UnitInput['manager'] => ({
  upn,
  name: upn.split('@')[0] ?? upn,
  level,
});

/** The organisation as imported. */
export const unitInputs: UnitInput[] = [
  {
    id: 'S1',
    kind: 'sektor',
    name: 'Sektor omsorg',
    parentId: null,
    manager: manager('Sektor.Chef1@Kommun.example', 'sektorchef'),
    headcount: 10,
    arsarbetare: 9,
  },
  {
    id: 'S2',
    kind: 'sektor',
    name: 'Sektor samhällsbyggnad',
    parentId: null,
    manager: manager('sektorchef2@kommun.example', 'sektorchef'),
    headcount: 10,
    arsarbetare: 10,
  },
  {
    id: 'K1',
    kind: 'kontor',
    name: 'Äldreomsorgen',
    parentId: 'S1',
    manager: manager('kontor1@kommun.example', 'kontorschef'),
    headcount: 20,
    arsarbetare: 18,
  },
  {
    id: 'K2',
    kind: 'kontor',
    name: 'Kultur & fritid #2',
    parentId: 'S2',
    manager: manager('kontor2@kommun.example', 'kontorschef'),
    headcount: 20,
    arsarbetare: 20,
  },
  {
    id: 'K3',
    kind: 'kontor',
    name: 'Individ- och familjeomsorgen',
    parentId: 'S1',
    manager: manager('kontor3@kommun.example', 'kontorschef'),
    headcount: 10,
    arsarbetare: 10,
  },
  {
    id: 'E1',
    kind: 'enhet',
    name: "Hemtjänst Sätra 'Norr'",
    parentId: 'K1',
    manager: manager('enhet1@kommun.example', 'avdelningschef'),
    headcount: 30,
    arsarbetare: 27,
  },
  {
    id: 'E2',
    kind: 'enhet',
    name: 'Hemtjänst Sätra grupp #1',
    parentId: 'E1',
    manager: manager('enhet2@kommun.example', 'enhetschef'),
    headcount: 20,
    arsarbetare: 18,
  },
  {
    id: 'E3',
    kind: 'enhet',
    name: 'Bibliotek Öster',
    parentId: 'K2',
    manager: manager('enhet3@kommun.example', 'enhetschef'),
    headcount: 10,
    arsarbetare: 9,
  },
  {
    id: 'E4',
    kind: 'enhet',
    name: 'Sektorsstab omsorg',
    parentId: 'S1',
    manager: manager('enhet4@kommun.example', 'enhetschef'),
    headcount: 10,
    arsarbetare: 10,
    stab: true,
  },
  {
    id: 'E5',
    kind: 'enhet',
    name: 'Försörjningsstöd',
    parentId: 'K3',
    manager: null,
    headcount: 10,
    arsarbetare: 10,
  },
];

function build(): Unit[] {
  const result = buildOrganisation(unitInputs);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

/** The checked organisation. */
export const units = build();

/** A unit of the fixture by id. */
export function unit(id: string): Unit {
  const found = units.find((u) => u.id === id);
  if (found === undefined) throw new Error(`no unit ${id}`);
  return found;
}

/** A fully answered line, with overrides. */
export function line(functionId: string, overrides: Partial<InventoryLine> = {}): InventoryLine {
  return {
    ...emptyLine(functionId),
    persons: 0,
    arsarbetare: 0,
    supportLocations: ['central'],
    quality: 3,
    competenceNow: 3,
    competenceNeeded: 3,
    placement: 'samordnaSektor',
    ...overrides,
  };
}

/** A complete first-line section (admin hours 2 h in every category = 12 h). */
export function firstLine(overrides: Partial<FirstLineSection> = {}): FirstLineSection {
  return {
    adminHours: Object.fromEntries(config.adminHourCategories.map((c) => [c.id, 2])),
    chefsnaraStodArsarbetare: 0.5,
    medarbetarspann: 20,
    lackingSupport: '',
    ...overrides,
  };
}

/** A line for every configured function, each with overrides from `byFunction`. */
export function allLines(byFunction: Record<string, Partial<InventoryLine>> = {}): InventoryLine[] {
  return config.taxonomy.functions.map((fn) => line(fn.id, byFunction[fn.id] ?? {}));
}

/** An inventory of a fixture unit in period `2018`, with overrides. */
export function inventory(unitId: string, overrides: Partial<Inventory> = {}): Inventory {
  return {
    ...emptyInventory(unit(unitId), '2018'),
    status: 'draft',
    version: '1',
    revision: 'rev-1',
    ...overrides,
  };
}

/** An inventory that passes the submit validation, in status `submitted`. */
export function completeInventory(unitId: string, overrides: Partial<Inventory> = {}): Inventory {
  const u = unit(unitId);
  return inventory(unitId, {
    status: 'submitted',
    lines: allLines(),
    firstLine: u.manager?.level === 'enhetschef' ? firstLine() : null,
    ...overrides,
  });
}
