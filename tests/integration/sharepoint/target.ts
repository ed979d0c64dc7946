// Where the repository tests run: a fresh emulator per test file, or — with SP_LIVE_URL and SP_LIVE_TOKEN set — a
// real SharePoint Online site, as tests/conformance does (like Azurite's live test mode). A tenant's site is
// shared with real data and with earlier runs, so in live mode every unit code and period id the tests write carries
// this run's mark, and every person of the fixture is played by a real account of the tenant.
import { describeEmulatorOnly, live } from '../../conformance/harness';
import { SITE_ADMIN_UPN } from '../../../emulators/identity/personas';
import {
  buildOrganisation,
  inventoryId,
  normaliseUpn,
  type Inventory,
  type Period,
  type Unit,
  type UnitInput,
} from '../../../src/domain';

export { describeEmulatorOnly, live };

/** The site collection administrator of the emulator; in live mode the owner whose token is SP_LIVE_TOKEN. */
export const ADMIN = SITE_ADMIN_UPN;

/** The project team member of the fixture; in live mode its SP_LIVE_USERS account, else the site owner. */
export const PROJECT_TEAM = 'projekt@kommun.example';

/** A real account of the tenant that plays a person of the fixture in live mode. */
export interface LiveUser {
  /** The account's UPN, as SharePoint stores it (lower-cased). */
  readonly upn: string;
  /** A bearer token of that account for the site. */
  readonly token: string;
}

function fail(sv: string, en: string): never {
  throw new Error(`${sv}\n${en}`);
}

// The UPN claim of a user's access token (Entra ID v1 tokens carry `upn`; guests only `unique_name`).
function upnInToken(token: string): string {
  const payload = token.split('.')[1];
  let claims: Record<string, unknown> = {};
  try {
    claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    // Handled below: a token we cannot read has no UPN.
  }
  const upn = [claims.upn, claims.unique_name, claims.preferred_username].find(
    (v): v is string => typeof v === 'string' && v.includes('@'),
  );
  if (upn === undefined)
    fail(
      'SP_LIVE_TOKEN är ingen användartoken med UPN (anspråket upn saknas).',
      'SP_LIVE_TOKEN is not a user token with a UPN (no upn claim); use a delegated token of a site owner.',
    );
  return normaliseUpn(upn);
}

