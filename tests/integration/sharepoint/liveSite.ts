// A tenant's site before and after a test file in live mode: what earlier runs left behind is swept, what the site
// held is noted, and everything the run made is removed again — unit folders with their items, periods, units,
// reviewer groups, group members — and the configuration put back. The lists stay (provisioning is idempotent).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/folders';
import '@pnp/sp/site-groups/web';
import { type MunicipalityConfig, type Unit } from '../../../src/domain';
import { listByKey, listServerRelativeUrl, siteUrlOf, unitFolderUrl } from '../../../src/sharepoint/lists';
import { itemIdOf, type SpItem } from '../../../src/sharepoint/mapping/values';
import { eq } from '../../../src/sharepoint/odata';
import {
  planUnitAccess,
  projectTeamGroupName,
  readUnitAccessState,
  reviewerGroupCode,
} from '../../../src/sharepoint/provision';
import { createRepositories } from '../../../src/sharepoint/repositories';
import { readAll, runInBatches, type BatchOperation } from '../../../src/sharepoint/batch';
import { type ListKey } from '../../../src/sharepoint/schema';

/** A member of a site group, as needed to put them back. */
export interface GroupMember {
  readonly id: number;
  readonly loginName: string;
}

/** What the site held before a test file wrote anything; empty for a fresh emulator. */
export interface Baseline {
  /** The site's organisation. */
  readonly units: readonly Unit[];
  /** Codes of `units`. */
  readonly unitIds: ReadonlySet<string>;
  /** Ids of the site's periods. */
  readonly periodIds: ReadonlySet<string>;
  /** SharePoint's ItemCount of each list (folders count as items). */
  readonly itemCounts: Readonly<Record<ListKey, number>>;
  /** The stored configuration; `null` when none was stored (its three lists were empty). */
  readonly config: MunicipalityConfig | null;
  /** The members of every site group, by group id. */
  readonly groups: ReadonlyMap<number, readonly GroupMember[]>;
}

const listKeys: readonly ListKey[] = [
  'organisation',
  'perioder',
  'stodfunktioner',
  'mottagarprofil',
  'installningar',
  'inventeringar',
  'inventeringsrader',
  'exporter',
];

const configLists = ['installningar', 'stodfunktioner', 'mottagarprofil'] as const;
const folderLists = ['inventeringar', 'inventeringsrader'] as const;

/** The baseline of a fresh emulator: nothing on the site. */
export const emptyBaseline: Baseline = {
  units: [],
  unitIds: new Set(),
  periodIds: new Set(),
  itemCounts: Object.fromEntries(listKeys.map((k) => [k, 0])) as Record<ListKey, number>,
  config: null,
  groups: new Map(),
};

/** Which unit codes and period ids belong to the run(s) being removed. */
export interface RunData {
  unit(code: string): boolean;
  period(id: string): boolean;
  /** Period ids the run used that may have no Perioder item (an inventory saved for a period never stored). */
  readonly periods?: Iterable<string>;
}

/** How many things of a run are (or were) on the site. */
export interface RunDataCount {
  readonly folders: number;
  readonly items: number;
  readonly periods: number;
  readonly groups: number;
  readonly units: number;
}

/** Whether nothing of a run is on the site. */
export function isNothing(count: RunDataCount): boolean {
  return Object.values(count).every((n) => n === 0);
}

async function runAll(sp: SPFI, operations: readonly BatchOperation<unknown>[], what: string): Promise<void> {
  const outcomes = await runInBatches(sp, operations);
  const failures = outcomes.flatMap((o) => (o.ok ? [] : [o.error]));
  if (failures.length > 0)
    throw new Error(
      `${what}: ${failures.length} of ${operations.length} requests failed; first: ${String(failures[0])}`,
    );
}

