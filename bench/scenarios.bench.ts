// Times a scenario at a region's size (3,500 units, 20 functions) against the dashboard's aggregation of the same
// answers, and prints the ratios: indexing the answers with their staff rows (once per visit to the page), and
// counting one scenario from that index (once per change of a choice).
// Run: npm run bench:scenarios   (prints, never asserts: timings depend on the machine)
import { generateMunicipality } from '../scripts/lib/demo';
import {
  aggregate,
  buildScenarioBase,
  scenarioOutcome,
  type AggregationInput,
  type ScenarioDefinition,
} from '../src/domain';
import { twentyFunctionConfig } from './backend/site';
import { report } from './lib/report';

const out = report('scenarios', 'npm run bench:scenarios');
const warmups = 10;
const runs = 21;

const municipality = generateMunicipality({ units: 3500, seed: 2018, config: twentyFunctionConfig() });
const input = JSON.parse(
  JSON.stringify({
    units: municipality.units,
    inventories: municipality.inventories.map((i) =>
      i.status === 'draft' || i.status === 'returned' ? { ...i, status: 'submitted' as const } : i,
    ),
    config: municipality.config,
    periodId: '2018',
  }),
) as AggregationInput;
const functions = municipality.config.taxonomy.functions;
// Every other function centralised, the rest gathered in the sektor: as many moves as a scenario makes.
const scenario: ScenarioDefinition = {
  id: 's',
  name: 'Bänk',
  periodId: '2018',
  overrides: Object.fromEntries(
    functions.map((f, i) => [f.id, i % 2 === 0 ? 'centralisera' : 'samordnaSektor']),
  ),
};

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function time(work: () => number): number {
  let sink = 0;
  for (let i = 0; i < warmups; i++) sink += work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    sink += work();
    times.push(performance.now() - start);
  }
  if (Number.isNaN(sink)) out.line('unexpected NaN in the results');
  return median(times);
}

const base = buildScenarioBase(input);
const aggregateMs = time(() => aggregate(input).kommun.support.arsarbetare);
const baseMs = time(() => buildScenarioBase(input).staff.length);
const outcomeMs = time(() => scenarioOutcome(base, scenario).centralised);
const lines = input.inventories.reduce((sum, i) => sum + i.lines.length, 0);

out.line(
  `3,500 units, ${functions.length} functions, ${lines} lines; median of ${runs} runs after ${warmups} warm-ups`,
);
out.line(`  aggregate() (the dashboard):               ${aggregateMs.toFixed(2)} ms`);
out.line(
  `  buildScenarioBase() (once per visit):      ${baseMs.toFixed(2)} ms  (${(baseMs / aggregateMs).toFixed(2)} × aggregate)`,
);
out.line(
  `  scenarioOutcome() (once per choice):       ${outcomeMs.toFixed(2)} ms  (${(outcomeMs / aggregateMs).toFixed(2)} × aggregate)`,
);
out.line(`  staff rows kept: ${base.staff.length}`);
out.save();
