import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const rootDir = join(__dirname, '..', '..');
export const distDir = join(rootDir, 'dist');

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), stat.mtimeMs);
}

/** True when dist/ is missing or older than anything the bundle is built from. */
export function bundleIsStale(): boolean {
  const built = newestMtime(join(distDir, 'index.html'));
  const inputs = ['src', 'public', 'webpack.config.js', 'package-lock.json'].map((p) =>
    newestMtime(join(rootDir, p)),
  );
  return built === 0 || inputs.some((t) => t > built);
}

/** Builds the production bundle with webpack when it is stale. */
export async function buildIfStale(options: { log: (line: string) => void }): Promise<void> {
  if (!bundleIsStale()) return;
  options.log('Bygger flikens paket (webpack)… / Building the tab bundle (webpack)…');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'],
      {
        cwd: rootDir,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`webpack failed (exit ${code}):\n${output}`)),
    );
  });
}
