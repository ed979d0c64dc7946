// A small municipality for the manager's tab tests, on a provisioned site filled the way the import does it
// (bench/backend/site.ts), with an open period around today and a closed one before it. Each test works as its own
// manager on its own unit, so the tests of a file never meet in the data.
import { type SPFI } from '@pnp/sp';
import {
  buildOrganisation,
  defaultMunicipalityConfig,
  editInventory,
  emptyFirstLine,
  emptyLine,
  swedishDate,
  transition,
  type FirstLineSection,
  type Inventory,
  type InventoryLine,
  type ManagerLevel,
  type MunicipalityConfig,
  type Period,
  type Unit,
  type UnitInput,
} from '../../../src/domain';
import { type Repositories } from '../../../src/sharepoint/repositories';
import { createPeriodInventories } from '../../../src/sharepoint/writers';
import { fillSite } from '../../../bench/backend/site';

/** The people of the site, by the part they play. */
export const PEOPLE = {
  /** Enhetschef of E1 Hemtjänst Norr (K1): fills in the form; has an earlier, submitted inventory. */
  anna: 'anna.berg@kommun.example',
  /** Enhetschef of E2 Hemtjänst Söder (K1). */
  erik: 'erik.lund@kommun.example',
  /** Kontorschef of K1: reviewer of E1, E2, E5–E12. */
  karl: 'karl.kontor@kommun.example',
  /** Sektorchef of S1. */
  sara: 'sara.sektor@kommun.example',
  /** Kontorschef of K2: reviewer of E3. */
  kurt: 'kurt.kultur@kommun.example',
  /** Sektorchef of S2. */
  stina: 'stina.bygg@kommun.example',
  /** Enhetschef of E3, whose submitted inventory Kurt has returned with a comment. */
  oneil: "o'neil@kommun.example",
  /** Leads two units, E5 and E6: picks one on the start page. */
  maria: 'maria.mangd@kommun.example',
  /** Avdelningschef of E7: no first-line section. */
  olle: 'olle.avdelning@kommun.example',
  /** In the project team (Projektgruppen): reads every unit, tries thresholds, keeps the settings; leads no unit. */
  petra: 'petra.projekt@kommun.example',
  /** Kommunstyrelsen, in the board's group: reads the published summaries (Sammanställningar) and nothing else. */
  board: 'styrelsen@kommun.example',
} as const;

/** The enhetschef of the spare unit `E<n>` (n = 8…12), one per test that needs a unit of its own. */
export const chef = (n: number): string => `chef${n}@kommun.example`;

/** The emulator's site collection administrator (emulators/identity/personas.ts). */
export const ADMIN = 'admin@kommun.example';

/** Kurt's comment on O'Neil's returned inventory. */
export const RETURN_COMMENT = 'Komplettera IT: ange var supporten finns.';

const manager = (upn: string, name: string, level: ManagerLevel) => ({ upn, name, level });

function unitsInput(): UnitInput[] {
  const enhet = (
    id: string,
    name: string,
    parentId: string,
    who: ReturnType<typeof manager> | null,
  ): UnitInput => ({
    id,
    kind: 'enhet',
    name,
    parentId,
    manager: who,
    headcount: 24,
    arsarbetare: 21.5,
  });
  return [
    {
      id: 'S1',
      kind: 'sektor',
      name: 'Välfärd',
      parentId: null,
      manager: manager(PEOPLE.sara, 'Sara Sektorchef', 'sektorchef'),
      headcount: 3,
      arsarbetare: 3,
    },
    {
      id: 'K1',
      kind: 'kontor',
      name: 'Äldreomsorg',
      parentId: 'S1',
      manager: manager(PEOPLE.karl, 'Karl Kontorschef', 'kontorschef'),
      headcount: 4,
      arsarbetare: 4,
    },
    {
      id: 'S2',
      kind: 'sektor',
      name: 'Samhällsbyggnad',
      parentId: null,
      manager: manager(PEOPLE.stina, 'Stina Bygg', 'sektorchef'),
      headcount: 2,
      arsarbetare: 2,
    },
    {
      id: 'K2',
      kind: 'kontor',
      name: 'Kultur & fritid',
      parentId: 'S2',
      manager: manager(PEOPLE.kurt, 'Kurt Kultur', 'kontorschef'),
      headcount: 5,
      arsarbetare: 5,
    },
    enhet('E1', 'Hemtjänst Norr', 'K1', manager(PEOPLE.anna, 'Anna Berg', 'enhetschef')),
    enhet('E2', 'Hemtjänst Söder', 'K1', manager(PEOPLE.erik, 'Erik Lund', 'enhetschef')),
    enhet('E3', "Öster & Väster's #1", 'K2', manager(PEOPLE.oneil, "Örjan O'Neil", 'enhetschef')),
    enhet('E5', 'Dagverksamhet Berget', 'K1', manager(PEOPLE.maria, 'Maria Mångd', 'enhetschef')),
    enhet('E6', 'Dagverksamhet Dalen', 'K1', manager(PEOPLE.maria, 'Maria Mångd', 'enhetschef')),
    enhet('E7', 'Avdelning Stöd', 'K1', manager(PEOPLE.olle, 'Olle Avdelning', 'avdelningschef')),
    ...[8, 9, 10, 11, 12].map((n) =>
      enhet(`E${n}`, `Hemtjänst ${n}`, 'K1', manager(chef(n), `Chef ${n}`, 'enhetschef')),
    ),
  ];
}

