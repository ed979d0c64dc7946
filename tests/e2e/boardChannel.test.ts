// Kommunstyrelsen's channel, as a new user meets it in the local Teams host: the project team previews a summary
// and publishes it through Graph (and the kommun's through Workflows); the channel's Posts show the card with
// the figures counted here from the seeded answers, and its text alternative carries the same figures; a sektor
// named with markdown and HTML is shown literally; a throttled post says so and a retry posts once; the board's
// own channel tab, configured for a sektor, shows it. The project team reminds exactly the managers who have not
// submitted, once a day, and a manager finds it in their Activity, linking to their form. What the tab's page
// posted as the host replaced it with the settings page is ignored, as Teams ignores it; other windows are counted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Frame, type Page } from 'playwright-core';
import '@pnp/sp/items';
import { type ActivityType } from '../../emulators/graph';
import { listByKey } from '../../src/sharepoint/lists';
import { eq } from '../../src/sharepoint/odata';
import { itemIdOf, type SpItem } from '../../src/sharepoint/mapping/values';
import { receiverDoors } from '../support/receiverDoors';
import { axeViolations } from './lib/axe';
import { screenshotPath } from './lib/browser';
import { browserSuite } from './lib/browserSuite';
import { openHostAt, outOfReach, sidewaysScroll, THEMES } from './lib/hostPage';
import { openHost } from './lib/hostSession';
import { ADMIN, PEOPLE, periodsAround } from './lib/managerSite';

jest.setTimeout(240_000);

const manifest = JSON.parse(
  readFileSync(join(__dirname, '..', '..', 'manifest', 'manifest.json'), 'utf8'),
) as {
  activities: { activityTypes: ActivityType[] };
};
const suite = browserSuite({ tab: { receiver: { activityTypes: manifest.activities.activityTypes } } });
const period = periodsAround(new Date()).current;

/** A sektor name someone could type into the organisation file: markdown, HTML and a link in one. */
const MARKUP = '**Fet** <b>x</b> [länk](https://evil.example)';

const doors = () => receiverDoors(suite.tab.receiver!.url);

/** Progress counted here from the stored statuses: the units of the area that can answer, and those done. */
async function handCount(sektorId?: string): Promise<{ units: number; done: number }> {
  const { units, inventories } = await suite.tab.repos(ADMIN).inventories.listStatusesByPeriod(period.id);
  const status = new Map(inventories.map((i) => [i.unitId, i.status]));
  const answering = units.filter(
    (u) => (sektorId === undefined || u.sektorId === sektorId) && (u.manager !== null || status.has(u.id)),
  );
  const done = answering.filter((u) => ['submitted', 'approved'].includes(status.get(u.id) ?? '')).length;
  return { units: answering.length, done };
}

/** The project team's overview in the host, at the publish panel. */
async function openPublishPanel(page: Page): Promise<Frame> {
  const frame = await openHostAt(page, suite.tab, {
    as: PEOPLE.petra,
    theme: 'default',
    locale: 'sv-se',
    hash: '#/oversikt',
  });
  await frame.getByRole('heading', { level: 2, name: 'Sammanställning till kommunstyrelsen' }).waitFor();
  return frame;
}

/** The publish panel's own controls (the overview has an area choice of its own). */
const publishPanel = (frame: Frame) =>
  frame.getByRole('region', { name: 'Sammanställning till kommunstyrelsen' });

async function newPage(): Promise<Page> {
  // bypassCSP: axe is injected as a script, which the host page's policy (script-src 'self') rightly refuses.
  return (await suite.newContext({ bypassCSP: true })).context.newPage();
}

type HostLog = { teamsHost: { log(): { status: string; message?: { uuidAsString?: string } }[] } };

/** The request the content page posts as the settings page replaces it. */
const REPLACED_UUID = '6f1c2a9e-2b0d-4c55-9d3e-0a1b2c3d4e5f';

/** A getContext request as teams-js sends it, the second message of a page (after initialize). */
function getContextRequest(uuidAsString: string): Record<string, unknown> {
  return {
    id: 1,
    uuidAsString,
    func: 'getContext',
    args: [],
    timestamp: Date.now(),
    apiVersionTag: 'v2_app.getContext',
    isProxiedFromChild: false,
  };
}

