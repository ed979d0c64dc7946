// 350 managers save their inventory: each client sends one $batch of 20 item MERGEs with ETags through PnPjs
// `batched({ maxRequests: 100 })`, as the form's save does. Two arrival patterns are timed: a burst (all 350
// at the same instant, the worst case) and saves spread over 5 seconds (350 sessions open at once). For each it
// prints throughput, p50/p95 of a save, and p95 ÷ the median of the same save on an idle emulator (target ≤ 10).
// The emulator runs in its own process; the 350 PnPjs clients share this one, so client time is included.
// Run: npx tsx bench/emulator/batchSave.bench.ts   (prints, never asserts: timings depend on the machine)
import { SITE_ADMIN_UPN } from '../../emulators/identity/personas';
import { benchEmulator, ms, percentile, pnp, type BenchEmulator } from './support';
import { report } from '../lib/report';

const out = report('emulator-batch-save', 'npx tsx bench/emulator/batchSave.bench.ts');

const MANAGERS = 350;
const ROWS_PER_INVENTORY = 20;
const IDLE_SAMPLES = 40;
const SPREAD_MS = 5000;

interface Inventory {
  upn: string;
  rows: { Id: number; 'odata.etag': string }[];
}

async function setUp(emulator: BenchEmulator): Promise<string[]> {
  const admin = pnp(emulator, SITE_ADMIN_UPN);
  await admin.web.lists.add('Inventering', '', 100, false);
  const list = admin.web.lists.getByTitle('Inventering');
  await list.fields.addText('Enhet', { Indexed: true });
  await list.fields.addNumber('Arsarbetare');
  await list.fields.addNumber('Kvalitet');
  await list.fields.addMultilineText('Kommentar');
  const managers = Array.from(
    { length: MANAGERS },
    (_, i) => `chef${String(i + 1).padStart(3, '0')}@kommun.example`,
  );
  const members = admin.web.associatedMemberGroup.users;
  for (const upn of managers) await members.add(`i:0#.f|membership|${upn}`);
  for (const [m, upn] of managers.entries()) {
    const [batched, execute] = pnp(emulator, upn).batched({ maxRequests: 100 });
    for (let r = 0; r < ROWS_PER_INVENTORY; r++) {
      void batched.web.lists
        .getByTitle('Inventering')
        .items.add({ Title: `Funktion ${r + 1}`, Enhet: `Enhet ${m + 1}`, Arsarbetare: 0 });
    }
    await execute();
  }
  return managers;
}

/** Loads a manager's rows with their ETags, as the form does before a save. */
async function load(emulator: BenchEmulator, upn: string, unit: number): Promise<Inventory> {
  const rows = (await pnp(emulator, upn)
    .web.lists.getByTitle('Inventering')
    .items.filter(`Enhet eq 'Enhet ${unit}'`)
    .select('Id')()) as Inventory['rows'];
  return { upn, rows };
}

/** One save: all rows in one $batch, each MERGE with its ETag. Returns the time it took. */
async function save(emulator: BenchEmulator, inventory: Inventory, round: number): Promise<number> {
  const started = performance.now();
  const [batched, execute] = pnp(emulator, inventory.upn).batched({ maxRequests: 100 });
  const updates = inventory.rows.map((row, r) =>
    batched.web.lists
      .getByTitle('Inventering')
      .items.getById(row.Id)
      .update(
        {
          Arsarbetare: ((r + round) % 7) * 0.5,
          Kvalitet: 1 + ((r + round) % 5),
          Kommentar: `Sparad ${round}`,
        },
        row['odata.etag'],
      ),
  );
  await execute();
  const results = await Promise.all(updates);
  // The next save sends the ETags this one got back, as the form does.
  inventory.rows = inventory.rows.map((row, r) => ({
    ...row,
    'odata.etag': (results[r] as { etag: string }).etag,
  }));
  return performance.now() - started;
}

/** A reproducible sequence in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function scenario(
  emulator: BenchEmulator,
  inventories: Inventory[],
  options: { name: string; round: number; delayOf: (index: number) => number; idleMedian: number },
): Promise<void> {
  await emulator.resetStats();
  const started = performance.now();
  const times = await Promise.all(
    inventories.map(async (inventory, index) => {
      await new Promise((resolve) => setTimeout(resolve, options.delayOf(index)));
      return save(emulator, inventory, options.round);
    }),
  );
  const wall = performance.now() - started;
  const stats = await emulator.stats();
  const p95 = percentile(times, 95);
  out.line(`${options.name}`);
  out.line(
    `  $batch-anrop / requests: ${stats.requests}, operationer / operations: ${stats.batchOperations}, tid / wall: ${ms(wall)}`,
  );
  out.line(
    `  genomströmning / throughput: ${((MANAGERS * ROWS_PER_INVENTORY) / (wall / 1000)).toFixed(0)} rader/s, ${(MANAGERS / (wall / 1000)).toFixed(1)} sparningar/s`,
  );
  out.line(`  sparning / save p50: ${ms(percentile(times, 50))}, p95: ${ms(p95)}`);
  out.line(
    `  p95 ÷ ledig sparning (median) / idle save median: ${(p95 / options.idleMedian).toFixed(1)} (mål / target ≤ 10)`,
  );
}

async function main(): Promise<void> {
  const emulator = await benchEmulator();
  try {
    const managers = await setUp(emulator);
    const inventories = await Promise.all(managers.map((upn, m) => load(emulator, upn, m + 1)));

    // Idle baselines: one save (one $batch of 20) at a time, and one single-item MERGE at a time.
    const idleSaves: number[] = [];
    for (let i = 0; i < IDLE_SAMPLES; i++)
      idleSaves.push(await save(emulator, inventories[i % 10]!, 100 + i));
    const single: number[] = [];
    const probe = pnp(emulator, managers[0]!).web.lists.getByTitle('Inventering').items;
    for (let i = 0; i < IDLE_SAMPLES; i++) {
      const started = performance.now();
      await probe.getById(1).update({ Arsarbetare: i });
      single.push(performance.now() - started);
    }
    // The probe moved item 1 on; its owner reloads before saving again.
    inventories[0] = await load(emulator, managers[0]!, 1);
    const idleMedian = percentile(idleSaves, 50);
    out.line(
      `Emulator: ${MANAGERS} chefer sparar ${ROWS_PER_INVENTORY} rader var / managers save ${ROWS_PER_INVENTORY} rows each`,
    );
    out.line(
      `  ledig / idle: en sparning / one save median ${ms(idleMedian)}, en enskild MERGE / one single MERGE median ${ms(percentile(single, 50))}`,
    );

    const next = random(350);
    const offsets = managers.map(() => next() * SPREAD_MS);
    await scenario(emulator, inventories, {
      name: `Spridda över ${SPREAD_MS / 1000} s / spread over ${SPREAD_MS / 1000} s:`,
      round: 1,
      delayOf: (i) => offsets[i]!,
      idleMedian,
    });
    await scenario(emulator, inventories, {
      name: 'Samtidigt / all at once (burst):',
      round: 2,
      delayOf: () => 0,
      idleMedian,
    });
  } finally {
    await emulator.stop();
  }
}

main()
  .then(() => out.save())
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
