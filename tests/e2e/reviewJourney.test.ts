// The review path in Chromium through the local Teams host, as the people make it: a sektorchef finds a submitted
// inventory under "Att granska", returns it with a comment; its manager sees the comment, corrects and submits
// again; the sektorchef approves, and the history shows both decisions. A reviewer of another sektor neither sees
// the unit nor gets it from SharePoint. Every outcome is read back from the SharePoint emulator; every browser
// context may reach only 127.0.0.1.
import type { FrameLocator } from 'playwright-core';
import { daysLeft, type Inventory } from '../../src/domain';
import { screenshotPath } from './lib/browser';
import { browserSuite } from './lib/browserSuite';
import { openHost, TEAMS_JS_VALID_DOMAINS, type HostSession } from './lib/hostSession';
import { PEOPLE, submitAnswered } from './lib/managerSite';

jest.setTimeout(90_000);

let sessions: HostSession[] = [];
const suite = browserSuite({
  afterEachTest: async () => {
    sessions = [];
  },
});

/** Opens the host as `as` in a new browser of its own. */
async function open(as: string, options: { locale?: 'sv-se' | 'en-us' } = {}): Promise<HostSession> {
  const { context } = await suite.newContext();
  const session = await openHost(context, suite.tab, { as, ...options });
  sessions.push(session);
  return session;
}

/** The host answered every message of the tab, and nothing tried to leave 127.0.0.1 but teams-js's list. */
async function expectCleanEnd(): Promise<void> {
  for (const session of sessions) expect(await session.unanswered()).toBe(0);
  for (const { offBox } of suite.contexts) {
    expect(offBox.filter((url) => url !== TEAMS_JS_VALID_DOMAINS)).toEqual([]);
  }
}

/** The unit's inventory in the open period as SharePoint holds it, read as `upn`. */
async function stored(upn: string, unitId: string): Promise<Inventory> {
  const inventory = await suite.tab.repos(upn).inventories.get(suite.tab.site.current.id, unitId);
  if (inventory === null) throw new Error(`SharePoint holds no inventory for ${unitId}`);
  return inventory;
}

/** The manager answers every question and submits, through the app's repository (what their tab sends). */
function submitAs(upn: string, unitId: string): Promise<Inventory> {
  const { config, units, current } = suite.tab.site;
  return submitAnswered(suite.tab.repos(upn), { config, units, periodId: current.id, unitId, upn });
}

