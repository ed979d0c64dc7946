// Times the full aggregation for a Gävle-sized municipality (350 units × 20 functions) and for ten times that,
// and prints the medians and their ratio. Linear growth gives a ratio near 10; the target is ≤ 13.
// Run: npx tsx bench/aggregation.bench.ts   (prints, never asserts: timings depend on the machine)
//
// Two shapes of the same data are timed. "parsed" is the data after a JSON round trip, which is how the app
// receives it from SharePoint: objects laid out in order. "generated" is the generator's objects, scattered
// over the heap between temporaries. The aggregation is one pass, so its time is dominated by memory reads;
// at 3,500 units the data no longer fits in the CPU caches, which is why the ratio is above 10 at all.
import '../src/domain/i18n/english';
import { generateMunicipality } from '../scripts/lib/demo';
import {
  aggregate,
  defaultMunicipalityConfig,
  type AggregationInput,
  type MunicipalityConfig,
} from '../src/domain';
import { report } from './lib/report';

const out = report('aggregation', 'npm run bench:aggregation');

const warmups = 20;
const runs = 21;

// The default taxonomy has 16 functions; a municipality with 20 is realistic, so four are added here.
function configWithTwentyFunctions(): MunicipalityConfig {
  const base = defaultMunicipalityConfig();
  const extra = ['arkiv', 'sakerhetBeredskap', 'fordon', 'statistik'].map((id, i) => ({
    id,
    groupId: 'stod',
    label: { sv: `Extra funktion ${i + 1}`, en: `Extra function ${i + 1}` },
    roles: [{ id: `${id}Handlaggare`, label: { sv: 'Handläggare', en: 'Officer' } }],
  }));
  return { ...base, taxonomy: { ...base.taxonomy, functions: [...base.taxonomy.functions, ...extra] } };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

type Shape = 'parsed' | 'generated';

interface Case {
  readonly units: number;
  readonly shape: Shape;
  readonly input: AggregationInput;
  readonly inventories: number;
  readonly lines: number;
  readonly times: number[];
}

function prepare(units: number): Case[] {
  const municipality = generateMunicipality({ units, seed: 2018, config: configWithTwentyFunctions() });
  const generated: AggregationInput = {
    units: municipality.units,
    // Every started inventory submitted, so the run covers as many lines as a late stage of the round.
    inventories: municipality.inventories.map((inventory) =>
      inventory.status === 'draft' || inventory.status === 'returned'
        ? { ...inventory, status: 'submitted' as const }
        : inventory,
    ),
    config: municipality.config,
    periodId: '2018',
  };
  const parsed = JSON.parse(JSON.stringify(generated)) as AggregationInput;
  const inventories = municipality.inventories.length;
  const lines = municipality.inventories.reduce((sum, inv) => sum + inv.lines.length, 0);
  return [
    { units, shape: 'parsed', input: parsed, inventories, lines, times: [] },
    { units, shape: 'generated', input: generated, inventories, lines, times: [] },
  ];
}

const cases = [...prepare(350), ...prepare(3500)];
let sink = 0;
// Warm every case first so the JIT has optimised the code before anything is timed, then interleave the timed
// runs so drift in machine load (two shared cores) affects every case alike.
for (let i = 0; i < warmups; i++)
  for (const c of cases) sink += aggregate(c.input).kommun.support.arsarbetare;
for (let i = 0; i < runs; i++) {
  for (const c of cases) {
    const start = performance.now();
    sink += aggregate(c.input).kommun.support.arsarbetare;
    c.times.push(performance.now() - start);
  }
}
// Using the results keeps the engine from optimising the work away.
if (Number.isNaN(sink)) out.line('unexpected NaN in the results');

out.line(
  `aggregate(): median of ${runs} runs after ${warmups} warm-ups, 20 functions, all started inventories`,
);
for (const shape of ['parsed', 'generated'] as const) {
  const [small, large] = cases.filter((c) => c.shape === shape);
  if (small === undefined || large === undefined) continue;
  const ms = (c: Case): number => median(c.times);
  out.line(`  ${shape}:`);
  for (const c of [small, large]) {
    const label = `${c.units} units`.padEnd(10);
    out.line(`    ${label} (${c.inventories} inventories, ${c.lines} lines): ${ms(c).toFixed(2)} ms`);
  }
  out.line(`    ratio: ${(ms(large) / ms(small)).toFixed(2)} (linear ≈ 10, target ≤ 13)`);
}
out.save();