function parseLiveUsers(text: string | undefined, owner: string): ReadonlyMap<string, LiveUser> {
  const users = new Map<string, LiveUser>();
  if (text === undefined || text.trim() === '') return users;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    fail(
      `SP_LIVE_USERS är inte JSON (${(error as Error).message}).`,
      `SP_LIVE_USERS is not JSON (${(error as Error).message}); expected {"anna.berg@kommun.example": {"upn": "…", "token": "…"}, …}.`,
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    fail(
      'SP_LIVE_USERS ska vara ett JSON-objekt.',
      'SP_LIVE_USERS must be a JSON object keyed by persona UPN.',
    );
  const taken = new Set([owner]);
  for (const [persona, value] of Object.entries(parsed as Record<string, unknown>)) {
    const { upn, token } = (value ?? {}) as { upn?: unknown; token?: unknown };
    if (typeof upn !== 'string' || typeof token !== 'string' || token.trim() === '')
      fail(
        `SP_LIVE_USERS["${persona}"] behöver upn och token.`,
        `SP_LIVE_USERS["${persona}"] needs a string upn and a non-empty token.`,
      );
    const key = normaliseUpn(persona);
    if (key === ADMIN)
      fail(
        `${ADMIN} spelas av ägaren i SP_LIVE_TOKEN.`,
        `${ADMIN} is played by the owner of SP_LIVE_TOKEN; remove it from SP_LIVE_USERS.`,
      );
    // Permission tests need distinct people: one account playing two personas would see both their units.
    if (taken.has(normaliseUpn(upn)))
      fail(
        `SP_LIVE_USERS: ${upn} används två gånger (eller är ägaren).`,
        `SP_LIVE_USERS: ${upn} plays two personas (or is the owner of SP_LIVE_TOKEN); every persona needs its own account.`,
      );
    taken.add(normaliseUpn(upn));
    users.set(key, { upn: normaliseUpn(upn), token });
  }
  return users;
}

// Test files share the tenant's site (its configuration, its managers' group), so they must run one at a time. A
// second Jest worker means they would not; failing before any request keeps the site intact.
if (live && Number(process.env.JEST_WORKER_ID ?? '1') > 1)
  fail(
    'Kör testerna mot en riktig webbplats med --runInBand (en testfil i taget).',
    'Run the tests against a real site with --runInBand: test files share the site and must run one at a time.',
  );

const ownerToken = process.env.SP_LIVE_TOKEN ?? '';
const ownerUpn = live ? upnInToken(ownerToken) : ADMIN;
const liveUsers = live ? parseLiveUsers(process.env.SP_LIVE_USERS, ownerUpn) : new Map<string, LiveUser>();

/** The site's absolute URL in live mode, without a trailing slash. */
export const liveSiteUrl = (process.env.SP_LIVE_URL ?? '').replace(/\/+$/, '');

/** The UPN of the site owner whose token is SP_LIVE_TOKEN (live mode). */
export const liveOwnerUpn = ownerUpn;

/** The UPNs of the SP_LIVE_USERS accounts (live mode). */
export const liveAccounts: ReadonlySet<string> = new Set([...liveUsers.values()].map((u) => u.upn));

/**
 * Whether a person of the fixture is played by an account of their own: always on the emulator; in live mode the
 * administrator (the owner) and every persona of SP_LIVE_USERS.
 */
export function hasPersona(upn: string): boolean {
  return !live || normaliseUpn(upn) === ADMIN || liveUsers.has(normaliseUpn(upn));
}

/**
 * The live token to act as a person of the fixture: the owner's for the administrator and, unless SP_LIVE_USERS
 * names one, for the project team (the owner holds the project team's rights and more).
 * @throws Error for any other person without an account: wrap the test in describeWithPersonas.
 */
export function liveTokenFor(upn: string): string {
  const key = normaliseUpn(upn);
  const user = liveUsers.get(key);
  if (user) return user.token;
  if (key === ADMIN || key === PROJECT_TEAM) return ownerToken;
  return fail(
    `Ingen riktig användare för ${upn} i SP_LIVE_USERS.`,
    `No real account for ${upn} in SP_LIVE_USERS; wrap the test in describeWithPersonas.`,
  );
}

// reason: straight to stderr, because Jest drops console output of a file whose tests are all skipped.
function announceSkip(name: string, why: string): void {
  process.stderr.write(`[sharepoint] skipped in live mode: ${name} — ${why}\n`);
}

/**
 * `describe` for tests that act as several distinct people (permission boundaries, two managers, reviewers): in
 * live mode it runs only when SP_LIVE_USERS gives each of `personas` a real account, and says why otherwise.
 */
export function describeWithPersonas(
  block: { name: string; personas: readonly string[] },
  body: () => void,
): void {
  const { name, personas } = block;
  const missing = personas.filter((p) => !hasPersona(p));
  if (missing.length > 0) {
    announceSkip(name, `needs real accounts for ${missing.join(', ')} in SP_LIVE_USERS`);
    describe.skip(name, body);
  } else {
    describe(name, body);
  }
}

/** A Jest timeout: as given on the emulator; at least 20 minutes against a tenant, which throttles bulk writes. */
export function timeoutFor(emulatorMs: number): number {
  return live ? Math.max(emulatorMs, 20 * 60_000) : emulatorMs;
}

// Time plus randomness: test files run one after another within the same millisecond only in theory, but two
// developers may run against one site at the same moment.
const runStamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 36 ** 3)
  .toString(36)
  .padStart(3, '0')}`;

/** What marks the data of any run of this suite in live mode (unit codes `ZZTEST<run>-E1`, periods `2018-ZZTEST<run>`). */
export const runMarkPattern = { unit: /^ZZTEST[0-9a-z]+-/, period: /-ZZTEST[0-9a-z]+$/ } as const;

/** This test file's mark (empty on the emulator, whose site is fresh for every file). */
export const runMark = live ? `ZZTEST${runStamp}` : '';

/** Whether a unit code or period id belongs to this test file's run. */
export const ownedByRun = {
  unit: (code: string): boolean => live && code.startsWith(`${runMark}-`),
  period: (id: string): boolean => live && id.endsWith(`-${runMark}`),
} as const;

function unitOnSite(code: string): string {
  return live ? `${runMark}-${code}` : code;
}

const periodsUsed = new Set<string>();

/** The period ids this test file made with `onSite`: cleanup looks for their items even without a Perioder item. */
export const periodsOnSite: ReadonlySet<string> = periodsUsed;

function periodOnSite(id: string): string {
  if (!live) return id;
  const onSiteId = `${id}-${runMark}`;
  periodsUsed.add(onSiteId);
  return onSiteId;
}

/**
 * The UPN that stands for a person of the fixture in the site's data: the person on the emulator; in live mode their
 * SP_LIVE_USERS account, else the site owner (SharePoint must resolve every manager to a real account).
 */
function upnOnSite(upn: string): string {
  if (!live) return upn;
  return liveUsers.get(normaliseUpn(upn))?.upn ?? ownerUpn;
}

/** The fixture's values as this target stores them; all of them are the identity on the emulator. */
export const onSite = {
  /** A unit code of the fixture (`E1`). */
  unit: unitOnSite,
  /** A period id of the fixture (`2018`). */
  period: periodOnSite,
  /** A person's UPN. */
  upn: upnOnSite,
  /** The key of a unit's inventory in a period, both given as fixture ids. */
  inventoryId: (periodId: string, unitCode: string): string =>
    inventoryId(periodOnSite(periodId), unitOnSite(unitCode)),
  /** A period. */
  periodOf: (period: Period): Period => (live ? { ...period, id: periodOnSite(period.id) } : period),
  /**
   * An organisation, checked again: a manager played by the owner may lead a parent too, which changes the
   * derived managersReporting. @throws Error when the result is not a valid tree.
   */
  units(units: readonly Unit[]): Unit[] {
    if (!live) return [...units];
    const inputs: UnitInput[] = units.map((u) => ({
      id: unitOnSite(u.id),
      kind: u.kind,
      name: u.name,
      parentId: u.parentId === null ? null : unitOnSite(u.parentId),
      manager: u.manager && { ...u.manager, upn: upnOnSite(u.manager.upn) },
      headcount: u.headcount,
      arsarbetare: u.arsarbetare,
    }));
    const result = buildOrganisation(inputs);
    if (!result.ok) throw new Error(`The organisation on site is invalid: ${JSON.stringify(result.issues)}`);
    return result.value;
  },
  /** An inventory (its keys, scope and manager; the texts it holds stay as they are). */
  inventory(inventory: Inventory): Inventory {
    if (!live) return inventory;
    return {
      ...inventory,
      id: inventoryId(periodOnSite(inventory.periodId), unitOnSite(inventory.unitId)),
      periodId: periodOnSite(inventory.periodId),
      unitId: unitOnSite(inventory.unitId),
      sektorId: unitOnSite(inventory.sektorId),
      kontorId: inventory.kontorId === null ? null : unitOnSite(inventory.kontorId),
      managerUpn: inventory.managerUpn === null ? null : upnOnSite(inventory.managerUpn),
      decisions: inventory.decisions.map((d) => ({
        ...d,
        decidedBy: d.decidedBy === null ? null : upnOnSite(d.decidedBy),
      })),
    };
  },
} as const;
