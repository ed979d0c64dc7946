// The demo municipality (`npm run seed`, and `npm start`): a deterministic Gävle-like kommun from the generator in
// ./demo, with the development personas placed in it, written to a SharePoint site through the same writers the
// import uses (docs/provisioning.md, "The demo municipality").
import { type SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import { DEV_PERSONAS, type DevPersona } from '../../emulators/identity/personas';
import {
  normaliseUpn,
  type Inventory,
  type MunicipalityConfig,
  type Period,
  type Unit,
} from '../../src/domain';
import { gavleSectors, generateMunicipality } from './demo';
import {
  ensureUnitAccess,
  loginNameOf,
  boardGroupName,
  projectTeamGroupName,
  provisionSite,
  type ProvisionEvent,
  type UnitAccessEvent,
} from '../../src/sharepoint/provision';
import { SharePointSettingsRepository } from '../../src/sharepoint/repositories';
import { createPeriodInventories, upsertUnits, writeInventories } from '../../src/sharepoint/writers';

/** The sender sector of the seed ("avsändarsektorn"): the one whose staff count as central. */
export const senderSektorName: string = gavleSectors.find((s) => s.central === true)?.name ?? '';

/** Options for the demo municipality. */
export interface DemoOptions {
  /** Units in total, sectors and offices included. @default 350 (Gävle) */
  readonly units?: number;
  /** The generator's seed; the same seed, units and day give the same municipality. @default 2018 */
  readonly seed?: number;
  /** The day the demo is for (ISO date): the period is open on it. @default today */
  readonly today?: string;
}

/** What a persona is in the demo. */
export interface PersonaPlace {
  readonly persona: DevPersona;
  /** Swedish and English, e.g. `sektorchef för S1 Sektor omsorg`. */
  readonly place: { readonly sv: string; readonly en: string };
}

/** The demo municipality, ready to write. */
export interface DemoMunicipality {
  readonly config: MunicipalityConfig;
  readonly period: Period;
  readonly units: readonly Unit[];
  readonly inventories: readonly Inventory[];
  readonly personas: readonly PersonaPlace[];
}

const day = 86_400_000;
const generatedOpensOn = Date.parse('2018-06-11T00:00:00Z');

const isoDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

function persona(role: DevPersona['role'], index = 0): DevPersona {
  const found = DEV_PERSONAS.filter((p) => p.role === role)[index];
  if (found === undefined) throw new Error(`No dev persona with the role ${role}`);
  return found;
}

/** Replaces every occurrence of a UPN (as a unit's manager and in inventories' actors) with another person. */
function replacePeople(
  data: { units: Unit[]; inventories: Inventory[] },
  swaps: ReadonlyMap<string, DevPersona>,
): { units: Unit[]; inventories: Inventory[] } {
  const upn = (value: string | null): string | null =>
    value === null ? null : (swaps.get(value)?.upn ?? value);
  return {
    units: data.units.map((u) => {
      const who = u.manager ? swaps.get(u.manager.upn) : undefined;
      return who && u.manager
        ? { ...u, manager: { ...u.manager, upn: normaliseUpn(who.upn), name: who.name } }
        : u;
    }),
    inventories: data.inventories.map((i) => ({
      ...i,
      managerUpn: upn(i.managerUpn) ?? i.managerUpn,
      updatedBy: upn(i.updatedBy),
      submittedBy: upn(i.submittedBy),
      decisions: i.decisions.map((d) => ({ ...d, decidedBy: upn(d.decidedBy) })),
    })),
  };
}

function shiftInstant(value: string | null, by: number): string | null {
  return value === null ? null : new Date(Date.parse(value) + by).toISOString();
}

/**
 * The demo municipality: `generateMunicipality` (the Gävle-like sectors, the last the sender sector "Styrning och
 * stöd"; 20 employees per unit, ≈ 7,000 in all), one period open on `today` (opened 90 days before, closing 30 days
 * after; the generated answers keep their rhythm, shifted to lie in the past), and the dev personas in it: Sara the
 * sektorchef of the first sector, Karl a kontorschef in it, Anna and Erik enhetschefer in Karl's office (Anna still
 * answering, Erik submitted when possible). The generator never gives a manager a persona's name. Pure and
 * deterministic.
 */
export function demoMunicipality(options: DemoOptions = {}): DemoMunicipality {
  const { units: count = 350, seed = 2018 } = options;
  const today = Date.parse(`${options.today ?? isoDate(Date.now())}T00:00:00Z`);
  if (Number.isNaN(today)) throw new Error(`Not an ISO date: ${options.today}`);
  const opensOn = today - 90 * day;
  const periodId = String(new Date(today).getUTCFullYear());
  const generated = generateMunicipality({
    units: count,
    seed,
    periodId,
    reservedNames: DEV_PERSONAS.map((p) => p.name),
  });
  const shift = opensOn - generatedOpensOn;
  let units: Unit[] = [...generated.units];
  let inventories: Inventory[] = generated.inventories.map((i) => ({
    ...i,
    updatedAt: shiftInstant(i.updatedAt, shift),
    submittedAt: shiftInstant(i.submittedAt, shift),
    decisions: i.decisions.map((d) => ({ ...d, decidedAt: shiftInstant(d.decidedAt, shift) })),
  }));

  // Where the personas go: people who lead exactly one unit, so a swap moves nobody else.
  const led = new Map<string, number>();
  for (const u of units) if (u.manager) led.set(u.manager.upn, (led.get(u.manager.upn) ?? 0) + 1);
  const soleManager = (u: Unit): boolean => u.manager !== null && led.get(u.manager.upn) === 1;
  const statusOf = new Map(inventories.map((i) => [i.unitId, i.status]));
  const firstLineUnder = (kontor: Unit): Unit[] =>
    units.filter(
      (u) =>
        u.parentId === kontor.id && u.kind === 'enhet' && u.manager?.level === 'enhetschef' && soleManager(u),
    );
  const answering = (u: Unit): boolean =>
    ['notStarted', 'draft', 'returned'].includes(statusOf.get(u.id) ?? 'notStarted');
  const submitted = (u: Unit): boolean => statusOf.get(u.id) === 'submitted';
  // The first office with one unit still answering and one waiting for review; else any with two units.
  const offices = units.filter(
    (u) =>
      u.kind === 'kontor' &&
      soleManager(u) &&
      firstLineUnder(u).length >= 2 &&
      soleManager(units.find((s) => s.id === u.parentId)!),
  );
  const kontor =
    offices.find((k) => firstLineUnder(k).some(answering) && firstLineUnder(k).some(submitted)) ?? offices[0];
  const sektor = units.find((u) => u.id === kontor?.parentId);
  if (sektor === undefined || kontor === undefined)
    throw new Error('The demo municipality is too small for the personas.');
  const children = firstLineUnder(kontor);
  const anna = children.find(answering) ?? children[0]!;
  const erik = children.find((u) => u !== anna && submitted(u)) ?? children.find((u) => u !== anna)!;
  const swaps = new Map<string, DevPersona>([
    [sektor.manager!.upn, persona('sektorchef')],
    [kontor.manager!.upn, persona('kontorschef')],
    [anna.manager!.upn, persona('enhetschef', 0)],
    [erik.manager!.upn, persona('enhetschef', 1)],
  ]);
  ({ units, inventories } = replacePeople({ units, inventories }, swaps));
  const unitName = (u: Unit): string => `${u.id} ${units.find((x) => x.id === u.id)?.name ?? u.name}`;
  const personas: PersonaPlace[] = [
    {
      persona: persona('siteAdmin'),
      place: { sv: 'webbplatssamlingens administratör', en: 'site collection administrator' },
    },
    {
      persona: persona('projectTeam'),
      place: { sv: `i gruppen ${projectTeamGroupName}`, en: `in the group ${projectTeamGroupName}` },
    },
    {
      persona: persona('sektorchef'),
      place: { sv: `sektorchef för ${unitName(sektor)}`, en: `sektorchef of ${unitName(sektor)}` },
    },
    {
      persona: persona('kontorschef'),
      place: { sv: `kontorschef för ${unitName(kontor)}`, en: `kontorschef of ${unitName(kontor)}` },
    },
    {
      persona: persona('enhetschef', 0),
      place: { sv: `enhetschef för ${unitName(anna)}`, en: `enhetschef of ${unitName(anna)}` },
    },
    {
      persona: persona('enhetschef', 1),
      place: { sv: `enhetschef för ${unitName(erik)}`, en: `enhetschef of ${unitName(erik)}` },
    },
    {
      persona: persona('board'),
      place: {
        sv: `kommunstyrelsen, i gruppen ${boardGroupName}: läser bara Sammanställningar`,
        en: `the board, in the group ${boardGroupName}: reads Sammanställningar only`,
      },
    },
  ];
  const period: Period = {
    id: periodId,
    name: { sv: `Inventering av stödfunktioner ${periodId}`, en: `Support function inventory ${periodId}` },
    opensOn: isoDate(opensOn),
    closesOn: isoDate(today + 30 * day),
  };
  return { config: generated.config, period, units, inventories, personas };
}

/** What the seed reports as it goes. */
export type SeedEvent =
  | { readonly kind: 'stage'; readonly stage: SeedStage }
  | { readonly kind: 'progress'; readonly stage: SeedStage; readonly done: number; readonly total: number }
  | { readonly kind: 'provision'; readonly event: ProvisionEvent }
  | { readonly kind: 'access'; readonly event: UnitAccessEvent };

/** The seed's stages, in order. */
export type SeedStage =
  'provision' | 'settings' | 'units' | 'access' | 'inventories' | 'answers' | 'projectTeam';

/** How long each stage took, in milliseconds. */
export type SeedTimings = Readonly<Record<SeedStage, number>>;

/**
 * Provisions the site and fills it with the demo municipality: configuration, period, organisation, groups,
 * folders and permissions, every unit's inventory with the generated answers and statuses, and Pia in the
 * project team. Idempotent: a second run with the same options writes nothing.
 * @throws AppError from the stage that failed.
 */
export async function seedDemoSite(
  sp: SPFI,
  options: DemoOptions & { readonly log?: (event: SeedEvent) => void } = {},
): Promise<{ demo: DemoMunicipality; timings: SeedTimings }> {
  const log = options.log ?? (() => undefined);
  const demo = demoMunicipality(options);
  const timings: Partial<Record<SeedStage, number>> = {};
  const stage = async <T>(
    name: SeedStage,
    run: (progress: (done: number, total: number) => void) => Promise<T>,
  ): Promise<T> => {
    log({ kind: 'stage', stage: name });
    const started = performance.now();
    const result = await run((done, total) => log({ kind: 'progress', stage: name, done, total }));
    timings[name] = performance.now() - started;
    return result;
  };
  await stage('provision', () => provisionSite(sp, { log: (event) => log({ kind: 'provision', event }) }));
  await stage('settings', async () => {
    const settings = new SharePointSettingsRepository(sp);
    await settings.saveConfig(demo.config);
    await settings.savePeriod(demo.period);
  });
  await stage('units', (progress) => upsertUnits(sp, demo.units, { onProgress: progress }));
  await stage('access', () =>
    ensureUnitAccess(sp, { units: demo.units, log: (event) => log({ kind: 'access', event }) }),
  );
  await stage('inventories', (progress) =>
    createPeriodInventories(sp, {
      period: demo.period,
      units: demo.units,
      config: demo.config,
      onProgress: progress,
    }),
  );
  await stage('answers', (progress) => writeInventories(sp, demo.inventories, { onProgress: progress }));
  await stage('projectTeam', async () => {
    await ensureGroupMember(sp, projectTeamGroupName, persona('projectTeam').upn);
    await ensureGroupMember(sp, boardGroupName, persona('board').upn);
  });
  return { demo, timings: timings as SeedTimings };
}

/** Puts a person in one of our groups unless they are in it. */
async function ensureGroupMember(sp: SPFI, groupName: string, upn: string): Promise<void> {
  const groups = await sp.web.siteGroups.select('Id', 'Title')();
  const group = groups.find((g) => g.Title === groupName);
  if (group === undefined) throw new Error(`The group ${groupName} is missing; provisioning failed?`);
  const members = await sp.web.siteGroups.getById(group.Id).users.select('LoginName')();
  if (!members.some((m) => normaliseUpn(m.LoginName.split('|').pop() ?? '') === normaliseUpn(upn)))
    await sp.web.siteGroups.getById(group.Id).users.add(loginNameOf(upn));
}
