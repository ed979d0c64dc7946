// The backend's screens against the emulator at Gävle's size (350 units × 20 functions) and at 10× (3,500
// units): requests per screen as the emulator counts them (a $batch is one), and how long each takes, for
// loading a manager's form, saving it, and the dashboard of the kommun and of one sektor (its read, one summary
// per unit, and the aggregation), with the bytes SharePoint answered (gzip, as SharePoint Online sends them, and
// uncompressed); the kommun from every line for comparison; the project team's overview as the tab loads it —
// stored with nothing changed, and after a save (its stored figures first, then all of it: the count, which waits
// a second after reading the lists' change dates, and storing it again); then the 10×/1× ratios. The emulator runs in its own process (in memory); the app's client in this one.
// Run: npx tsx bench/backend/backend.bench.ts [--scales 1,10] [--samples 15]   (prints, never asserts)
import '../../src/domain/i18n/english';
import { SITE_ADMIN_UPN } from '../../emulators/identity/personas';
import { parseArgs } from 'node:util';
import { type SPFI } from '@pnp/sp';
import { staticTokenProvider } from '../../src/auth';
import { generateMunicipality } from '../../scripts/lib/demo';
import { aggregate, dashboardView, type CountedDashboard, type Inventory } from '../../src/domain';
import { createSharePointClient } from '../../src/sharepoint/client';
import { createRepositories, type Repositories } from '../../src/sharepoint/repositories';
import { loadOverview } from '../../src/sharepoint/repositories/storedOverview';
import { writeInventories } from '../../src/sharepoint/writers';
import { benchEmulator, ms, percentile, type BenchEmulator } from '../emulator/support';
import { fillSite, twentyFunctionConfig, type FillTimings } from './site';
import { report } from '../lib/report';

const out = report('backend', 'npm run bench:backend');

const ADMIN = SITE_ADMIN_UPN;
const PROJECT_TEAM = 'projekt@kommun.example';

interface Measure {
  readonly requests: number[];
  readonly times: number[];
  /** CPU time of this process (the app's client: PnPjs, reading, aggregating), apart from the emulator's. */
  readonly cpu: number[];
  /** Answer bytes as sent (gzip, as SharePoint Online sends them) and before compression. */
  readonly sent: number[];
  readonly plain: number[];
}

const screenKeys = [
  'loadForm',
  'save',
  'dashboardKommun',
  'dashboardSektor',
  'linesKommun',
  'overviewStored',
  'overviewEarlier',
  'overviewRecounted',
] as const;
type Screen = (typeof screenKeys)[number];

interface ScaleResult {
  readonly scale: number;
  readonly units: number;
  readonly lines: number;
  readonly fill: FillTimings & { seed: number };
  readonly screens: Record<Screen, Measure>;
}

const { values: args } = parseArgs({
  options: { scales: { type: 'string', default: '1,10' }, samples: { type: 'string', default: '15' } },
});
const scales = String(args.scales).split(',').map(Number);
const samples = Number(args.samples);

function client(emulator: BenchEmulator, upn: string): SPFI {
  return createSharePointClient({
    siteUrl: emulator.siteUrl,
    tokens: staticTokenProvider(emulator.token(upn)),
  });
}

async function measured<T>(emulator: BenchEmulator, measure: Measure, work: () => Promise<T>): Promise<T> {
  await emulator.resetStats();
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const result = await work();
  measure.times.push(performance.now() - started);
  const cpu = process.cpuUsage(cpuBefore);
  measure.cpu.push((cpu.user + cpu.system) / 1000);
  const stats = await emulator.stats();
  measure.requests.push(stats.requests);
  measure.sent.push(stats.bytesSent);
  measure.plain.push(stats.bytesPlain);
  return result;
}

