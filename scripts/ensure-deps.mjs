#!/usr/bin/env node
// Runs before `npm start` and `npm test` (prestart/pretest) so that a fresh clone needs no other step.
// Plain Node with no dependencies: it runs before node_modules exists.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const wantBrowser = process.argv.includes('--browser');

function say(sv, en) {
  console.log(`[stodinventering] ${sv}\n[stodinventering] ${en}`);
}

function fail(sv, en) {
  console.error(`\n✖ ${sv}\n✖ ${en}\n`);
  process.exit(1);
}

function mtime(path) {
  return existsSync(path) ? statSync(path).mtimeMs : 0;
}

function ensureNodeModules() {
  const lock = join(root, 'package-lock.json');
  // npm writes node_modules/.package-lock.json on every install: it tells us when node_modules was last synced.
  const installed = join(root, 'node_modules', '.package-lock.json');
  if (mtime(installed) >= mtime(lock) && mtime(installed) >= mtime(join(root, 'package.json'))) return;
  say('Installerar npm-paket (npm ci)…', 'Installing npm packages (npm ci)…');
  // --prefer-offline: packages already in npm's cache are not fetched again. JOBS: node-gyp compiles a native
  // package's sources (better-sqlite3's, where no prebuilt binary can be fetched) on every core rather than one.
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, JOBS: process.env.JOBS ?? 'max' },
  });
  if (result.status !== 0) {
    fail(
      'npm ci misslyckades. Kontrollera nätverket mot npm-registret och kör kommandot igen.',
      'npm ci failed. Check that the npm registry is reachable and run the command again.',
    );
  }
}

export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p) => p && existsSync(p));
}

function ensureChromium() {
  if (chromiumPath()) return;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  const isRoot = process.getuid?.() === 0;
  if (!hasApt || !isRoot) {
    fail(
      'Webbläsartesterna behöver Chromium. Installera det med `sudo apt-get install -y chromium`, eller peka ut en Chromium med miljövariabeln CHROMIUM_PATH.',
      'The browser tests need Chromium. Install it with `sudo apt-get install -y chromium`, or point CHROMIUM_PATH at a Chromium binary.',
    );
  }
  say('Installerar Chromium från Debians paket…', "Installing Chromium from Debian's packages…");
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
      env,
    });
  } catch {
    fail(
      'apt-get kunde inte installera chromium. Installera paketet för hand och kör `npm test` igen.',
      'apt-get could not install chromium. Install the package by hand and run `npm test` again.',
    );
  }
}

ensureNodeModules();
if (wantBrowser) ensureChromium();
