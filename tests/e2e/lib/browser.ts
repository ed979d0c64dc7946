import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

// Debian's Chromium (installed by `npm test`'s pretest step); never a downloaded browser.
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p) => p && existsSync(p),
);

/** Launches headless Chromium with the flags this sandbox needs (no background network, no sandbox as root). */
export async function launchBrowser(): Promise<Browser> {
  if (!executablePath) {
    throw new Error(
      'Chromium saknas – kör `npm test`, som installerar det. / Chromium is missing – run `npm test`.',
    );
  }
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** Where tests save screenshots for people to look at (ignored by git). */
export function screenshotPath(name: string): string {
  const dir = join(__dirname, '..', 'screenshots');
  mkdirSync(dir, { recursive: true });
  return join(dir, `${name}.png`);
}