async function readGroups(sp: SPFI): Promise<{ id: number; title: string; members: GroupMember[] }[]> {
  const groups = (await sp.web.siteGroups
    .select('Id', 'Title', 'Users/Id', 'Users/LoginName')
    .expand('Users')()) as unknown as {
    Id: number;
    Title: string;
    Users?: { Id: number; LoginName: string }[];
  }[];
  return groups.map((g) => ({
    id: g.Id,
    title: g.Title,
    members: (g.Users ?? []).map((u) => ({ id: u.Id, loginName: u.LoginName })),
  }));
}

/** A run's data as found on the site, with what it takes to delete it. */
interface Found {
  readonly count: RunDataCount;
  readonly deletions: readonly { readonly what: string; readonly operations: BatchOperation<unknown>[] }[];
}

async function findRunData(sp: SPFI, run: RunData): Promise<Found> {
  const site = siteUrlOf(sp);
  const [unitItems = [], periodItems = []] = await readAll(sp, [
    (b) => listByKey(b, 'organisation').items.select('ID', 'UnitCode').top(5000),
    (b) => listByKey(b, 'perioder').items.select('ID', 'PeriodId').top(5000),
  ]);
  // The root folder's direct subfolders, as ensureUnitAccess reads them: below the threshold at any list size.
  const folderOutcomes = await runInBatches(
    sp,
    folderLists.map(
      (key): BatchOperation<unknown> =>
        (b) =>
          b.web.getFolderByServerRelativePath(listServerRelativeUrl(site, key)).folders.select('Name')(),
    ),
  );
  const folders = folderLists.flatMap((key, i) => {
    const outcome = folderOutcomes[i]!;
    if (!outcome.ok) throw outcome.error;
    return (outcome.value as { Name: string }[]).filter((f) => run.unit(f.Name)).map((f) => ({ key, f }));
  });
  const units = unitItems.filter((item) => run.unit(String(item.UnitCode)));
  const periods = periodItems.filter((item) => run.period(String(item.PeriodId)));
  const periodIds = [...new Set([...periods.map((p) => String(p.PeriodId)), ...(run.periods ?? [])])];
  // Items of the run's periods outside its unit folders; none are expected, the repositories write in folders.
  const itemQueries = folderLists.flatMap((key) =>
    periodIds.map((id) => ({
      key,
      query: (b: SPFI) =>
        listByKey(b, key).items.select('ID', 'FileDirRef').filter(eq('PeriodId', id)).top(5000),
    })),
  );
  const itemResults =
    itemQueries.length === 0
      ? []
      : await readAll(
          sp,
          itemQueries.map((q) => q.query),
        );
  const inFolder = new Set(folders.map(({ key, f }) => unitFolderUrl(site, key, f.Name).toLowerCase()));
  const strayItems = itemQueries.flatMap(({ key }, i) =>
    (itemResults[i] ?? [])
      .filter((item) => !inFolder.has(String(item.FileDirRef).toLowerCase()))
      .map((item) => ({ key, id: itemIdOf(item) })),
  );
  const groups = (await readGroups(sp)).filter((g) => {
    const code = reviewerGroupCode(g.title);
    return code !== undefined && run.unit(code);
  });
  const deleteItem =
    (key: ListKey, item: SpItem): BatchOperation<unknown> =>
    (b) =>
      listByKey(b, key).items.getById(itemIdOf(item)).delete();
  return {
    count: {
      folders: folders.length,
      items: strayItems.length,
      periods: periods.length,
      groups: groups.length,
      units: units.length,
    },
    // Folders first (their items go with them), the units last: a run stopped half-way is found again by its units.
    deletions: [
      {
        what: 'unit folders',
        operations: folders.map(
          ({ key, f }) =>
            (b) =>
              b.web.getFolderByServerRelativePath(unitFolderUrl(site, key, f.Name)).delete(),
        ),
      },
      {
        what: 'items outside unit folders',
        operations: strayItems.map(
          ({ key, id }) =>
            (b) =>
              listByKey(b, key).items.getById(id).delete(),
        ),
      },
      { what: 'periods', operations: periods.map((item) => deleteItem('perioder', item)) },
      {
        what: 'reviewer groups',
        operations: groups.map((g) => (b: SPFI) => b.web.siteGroups.removeById(g.id)),
      },
      { what: 'units', operations: units.map((item) => deleteItem('organisation', item)) },
    ],
  };
}

