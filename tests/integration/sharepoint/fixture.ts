// One emulator per test file, provisioned and filled the way the scripts do it: site's provisionSite and
// ensureUnitAccess, then our writers. Clients are made exactly as the app makes them (createSharePointClient).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import {
  startSharePointEmulator,
  type RunningSharePointEmulator,
  type SharePointEmulatorOptions,
} from '../../../emulators/sharepoint/index';
import { staticTokenProvider } from '../../../src/auth';
import {
  buildOrganisation,
  defaultMunicipalityConfig,
  type MunicipalityConfig,
  type Period,
  type Unit,
  type ManagerLevel,
  type UnitInput,
  type UnitManager,
} from '../../../src/domain';
import { createSharePointClient } from '../../../src/sharepoint/client';
import { createRepositories, type Repositories } from '../../../src/sharepoint/repositories';
import { fillSite as fillWith } from '../../../bench/backend/site';

jest.setTimeout(60_000);

/** The site collection administrator every emulator starts with. */
export const ADMIN = 'admin@kommun.example';

/** A running, empty emulator and clients for it. */
export interface Backend {
  readonly emulator: RunningSharePointEmulator;
  readonly siteUrl: string;
  /** The app's client acting as `upn`. */
  sp(upn?: string, options?: { retries?: number }): SPFI;
  /** The app's repositories acting as `upn`. */
  repos(upn?: string): Repositories;
  /** Requests the emulator served since the last `resetStats` (a `$batch` is one). */
  requests(): number;
  close(): Promise<void>;
}

/** Starts an emulator in a temporary directory (in memory) on a free port of 127.0.0.1. */
export async function startBackend(
  switches: Pick<SharePointEmulatorOptions, 'threshold' | 'throttle' | 'faults'> = {},
): Promise<Backend> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sp-data-'));
  const emulator = await startSharePointEmulator({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    inMemory: true,
    ...switches,
  });
  const sp = (upn = ADMIN, options: { retries?: number } = {}): SPFI =>
    createSharePointClient({
      siteUrl: emulator.siteUrl,
      tokens: staticTokenProvider(emulator.token(upn)),
      ...options,
    });
  return {
    emulator,
    siteUrl: emulator.siteUrl,
    sp,
    repos: (upn = ADMIN) => createRepositories(sp(upn)),
    requests: () => emulator.stats().requests,
    close: async () => {
      await emulator.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
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

/** The fixture's organisation: two sektorer, two kontor, four enheter (one vacant). */
export const smallOrganisation: readonly UnitInput[] = [
  {
    id: 'S1',
    kind: 'sektor',
    name: 'Välfärd',
    parentId: null,
    manager: manager('sara.sektor@kommun.example', 'Sara Sektorchef', 'sektorchef'),
    headcount: 3,
    arsarbetare: 3,
  },
  {
    id: 'K1',
    kind: 'kontor',
    name: 'Äldreomsorg',
    parentId: 'S1',
    manager: manager('karl.kontor@kommun.example', 'Karl Kontorschef', 'kontorschef'),
    headcount: 4,
    arsarbetare: 4,
  },
  {
    id: 'E1',
    kind: 'enhet',
    name: 'Hemtjänst Norr',
    parentId: 'K1',
    manager: manager('anna.berg@kommun.example', 'Anna Berg', 'enhetschef'),
    headcount: 25,
    arsarbetare: 22.5,
  },
  {
    id: 'E2',
    kind: 'enhet',
    name: 'Hemtjänst Söder',
    parentId: 'K1',
    manager: manager('erik.lund@kommun.example', 'Erik Lund', 'enhetschef'),
    headcount: 30,
    arsarbetare: 27,
  },
  {
    id: 'S2',
    kind: 'sektor',
    name: 'Samhällsbyggnad',
    parentId: null,
    manager: manager('stina.bygg@kommun.example', 'Stina Bygg', 'sektorchef'),
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
    manager: manager("o'neil@kommun.example", "Örjan O'Neil", 'enhetschef'),
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

/** The project team member of the fixture. */
export const PROJECT_TEAM = 'projekt@kommun.example';

/** What `fillSite` put on the site. */
export interface FilledSite {
  readonly units: readonly Unit[];
  readonly config: MunicipalityConfig;
  readonly period: Period;
}

/**
 * Provisions the site and fills it as an import would: configuration, period, units, unit folders with their
 * permissions, the period's inventories; and puts `PROJECT_TEAM` in the project team's group.
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
  await fillWith(backend.sp(ADMIN), { units, config, period, projectTeam: [PROJECT_TEAM] });
  return { units, config, period };
}
