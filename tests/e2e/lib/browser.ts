import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

// Debian's Chromium (installed by `npm test`'s pretest step); never a downloaded browser.
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p) => p && existsSync(p),
);

/** What a test may add to the browser it launches. */
export interface LaunchOptions {
  /**
   * Chromium's `--host-resolver-rules`, e.g. `MAP rebind.test 127.0.0.1`: a host name that resolves to this
   * machine, the way a DNS-rebinding attacker's name would.
   */
  hostResolverRules?: string;
}

/** Launches headless Chromium with the flags this sandbox needs (no background network, no sandbox as root). */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
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
      ...(options.hostResolverRules ? [`--host-resolver-rules=${options.hostResolverRules}`] : []),
    ],
  });
}

/** Where tests save screenshots for people to look at (ignored by git). */
export function screenshotPath(name: string): string {
  const dir = join(__dirname, '..', 'screenshots');
  mkdirSync(dir, { recursive: true });
  return join(dir, `${name}.png`);
}
