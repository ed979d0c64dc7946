// The managers' comparisons against the emulator or a tenant: Jämförelser is provisioned with its indexes and
// list-level permissions; the project team publishes what the dashboards count, writing only what changed; a
// manager reads exactly the items of their kontor, sektor and the kommun in one request, sees only the count of a
// group below five units, and cannot write an item (SharePoint answers 403).
import '@pnp/sp/fields';
import '@pnp/sp/security';
import {
  aggregate,
  comparisonScopesOf,
  isAppError,
  publishedComparisons,
  type ComparisonEntry,
  type Unit,
  type UnitInput,
} from '../../../src/domain';
import { listByKey } from '../../../src/sharepoint/lists';
import { itemIdOf } from '../../../src/sharepoint/mapping/values';
import { eq } from '../../../src/sharepoint/odata';
import { managersGroupName, projectTeamGroupName } from '../../../src/sharepoint/provision/groups';
import { SharePointComparisonRepository } from '../../../src/sharepoint/repositories/comparisonRepository';
import { answeredFirstLine, answeredLine, rejectionOf, requestsOf, withAnswers } from './helpers';
import {
  ADMIN,
  ANNA,
  BOARD,
  ONEIL,
  PROJECT_TEAM,
  describeWithPersonas,
  fillSite,
  onSite,
  smallOrganisation,
  startBackend,
  unitsOf,
  type Backend,
  type FilledSite,
} from './fixture';

// K1 gets five more enheter, so that it, its sektor and the kommun count at least five units; K2 counts one.
const extra: UnitInput[] = [5, 6, 7, 8].map((n) => ({
  id: `E${n}`,
  kind: 'enhet',
  name: `Hemtjänst ${n}`,
  parentId: 'K1',
  manager: { upn: `chef${n}@kommun.example`, name: `Chef ${n}`, level: 'enhetschef' },
  headcount: 10 + n,
  arsarbetare: 9 + n,
}));

let backend: Backend;
let site: FilledSite;
beforeAll(async () => {
  backend = await startBackend();
  site = await fillSite(backend, { units: unitsOf([...smallOrganisation, ...extra]) });
  // The site owner answers for them: who answered is not what this file tests.
  const admin = backend.repos(ADMIN).inventories;
  for (const [i, code] of ['E1', 'E2', 'E5', 'E6', 'E7', 'E3'].entries()) {
    const stored = (await admin.get(site.period.id, onSite.unit(code)))!;
    const fn = site.config.taxonomy.functions[0]!;
    const answered = withAnswers(stored, [answeredLine(fn.id, null, i)], answeredFirstLine(i));
    await admin.save({ ...answered, status: 'submitted' });
  }
});
afterAll(async () => {
  // The run's items, which the fixture's own clean-up does not know about.
  const list = listByKey(backend.sp(ADMIN), 'jamforelser');
  const items = await list.items.select('Id').filter(eq('PeriodId', site.period.id))();
  for (const item of items) await list.items.getById(itemIdOf(item)).delete();
  await backend.close();
});

const unitOf = (code: string): Unit => site.units.find((u) => u.id === onSite.unit(code))!;

async function entriesAs(upn: string): Promise<ComparisonEntry[]> {
  const data = await backend.repos(upn).dashboard.loadFigures({ periodId: site.period.id });
  const { units, inventories, config } = data;
  return publishedComparisons(aggregate({ units, inventories, config, periodId: site.period.id }));
}

describe('the list Jämförelser', () => {
  it('is provisioned with PeriodId and ScopeKey indexed', async () => {
    const fields = await listByKey(backend.sp(ADMIN), 'jamforelser')
      .fields.select('InternalName', 'Indexed')
      .filter("InternalName eq 'PeriodId' or InternalName eq 'ScopeKey'")();
    expect(fields.map((f) => [f.InternalName, f.Indexed]).sort()).toEqual([
      ['PeriodId', true],
      ['ScopeKey', true],
    ]);
  });

  it('is read by the managers and written by the project team, at list level', async () => {
    const sp = backend.sp(ADMIN);
    const list = listByKey(sp, 'jamforelser');
    const info = (await list.select('HasUniqueRoleAssignments')()) as { HasUniqueRoleAssignments?: boolean };
    expect(info.HasUniqueRoleAssignments).toBe(true);
    const groups = await sp.web.siteGroups.select('Id', 'Title')();
    const assignments = await list.roleAssignments.expand('RoleDefinitionBindings')();
    const rolesOf = (title: string) => {
      const id = groups.find((g) => g.Title === title)?.Id;
      const found = assignments.find((a) => a.PrincipalId === id) as
        { RoleDefinitionBindings?: { Name: string }[] } | undefined;
      return (found?.RoleDefinitionBindings ?? []).map((b) => b.Name);
    };
    expect(rolesOf(managersGroupName)).toEqual(['Read']);
    expect(rolesOf(projectTeamGroupName)).toEqual(['Edit']);
  });
});

