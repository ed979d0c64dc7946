// What reaches Teams, seen as Teams shows it: a summary card posted to the board's channel through Graph (and one
// by the Workflows flow) in the channel's Posts tab, rendered from its JSON with a person's words literal and its
// speak text as the card's description, readable in every theme and at 360 px; its action opens the tab at the
// unit in place. A notification sent to a manager is in their Activity, and choosing it opens the tab at its link.
import { DEV_BOARD_CHANNEL_ID } from '../../emulators/graph';
import { DEFAULT_APP_ID } from '../../emulators/teams-host';
import { personalTabEntityId, unitDeepLink } from '../../src/teams/deepLinks';
import { axeViolations } from './lib/axe';
import { screenshotPath } from './lib/browser';
import { browserSuite } from './lib/browserSuite';
import { graphToken, notify, postCard, postViaWorkflow } from './lib/graphPosts';
import { THEMES, outOfReach, sidewaysScroll } from './lib/hostPage';
import { openHost } from './lib/hostSession';
import { PEOPLE } from './lib/managerSite';

jest.setTimeout(180_000);

/** A sektor name someone could type: markdown, HTML and a link in one. */
const NAME = '**Fet** <b>x</b> [länk](https://evil.example)';
const SPEAK =
  'Stödinventering – sammanställning för Gävle kommun, våren 2026. 12 av 20 enheter har skickat in.';

const suite = browserSuite({
  tab: {
    receiver: {
      activityTypes: [
        { type: 'inventoryReturned', templateText: '{actor} skickade tillbaka inventeringen för {unit}' },
      ],
    },
  },
});

const text = (value: string, extra: Record<string, unknown> = {}) => ({
  type: 'TextBlock',
  text: value,
  wrap: true,
  ...extra,
});
const literal = (value: string) => ({ type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: value }] });
const row = (cells: object[]) => ({
  type: 'TableRow',
  cells: cells.map((cell) => ({ type: 'TableCell', items: [cell] })),
});

/** A card shaped like the board's summary (schema 1.5, the Graph route), opening the channel tab at `E1`. */
function summaryCard(): object {
  return {
    type: 'AdaptiveCard',
    version: '1.5',
    speak: SPEAK,
    msteams: { width: 'Full' },
    body: [
      text('Stödinventering – sammanställning', { style: 'heading', size: 'Large', weight: 'Bolder' }),
      {
        type: 'RichTextBlock',
        inlines: [
          { type: 'TextRun', text: 'Gävle kommun (hela kommunen)', weight: 'Bolder' },
          { type: 'TextRun', text: ' · våren 2026' },
        ],
      },
      text('Bara summor för sektorer och kommunen; inga enskilda enheters svar och inga namn.', {
        isSubtle: true,
        size: 'Small',
      }),
      {
        type: 'FactSet',
        facts: [
          { title: 'Inskickade eller godkända', value: '12 av 20 enheter (60 %)' },
          { title: 'Stödresurser', value: '41,5 årsarbetare' },
        ],
      },
      text('Per sektor', { style: 'heading', size: 'Medium', weight: 'Bolder', spacing: 'Large' }),
      {
        type: 'Table',
        firstRowAsHeader: true,
        showGridLines: false,
        columns: [{ width: 3 }, { width: 2 }, { width: 2 }],
        rows: [
          row([
            text('Sektor', { weight: 'Bolder' }),
            text('Inskickade', { weight: 'Bolder' }),
            text('Stöd per 100 anställda', { weight: 'Bolder' }),
          ]),
          row([literal(NAME), text('4 av 6'), text('3,1')]),
          row([literal('Vård och omsorg'), text('8 av 14'), text('2,4')]),
        ],
      },
    ],
    actions: [
      {
        type: 'Action.OpenUrl',
        title: 'Öppna i Stödinventering',
        url: unitDeepLink({
          appId: DEFAULT_APP_ID,
          entityId: 'kommunstyrelsen',
          unitId: 'E1',
          channelId: DEV_BOARD_CHANNEL_ID,
          label: 'Hemtjänst Norr',
        }),
      },
    ],
  };
}

