// One target per test file, provisioned and filled the way the scripts do it: site's provisionSite and
// ensureUnitAccess, then our writers. Clients are made exactly as the app makes them (createSharePointClient).
// The target is a fresh emulator (port 0, temporary directory), or — with SP_LIVE_URL and SP_LIVE_TOKEN — a real
// SharePoint Online site (see target.ts and docs/data-model.md, "Running the repository tests against a tenant").
import { type SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import type {
  RunningSharePointEmulator,
  SharePointEmulatorOptions,
} from '../../../emulators/sharepoint/index';
import { staticTokenProvider } from '../../../src/auth';
import {
  buildOrganisation,
  defaultMunicipalityConfig,
  normaliseUpn,
  type MunicipalityConfig,
  type Period,
  type Unit,
  type ManagerLevel,
  type UnitInput,
  type UnitManager,
} from '../../../src/domain';
import { createSharePointClient } from '../../../src/sharepoint/client';
import { provisionSite } from '../../../src/sharepoint/provision';
import { ensureUnitAccess, type UnitAccessReport } from '../../../src/sharepoint/provision/ensureUnitAccess';
import { upnOfLoginName } from '../../../src/sharepoint/provision/unitAccessState';
import { createRepositories, type Repositories } from '../../../src/sharepoint/repositories';
import { fillSite as fillWith } from '../../../bench/backend/site';
import {
  clearJournal,
  emptyBaseline,
  isNothing,
  readBaseline,
  readJournal,
  removeRunData,
  restoreBaseline,
  runDataLeft,
  writeJournal,
  type Baseline,
} from './liveSite';
import { countRequests } from './requestCounter';
import {
  ADMIN,
  PROJECT_TEAM,
  live,
  liveAccounts,
  liveOwnerUpn,
  liveSiteUrl,
  liveTokenFor,
  onSite,
  ownedByRun,
  periodsOnSite,
  runMark,
  runMarkPattern,
  timeoutFor,
} from './target';

export {
  ADMIN,
  PROJECT_TEAM,
  describeEmulatorOnly,
  describeWithPersonas,
  hasPersona,
  live,
  onSite,
  timeoutFor,
} from './target';

jest.setTimeout(timeoutFor(60_000));

/** A provisioned-or-empty target and clients for it. */
export interface Backend {
  /** The running emulator. @throws Error in live mode: emulator-only tests go in describeEmulatorOnly. */
  readonly emulator: RunningSharePointEmulator;
  /** The site's absolute URL. */
  readonly siteUrl: string;
  /** What the site held before this test file wrote anything (nothing on the emulator). */
  readonly baseline: Baseline;
  /** The app's client acting as a person of the fixture (`ADMIN` by default). */
  sp(upn?: string, options?: { retries?: number }): SPFI;
  /** The app's repositories acting as a person of the fixture. */
  repos(upn?: string): Repositories;
  /** ensureUnitAccess for the site's whole organisation: the baseline's units and these (already on site). */
  ensureAccess(units: readonly Unit[]): Promise<UnitAccessReport>;
  /** Starts counting requests from zero. */
  resetRequests(): void;
  /** REST requests since `resetRequests` (a `$batch` is one): at the emulator, or client-side in live mode. */
  requests(): number;
  /** Operations inside the `$batch`es since `resetRequests`, counted the same way. */
  batchOperations(): number;
  /** Stops the emulator, or removes everything this file made on the live site. */
  close(): Promise<void>;
}

function client(siteUrl: string, token: string, options: { retries?: number }): SPFI {
  return createSharePointClient({ siteUrl, tokens: staticTokenProvider(token), ...options });
}

function emulatorOnly(): never {
  throw new Error('This test needs the emulator; wrap it in describeEmulatorOnly.');
}

async function startEmulatorBackend(
  switches: Pick<SharePointEmulatorOptions, 'threshold' | 'throttle' | 'faults'>,
): Promise<Backend> {
  // reason: a dynamic import keeps live mode free of emulator code, as in tests/conformance/harness.ts.
  const { startEmulator } = await import('../../support/emulator');
  const { emulator, stop } = await startEmulator(switches);
  const sp = (upn = ADMIN, options: { retries?: number } = {}): SPFI =>
    client(emulator.siteUrl, emulator.token(upn), options);
  return {
    emulator,
    siteUrl: emulator.siteUrl,
    baseline: emptyBaseline,
    sp,
    repos: (upn = ADMIN) => createRepositories(sp(upn)),
    ensureAccess: (units) => ensureUnitAccess(sp(ADMIN), { units }),
    resetRequests: () => emulator.resetStats(),
    requests: () => emulator.stats().requests,
    batchOperations: () => emulator.stats().batchOperations,
    close: stop,
  };
}

function log(line: string): void {
  process.stderr.write(`[sharepoint] live ${runMark}: ${line}\n`);
}

async function startLiveBackend(): Promise<Backend> {
  const siteUrl = liveSiteUrl;
  const counter = countRequests({ origin: new URL(siteUrl).origin });
  const sp = (upn = ADMIN, options: { retries?: number } = {}): SPFI =>
    client(siteUrl, liveTokenFor(upn), options);
  const admin = sp(ADMIN);
  const run = { unit: ownedByRun.unit, period: ownedByRun.period, periods: periodsOnSite };
  let baseline: Baseline = emptyBaseline;
  try {
    const me = (await admin.web.currentUser.select('LoginName')()) as { LoginName: string };
    if (upnOfLoginName(me.LoginName) !== normaliseUpn(liveOwnerUpn))
      throw new Error(`SP_LIVE_TOKEN signs in as ${me.LoginName}, not as its upn claim ${liveOwnerUpn}.`);
    await provisionSite(admin, { log: () => undefined });
    const swept = await removeRunData(admin, {
      unit: (code) => runMarkPattern.unit.test(code),
      period: (id) => runMarkPattern.period.test(id),
    });
    if (!isNothing(swept)) log(`removed what earlier runs left behind: ${JSON.stringify(swept)}`);
    const unfinished = readJournal(siteUrl);
    if (unfinished) {
      const members = await restoreBaseline(admin, unfinished);
      clearJournal(siteUrl);
      log(`put back the configuration and ${members} group memberships of a run that did not finish`);
    }
    baseline = await readBaseline(admin, { accounts: { owner: liveOwnerUpn, testUsers: liveAccounts }, log });
    writeJournal(siteUrl, baseline);
  } catch (error) {
    counter.stop();
    throw error;
  }
  log(`site ${siteUrl}, ${baseline.units.length} units and ${baseline.periodIds.size} periods already there`);
  return {
    get emulator(): RunningSharePointEmulator {
      return emulatorOnly();
    },
    siteUrl,
    baseline,
    sp,
    repos: (upn = ADMIN) => createRepositories(sp(upn)),
    ensureAccess: (units) => ensureUnitAccess(admin, { units: [...baseline.units, ...units] }),
    resetRequests: () => counter.reset(),
    requests: () => counter.requests(),
    batchOperations: () => counter.batchOperations(),
    close: async () => {
      try {
        const removed = await removeRunData(admin, run);
        const restored = await restoreBaseline(admin, baseline);
        clearJournal(siteUrl);
        const left = await runDataLeft(admin, run);
        const { requests, batchOperations } = counter.total();
        log(
          `removed ${JSON.stringify(removed)}, restored ${restored} group memberships and the configuration; ` +
            `${requests} requests (${batchOperations} $batch operations) counted client-side`,
        );
        if (!isNothing(left)) throw new Error(`The run's data is still on the site: ${JSON.stringify(left)}`);
      } finally {
        counter.stop();
      }
    },
  };
}

/**
 * Starts the target: an emulator in a temporary directory (in memory) on a free port of 127.0.0.1, or the live
 * site — provisioned, earlier runs' leftovers swept, its baseline noted, requests counted client-side.
 * @throws Error in live mode when emulator `switches` are given (such tests go in describeEmulatorOnly).
 */
export async function startBackend(
  switches: Pick<SharePointEmulatorOptions, 'threshold' | 'throttle' | 'faults'> = {},
): Promise<Backend> {
  if (!live) return startEmulatorBackend(switches);
  if (Object.keys(switches).length > 0)
    throw new Error(
      `Emulator switches ${JSON.stringify(switches)} need the emulator; use describeEmulatorOnly.`,
    );
  return startLiveBackend();
}

/** The first period of the fixture, open all of 2018. */
export const period2018: Period = {
  id: '2018',
  name: { sv: 'Inventering 2018', en: 'Inventory 2018' },
  opensOn: '2018-01-01',
  closesOn: '2018-12-31',
};

/** A day inside `period2018`. */
export const during2018 = '2018-05-15T10:00:00Z';

// A small organisation whose names carry everything OData and SharePoint must escape: apostrophes, å/ä/ö, &, #.
const manager = (upn: string, name: string, level: ManagerLevel): UnitManager => ({ upn, name, level });

// The fixture organisation's people, by the role they play in the tests.
/** Enhetschef of E1 (kontor K1). */
export const ANNA = 'anna.berg@kommun.example';
/** Enhetschef of E2 (kontor K1). */
export const ERIK = 'erik.lund@kommun.example';
/** Kontorschef of K1: reviewer of kontor K1. */
export const KARL = 'karl.kontor@kommun.example';
/** Sektorchef of S1: reviewer of sektor S1. */
export const SARA = 'sara.sektor@kommun.example';
/** Sektorchef of S2. */
export const STINA = 'stina.bygg@kommun.example';
/** Enhetschef of E3, with an apostrophe in the UPN. */
export const ONEIL = "o'neil@kommun.example";
/** The board: no access to the lists. */
export const BOARD = 'styrelsen@kommun.example';

/** The fixture's organisation: two sektorer, two kontor, four enheter (one vacant). */
export const smallOrganisation: readonly UnitInput[] = [
  {
    id: 'S1',
    kind: 'sektor',
    name: 'Välfärd',
    parentId: null,
    manager: manager(SARA, 'Sara Sektorchef', 'sektorchef'),
    headcount: 3,
    arsarbetare: 3,
  },
  {
    id: 'K1',
    kind: 'kontor',
    name: 'Äldreomsorg',
    parentId: 'S1',
    manager: manager(KARL, 'Karl Kontorschef', 'kontorschef'),
    headcount: 4,
    arsarbetare: 4,
  },
  {
    id: 'E1',
    kind: 'enhet',
    name: 'Hemtjänst Norr',
    parentId: 'K1',
    manager: manager(ANNA, 'Anna Berg', 'enhetschef'),
    headcount: 25,
    arsarbetare: 22.5,
  },
  {
    id: 'E2',
    kind: 'enhet',
    name: 'Hemtjänst Söder',
    parentId: 'K1',
    manager: manager(ERIK, 'Erik Lund', 'enhetschef'),
    headcount: 30,
    arsarbetare: 27,
  },
  {
    id: 'S2',
    kind: 'sektor',
    name: 'Samhällsbyggnad',
    parentId: null,
    manager: manager(STINA, 'Stina Bygg', 'sektorchef'),
    headcount: 2,
    arsarbetare: 2,
  },
  {
    id: 'K2',
    kind: 'kontor',
    name: 'Kultur & fritid',
    parentId: 'S2',
    manager: manager('kurt.kultur@kommun.example', 'Kurt Kultur', 'kontorschef'),
    headcount: 5,
    arsarbetare: 5,
  },
  {
    id: 'E3',
    kind: 'enhet',
    name: "Öster & Väster's #1",
    parentId: 'K2',
    manager: manager(ONEIL, "Örjan O'Neil", 'enhetschef'),
    headcount: 12,
    arsarbetare: 10.5,
  },
  {
    id: 'E4',
    kind: 'enhet',
    name: 'Vakant enhet',
    parentId: 'S2',
    manager: null,
    headcount: 4,
    arsarbetare: 4,
  },
];

/** Checked units of an organisation. @throws Error when the fixture is not a valid tree. */
export function unitsOf(inputs: readonly UnitInput[]): Unit[] {
  const result = buildOrganisation(inputs);
  if (!result.ok) throw new Error(`Fixture organisation is invalid: ${JSON.stringify(result.issues)}`);
  return result.value;
}

export { twentyFunctionConfig } from '../../../bench/backend/site';

/** What `fillSite` put on the site, as the site stores it (see `onSite`). */
export interface FilledSite {
  readonly units: readonly Unit[];
  readonly config: MunicipalityConfig;
  readonly period: Period;
}

/**
 * Provisions the site and fills it as an import would: configuration, period, units, unit folders with their
 * permissions, the period's inventories; and puts `PROJECT_TEAM` in the project team's group and `BOARD` in the
 * board's. `units` and `period`
 * are the fixture's; they are stored as `onSite` makes them.
 */
export async function fillSite(
  backend: Backend,
  options: { units?: readonly Unit[]; config?: MunicipalityConfig; period?: Period } = {},
): Promise<FilledSite> {
  const {
    units = unitsOf(smallOrganisation),
    config = defaultMunicipalityConfig(),
    period = period2018,
  } = options;
  const stored = { units: onSite.units(units), config, period: onSite.periodOf(period) };
  await fillWith(backend.sp(ADMIN), {
    ...stored,
    projectTeam: [onSite.upn(PROJECT_TEAM)],
    board: [onSite.upn(BOARD)],
    otherUnits: backend.baseline.units,
  });
  return stored;
}