/** Deletes a run's unit folders (with their items), stray items, periods, reviewer groups and units. */
export async function removeRunData(sp: SPFI, run: RunData): Promise<RunDataCount> {
  const found = await findRunData(sp, run);
  for (const { what, operations } of found.deletions) {
    if (operations.length > 0) await runAll(sp, operations, `Removing the run's ${what}`);
  }
  return found.count;
}

/** What of a run is still on the site. */
export async function runDataLeft(sp: SPFI, run: RunData): Promise<RunDataCount> {
  return (await findRunData(sp, run)).count;
}

/** Who a live run may have put in groups: the site owner (standing in for managers) and the SP_LIVE_USERS accounts. */
export interface SuiteAccounts {
  /** The owner's UPN; a member of the managers' group only while leading a unit. */
  readonly owner: string;
  /** The test accounts' UPNs; they hold no role on the site of their own. */
  readonly testUsers: ReadonlySet<string>;
}

/**
 * Brings the site's groups back to its organisation where only a run of this suite can have changed them — members
 * the managers' group would not have (the owner or a test account leading no unit, left by a run that was killed),
 * and test accounts in the project team — and refuses to go on when anything else is out of step: the run passes
 * the site's organisation to ensureUnitAccess with its own units, so a test would otherwise "correct" real data.
 * On a site without an organisation (a test site) everything is put in step.
 * @throws Error when the site's groups or unit folders are out of step with its organisation for another reason.
 */
async function bringGroupsInStep(
  sp: SPFI,
  context: { units: readonly Unit[]; accounts: SuiteAccounts; log: (line: string) => void },
): Promise<void> {
  const { units, accounts, log } = context;
  const state = await readUnitAccessState(sp);
  const upnOf = new Map(state.users.map((u) => [u.id, u.upn]));
  const suite = new Set([accounts.owner, ...accounts.testUsers]);
  const plan = planUnitAccess(state, units);
  // Without an organisation nothing real depends on the managers' group: any member is a leftover.
  const foreign = plan.steps.filter(
    (step) => step.kind !== 'removeMember' || (units.length > 0 && !suite.has(upnOf.get(step.userId) ?? '')),
  );
  if (plan.problems.length > 0 || foreign.length > 0) {
    const kinds = [...new Set([...foreign.map((step) => step.kind), ...plan.problems])].join(', ');
    throw new Error(
      `Webbplatsens grupper och enhetsmappar stämmer inte med dess organisation (${kinds}); kör npm run import-org först eller använd en testwebbplats.\n` +
        `The site's groups and unit folders are not in step with its organisation (${foreign.length} changes: ${kinds}); the tests would change them. Run npm run import-org first, or use a test site.`,
    );
  }
  const projectTeam = state.groups.find((g) => g.title.toLowerCase() === projectTeamGroupName.toLowerCase());
  const removals = [
    ...plan.steps.flatMap((step) => (step.kind === 'removeMember' ? [step] : [])),
    ...(projectTeam?.memberIds ?? [])
      .filter((id) => accounts.testUsers.has(upnOf.get(id) ?? ''))
      .map((userId) => ({ groupId: projectTeam!.id, userId })),
  ];
  if (removals.length === 0) return;
  await runAll(
    sp,
    removals.map(
      ({ groupId, userId }): BatchOperation<unknown> =>
        (b) =>
          b.web.siteGroups.getById(groupId).users.removeById(userId),
    ),
    'Removing group members an earlier run left behind',
  );
  log(`removed ${removals.length} group members an earlier run left behind`);
}

/**
 * Notes what the site holds, after bringing its groups back where an earlier run of this suite left them astray.
 * @throws Error when the site's organisation, configuration or access is not as the tests can leave it again.
 */
