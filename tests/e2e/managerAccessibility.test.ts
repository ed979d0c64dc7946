// The manager's tab as people who do not use a mouse, a big screen or the default colours meet it: in Chromium,
// framed by the local Teams host (nested app auth) or in a plain browser. axe-core finds nothing on the start page
// and the form in each Teams theme and language; a theme switch in Teams re-themes the open form without losing
// what was typed; the whole form is filled in and submitted by keyboard alone, with the focus visible and in
// reading order; a 360 px phone and a 320 px reflow (400 % zoom) need no sideways scrolling. The host answers
// every message the tab sends. Screenshots land in tests/e2e/screenshots for people to look at.
import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from '@fluentui/tokens';
import type { BrowserContext, BrowserContextOptions, Frame, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { axeViolations, type AxeViolation } from './lib/axe';
import { screenshotPath } from './lib/browser';
import { browserSuite } from './lib/browserSuite';
import { signedIn } from './lib/hostSession';
import { chef, PEOPLE } from './lib/managerSite';

jest.setTimeout(120_000);

type TeamsTheme = 'default' | 'dark' | 'contrast';
type TeamsLocale = 'sv-se' | 'en-us';

const THEMES: readonly TeamsTheme[] = ['default', 'dark', 'contrast'];
const THEME_TOKENS = { default: teamsLightTheme, dark: teamsDarkTheme, contrast: teamsHighContrastTheme };

/** The host page of the running test, if it used the Teams host: it must have answered every message. */
let hostPage: Page | undefined;

const suite = browserSuite({
  afterEachTest: async () => {
    try {
      if (hostPage !== undefined) expect(await unanswered(hostPage)).toBe(0);
    } finally {
      hostPage = undefined;
    }
  },
});

// ---- helpers ----

/** The running test's browser context (closed after it). */
async function newContext(options: BrowserContextOptions = {}): Promise<BrowserContext> {
  // bypassCSP: axe is injected as a script, which the host page's policy (script-src 'self') rightly refuses.
  return (await suite.newContext({ bypassCSP: true, ...options })).context;
}

function unanswered(page: Page): Promise<number> {
  return page.evaluate(() =>
    (window as unknown as { teamsHost: { unanswered(): number } }).teamsHost.unanswered(),
  );
}

async function appFrame(page: Page): Promise<Frame> {
  const frame = await (await page.waitForSelector('#app-frame')).contentFrame();
  if (!frame) throw new Error('the host has no app frame');
  return frame;
}

/** Waits until the host says the app is ready (teams-js `notifySuccess`). */
async function appReady(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getElementById('app-status')?.textContent === 'Appen är klar.');
}

/** Opens the host as a manager by its address (`?as=` takes any UPN) and waits until the app is ready. */
async function openHostAs(
  page: Page,
  upn: string,
  options: { theme?: TeamsTheme; locale?: TeamsLocale; sub?: string } = {},
): Promise<Frame> {
  hostPage = page;
  await page.goto(suite.tab.hostAddress({ as: upn, ...options }));
  await signedIn(page);
  await appReady(page);
  return appFrame(page);
}

/** A colour token (`#rrggbb`) as the browser computes it. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

/** How far the page scrolls sideways: its width beyond the viewport, in CSS pixels. */
function sidewaysScroll(target: Page | Frame): Promise<number> {
  return target.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Controls (and headings) that stick out of the viewport sideways: out of reach without sideways scrolling. */
function outOfReach(target: Page | Frame): Promise<string[]> {
  return target.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const selector = 'button, input, textarea, select, a[href], [tabindex], h1, h2, h3, label, dd, p';
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.left < -1 || r.right > width + 1);
      })
      .map((el) => `${el.tagName.toLowerCase()}#${el.id} "${(el.textContent ?? '').slice(0, 40)}"`);
  });
}

/** Text cut off by its own box (overflow hidden and wider content): what a reader cannot see. */
function clippedText(target: Page | Frame): Promise<string[]> {
  return target.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main *')]
      .filter((el) => {
        const style = getComputedStyle(el);
        if (style.overflowX === 'visible' || el.clientWidth === 0) return false;
        const hasText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim());
        return hasText && el.scrollWidth > el.clientWidth + 1;
      })
      .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').slice(0, 40)}"`),
  );
}

