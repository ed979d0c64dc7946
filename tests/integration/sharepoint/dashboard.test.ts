// The dashboard's reads at Gävle's size (350 units × 20 functions), counted at the emulator or, against a tenant,
// at the client: the request budget (asserted exactly) and that what comes back is exactly what was stored.
import { generateMunicipality } from '../../../scripts/lib/demo';
import {
  aggregate,
  emptyInventory,
  emptyLine,
  isAnswerStatus,
  reviewStatus,
  type DashboardData,
  type Inventory,
} from '../../../src/domain';
import { writeInventories } from '../../../src/sharepoint/writers';
import { toAppError } from '../../../src/sharepoint/errors';
import { listByKey } from '../../../src/sharepoint/lists';
import { readAll } from '../../../src/sharepoint/batch';
import { eq } from '../../../src/sharepoint/odata';
import { contentOf, rejectionOf } from './helpers';
import {
  ADMIN,
  PROJECT_TEAM,
  fillSite,
  onSite,
  startBackend,
  timeoutFor,
  twentyFunctionConfig,
  type Backend,
  type FilledSite,
} from './fixture';

jest.setTimeout(timeoutFor(120_000));

const municipality = generateMunicipality({ units: 350, seed: 11, config: twentyFunctionConfig() });
const stored = municipality.inventories.map(onSite.inventory);
let backend: Backend;
let site: FilledSite;
beforeAll(async () => {
  backend = await startBackend();
  const started = Date.now();
  site = await fillSite(backend, {
    units: municipality.units,
    config: municipality.config,
    period: municipality.periods[0]!,
  });
  await writeInventories(backend.sp(ADMIN), stored);
  process.stderr.write(`[dashboard] site filled in ${Date.now() - started} ms\n`);
}, timeoutFor(120_000));
afterAll(() => backend.close(), timeoutFor(60_000));

const pages = (rows: number): number => Math.max(1, Math.ceil(rows / 100));

// What the generator made, as SharePoint keeps it: every function has a line (unanswered ones empty), instants
// to the second, and not-started units have an untouched inventory.
function expectedInventories(): ReturnType<typeof contentOf>[] {
  const functions = municipality.config.taxonomy.functions.map((f) => f.id);
  const toSecond = (t: string | null) =>
    t === null ? null : new Date(Math.floor(Date.parse(t) / 1000) * 1000).toISOString().replace('.000Z', 'Z');
  const byUnit = new Map(stored.map((i) => [i.unitId, i]));
  return site.units
    .filter((u) => u.manager !== null)
    .map((unit) => {
      const generated = byUnit.get(unit.id);
      const base: Inventory = generated ?? emptyInventory(unit, site.period.id);
      const lines = new Map(base.lines.map((l) => [l.functionId, l]));
      // A decision the unit's own manager made does not count (on a tenant the owner may play both).
      const answer = isAnswerStatus(base.status) ? base.status : 'submitted';
      return contentOf({
        ...base,
        status: reviewStatus({ ...base, answer }),
        lines: functions.map((id) => lines.get(id) ?? emptyLine(id)),
        submittedAt: toSecond(base.submittedAt),
        decisions: base.decisions.map((d) => ({ ...d, decidedAt: toSecond(d.decidedAt) })),
      });
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

describe('the dashboard at 1× (350 units × 20 functions)', () => {
  it('loads the whole kommun in exactly 2 requests, exactly as stored', async () => {
    backend.resetRequests();
    const data = await backend.repos(PROJECT_TEAM).dashboard.load({ periodId: site.period.id });
    expect(backend.requests()).toBe(2);
    const units = data.units.filter((u) => !backend.baseline.unitIds.has(u.id));
    expect(units).toHaveLength(350);
    expect(data.units).toHaveLength(backend.baseline.units.length + 350);
    expect([...units].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...site.units].sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(data.config).toEqual(municipality.config);
    const lines = data.inventories.reduce((n, i) => n + i.lines.length, 0);
    expect(lines).toBe(data.inventories.length * 20);
    expect(data.inventories.map(contentOf).sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      expectedInventories(),
    );
  });

  it('loads one sektor in exactly 2 requests, with only its units and inventories', async () => {
    const sektor = site.units.find((u) => u.kind === 'sektor')!;
    backend.resetRequests();
    const data = await backend
      .repos(PROJECT_TEAM)
      .dashboard.load({ periodId: site.period.id, sektorId: sektor.id });
    expect(backend.requests()).toBe(2);
    expect(data.units.every((u) => u.sektorId === sektor.id)).toBe(true);
    expect(data.units).toHaveLength(site.units.filter((u) => u.sektorId === sektor.id).length);
    expect(data.inventories.map((i) => i.unitId).sort()).toEqual(
      expectedInventories()
        .filter((i) => i.sektorId === sektor.id)
        .map((i) => i.unitId)
        .sort(),
    );
  });

  it('counts the same from one summary per unit and the approvals’ own figures, in exactly 3 requests', async () => {
    const periodId = site.period.id;
    const repos = backend.repos(PROJECT_TEAM);
    const counted = (data: DashboardData) =>
      aggregate({ units: data.units, inventories: data.inventories, config: data.config, periodId });
    for (const sektorId of [undefined, site.units.find((u) => u.kind === 'sektor')!.id]) {
      const full = await repos.dashboard.load({ periodId, sektorId });
      backend.resetRequests();
      const figures = await repos.dashboard.loadFigures({ periodId, sektorId });
      expect(backend.requests()).toBe(3);
      expect(counted(figures)).toEqual(counted(full));
      expect(figures.ignored).toEqual(full.ignored);
    }
  });

  it('reads lines from a list above the list view threshold through indexed partitions', async () => {
    // 7,000 lines: an unindexed filter is refused there (SPQueryThrottledException), the partitions are not.
    const lines = listByKey(backend.sp(ADMIN), 'inventeringsrader');
    // 20 lines per unit with a manager, and every unit's folder (an item too).
    const managed = site.units.filter((u) => u.manager !== null).length;
    expect((await lines.select('ItemCount')()).ItemCount).toBe(
      backend.baseline.itemCounts.inventeringsrader + managed * 20 + site.units.length,
    );
    const refused = await toAppError(
      await rejectionOf(lines.items.filter(eq('FunctionId', 'ekonomi')).top(10)()),
    );
    expect(refused.code).toBe('unavailable');
    expect(refused.message).toContain('list view threshold');
    const data = await backend.repos(PROJECT_TEAM).dashboard.load({ periodId: site.period.id });
    expect(data.inventories.reduce((n, i) => n + i.lines.length, 0)).toBe(data.inventories.length * 20);
  });

  it('follows odata.nextLink until every page is read, one $batch per round', async () => {
    backend.resetRequests();
    const [units = [], periods = []] = await readAll(backend.sp(ADMIN), [
      (b) => listByKey(b, 'organisation').items.select('UnitCode').top(100),
      (b) => listByKey(b, 'perioder').items.select('PeriodId').top(100),
    ]);
    // 350 units in pages of 100: 4 rounds on the emulator; a tenant's site may hold more units and periods.
    const { baseline } = backend;
    expect(backend.requests()).toBe(
      Math.max(pages(baseline.units.length + 350), pages(baseline.periodIds.size + 1)),
    );
    expect(new Set(units.map((u) => u.UnitCode)).size).toBe(baseline.units.length + 350);
    expect(periods.map((p) => String(p.PeriodId)).filter((id) => !baseline.periodIds.has(id))).toEqual([
      site.period.id,
    ]);
  });
});
