#!/usr/bin/env node
// The static checks of `npm test` — types, lint, formatting — run side by side: each is one busy thread, so on a
// machine of two cores or more they take about as long as the slowest. Each one's output is printed whole when
// it ends, and the run fails if any did.
import { spawn } from 'node:child_process';

const checks = ['typecheck', 'lint', 'format:check'];

function run(script) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => resolve({ script, ok: false, output: String(error), seconds: 0 }));
    child.on('close', (code) =>
      resolve({
        script,
        ok: code === 0,
        output: Buffer.concat(output).toString('utf8'),
        seconds: (Date.now() - started) / 1000,
      }),
    );
  });
}

const results = await Promise.all(checks.map(run));
for (const { script, ok, output, seconds } of results) {
  console.log(`${ok ? '✔' : '✖'} ${script} (${seconds.toFixed(0)} s)`);
  if (output.trim() !== '') console.log(output.trimEnd());
}
const failed = results.filter((r) => !r.ok).map((r) => r.script);
if (failed.length > 0) {
  console.error(
    `\n✖ Kontroller som misslyckades: ${failed.join(', ')}\n✖ Checks that failed: ${failed.join(', ')}`,
  );
  process.exit(1);
}