function changedPixels(a: Buffer, b: Buffer): number {
  const [x, y] = [PNG.sync.read(a), PNG.sync.read(b)];
  if (x.width !== y.width || x.height !== y.height) return Number.POSITIVE_INFINITY;
  let changed = 0;
  for (let i = 0; i < x.data.length; i += 4) {
    const d =
      Math.abs(x.data[i]! - y.data[i]!) +
      Math.abs(x.data[i + 1]! - y.data[i + 1]!) +
      Math.abs(x.data[i + 2]! - y.data[i + 2]!);
    if (d > 96) changed++;
  }
  return changed;
}

/**
 * The focused element's focus is visible: the pixels around it differ clearly with and without the focus (outline,
 * ring, underline: whatever the control draws). The focus is taken away by script and given back, which keeps
 * the keyboard's focus-visible state.
 */
async function expectFocusVisible(page: Page, frame: Frame, what: string): Promise<void> {
  const focused = await frame.evaluateHandle(() => document.activeElement as HTMLElement);
  const box = await focused.boundingBox();
  if (box === null) throw new Error(`${what}: the focused element is not on screen`);
  const margin = 4;
  const clip = {
    x: Math.max(0, box.x - margin),
    y: Math.max(0, box.y - margin),
    width: box.width + 2 * margin,
    height: box.height + 2 * margin,
  };
  const shot = () => page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
  const withFocus = await shot();
  await focused.evaluate((el) => el.blur());
  const withoutFocus = await shot();
  await focused.evaluate((el) => el.focus());
  expect(await focused.evaluate((el) => el === document.activeElement && el.matches(':focus-visible'))).toBe(
    true,
  );
  const changed = changedPixels(withFocus, withoutFocus);
  if (changed < 40) throw new Error(`${what}: the focus is not visible (${changed} pixels change)`);
}

/** What has the focus in the frame, for the keyboard walk. */
interface Stop {
  tag: string;
  id: string;
  type: string;
  text: string;
  checked: boolean;
  value: string;
  /** The id of the field (or group) the control belongs to (`f-lines_ekonomi_quality`), or ''. */
  field: string;
  /** The function section (`f-lines_ekonomi`), the first-line section (`f-firstLine`), or ''. */
  section: string;
  inDialog: boolean;
  /** Whether it comes after the element that had the focus at the previous call, in document order. */
  follows: boolean;
  /**
   * Whether the stuck save status bar covers (part of) it, or it is out of the viewport altogether. (Partly below
   * the bottom edge is allowed: Chromium scrolls a control into view on focus only when none of it shows.)
   */
  hidden: boolean;
  /** Where it is: its top and bottom in the viewport, the bottom of the stuck status bar, the viewport height. */
  where: string;
  /** Top of the control's field box (or the control) and its left edge, in document coordinates. */
  top: number;
  left: number;
}

function focusStop(frame: Frame): Promise<Stop> {
  return frame.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const input = el as HTMLInputElement;
    const memory = window as unknown as { lastFocused?: Element };
    const follows =
      memory.lastFocused !== undefined &&
      (memory.lastFocused.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    memory.lastFocused = el;
    const box = (el.closest('.fui-Field') ?? el).getBoundingClientRect();
    const rect = el.getBoundingClientRect();
    const bar = [...document.querySelectorAll('main div')].find(
      (d) => getComputedStyle(d).position === 'sticky',
    );
    // The bar covers what is under it only while it is stuck to the top.
    const barBox = bar?.getBoundingClientRect();
    const barBottom = barBox !== undefined && barBox.top <= 0.5 ? barBox.bottom : 0;
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      type: el.getAttribute('type') ?? '',
      text: (el.textContent ?? '').trim(),
      checked: input.checked === true,
      value: typeof input.value === 'string' ? input.value : '',
      field: el.closest('[id^="f-"]')?.id ?? '',
      section: el.closest('section[id^="f-"]')?.id ?? '',
      inDialog: el.closest('[role="alertdialog"], [role="dialog"]') !== null,
      follows,
      hidden: rect.top < barBottom || rect.bottom <= 0 || rect.top >= window.innerHeight,
      where: `top ${rect.top}, bottom ${rect.bottom}, bar ${barBottom}, viewport ${window.innerHeight}`,
      top: box.top + window.scrollY,
      left: box.left + window.scrollX,
    };
  });
}

