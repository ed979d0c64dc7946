// A person's Teams host page opened at a page of the tab, and what the accessibility tests ask of any page: that
// the host answered every message, that nothing scrolls sideways and that every control is within reach.
import type { Frame, Page } from 'playwright-core';
import { signedIn } from './hostSession';
import { type RunningTab } from './tab';

/** The Teams themes the host offers. */
export const THEMES = ['default', 'dark', 'contrast'] as const;

/** How many of the tab's messages the host page has not answered. */
export function unanswered(page: Page): Promise<number> {
  return page.evaluate(() =>
    (window as unknown as { teamsHost: { unanswered(): number } }).teamsHost.unanswered(),
  );
}

/** Opens the host as `upn` at a fragment of the tab, waits until the app is ready, and returns the tab's frame. */
export async function openHostAt(
  page: Page,
  tab: RunningTab,
  options: {
    readonly as: string;
    readonly theme: (typeof THEMES)[number];
    readonly locale: 'sv-se' | 'en-us';
    readonly hash: string;
  },
): Promise<Frame> {
  await page.goto(tab.hostAddress({ as: options.as, theme: options.theme, locale: options.locale }));
  await signedIn(page);
  await page.waitForFunction(() => document.getElementById('app-status')?.textContent === 'Appen är klar.');
  const frame = await (await page.waitForSelector('#app-frame')).contentFrame();
  if (frame === null) throw new Error('the host has no app frame');
  await frame.evaluate((hash) => {
    window.location.hash = hash;
  }, options.hash);
  return frame;
}

/** How far the page scrolls sideways. */
export function sidewaysScroll(target: Page | Frame): Promise<number> {
  return target.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * Controls, headings and texts that stick out of the viewport sideways. What lies in a scrolling region a keyboard
 * can focus (a wide table's box) is reached by scrolling that region, so the region itself must fit.
 */
export function outOfReach(target: Page | Frame): Promise<string[]> {
  return target.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const selector = 'button, input, textarea, select, a[href], [tabindex], h1, h2, h3, label, dd, p, th, td';
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => {
        const region = el.parentElement?.closest<HTMLElement>('[role="region"][tabindex="0"]');
        const r = (region ?? el).getBoundingClientRect();
        return r.width > 0 && (r.left < -1 || r.right > width + 1);
      })
      .map((el) => `${el.tagName.toLowerCase()}#${el.id} "${(el.textContent ?? '').slice(0, 40)}"`);
  });
}