/** The facts of a `dl`, as "term: value" lines. */
async function facts(scope: ReturnType<FrameLocator['locator']>): Promise<string[]> {
  return scope.evaluate((dl) =>
    [...dl.querySelectorAll('dt')].map((dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`),
  );
}

/** A SharePoint REST read with `upn`'s own token: the status and the items. */
async function restRead(upn: string, path: string): Promise<{ status: number; items: unknown[] }> {
  const response = await fetch(`${suite.tab.emulator.siteUrl}/_api/${path}`, {
    headers: {
      authorization: `Bearer ${suite.tab.emulator.token(upn)}`,
      accept: 'application/json;odata=nometadata',
    },
  });
  const body = (await response.json()) as { value?: unknown[] };
  return { status: response.status, items: body.value ?? [] };
}

describe('the review path in Teams', () => {
  it('a sektorchef returns an inventory with a comment, its manager corrects and submits, the sektorchef approves', async () => {
    const manager = PEOPLE.olle;
    const reviewer = PEOPLE.sara;
    await submitAs(manager, 'E7');

    // Sara's start page: her own unit's card, and what she reviews, with its counts.
    const before = suite.tab.emulator.stats().byUser[reviewer] ?? 0;
    const sara = await open(reviewer);
    const toReview = sara.app.getByRole('region', { name: 'Att granska' });
    await toReview.getByText('Inskickade, väntar på granskning').waitFor();
    expect(await facts(toReview.locator('dl'))).toEqual([
      'Inskickade, väntar på granskning: 1',
      'Skickade tillbaka till chefen: 0',
      'Godkända: 0',
      'Inte inskickade: 11',
    ]);
    expect(await toReview.getByText('Du granskar enheterna i Välfärd.').isVisible()).toBe(true);
    const opening = {
      browser: sara.sharePoint.list(reviewer),
      emulator: (suite.tab.emulator.stats().byUser[reviewer] ?? 0) - before,
    };
    console.log(
      `A sektorchef's start page with "Att granska": ${opening.browser.length} SharePoint requests seen by the ` +
        `browser (${opening.browser.join(', ')}), ${opening.emulator} counted by the emulator.`,
    );
    // The manager's form (2) and the units she reviews with the organisation (2), no more.
    expect(opening.browser).toHaveLength(4);
    expect(opening.emulator).toBe(4);
    await sara.page.locator('#app-frame').screenshot({ path: screenshotPath('review-start') });

    // The list: progress of her sektor and its kontor, the units, who has not submitted.
    await toReview.getByRole('link', { name: 'Till granskningslistan' }).click();
    const { app } = sara;
    await app.getByRole('heading', { level: 1, name: 'Granska inventeringar' }).waitFor();
    await app.getByRole('heading', { level: 2, name: 'Hur långt enheterna har kommit' }).waitFor();
    // What the start page read, and one request more: the seminar notes of her kontor (Seminarieanteckningar by
    // PeriodId), shown beside their progress.
    for (let tries = 0; tries < 50 && sara.sharePoint.count(reviewer) < 5; tries++)
      await sara.page.waitForTimeout(100);
    expect(sara.sharePoint.count(reviewer)).toBe(5);
    const sektor = app
      .getByRole('region', { name: 'Hur långt enheterna har kommit' })
      .getByRole('listitem')
      .filter({ has: app.getByRole('heading', { name: 'Välfärd' }) });
    // Intl writes a no-break space before the per cent sign.
    expect(await sektor.textContent()).toContain(
      'Inskickade eller godkända: 1 av 12 som kan svara (8\u00a0%)',
    );
    await app.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Inskickad' });
    await app.getByText('Visar 1 av 12 enheter.').waitFor();
    await sara.page.locator('#app-frame').screenshot({ path: screenshotPath('review-list') });

    // The unit: read-only answers, no decisions yet; returning without a comment says what is missing.
    await app.getByRole('link', { name: 'Avdelning Stöd' }).click();
    await app.getByRole('heading', { level: 1, name: 'Granska Avdelning Stöd' }).waitFor();
    const status = app.getByRole('region', { name: 'Status och beslut' });
    await status.getByText('Inga beslut än.').waitFor();
    expect(await app.locator('#f-lines_ekonomi_persons').isEditable()).toBe(false);
    await status.getByRole('button', { name: 'Skicka tillbaka' }).click();
    await status.getByText('Skriv en kommentar till chefen om vad som behöver ändras.').waitFor();
    const comment = status.getByRole('textbox', { name: 'Kommentar till chefen' });
    expect(await comment.evaluate((el) => el === document.activeElement)).toBe(true);
    await comment.fill('Ekonomi: ange controllerns årsarbetare.');
    await status.getByRole('button', { name: 'Skicka tillbaka' }).click();
    await app.getByText('Inventeringen är skickad tillbaka till chefen med din kommentar.').waitFor();
    await status
      .getByRole('definition')
      .filter({ hasText: /^Återsänd$/ })
      .waitFor();
    await sara.page.locator('#app-frame').screenshot({ path: screenshotPath('review-returned') });
    expect((await stored(manager, 'E7')).status).toBe('returned');

    // Olle sees the comment on his card and in the form, corrects and submits again.
    const olle = await open(manager);
    const card = olle.app.getByRole('region', { name: 'Avdelning Stöd' });
    await card.getByText('Ekonomi: ange controllerns årsarbetare.').waitFor();
    await card.getByRole('button', { name: 'Fortsätt med Avdelning Stöd' }).click();
    await olle.app.getByRole('heading', { level: 1, name: 'Inventering för Avdelning Stöd' }).waitFor();
    await olle.app.getByText('Ekonomi: ange controllerns årsarbetare.').waitFor();
    const ekonomi = olle.app.getByRole('region', { name: 'Ekonomi', exact: true });
    await ekonomi.getByRole('textbox', { name: 'Antal personer', exact: true }).fill('1');
    await ekonomi.getByRole('textbox', { name: 'Årsarbetare', exact: true }).fill('0,5');
    await ekonomi.getByRole('textbox', { name: 'Controller, årsarbetare', exact: true }).fill('0,5');
    await olle.app
      .getByRole('status')
      .filter({ hasText: /^Sparat kl\. / })
      .waitFor();
    await olle.app.getByRole('button', { name: 'Skicka in', exact: true }).click();
    const confirm = olle.app.getByRole('alertdialog', { name: 'Skicka in inventeringen?' });
    await confirm.getByRole('button', { name: 'Ja, skicka in' }).click();
    await olle.app.getByText('Tack! Inventeringen är inskickad.').waitFor();
    expect((await stored(manager, 'E7')).status).toBe('submitted');

    // Sara reads it again (her list's Hämta igen, then the unit) and approves; both decisions are in the history.
    await app.getByRole('button', { name: 'Till granskningslistan' }).click();
    await app.getByRole('button', { name: 'Hämta igen' }).click();
    await app.getByRole('link', { name: 'Avdelning Stöd' }).click();
    await status
      .getByRole('definition')
      .filter({ hasText: /^Inskickad$/ })
      .waitFor();
    const history = status.getByRole('list').first();
    expect(await history.getByRole('listitem').count()).toBe(1);
    expect(await history.textContent()).toContain('Gällde en tidigare version');
    await status.getByRole('button', { name: 'Godkänn' }).click();
    const approve = app.getByRole('alertdialog', { name: 'Godkänna inventeringen?' });
    await approve.getByRole('button', { name: 'Ja, godkänn' }).click();
    await app.getByText('Inventeringen är godkänd. Beslutet är sparat.').waitFor();
    await status
      .getByRole('definition')
      .filter({ hasText: /^Godkänd$/ })
      .waitFor();
    const items = await history.getByRole('listitem').allTextContents();
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('Skickad tillbaka');
    expect(items[0]).toContain('Sara Sektorchef');
    expect(items[0]).toContain('Ekonomi: ange controllerns årsarbetare.');
    expect(items[0]).toContain('Gällde en tidigare version');
    expect(items[1]).toContain('Godkänd');
    expect(items[1]).not.toContain('Gällde en tidigare version');
    expect(await status.getByRole('button', { name: 'Godkänn' }).count()).toBe(0);
    await sara.page.locator('#app-frame').screenshot({ path: screenshotPath('review-approved') });

    const final = await stored(manager, 'E7');
    expect(final.status).toBe('approved');
    expect(final.decisions.map((d) => [d.verdict, d.decidedBy])).toEqual([
      ['returned', reviewer],
      ['approved', reviewer],
    ]);
    await expectCleanEnd();
  });

  it('a reviewer of another sektor does not see the unit, and SharePoint does not give it to them', async () => {
    const outsider = PEOPLE.stina;
    const stina = await open(outsider);
    await stina.app.getByRole('region', { name: 'Att granska' }).getByText('Inte inskickade').waitFor();
    await stina.app.getByRole('link', { name: 'Till granskningslistan' }).click();
    await stina.app.getByText(/^Visar \d+ av \d+ enheter\.$/).waitFor();
    expect(await stina.app.getByRole('link', { name: 'Avdelning Stöd' }).count()).toBe(0);
    expect(await stina.app.getByRole('link', { name: "Öster & Väster's #1" }).count()).toBe(1);

    // By the address of the unit's review page: the tab says it is not hers to review.
    await stina.app.locator('body').evaluate(() => {
      window.location.hash = '#/granska/E7';
    });
    await stina.app
      .getByText(
        'Enheten finns inte bland dem du granskar, eller så har du inte behörighet att se den i SharePoint.',
      )
      .waitFor();
    expect(await stina.app.getByRole('button', { name: 'Godkänn' }).count()).toBe(0);

    // SharePoint itself: the unit's items are not hers to read, by query or by id.
    const key = `${suite.tab.site.current.id}:E7`;
    const filter = encodeURIComponent(`InventoryKey eq '${key}'`);
    for (const list of ['Inventeringar', 'Inventeringsrader', 'Granskningsbeslut']) {
      const own = await restRead(PEOPLE.olle, `web/lists/getbytitle('${list}')/items?$filter=${filter}`);
      const theirs = await restRead(outsider, `web/lists/getbytitle('${list}')/items?$filter=${filter}`);
      expect({ list, status: theirs.status, items: theirs.items }).toEqual({ list, status: 200, items: [] });
      if (list !== 'Granskningsbeslut') expect(own.items.length).toBeGreaterThan(0);
    }
    const [item] = (
      await restRead(PEOPLE.olle, `web/lists/getbytitle('Inventeringar')/items?$filter=${filter}`)
    ).items as { Id: number }[];
    const byId = await restRead(outsider, `web/lists/getbytitle('Inventeringar')/items(${item!.Id})`);
    expect(byId.status).toBe(404);
    expect(await suite.tab.repos(outsider).inventories.get(suite.tab.site.current.id, 'E7')).toBeNull();
    await expectCleanEnd();
  });

  it('keeps the closing date in view: the list says the days left', async () => {
    const karl = await open(PEOPLE.karl, { locale: 'en-us' });
    await karl.app
      .getByRole('region', { name: 'To review' })
      .getByRole('link', { name: 'Go to the review list' })
      .click();
    await karl.app.getByRole('heading', { level: 1, name: 'Review inventories' }).waitFor();
    const left = daysLeft(suite.tab.site.current, new Date().toISOString());
    await karl.app.getByText(`(${left} days left).`, { exact: false }).waitFor();
    await expectCleanEnd();
  });
});
