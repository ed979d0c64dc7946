// `npm run bench:bundle`: the production build's initial JavaScript (what dist/index.html loads) in KB gzip -9,
// beside the dependency floor (the libraries the app imports, as it imports them, built alone the same way) and
// their ratio; the budget is 1.15 × the floor, with charts, Excel and cards only in lazy chunks. Both builds go to
// a temporary directory; dist/ is left alone. Exit code 1 when the budget is exceeded.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { report } from '../lib/report';
import { bundleBudget, kb, measureBundle, type InitialJs } from './measure';

const out = report('bundle', 'npm run bench:bundle');

function files(js: InitialJs): void {
  for (const f of js.files)
    out.line(`    ${f.file.padEnd(28)} ${kb(f.bytes).padStart(10)}  ${kb(f.gzipBytes).padStart(9)} gz`);
}

async function main(): Promise<number> {
  const m = await measureBundle({ workDir: join(tmpdir(), 'stodinventering-bench-bundle') });
  out.line(
    'Initial JavaScript: the <script> tags of index.html, production build, gzip -9 (1 KB = 1,024 bytes)',
  );
  out.line(`  app:   ${kb(m.app.gzipBytes)} gz`);
  files(m.app);
  out.line(`  floor: ${kb(m.floor.gzipBytes)} gz`);
  files(m.floor);
  out.line(`  ratio: ${m.ratio.toFixed(3)} (budget ≤ ${bundleBudget})`);
  out.line('');
  out.line('The floor imports what the app imports in its initial chunks:');
  for (const i of m.floorImports)
    out.line(`  ${i.request}: ${i.names.length > 0 ? i.names.join(', ') : '(side effects)'}`);
  out.line('');
  out.line(`Libraries in the initial chunks: ${m.app.packages.join(', ') || '–'}`);
  out.line(`  of which not in the floor: ${m.outsideFloor.join(', ') || '–'}`);
  out.line(
    `  charts, Excel or cards (allowed only in lazy chunks): ${m.lazyOnlyInInitial.join(', ') || '–'}`,
  );
  out.line(`Lazy chunks: ${m.app.lazyFiles.join(', ') || '–'}`);
  out.line('');
  out.line(m.withinBudget ? 'Within budget.' : 'OVER BUDGET.');
  const path = out.save();
  console.log(`\nResults written to ${path}`);
  return m.withinBudget ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