describe('the board’s channel', () => {
  it('publishes a sektor’s summary through Graph: the channel shows the counted figures, and the board’s tab shows it', async () => {
    const page = await newPage();
    const frame = await openPublishPanel(page);
    await publishPanel(frame).getByLabel('Område').selectOption({ label: 'Välfärd' });
    await frame.getByRole('radio', { name: /Microsoft Graph/ }).check();
    const count = await handCount('S1');
    const progress = `${count.done} av ${count.units} enheter`;
    // The preview is the card that will be posted, with its size and its text alternative.
    const preview = publishPanel(frame).getByRole('article', { name: 'Kortet som publiceras' });
    await frame.getByText(/^Förhandsgranskning \(schema 1\.5, \d+ KB av högst \d+ KB\)$/).waitFor();
    expect(await preview.textContent()).toContain(progress);
    expect(await axeViolations(frame)).toEqual([]);
    await page.screenshot({ path: screenshotPath('board-preview'), fullPage: true });

    await frame.getByRole('button', { name: 'Publicera i kanalen' }).click();
    await frame.getByText(/^Publicerad i kanalen /).waitFor();
    const [message] = await doors().channelMessages();
    expect(message?.via).toBe('graph');
    expect((message!.cards[0] as { speak?: string }).speak).toContain(
      `Inskickade eller godkända: ${progress}`,
    );

    // The board in its channel: the tab's settings offer the published sektor; saved, the tab shows it.
    const board = await openHost((await suite.newContext({ bypassCSP: true })).context, suite.tab, {
      as: PEOPLE.board,
      place: 'channel',
    });
    await board.page.getByRole('button', { name: 'Flikens inställningar' }).click();
    const config = board.app.getByRole('radiogroup', { name: 'Fliken visar' });
    await config.getByRole('radio', { name: 'Kommunstyrelsens sammanställning: Välfärd' }).check();
    const settingsFrame = (await (await board.page.waitForSelector('#app-frame')).contentFrame())!;
    for (const theme of THEMES) {
      await board.page.getByLabel('Tema').selectOption(theme);
      expect({ theme, violations: await axeViolations(settingsFrame) }).toEqual({ theme, violations: [] });
    }
    await board.page.getByLabel('Tema').selectOption('default');
    await board.page.locator('#save:not([disabled])').click();
    await board.app.getByRole('heading', { level: 1, name: 'Sammanställning: Välfärd' }).waitFor();
    expect(await board.page.locator('#app-frame').getAttribute('src')).toBe(
      `${suite.tab.url}?${new URLSearchParams({ view: 'board', scope: 'sektor:S1', area: 'Välfärd' }).toString()}`,
    );
    expect(await board.app.getByRole('main').textContent()).toContain(progress);

    // The channel's Posts: the card as Teams shows it, its description the text alternative.
    await board.page.getByRole('tab', { name: 'Inlägg / Posts' }).click();
    const panel = board.page.getByRole('tabpanel', { name: 'Inlägg / Posts' });
    const card = panel.getByRole('region', { name: 'Stödinventering – sammanställning' });
    await card.waitFor();
    expect(await card.textContent()).toContain(progress);
    const describedBy = (await card.getAttribute('aria-describedby'))!;
    expect(await board.page.locator(`[id="${describedBy}"]`).textContent()).toContain(progress);
    for (const theme of THEMES) {
      await board.page.getByLabel('Tema').selectOption(theme);
      expect({ theme, violations: await axeViolations(board.page) }).toEqual({ theme, violations: [] });
      await board.page.screenshot({ path: screenshotPath(`board-channel-${theme}`), fullPage: true });
    }
    // The tab itself, checked after the host's page: axe run on a page talks by postMessage to frames that have
    // axe too, and the host rightly refuses a message that is not teams-js.
    await board.page.getByLabel('Tema').selectOption('default');
    await board.page.getByRole('tab', { name: 'Sammanställning – Välfärd' }).click();
    const tabFrame = (await (await board.page.waitForSelector('#app-frame')).contentFrame())!;
    expect(await axeViolations(tabFrame)).toEqual([]);
    expect(await board.unansweredEntries()).toEqual([]);
  });

  it('shows a sektor named with markdown and HTML literally, and a throttled post is retried once', async () => {
    await doors().reset();
    const admin = suite.tab.sp(ADMIN);
    const [s2] = (await listByKey(admin, 'organisation')
      .items.select('ID')
      .filter(eq('UnitCode', 'S2'))()) as SpItem[];
    await listByKey(admin, 'organisation').items.getById(itemIdOf(s2!)).update({ Title: MARKUP });

    const page = await newPage();
    const frame = await openPublishPanel(page);
    await publishPanel(frame).getByLabel('Område').selectOption({ label: 'Hela kommunen' });
    await frame.getByRole('radio', { name: /Microsoft Graph/ }).check();
    await doors().fault('channelMessage', 429, { retryAfterSeconds: 7 });

    await frame.getByRole('button', { name: 'Publicera i kanalen' }).click();
    // Graph does not expose Retry-After to a page (CORS), so the tab cannot say how long.
    await frame
      .getByText('Teams ber oss vänta en stund. Inget publicerades; försök igen om en halv minut eller så.')
      .waitFor();
    expect(await doors().channelMessages()).toEqual([]);
    await frame.getByRole('button', { name: 'Försök igen' }).click();
    await frame.getByText(/^Publicerad i kanalen /).waitFor();
    const messages = await doors().channelMessages();
    expect(messages).toHaveLength(1);
    // One summary recorded for the two attempts.
    const recorded = (await listByKey(admin, 'sammanstallningar')
      .items.select('ID', 'Delivery')
      .filter(eq('ScopeKey', 'kommun'))()) as SpItem[];
    expect(recorded.map((r) => r.Delivery)).toEqual(['Skickad']);
    expect((messages[0]!.cards[0] as { speak?: string }).speak).toContain(`Sektor ${MARKUP}:`);

    const channel = await openHost((await suite.newContext({ bypassCSP: true })).context, suite.tab, {
      as: PEOPLE.board,
      place: 'channel',
    });
    await channel.page.getByRole('tab', { name: 'Inlägg / Posts' }).click();
    const card = channel.page
      .getByRole('tabpanel', { name: 'Inlägg / Posts' })
      .getByRole('region', { name: 'Stödinventering – sammanställning' });
    await card.waitFor();
    expect(await card.getByRole('cell', { name: MARKUP, exact: true }).count()).toBe(1);
    expect(await card.getByRole('link').count()).toBe(0);
    expect(await card.locator('b:text-is("x"), strong:text-is("Fet")').count()).toBe(0);
    await listByKey(admin, 'organisation').items.getById(itemIdOf(s2!)).update({ Title: 'Samhällsbyggnad' });
  });

  it('reminds exactly the managers who have not submitted, once a day; a manager finds it in their Activity', async () => {
    const { units, inventories } = await suite.tab.repos(ADMIN).inventories.listStatusesByPeriod(period.id);
    const done = new Set(
      inventories.filter((i) => i.status === 'submitted' || i.status === 'approved').map((i) => i.unitId),
    );
    const expected = new Map<string, string[]>();
    for (const unit of units) {
      if (unit.manager === null || done.has(unit.id)) continue;
      const upn = unit.manager.upn.toLowerCase();
      expected.set(upn, [...(expected.get(upn) ?? []), unit.id]);
    }

    const page = await newPage();
    const frame = await openHostAt(page, suite.tab, {
      as: PEOPLE.petra,
      theme: 'default',
      locale: 'sv-se',
      hash: '#/granska',
    });
    const section = frame.getByRole('region', { name: 'Påminnelser' });
    await section.getByRole('button', { name: `Påminn ${expected.size} chefer` }).click();
    await section.getByRole('button', { name: 'Skicka påminnelser' }).click();
    await section.getByText(`Påminnelser skickade: ${expected.size}.`).waitFor();
    await section.getByText('Alla har fått en påminnelse i dag.').waitFor();
    expect(await axeViolations(frame)).toEqual([]);

    const everyone = new Set([...Object.values(PEOPLE), ...expected.keys()].map((u) => u.toLowerCase()));
    for (const upn of everyone) {
      const value = await doors().feed(upn);
      expect({ upn, reminders: value.length }).toEqual({ upn, reminders: expected.has(upn) ? 1 : 0 });
    }

    // The same day, a fresh page: nobody is due, nothing more is sent.
    // The same day, a fresh page on a 360 px phone: nobody is due, nothing more is sent, and the list with its
    // "Påmind" column needs no sideways scrolling.
    const { context: phoneContext } = await suite.newContext({
      viewport: { width: 360, height: 740 },
      hasTouch: true,
      isMobile: true,
    });
    const phone = await phoneContext.newPage();
    await phone.goto(suite.tab.address({ as: PEOPLE.petra, hash: '#/granska' }));
    await phone
      .getByRole('region', { name: 'Påminnelser' })
      .getByText('Alla har fått en påminnelse i dag.')
      .waitFor();
    expect(await phone.getByRole('columnheader', { name: 'Påmind' }).count()).toBeGreaterThan(0);
    expect(await sidewaysScroll(phone)).toBe(0);
    expect(await outOfReach(phone)).toEqual([]);
    await phone.screenshot({ path: screenshotPath('reminders-360'), fullPage: true });

    // A reminded manager's Activity: the notification opens their form.
    const [manager, unitIds] = [...expected].find(([upn]) => upn === PEOPLE.erik) ?? [...expected][0]!;
    const session = await openHost((await suite.newContext({ bypassCSP: true })).context, suite.tab, {
      as: manager,
    });
    await session.page.getByRole('button', { name: /^Aktivitet \/ Activity/ }).click();
    const item = session.page
      .getByRole('region', { name: 'Aktivitet / Activity' })
      .getByRole('button', { name: /inventory for|inventeringen för/ });
    await item.first().click();
    await session.app.getByRole('heading', { level: 1, name: /^Inventering för / }).waitFor();
    expect(unitIds).toContain(new URL(session.page.url()).searchParams.get('sub')?.replace(/^enhet:/, ''));
    expect(await session.unanswered()).toBe(0);
  });

  it('ignores what the tab’s page posted as its settings replaced it, and still counts a message from any other window', async () => {
    const board = await openHost((await suite.newContext({ bypassCSP: true })).context, suite.tab, {
      as: PEOPLE.board,
      place: 'channel',
    });
    await board.page.waitForFunction(
      () => document.getElementById('app-status')?.textContent === 'Appen är klar.',
    );
    const frame = (await (await board.page.waitForSelector('#app-frame')).contentFrame())!;
    // The race of opening the settings while the tab still starts, made certain: the content page's teams-js
    // request reaches the host after the settings page has taken the frame, from a window that no longer exists
    // (Chromium gives such a message no source). Teams has nobody to answer, and neither has the host.
    await frame.evaluate((request) => {
      window.addEventListener('pagehide', () => window.parent.postMessage(request, '*'));
    }, getContextRequest(REPLACED_UUID));
    await board.page.getByRole('button', { name: 'Flikens inställningar' }).click();
    await board.app.getByRole('radiogroup', { name: 'Fliken visar' }).waitFor();
    const received = await board.page.waitForFunction((uuid) => {
      const entries = (window as unknown as HostLog).teamsHost.log();
      return entries.find((entry) => entry.message?.uuidAsString === uuid)?.status;
    }, REPLACED_UUID);
    expect(await board.unansweredEntries()).toEqual([]);
    expect(await received.jsonValue()).toBe('ignored');

    // Once the settings page has loaded, the same request is unanswered from a frame inside the tab, and from one
    // that is gone when it arrives: both counted, so the channel test above still fails on either.
    await frame.waitForFunction(() => document.readyState === 'complete');
    await frame.evaluate((request) => {
      for (const leave of [false, true]) {
        const nested = document.createElement('iframe');
        const post = `top.postMessage(${JSON.stringify(request)}, '*');`;
        nested.srcdoc = `<script>${post}${leave ? 'frameElement.remove();' : ''}</script>`;
        document.body.append(nested);
      }
    }, getContextRequest('0b5e7c2d-9a41-4f6e-8c3b-5d2e1f0a9b87'));
    await board.page.waitForFunction(
      () => (window as unknown as { teamsHost: { unanswered(): number } }).teamsHost.unanswered() === 2,
    );
    const entries = (await board.unansweredEntries()) as { status: string; message: { func: string } }[];
    expect(entries.map((e) => [e.status, e.message.func])).toEqual([
      ['refused', 'getContext'],
      ['refused', 'getContext'],
    ]);
  });
});