/** The site's organisation, checked. */
export function managerOrganisation(): Unit[] {
  const result = buildOrganisation(unitsInput());
  if (!result.ok) throw new Error(`The test organisation is invalid: ${JSON.stringify(result.issues)}`);
  return result.value;
}

// The Swedish day, as the app counts days left: between 23:00 and 24:00 UTC it is already tomorrow in Sweden.
const isoDay = (ms: number) => swedishDate(new Date(ms).toISOString());
const day = 86_400_000;

/** The open period (30 days ago to 14 days ahead of `today`) and a closed one a year before. */
export function periodsAround(today: Date): { current: Period; earlier: Period } {
  const t = today.getTime();
  return {
    current: {
      id: 'host',
      name: { sv: 'Inventering i år', en: 'Inventory this year' },
      opensOn: isoDay(t - 30 * day),
      closesOn: isoDay(t + 14 * day),
    },
    earlier: {
      id: 'fjol',
      name: { sv: 'Inventering i fjol', en: 'Inventory last year' },
      opensOn: isoDay(t - 400 * day),
      closesOn: isoDay(t - 340 * day),
    },
  };
}

/** A line answered as the submit validation asks: no own staff, support from the centre, middling scores. */
export function completeLine(functionId: string): InventoryLine {
  return {
    ...emptyLine(functionId),
    persons: 0,
    arsarbetare: 0,
    supportLocations: ['central'],
    quality: 3,
    competenceNow: 3,
    competenceNeeded: 3,
    placement: 'samordnaSektor',
  };
}

/** A first-line section with every configured category answered. */
export function completeFirstLine(config: MunicipalityConfig): FirstLineSection {
  return {
    ...emptyFirstLine(),
    adminHours: Object.fromEntries(config.adminHourCategories.map((c) => [c.id, 1])),
    chefsnaraStodArsarbetare: 0.5,
    medarbetarspann: 12,
  };
}

/** An inventory answered completely by its manager, as a draft. */
export function completed(inventory: Inventory, config: MunicipalityConfig, upn: string): Inventory {
  const edited = editInventory(inventory, {
    actor: { upn, roles: [] },
    at: new Date().toISOString(),
    lines: config.taxonomy.functions.map((fn) => completeLine(fn.id)),
    firstLine: completeFirstLine(config),
  });
  if (!edited.ok) throw new Error(`Cannot complete ${inventory.id}: ${edited.reason}`);
  return edited.inventory;
}

/** What `fillManagerSite` made. */
export interface ManagerSite {
  readonly config: MunicipalityConfig;
  readonly units: readonly Unit[];
  readonly current: Period;
  readonly earlier: Period;
}

/**
 * Provisions and fills the site: configuration, both periods, the organisation with its folders and permissions,
 * every unit's inventories; Anna's earlier inventory answered and submitted; O'Neil's current one submitted and
 * returned by Kurt with `RETURN_COMMENT`.
 */
export async function fillManagerSite(
  admin: SPFI,
  options: {
    readonly today: Date;
    readonly reposAs: (upn: string) => Repositories;
    readonly config?: MunicipalityConfig;
  },
): Promise<ManagerSite> {
  const { today, reposAs, config = defaultMunicipalityConfig() } = options;
  const units = managerOrganisation();
  const { current, earlier } = periodsAround(today);
  await fillSite(admin, {
    units,
    config,
    period: current,
    projectTeam: [PEOPLE.petra],
    board: [PEOPLE.board],
  });
  await reposAs(ADMIN).settings.savePeriod(earlier);
  await createPeriodInventories(admin, { period: earlier, units, config });

  const submit = (upn: string, periodId: string, unitId: string) =>
    submitAnswered(reposAs(upn), { config, units, periodId, unitId, upn });
  await submit(PEOPLE.anna, earlier.id, 'E1');
  const oneils = await submit(PEOPLE.oneil, current.id, 'E3');
  const returned = transition(oneils, {
    actor: { upn: PEOPLE.kurt, roles: [{ kind: 'reviewer', unitId: 'K2' }] },
    to: 'returned',
    at: new Date().toISOString(),
    comment: RETURN_COMMENT,
    config,
    unit: units.find((u) => u.id === 'E3')!,
  });
  if (!returned.ok) throw new Error(`Kurt cannot return E3: ${returned.reason}`);
  await reposAs(PEOPLE.kurt).inventories.decide(returned.inventory);
  return { config, units, current, earlier };
}

/**
 * The manager answers every question (`completed`, then `answer` changes what the test needs) and submits,
 * through the app's repository: what their tab sends.
 */
export async function submitAnswered(
  repos: Repositories,
  options: {
    readonly config: MunicipalityConfig;
    readonly units: readonly Unit[];
    readonly periodId: string;
    readonly unitId: string;
    readonly upn: string;
    readonly answer?: (line: InventoryLine) => InventoryLine;
  },
): Promise<Inventory> {
  const { config, units, periodId, unitId, upn, answer = (line) => line } = options;
  const stored = await repos.inventories.get(periodId, unitId);
  if (stored === null) throw new Error(`No inventory ${periodId}:${unitId}`);
  const answered = completed(stored, config, upn);
  const draft = await repos.inventories.save({ ...answered, lines: answered.lines.map(answer) });
  const submitted = transition(draft, {
    actor: { upn, roles: [] },
    to: 'submitted',
    at: new Date().toISOString(),
    config,
    unit: units.find((u) => u.id === unitId)!,
  });
  if (!submitted.ok)
    throw new Error(`Cannot submit ${draft.id}: ${submitted.reason} ${JSON.stringify(submitted.issues)}`);
  return repos.inventories.save(submitted.inventory);
}