export async function readBaseline(
  sp: SPFI,
  context: { accounts: SuiteAccounts; log: (line: string) => void },
): Promise<Baseline> {
  const repos = createRepositories(sp);
  const units = await repos.organisation.listUnits();
  await bringGroupsInStep(sp, { units, ...context });
  const countOutcomes = await runInBatches(
    sp,
    listKeys.map(
      (key): BatchOperation<unknown> =>
        (b) =>
          listByKey(b, key).select('ItemCount')(),
    ),
  );
  const itemCounts = Object.fromEntries(
    listKeys.map((key, i) => {
      const outcome = countOutcomes[i]!;
      if (!outcome.ok) throw outcome.error;
      return [key, (outcome.value as { ItemCount: number }).ItemCount];
    }),
  ) as Record<ListKey, number>;
  const config = configLists.every((key) => itemCounts[key] === 0) ? null : await repos.settings.getConfig();
  const periods = await repos.settings.listPeriods();
  const groups = new Map((await readGroups(sp)).map((g) => [g.id, g.members]));
  return {
    units,
    unitIds: new Set(units.map((u) => u.id)),
    periodIds: new Set(periods.map((p) => p.id)),
    itemCounts,
    config,
    groups,
  };
}

/** What `restoreBaseline` puts back. */
export type Restorable = Pick<Baseline, 'config' | 'groups'>;

// A run that is killed cannot put the configuration and the group members back; the next run on this machine can,
// from this file, written before the run changes anything and removed once it has put everything back.
function journalPath(siteUrl: string): string {
  const site = createHash('sha256').update(siteUrl.toLowerCase()).digest('hex').slice(0, 16);
  return join(tmpdir(), `stodinventering-live-${site}.json`);
}

/** Notes what to put back on the site should the run not get to it. */
export function writeJournal(siteUrl: string, restorable: Restorable): void {
  const { config, groups } = restorable;
  writeFileSync(journalPath(siteUrl), JSON.stringify({ siteUrl, config, groups: [...groups] }), {
    mode: 0o600,
  });
}

/** What a run that did not finish left to put back on the site, if it ran on this machine. */
export function readJournal(siteUrl: string): Restorable | null {
  const path = journalPath(siteUrl);
  if (!existsSync(path)) return null;
  const { config, groups } = JSON.parse(readFileSync(path, 'utf8')) as {
    config: MunicipalityConfig | null;
    groups: [number, GroupMember[]][];
  };
  return { config, groups: new Map(groups) };
}

/** Forgets the journal once the site is as it was. */
export function clearJournal(siteUrl: string): void {
  rmSync(journalPath(siteUrl), { force: true });
}

/**
 * Puts back the members of the groups that were there at the baseline, and the configuration (deleting what the run
 * stored when none was stored before). Returns the number of memberships changed.
 */
export async function restoreBaseline(sp: SPFI, baseline: Restorable): Promise<number> {
  const operations: BatchOperation<unknown>[] = [];
  for (const group of await readGroups(sp)) {
    const before = baseline.groups.get(group.id);
    if (before === undefined) continue;
    const wanted = new Set(before.map((m) => m.id));
    const present = new Set(group.members.map((m) => m.id));
    for (const member of group.members)
      if (!wanted.has(member.id))
        operations.push((b) => b.web.siteGroups.getById(group.id).users.removeById(member.id));
    for (const member of before)
      if (!present.has(member.id))
        operations.push((b) => b.web.siteGroups.getById(group.id).users.add(member.loginName));
  }
  if (operations.length > 0) await runAll(sp, operations, 'Restoring the group members');
  if (baseline.config !== null) {
    await createRepositories(sp).settings.saveConfig(baseline.config);
  } else {
    const stored = await readAll(
      sp,
      configLists.map((key) => (b: SPFI) => listByKey(b, key).items.select('ID').top(5000)),
    );
    const deletions = configLists.flatMap((key, i) =>
      (stored[i] ?? []).map(
        (item): BatchOperation<unknown> =>
          (b) =>
            listByKey(b, key).items.getById(itemIdOf(item)).delete(),
      ),
    );
    if (deletions.length > 0) await runAll(sp, deletions, 'Removing the configuration the run stored');
  }
  return operations.length;
}