/** What the Workflows route can carry (schema 1.4: columns instead of a table). */
function workflowCard(): object {
  return {
    type: 'AdaptiveCard',
    version: '1.4',
    body: [
      text('Påminnelse: inventeringen stänger fredag', { weight: 'Bolder' }),
      {
        type: 'ColumnSet',
        columns: [
          { type: 'Column', width: 3, items: [text('Kvar att skicka in')] },
          { type: 'Column', width: 1, items: [text('8 enheter', { color: 'Attention' })] },
        ],
      },
    ],
  };
}

it('shows what was posted to the channel as Teams would, in every theme and at 360 px; its action opens the tab', async () => {
  const { receiver, host } = { receiver: suite.tab.receiver!, host: suite.tab.host };
  const token = await graphToken(host, PEOPLE.petra);
  const posted = await postCard(receiver, token, {
    subject: 'Sammanställning för kommunstyrelsen',
    summary: 'Stödinventering: 12 av 20 enheter',
    card: summaryCard(),
  });
  expect(posted.status).toBe(201);
  expect((await postViaWorkflow(receiver, workflowCard())).status).toBe(202);

  // axe is injected as an inline script, which the host page's policy (script-src 'self') rightly refuses.
  const { context, offBox } = await suite.newContext({ bypassCSP: true });
  const session = await openHost(context, suite.tab, { as: PEOPLE.anna, place: 'channel' });
  const { page, app } = session;
  await app.getByRole('heading', { level: 2, name: 'Hemtjänst Norr' }).waitFor();
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Allmänt');
  expect(await page.locator('#app-place').textContent()).toBe('Kommunstyrelsen');

  await page.getByRole('tab', { name: 'Inlägg / Posts' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Inlägg / Posts' });
  await panel.getByRole('article').nth(1).waitFor();
  // Oldest first, newest at the bottom, as Teams lists a channel.
  expect(await panel.getByRole('article').count()).toBe(2);
  const post = panel.getByRole('article').nth(0);
  expect(await post.getAttribute('aria-labelledby')).toBe('post-1-title');
  expect(await panel.getByRole('article', { name: 'Sammanställning för kommunstyrelsen' }).count()).toBe(1);
  expect(await panel.getByRole('article', { name: 'Inlägg från Workflows' }).count()).toBe(1);
  expect(await post.locator('.post-sender').textContent()).toBe('Petra Projekt');

  const card = post.getByRole('region', { name: 'Stödinventering – sammanställning' });
  expect(await card.getByRole('heading', { level: 4 }).allTextContents()).toEqual([
    'Stödinventering – sammanställning',
    'Per sektor',
  ]);
  const describedBy = (await card.getAttribute('aria-describedby'))!;
  expect(await page.locator(`[id="${describedBy}"]`).textContent()).toBe(SPEAK);
  expect(await card.getByRole('definition').first().textContent()).toBe('12 av 20 enheter (60 %)');
  expect(await card.getByRole('columnheader').allTextContents()).toEqual([
    'Sektor',
    'Inskickade',
    'Stöd per 100 anställda',
  ]);
  expect(await card.getByRole('row', { name: 'Vård och omsorg 8 av 14 2,4' }).count()).toBe(1);
  // The name in a TextRun is shown exactly as typed: no bold, no HTML, no link.
  expect(await card.getByRole('cell', { name: NAME, exact: true }).count()).toBe(1);
  expect(await card.getByRole('link').count()).toBe(0);
  expect(await card.locator('b, strong:text("Fet")').count()).toBe(0);
  const workflow = panel.getByRole('article', { name: 'Inlägg från Workflows' });
  expect(await workflow.getByRole('region').textContent()).toContain('Kvar att skicka in8 enheter');

  for (const theme of THEMES) {
    await page.getByLabel('Tema').selectOption(theme);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath(`channel-posts-${theme}`) });
  }
  await page.getByLabel('Tema').selectOption('default');

  await page.setViewportSize({ width: 360, height: 740 });
  expect(await sidewaysScroll(page)).toBe(0);
  // The skip link waits off-screen until it has focus.
  expect((await outOfReach(page)).filter((what) => !what.includes('Hoppa till appen'))).toEqual([]);
  await page.screenshot({ path: screenshotPath('channel-posts-360'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });

  // A new post shows after *Uppdatera*, at the bottom; nothing polls.
  expect((await postViaWorkflow(receiver, workflowCard())).status).toBe(202);
  expect(await panel.getByRole('article').count()).toBe(2);
  await panel.getByRole('button', { name: 'Uppdatera / Refresh' }).click();
  await panel.getByRole('article').nth(2).waitFor();
  expect(await panel.getByRole('article').last().getAttribute('aria-labelledby')).toBe('post-3-title');

  // Action.OpenUrl with a Teams link opens the channel tab in place, at the unit it names.
  await card.getByRole('button', { name: 'Öppna i Stödinventering' }).click();
  await app.getByRole('heading', { level: 1, name: 'Inventering för Hemtjänst Norr' }).waitFor();
  expect(await page.getByRole('tab', { name: 'Stödinventering' }).getAttribute('aria-selected')).toBe('true');
  expect(await panel.isHidden()).toBe(true);
  expect(new URL(page.url()).searchParams.get('sub')).toBe('enhet:E1');
  expect(await session.unanswered()).toBe(0);
  expect(offBox.filter((url) => !url.includes('validDomains'))).toEqual([]);
});

it('shows a notification in the person’s Activity; choosing it opens the tab at its link', async () => {
  const { receiver, host } = { receiver: suite.tab.receiver!, host: suite.tab.host };
  const { context, offBox } = await suite.newContext({ bypassCSP: true });
  const session = await openHost(context, suite.tab, { as: PEOPLE.anna });
  const { page, app } = session;
  await app.getByRole('region', { name: 'Hemtjänst Norr' }).waitFor();
  const activity = page.getByRole('button', { name: /^Aktivitet \/ Activity/ });
  expect(await activity.getAttribute('aria-expanded')).toBe('false');

  const sent = await notify(receiver, await graphToken(host, PEOPLE.petra), {
    to: PEOPLE.anna,
    activityType: 'inventoryReturned',
    webUrl: unitDeepLink({
      appId: DEFAULT_APP_ID,
      entityId: personalTabEntityId,
      unitId: 'E1',
      label: 'Hemtjänst Norr',
    }),
    previewText: 'Komplettera antalet årsarbetare för IT-stöd.',
    templateParameters: { unit: 'Hemtjänst Norr' },
  });
  expect(sent.status).toBe(204);

  await activity.click();
  const feed = page.getByRole('region', { name: 'Aktivitet / Activity' });
  const item = feed.getByRole('button', { name: /skickade tillbaka inventeringen för Hemtjänst Norr/ });
  await item.waitFor();
  expect(await activity.getAttribute('aria-expanded')).toBe('true');
  expect(
    await page.getByRole('button', { name: 'Aktivitet / Activity (1 avisering / 1 notification)' }).count(),
  ).toBe(1);
  expect(await item.textContent()).toContain('Petra Projekt');
  expect(await item.textContent()).toContain('Komplettera antalet årsarbetare för IT-stöd.');
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: screenshotPath('activity-panel') });

  await item.click();
  await app.getByRole('heading', { level: 1, name: 'Inventering för Hemtjänst Norr' }).waitFor();
  expect(await feed.isHidden()).toBe(true);
  expect(new URL(page.url()).searchParams.get('sub')).toBe('enhet:E1');
  expect(new URL(page.url()).searchParams.get('place')).toBe('personal');
  expect(await session.unanswered()).toBe(0);
  expect(offBox.filter((url) => !url.includes('validDomains'))).toEqual([]);
});