async function runScale(scale: number): Promise<ScaleResult> {
  const municipality = generateMunicipality({
    units: 350 * scale,
    seed: 2018,
    config: twentyFunctionConfig(),
  });
  const emulator = await benchEmulator(['--in-memory']);
  try {
    const admin = client(emulator, ADMIN);
    process.stdout.write(`${scale}×: filling the site with ${municipality.units.length} units… `);
    const fill = await fillSite(admin, {
      units: municipality.units,
      config: municipality.config,
      period: municipality.periods[0]!,
      projectTeam: [PROJECT_TEAM],
    });
    const seedStarted = performance.now();
    await writeInventories(admin, municipality.inventories);
    const seed = performance.now() - seedStarted;
    process.stdout.write('done\n');
    const screens = Object.fromEntries(
      screenKeys.map((key) => [key, { requests: [], times: [], cpu: [], sent: [], plain: [] }]),
    ) as unknown as ScaleResult['screens'];
    // Managers whose inventory they may still edit, spread over the organisation.
    const editable = municipality.units.filter(
      (u) =>
        u.manager !== null &&
        !municipality.inventories.some(
          (i) => i.unitId === u.id && ['submitted', 'approved'].includes(i.status),
        ),
    );
    const step = Math.max(1, Math.floor(editable.length / samples));
    const chosen = editable.filter((_, i) => i % step === 0).slice(0, samples);
    const on = `${municipality.periods[0]!.opensOn}T12:00:00Z`;
    for (const [n, unit] of chosen.entries()) {
      const upn = unit.manager!.upn;
      const repos: Repositories = createRepositories(client(emulator, upn));
      const form = await measured(emulator, screens.loadForm, () => repos.inventories.loadMine({ upn, on }));
      const inventory = form.inventories.find((i) => i.unitId === unit.id)!;
      const edited: Inventory = {
        ...inventory,
        status: 'draft',
        lines: inventory.lines.map((line, index) =>
          index < 3
            ? { ...line, persons: n + index, arsarbetare: (n + index) / 2, comment: `Bänk ${n}` }
            : line,
        ),
      };
      await measured(emulator, screens.save, () => repos.inventories.save(edited));
    }
    const team = createRepositories(client(emulator, PROJECT_TEAM));
    const sektorer = municipality.units.filter((u) => u.kind === 'sektor');
    // A dashboard: its read (one summary per unit) and the aggregation of what came back, as the tab does both.
    const dashboard = async (query: { periodId: string; sektorId?: string }) => {
      const data = await team.dashboard.loadFigures(query);
      // What the tab's worker does: read, count every area, and the comparisons the project team may publish.
      sink += dashboardView(data, query.periodId).aggregate.kommun.support.arsarbetare;
    };
    for (let i = 0; i < Math.min(samples, 7); i++) {
      await measured(emulator, screens.dashboardKommun, () => dashboard({ periodId: '2018' }));
      const sektor = sektorer[i % sektorer.length]!;
      await measured(emulator, screens.dashboardSektor, () =>
        dashboard({ periodId: '2018', sektorId: sektor.id }),
      );
      // The same kommun from every line, as the dashboards read it before the summaries.
      await measured(emulator, screens.linesKommun, async () => {
        const data = await team.dashboard.load({ periodId: '2018' });
        sink += aggregate({ ...data, periodId: '2018' }).kommun.support.arsarbetare;
      });
    }
    // The project team's overview as the tab loads it: stored, and nothing changed since …
    const teamSp = client(emulator, PROJECT_TEAM);
    const overview = (show: (dashboard: CountedDashboard) => void) =>
      loadOverview(teamSp, { periodId: '2018' }, { useStore: true, show });
    await overview(() => undefined);
    for (let i = 0; i < Math.min(samples, 7); i++) {
      await measured(emulator, screens.overviewStored, () =>
        overview((d) => (sink += d.view.aggregate.kommun.support.arsarbetare)),
      );
    }
    // … and after a manager's save: the stored figures at once, the current ones after the count (which waits
    // `settleMs` after reading the lists' change dates) and the file stored again.
    for (const [n, unit] of chosen.slice(0, Math.min(samples, 7)).entries()) {
      const upn = unit.manager!.upn;
      const repos = createRepositories(client(emulator, upn));
      const mine = (await repos.inventories.get('2018', unit.id))!;
      await repos.inventories.save({
        ...mine,
        lines: mine.lines.map((line, index) => (index === 0 ? { ...line, persons: 20 + n } : line)),
      });
      const started = performance.now();
      await measured(emulator, screens.overviewRecounted, () =>
        overview((d) => {
          if (!d.current) screens.overviewEarlier.times.push(performance.now() - started);
        }),
      );
    }
    const lines =
      municipality.units.filter((u) => u.manager !== null).length *
      municipality.config.taxonomy.functions.length;
    return { scale, units: municipality.units.length, lines, fill: { ...fill, seed }, screens };
  } finally {
    await emulator.stop();
  }
}