// ---- the tests ----

describe("the manager's tab in the Teams host", () => {
  it('has no axe violations on the start page and the form, in every Teams theme and language', async () => {
    // A reader, not a writer: Erik (a host persona) opens E2's form and types nothing.
    const page = await (await newContext()).newPage();
    const found: Record<string, AxeViolation[]> = {};
    const words: Record<string, string[]> = {};
    for (const locale of ['sv-se', 'en-us'] as const) {
      const en = locale === 'en-us';
      for (const theme of THEMES) {
        const frame = await openHostAs(page, PEOPLE.erik, { theme, locale });
        const open = frame.getByRole('button', {
          name: en ? 'Fill in Hemtjänst Söder' : 'Fyll i Hemtjänst Söder',
        });
        await open.waitFor();
        const start = await axeViolations(frame);
        if (start.length > 0) found[`${locale} ${theme} start page`] = start;
        await open.click();
        const heading = frame.getByRole('heading', {
          level: 1,
          name: en ? 'Inventory for Hemtjänst Söder' : 'Inventering för Hemtjänst Söder',
        });
        await heading.waitFor();
        // The whole rule set in every theme: a theme may also change what Fluent renders (high contrast's
        // borders and outlines), not only colours. A run on the 16 functions' form takes 5–10 s here.
        const form = await axeViolations(frame);
        if (form.length > 0) found[`${locale} ${theme} form`] = form;
        words[`${locale} ${theme}`] = [
          await frame.evaluate(() => document.documentElement.lang),
          (await heading.textContent()) ?? '',
          (await frame
            .getByRole('button', { name: en ? 'Submit' : 'Skicka in', exact: true })
            .textContent()) ?? '',
          (await frame
            .getByRole('heading', { level: 2, name: en ? 'Contents' : 'Innehåll' })
            .textContent()) ?? '',
        ];
        await page
          .locator('#app-frame')
          .screenshot({ path: screenshotPath(`manager-form-${theme}-${locale}`) });
        if (locale === 'sv-se') {
          await frame.getByRole('button', { name: 'Till startsidan' }).click();
          await open.waitFor();
          await page.locator('#app-frame').screenshot({ path: screenshotPath(`manager-start-${theme}`) });
        }
        expect(await unanswered(page)).toBe(0);
      }
    }
    expect(found).toEqual({});
    for (const theme of THEMES) {
      expect(words[`sv-se ${theme}`]).toEqual([
        'sv',
        'Inventering för Hemtjänst Söder',
        'Skicka in',
        'Innehåll',
      ]);
      expect(words[`en-us ${theme}`]).toEqual(['en', 'Inventory for Hemtjänst Söder', 'Submit', 'Contents']);
    }
  }, 180_000);

  it('re-themes the open form live when Teams switches theme, keeping what was typed', async () => {
    const page = await (await newContext()).newPage();
    const frame = await openHostAs(page, chef(9), { sub: 'enhet:E9' });
    await frame.getByRole('heading', { level: 1, name: 'Inventering för Hemtjänst 9' }).waitFor();
    const persons = frame.locator('#f-lines_ekonomi_persons');
    await persons.fill('3');
    await frame.locator('#f-lines_ekonomi_comment').fill('Skrivet före temabytet');
    // A page that is reloaded loses this.
    await frame.evaluate(() => Object.assign(window, { beforeThemeSwitch: true }));
    const looks = () =>
      frame.evaluate(() => {
        const main = getComputedStyle(document.querySelector('main')!);
        const section = getComputedStyle(document.getElementById('f-lines_ekonomi')!);
        return { background: main.backgroundColor, text: main.color, section: section.backgroundColor };
      });
    const expected = (theme: TeamsTheme) => ({
      background: rgb(THEME_TOKENS[theme].colorNeutralBackground2),
      text: rgb(THEME_TOKENS[theme].colorNeutralForeground1),
      section: rgb(THEME_TOKENS[theme].colorNeutralBackground1),
    });
    expect(await looks()).toEqual(expected('default'));
    for (const theme of ['dark', 'contrast', 'default'] as const) {
      await page.getByLabel('Tema').selectOption(theme);
      const want = expected(theme).background;
      await frame.waitForFunction(
        (colour) => getComputedStyle(document.querySelector('main')!).backgroundColor === colour,
        want,
      );
      expect(await looks()).toEqual(expected(theme));
      expect(await frame.evaluate(() => 'beforeThemeSwitch' in window)).toBe(true);
      expect(await persons.inputValue()).toBe('3');
      expect(await frame.locator('#f-lines_ekonomi_comment').inputValue()).toBe('Skrivet före temabytet');
      if (theme !== 'default') {
        await page
          .locator('#app-frame')
          .screenshot({ path: screenshotPath(`manager-theme-switched-${theme}`) });
      }
    }
  });

  it('is filled in and submitted by keyboard alone, the focus visible and in reading order', async () => {
    const page = await (await newContext()).newPage();
    const frame = await openHostAs(page, chef(10));
    const start = frame.getByRole('button', { name: 'Fyll i Hemtjänst 10' });
    await start.waitFor();
    const press = (key: string) => page.keyboard.press(key);

    // Into the app from the host: its skip link, then the app's first control.
    // (A person starts at the top of the host page, with its skip link.)
    await page.locator('a.skip-link').focus();
    await press('Enter');
    await press('Tab');
    let stop = await focusStop(frame);
    expect(stop.text).toBe('Fyll i Hemtjänst 10');
    await expectFocusVisible(page, frame, 'the start page’s button');

    await press('Enter');
    await frame.getByRole('heading', { level: 1, name: 'Inventering för Hemtjänst 10' }).waitFor();
    stop = await focusStop(frame);
    expect([stop.tag, stop.text]).toEqual(['h1', 'Inventering för Hemtjänst 10']);
    await expectFocusVisible(page, frame, 'the form’s heading');
    await press('Shift+Tab');
    expect((await focusStop(frame)).text).toBe('Till startsidan');
    await expectFocusVisible(page, frame, 'the back button');

    // Every tab stop from the contents list to the submit button, in document order and, among the fields, from
    // top to bottom and left to right. Ekonomi is answered in full (support received, scores, placement, texts);
    // every other function as "no own staff, no support received"; the first-line section in full.
    const texts: Record<string, string> = {
      'f-lines_ekonomi_persons': '2',
      'f-lines_ekonomi_arsarbetare': '1,5',
      'f-lines_ekonomi_roles_ekonomiassistent_arsarbetare': '1',
      'f-lines_ekonomi_roles_controller_arsarbetare': '0,5',
      'f-lines_ekonomi_competenceGap': 'Controller med vana av budgetsystemet',
      'f-lines_ekonomi_comment': 'Ifyllt med tangentbordet',
      'f-firstLine_chefsnaraStodArsarbetare': '0,5',
      'f-firstLine_medarbetarspann': '12',
      'f-firstLine_lackingSupport': 'Stöd i rekryteringar',
    };
    // Radio groups: the keys pressed on the group's first radio, and the value they choose.
    const radios: Record<string, { keys: string[]; value: string }> = {
      'f-lines_ekonomi_quality': { keys: ['Space', 'ArrowRight', 'ArrowRight'], value: '3' },
      'f-lines_ekonomi_competenceNow': { keys: ['Space', 'ArrowRight'], value: '2' },
      'f-lines_ekonomi_competenceNeeded': {
        keys: ['Space', 'ArrowRight', 'ArrowRight', 'ArrowRight'],
        value: '4',
      },
      // The second view of placement (the first by Space, the next by the arrow).
      'f-lines_ekonomi_placement': {
        keys: ['Space', 'ArrowDown'],
        value: suite.tab.site.config.placements[1]!.id,
      },
    };
    const answerFor = (id: string): string | undefined => {
      if (id in texts) return texts[id];
      if (/^f-lines_[A-Za-z]+_(persons|arsarbetare)$/.test(id)) return '0';
      if (id.startsWith('f-firstLine_adminHours_')) return '1';
      return undefined;
    };
    const seen = { contents: 0, functions: new Set<string>(), typed: 0, checked: 0, chosen: 0 };
    const checkpoints = new Set(['contents', 'text', 'checkbox', 'radio', 'textarea']);
    let previous = await focusStop(frame);
    let previousField: Stop | undefined;
    for (let presses = 0; ; presses++) {
      if (presses > 400)
        throw new Error(`the submit button was not reached; last stop ${JSON.stringify(stop)}`);
      await press('Tab');
      stop = await focusStop(frame);
      if (stop.tag === 'body') throw new Error(`the focus left the app after ${JSON.stringify(previous)}`);
      if (!stop.follows) throw new Error(`focus order: ${stop.id} after ${previous.id}`);
      if (stop.hidden) throw new Error(`${stop.id} has the focus but is out of sight: ${stop.where}`);
      if (stop.section !== '') {
        seen.functions.add(stop.section);
        if (previousField !== undefined && stop.field !== previousField.field) {
          // The next field is lower down, or on the same row further right.
          const sameRow = Math.abs(stop.top - previousField.top) < 1;
          if (!(stop.top > previousField.top || (sameRow && stop.left > previousField.left))) {
            throw new Error(`focus order: ${stop.field} after ${previousField.field}`);
          }
        }
        previousField = stop;
      }
      const kind =
        stop.tag === 'button' && stop.section === '' && stop.text !== 'Skicka in'
          ? 'contents'
          : stop.tag === 'input'
            ? stop.type === 'text' || stop.type === ''
              ? 'text'
              : stop.type
            : stop.tag;
      if (kind === 'contents') seen.contents++;
      if (stop.text === 'Skicka in') break;
      const answer = answerFor(stop.id);
      if ((kind === 'text' || kind === 'textarea') && answer !== undefined) {
        await page.keyboard.type(answer);
        expect(await frame.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(answer);
        seen.typed++;
      }
      if (kind === 'checkbox' && stop.field === 'f-lines_ekonomi_supportLocations' && seen.checked === 0) {
        await press('Space');
        expect((await focusStop(frame)).checked).toBe(true);
        seen.checked++;
      }
      if (kind === 'radio' && radios[stop.field] !== undefined) {
        const { keys, value } = radios[stop.field]!;
        for (const key of keys) await press(key);
        const chosen = await focusStop(frame);
        expect(chosen.checked).toBe(true);
        expect(chosen.value).toBe(value);
        seen.chosen++;
        stop = chosen;
      }
      if (checkpoints.delete(kind)) await expectFocusVisible(page, frame, `a ${kind} (${stop.field})`);
      previous = stop;
    }
    expect(checkpoints).toEqual(new Set());
    expect(seen.contents).toBe(16);
    expect(seen.functions.size).toBe(17); // 16 functions and the first-line section
    expect(seen.checked).toBe(1);
    expect(seen.chosen).toBe(4);
    await frame.getByText('16 av 16').waitFor();
    await expectFocusVisible(page, frame, 'the submit button');
    // Back up through the first-line section into the last function and down again: each field scrolls into
    // sight clear of the sticky status bar, not under it.
    for (const key of [...Array<string>(20).fill('Shift+Tab'), ...Array<string>(20).fill('Tab')]) {
      await press(key);
      stop = await focusStop(frame);
      if (stop.hidden)
        throw new Error(`after ${key}, ${stop.id} has the focus but is out of sight: ${stop.where}`);
    }
    expect(stop.text).toBe('Skicka in');

    await press('Enter');
    const dialog = frame.getByRole('alertdialog', { name: 'Skicka in inventeringen?' });
    await dialog.waitFor();
    stop = await focusStop(frame);
    expect([stop.inDialog, stop.text]).toEqual([true, 'Ja, skicka in']);
    await press('Tab');
    expect((await focusStop(frame)).text).toBe('Avbryt');
    await press('Shift+Tab');
    expect((await focusStop(frame)).text).toBe('Ja, skicka in');
    await expectFocusVisible(page, frame, 'the dialog’s confirm button');
    await press('Enter');
    await frame.getByRole('status').getByText('Tack! Inventeringen är inskickad.').waitFor();
    await dialog.waitFor({ state: 'detached' });

    const stored = await suite.tab.repos(chef(10)).inventories.get(suite.tab.site.current.id, 'E10');
    expect(stored?.status).toBe('submitted');
    const ekonomi = stored?.lines.find((l) => l.functionId === 'ekonomi');
    expect(ekonomi).toMatchObject({
      persons: 2,
      arsarbetare: 1.5,
      quality: 3,
      competenceNow: 2,
      competenceNeeded: 4,
      competenceGap: 'Controller med vana av budgetsystemet',
      comment: 'Ifyllt med tangentbordet',
      placement: suite.tab.site.config.placements[1]!.id,
      // The first place, checked by Space.
      supportLocations: [suite.tab.site.config.locations[0]!.id],
    });
    expect(stored?.firstLine).toMatchObject({ medarbetarspann: 12, chefsnaraStodArsarbetare: 0.5 });
    await page.locator('#app-frame').screenshot({ path: screenshotPath('manager-keyboard-submitted') });
  });
});

describe("the manager's tab on a small screen", () => {
  it('needs no sideways scrolling on a 360 px phone, with everything in reach', async () => {
    const page = await (
      await newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true })
    ).newPage();
    await page.goto(suite.tab.address({ as: chef(11) }));
    const open = page.getByRole('button', { name: 'Fyll i Hemtjänst 11' });
    await open.waitFor();
    expect(await page.evaluate(() => window.innerWidth)).toBe(360);
    expect(await sidewaysScroll(page)).toBe(0);
    expect(await outOfReach(page)).toEqual([]);
    expect(await clippedText(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('manager-360-start'), fullPage: true });

    await open.tap();
    await page.getByRole('heading', { level: 1, name: 'Inventering för Hemtjänst 11' }).waitFor();
    expect(await sidewaysScroll(page)).toBe(0);
    expect(await outOfReach(page)).toEqual([]);
    expect(await clippedText(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('manager-360-form-top') });
    // A contents link takes a thumb to its function.
    await page.getByRole('button', { name: 'HR – inte klar' }).tap();
    await page.waitForFunction(() => document.activeElement?.id === 'h-hr');
    await page.screenshot({ path: screenshotPath('manager-360-form-hr') });
    await page.locator('#f-firstLine').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('manager-360-form-first-line') });
    const submit = page.getByRole('button', { name: 'Skicka in', exact: true });
    await submit.scrollIntoViewIfNeeded();
    const box = await submit.boundingBox();
    expect(box !== null && box.x >= 0 && box.x + box.width <= 360).toBe(true);
  });

  it('reflows at 320 CSS px (400 % zoom) without sideways scrolling', async () => {
    const page = await (await newContext({ viewport: { width: 320, height: 256 } })).newPage();
    await page.goto(suite.tab.address({ as: chef(12), lang: 'en' }));
    await page.getByRole('button', { name: 'Fill in Hemtjänst 12' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inventory for Hemtjänst 12' }).waitFor();
    expect(await sidewaysScroll(page)).toBe(0);
    expect(await outOfReach(page)).toEqual([]);
    expect(await clippedText(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('manager-320-form-top') });
    await page.locator('#h-ekonomi').evaluate((heading) => heading.scrollIntoView());
    await page.screenshot({ path: screenshotPath('manager-320-form-ekonomi') });
    await page.getByRole('button', { name: 'Back to the start page' }).click();
    await page.getByRole('button', { name: 'Fill in Hemtjänst 12' }).waitFor();
    expect(await sidewaysScroll(page)).toBe(0);
    expect(await outOfReach(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('manager-320-start'), fullPage: true });
  });
});
