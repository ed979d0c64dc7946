// `npm run comparisons` as IT schedules it, against a seeded site: it publishes what the dashboards count for every
// area, a second run changes nothing, and a manager who runs it is refused by SharePoint.
import { aggregate, publishedComparisons, type ComparisonEntry } from '../../../src/domain';
import { seedDemoSite } from '../../../scripts/lib/demoSite';
import { SharePointDashboardRepository } from '../../../src/sharepoint/repositories';
import { SharePointComparisonRepository } from '../../../src/sharepoint/repositories/comparisonRepository';
import { startSite, stopSite, type SiteUnderTest } from './harness';
import { runScript } from './scripts';

const MANAGER = 'anna.berg@kommun.example';

let site: SiteUnderTest;
let periodId: string;
let expected: ComparisonEntry[];

beforeAll(async () => {
  site = await startSite();
  const { demo } = await seedDemoSite(site.sp(), { units: 60, seed: 5, today: '2025-05-20' });
  periodId = demo.period.id;
  const data = await new SharePointDashboardRepository(site.sp()).loadFigures({ periodId });
  const { units, inventories, config } = data;
  expected = publishedComparisons(aggregate({ units, inventories, config, periodId }));
}, 120_000);
afterAll(() => stopSite(site));

const siteArgs = () => ['--site', site.emulator.siteUrl, '--period', periodId];

describe('npm run comparisons', () => {
  it('publishes every area as the dashboards count it, and a second run changes nothing', async () => {
    const run = await runScript('comparisons', siteArgs());
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${expected.length} ändrade / changed, 0 oförändrade / unchanged`);
    const stored = await new SharePointComparisonRepository(site.sp()).load({
      periodId,
      scopeKeys: expected.map((e) => e.scopeKey),
    });
    expect(
      stored
        .map(({ publishedAt: _at, ...entry }) => entry)
        .sort((a, b) => a.scopeKey.localeCompare(b.scopeKey)),
    ).toEqual([...expected].sort((a, b) => a.scopeKey.localeCompare(b.scopeKey)));
    // Some areas of the demo are small: they are stored with their count and no figures.
    expect(stored.some((e) => e.figures === null)).toBe(true);
    expect(stored.some((e) => e.figures !== null)).toBe(true);

    const again = await runScript('comparisons', siteArgs());
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`0 ändrade / changed, ${expected.length} oförändrade / unchanged`);
  }, 60_000);

  it('is refused by SharePoint for a manager, and says who may publish', async () => {
    const run = await runScript('comparisons', [...siteArgs(), '--as', MANAGER]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Only the project team and IT may.');
  }, 60_000);
});