describeWithPersonas(
  { name: 'publishing and reading comparisons', personas: [ANNA, ONEIL, PROJECT_TEAM, BOARD] },
  () => {
    let published: ComparisonEntry[];
    beforeAll(async () => {
      published = await entriesAs(PROJECT_TEAM);
    });

    it('the project team publishes every area in two requests, and a second time writes nothing', async () => {
      const repo = new SharePointComparisonRepository(backend.sp(PROJECT_TEAM));
      backend.resetRequests();
      const first = await repo.publish({
        periodId: site.period.id,
        entries: published,
        at: '2018-05-22T08:00:00Z',
      });
      expect(requestsOf(backend).requests).toBe(2);
      expect(first).toEqual({ written: published.length, unchanged: 0 });
      const again = await repo.publish({
        periodId: site.period.id,
        entries: published,
        at: '2018-05-23T08:00:00Z',
      });
      expect(again).toEqual({ written: 0, unchanged: published.length });
    });

    it('a manager reads exactly their kontor, sektor and the kommun, in one request', async () => {
      const anna = unitOf('E1');
      backend.resetRequests();
      const read = await new SharePointComparisonRepository(backend.sp(ANNA)).load({
        periodId: site.period.id,
        scopeKeys: comparisonScopesOf(anna),
      });
      expect(requestsOf(backend).requests).toBe(1);
      expect(read.map((e) => e.scopeKey).sort()).toEqual([...comparisonScopesOf(anna)].sort());
      const kontor = read.find((e) => e.scopeKey === `kontor:${anna.kontorId}`)!;
      expect(kontor.units).toBe(5);
      // What was published, as published, when it was first published (the second run changed nothing).
      expect(kontor).toEqual({
        ...published.find((e) => e.scopeKey === kontor.scopeKey),
        publishedAt: '2018-05-22T08:00:00Z',
      });
      expect(read.find((e) => e.scopeKey === 'kommun')!.units).toBe(6);
    });

    it('a group below five units reaches its manager as a count without figures', async () => {
      const oneil = unitOf('E3');
      const read = await new SharePointComparisonRepository(backend.sp(ONEIL)).load({
        periodId: site.period.id,
        scopeKeys: comparisonScopesOf(oneil),
      });
      expect(read.find((e) => e.scopeKey === `kontor:${oneil.kontorId}`)).toMatchObject({
        units: 1,
        figures: null,
      });
    });

    it('a manager cannot write an item: SharePoint refuses with 403', async () => {
      const list = listByKey(backend.sp(ANNA), 'jamforelser');
      const added = await rejectionOf(
        list.items.add({ Title: 'Falsk', PeriodId: site.period.id, ScopeKey: 'kommun', UnitsCounted: 99 }),
      );
      expect(added).toMatchObject({ status: 403 });
      const [kommun] = await list.items
        .select('Id')
        .filter(`${eq('PeriodId', site.period.id)} and ${eq('ScopeKey', 'kommun')}`)();
      const updated = await rejectionOf(list.items.getById(itemIdOf(kommun!)).update({ UnitsCounted: 99 }));
      expect(updated).toMatchObject({ status: 403 });
      const viaRepository = await rejectionOf(
        new SharePointComparisonRepository(backend.sp(ANNA)).publish({
          periodId: site.period.id,
          entries: published.map((e) => ({ ...e, units: 99 })),
          at: '2018-05-24T08:00:00Z',
        }),
      );
      expect(isAppError(viaRepository) && viaRepository.code).toBe('forbidden');
      const after = await new SharePointComparisonRepository(backend.sp(ANNA)).load({
        periodId: site.period.id,
        scopeKeys: ['kommun'],
      });
      expect(after.map((e) => e.units)).toEqual([6]);
    });

    it('the board, with no place on the site, reads nothing', async () => {
      const error = await rejectionOf(
        new SharePointComparisonRepository(backend.sp(BOARD)).load({
          periodId: site.period.id,
          scopeKeys: ['kommun'],
        }),
      );
      expect(isAppError(error) && error.code).toMatch(/notFound|forbidden/);
    });
  },
);
