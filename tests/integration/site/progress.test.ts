// `npm run progress` as the project team runs it: against a seeded site, the statuses per sektor and kontor as
// the app computes them (the same as the dashboard's), one unit with who decided and when, JSON for scheduled
// reports, and clear errors for a unit or period that does not exist.
import { seedDemoSite } from '../../../scripts/lib/demoSite';
import { type PeriodReport, type UnitReport } from '../../../scripts/lib/statusReport';
import { aggregate, decisionInForce, inventoryStatuses } from '../../../src/domain';
import { listByKey } from '../../../src/sharepoint/lists';
import { partitionOf } from '../../../src/sharepoint/mapping/lines';
import { and, eq } from '../../../src/sharepoint/odata';
import { SharePointDashboardRepository } from '../../../src/sharepoint/repositories';
import { startSite, stopSite, type SiteUnderTest } from './harness';
import { runScript } from './scripts';

let site: SiteUnderTest;
let periodId: string;

beforeAll(async () => {
  site = await startSite();
  const { demo } = await seedDemoSite(site.sp(), { units: 60, seed: 5, today: '2025-05-20' });
  periodId = demo.period.id;
}, 120_000);
afterAll(() => stopSite(site));

const progress = (...args: string[]) => runScript('progress', ['--site', site.emulator.siteUrl, ...args]);

describe('npm run progress', () => {
  it('counts each sektor’s and kontor’s units per status exactly as the dashboard does', async () => {
    const run = await progress('--json');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as PeriodReport;
    const data = await new SharePointDashboardRepository(site.sp()).load({ periodId });
    const expected = aggregate({
      units: data.units,
      inventories: data.inventories,
      config: data.config,
      periodId,
    });
    expect(report.periodId).toBe(periodId);
    expect(report.kommun).toMatchObject({
      units: 60,
      byStatus: expected.kommun.progress.byStatus,
      vacant: expected.kommun.progress.vacant,
    });
    expect(report.excludedLines).toEqual([]);
    expect(report.sektorer.map((s) => [s.id, s.byStatus])).toEqual(
      expected.sektorer.map((s) => [s.id, s.progress.byStatus]),
    );
    expect(report.sektorer.flatMap((s) => s.kontor.map((k) => k.id)).sort()).toEqual(
      expected.kontor.map((k) => k.id).sort(),
    );
    expect(inventoryStatuses.every((s) => report.kommun.byStatus[s] > 0)).toBe(true);
    expect(report.ignored).toEqual([]);
  });

  it('prints a table in Swedish and English with every sektor', async () => {
    const run = await progress();
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Hela kommunen / the whole kommun');
    expect(run.stdout).toContain('statuses as the app computes them');
    expect(run.stdout).toContain('Styrning och stöd');
  });

  it('tells one approved unit’s status, who decided and when, and its lines', async () => {
    const data = await new SharePointDashboardRepository(site.sp()).load({ periodId });
    const approved = data.inventories.find((i) => i.status === 'approved')!;
    const decision = decisionInForce(approved)!;
    const run = await progress('--unit', approved.unitId.toLowerCase(), '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout) as UnitReport).toMatchObject({
      unitId: approved.unitId,
      status: 'approved',
      decision: { verdict: 'approved', decidedBy: decision.decidedBy, decidedAt: decision.decidedAt },
      changedAfter: null,
      lines: approved.lines.length,
    });
    const text = await progress('--unit', approved.unitId);
    expect(text.stdout).toContain(`godkänd / approved av / by ${decision.decidedBy}`);
  });

  it('names a stored line that breaks a rule of the form, which no figure counts', async () => {
    const data = await new SharePointDashboardRepository(site.sp()).load({ periodId });
    const staffed = (i: (typeof data.inventories)[number]) => i.lines.find((l) => (l.persons ?? 0) > 0);
    const target = data.inventories.find(
      (i) => i.status === 'submitted' && i.decisions.length === 0 && staffed(i) !== undefined,
    )!;
    const line = staffed(target)!;
    // Written around the form, as SharePoint's own list form or REST would let the manager do.
    const lines = listByKey(site.sp(), 'inventeringsrader');
    const filter = and(
      eq('Partition', partitionOf(target)),
      eq('InventoryKey', `${periodId}:${target.unitId}`),
      eq('FunctionId', line.functionId),
    );
    const [item] = (await lines.items.filter(filter).select('Id')()) as { Id: number }[];
    await lines.items.getById(item!.Id).update({ Arsarbetare: (line.persons ?? 0) + 5 });

    const report = JSON.parse((await progress('--json')).stdout) as PeriodReport;
    expect(report.excludedLines).toEqual([
      { unitId: target.unitId, functionId: line.functionId, problem: 'fteAbovePersons' },
    ]);
    const text = await progress();
    expect(text.stdout).toContain(
      `${target.unitId} ${line.functionId}: fler årsarbetare än personer / more FTE than persons`,
    );
  });

  it('names a unit or period that does not exist, in Swedish and English, and fails', async () => {
    const unit = await progress('--unit', 'X999');
    expect(unit.code).toBe(1);
    expect(unit.stderr).toContain(
      'Enheten X999 finns inte i organisationen. / The unit X999 is not in the organisation.',
    );
    const period = await progress('--period', '1999');
    expect(period.code).toBe(2);
    expect(period.stderr).toContain(`Perioden 1999 finns inte (finns: ${periodId})`);
  });
});