const labels: Record<Screen, string> = {
  loadForm: 'load form',
  save: 'save form',
  dashboardKommun: 'dashboard, kommun',
  dashboardSektor: 'dashboard, one sektor',
  linesKommun: 'kommun from all lines',
  overviewStored: 'overview, stored',
  overviewEarlier: 'overview, changed: 1st',
  overviewRecounted: 'overview, changed: all',
};

let sink = 0;

function megabytes(values: readonly number[]): string {
  if (values.length === 0) return '–';
  return `${(percentile(values, 50) / 1_000_000).toFixed(2)} MB`;
}

function requestsText(values: readonly number[]): string {
  if (values.length === 0) return '–';
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  return distinct.length === 1 ? String(distinct[0]) : `${distinct[0]}–${distinct.at(-1)}`;
}

async function main(): Promise<void> {
  const results: ScaleResult[] = [];
  for (const scale of scales) {
    const result = await runScale(scale);
    results.push(result);
    const f = result.fill;
    out.line(`\n${scale}×: ${result.units} units`);
    out.line(
      `  filling the site: ${result.units} units, ${result.lines} lines; provision ${ms(f.provision)}, settings ${ms(f.settings)}, ` +
        `units ${ms(f.units)}, folders and permissions ${ms(f.access)}, inventories ${ms(f.inventories)}, seed values ${ms(f.seed)}`,
    );
    out.line(
      `  ${'screen'.padEnd(24)}${'requests'.padStart(10)}${'median'.padStart(12)}${'p95'.padStart(12)}` +
        `${'client CPU'.padStart(12)}${'sent (gzip)'.padStart(14)}${'uncompressed'.padStart(14)}   samples`,
    );
    for (const key of screenKeys) {
      const measure = result.screens[key];
      out.line(
        `  ${labels[key].padEnd(24)}${requestsText(measure.requests).padStart(10)}${ms(percentile(measure.times, 50)).padStart(12)}` +
          `${ms(percentile(measure.times, 95)).padStart(12)}${(measure.cpu.length === 0 ? '–' : ms(percentile(measure.cpu, 50))).padStart(12)}` +
          `${megabytes(measure.sent).padStart(14)}` +
          `${megabytes(measure.plain).padStart(14)}   ${measure.times.length}`,
      );
    }
  }

  const base = results.find((r) => r.scale === 1);
  for (const result of results.filter((r) => r !== base && base !== undefined)) {
    out.line(`\n${result.scale}× / 1× (median time; median client CPU; requests)`);
    for (const key of screenKeys) {
      const ratio = (of: (m: Measure) => number[]) =>
        (of(base!.screens[key]).length === 0
          ? '–'
          : (percentile(of(result.screens[key]), 50) / percentile(of(base!.screens[key]), 50)).toFixed(2)
        ).padStart(8);
      out.line(
        `  ${labels[key].padEnd(24)}${ratio((m) => m.times)}${ratio((m) => m.cpu)}   ${requestsText(base!.screens[key].requests)} → ${requestsText(result.screens[key].requests)}`,
      );
    }
  }
}

void main()
  .then(() => {
    if (Number.isNaN(sink)) out.line('(the sums were not numbers)');
    out.save();
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
