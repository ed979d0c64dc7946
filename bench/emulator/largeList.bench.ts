// A 70,000-item list read by a filter on an indexed column in 5000-item pages (PnPjs's async iterator), as
// an export of a big municipality would: prints the time of each page.
// Run: npx tsx bench/emulator/largeList.bench.ts   (prints, never asserts: timings depend on the machine)
import { SITE_ADMIN_UPN } from '../../emulators/identity/personas';
import { benchEmulator, ms, percentile, pnp } from './support';
import { report } from '../lib/report';

const out = report('emulator-large-list', 'npx tsx bench/emulator/largeList.bench.ts');

const ITEMS = 70_000;
const SEKTORER = 5;
const PAGE = 5000;

async function main(): Promise<void> {
  const emulator = await benchEmulator();
  try {
    const admin = pnp(emulator, SITE_ADMIN_UPN);
    await admin.web.lists.add('Stor', '', 100, false);
    await admin.web.lists.getByTitle('Stor').fields.addText('Sektor', { Indexed: true });
    await admin.web.lists.getByTitle('Stor').fields.addNumber('Arsarbetare');
    const seedStarted = performance.now();
    const batches = Array.from({ length: ITEMS / 100 }, (_, b) => b);
    // Four clients seed in parallel, 100 items per $batch (SharePoint's maximum).
    for (let start = 0; start < batches.length; start += 4) {
      await Promise.all(
        batches.slice(start, start + 4).map(async (b) => {
          const [batched, execute] = admin.batched({ maxRequests: 100 });
          for (let i = 0; i < 100; i++) {
            const n = b * 100 + i;
            void batched.web.lists
              .getByTitle('Stor')
              .items.add({ Title: `Rad ${n}`, Sektor: `Sektor ${n % SEKTORER}`, Arsarbetare: n % 10 });
          }
          await execute();
        }),
      );
    }
    out.line(
      `Emulator: ${ITEMS} objekt skapade på / items created in ${ms(performance.now() - seedStarted)}`,
    );

    const pages: number[] = [];
    let rows = 0;
    let last = performance.now();
    const started = last;
    const items = admin.web.lists
      .getByTitle('Stor')
      .items.filter("Sektor eq 'Sektor 2'")
      .select('Id', 'Title', 'Arsarbetare')
      .top(PAGE);
    for await (const page of items) {
      const now = performance.now();
      pages.push(now - last);
      rows += page.length;
      last = now;
    }
    out.line(
      `Indexerat filter / indexed filter "Sektor eq 'Sektor 2'": ${rows} rader i / rows in ${pages.length} sidor / pages`,
    );
    pages.forEach((time, i) => out.line(`  sida / page ${i + 1}: ${ms(time)}`));
    out.line(`  median: ${ms(percentile(pages, 50))}, totalt / total: ${ms(performance.now() - started)}`);

    const unfiltered: number[] = [];
    last = performance.now();
    for await (const page of admin.web.lists.getByTitle('Stor').items.select('Id').top(PAGE)) {
      const now = performance.now();
      unfiltered.push(now - last);
      last = now;
      if (page.length < PAGE) break;
    }
    out.line(
      `Hela listan utan filter / the whole list unfiltered: ${unfiltered.length} sidor / pages, median ${ms(percentile(unfiltered, 50))}`,
    );
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
