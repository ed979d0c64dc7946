// The manager's journey in Chromium through the local Teams host, as a new user makes it: the start page, the
// form with decimals typed the Swedish way, autosave, a reload, a dropped network, submitting, another manager's
// view, a conflict with another session, and what it costs in SharePoint requests. Every outcome is read back
// from the SharePoint emulator; every browser context may reach only 127.0.0.1.
import type { FrameLocator, Locator } from 'playwright-core';
import { daysLeft, editInventory, emptyLine, formatDate, type Inventory } from '../../src/domain';
import { screenshotPath } from './lib/browser';
import { browserSuite } from './lib/browserSuite';
import { openHost, TEAMS_JS_VALID_DOMAINS, type HostSession, type IsolatedContext } from './lib/hostSession';
import { chef, completed, PEOPLE } from './lib/managerSite';

jest.setTimeout(60_000);

let sessions: HostSession[] = [];
const suite = browserSuite({
  afterEachTest: async () => {
    sessions = [];
  },
});

/** A new isolated browser context (a person's browser). */
const newBrowser = (): Promise<IsolatedContext> => suite.newContext();

/** Opens the host as `upn` in `isolated` (at a unit's form by deep link, with `sub`). */
async function open(
  isolated: IsolatedContext,
  as: string,
  options: { sub?: string } = {},
): Promise<HostSession> {
  const session = await openHost(isolated.context, suite.tab, { as, ...options });
  sessions.push(session);
  return session;
}

/**
 * What every journey ends with: the host answered every message of the tab, and nothing tried to leave 127.0.0.1
 * but teams-js's fetch of its valid-origins list.
 */
async function expectCleanEnd(): Promise<void> {
  for (const session of sessions) {
    const count = await session.unanswered();
    // The entries say which messages they were when there are any.
    expect({ count, entries: count === 0 ? [] : await session.unansweredEntries() }).toEqual({
      count: 0,
      entries: [],
    });
  }
  for (const { offBox } of suite.contexts) {
    expect(offBox.filter((url) => url !== TEAMS_JS_VALID_DOMAINS)).toEqual([]);
  }
}

/** A function's section of the form, by its name. */
const section = (app: FrameLocator, name: string): Locator => app.getByRole('region', { name, exact: true });

/** A text field of a function's section, by its label. */
const field = (app: FrameLocator, sectionName: string, label: string): Locator =>
  section(app, sectionName).getByRole('textbox', { name: label, exact: true });

/** The autosave's status line. */
const saveStatus = (app: FrameLocator): Locator =>
  app
    .getByRole('status')
    .filter({ hasText: /Sparat kl\.|Sparar|Osparade|Ingen anslutning|Ändringar sparas/ });

/** Waits until the autosave says everything is stored. */
async function saved(app: FrameLocator): Promise<void> {
  await saveStatus(app)
    .filter({ hasText: /^Sparat kl\. \d{1,2}[.:]\d{2}/ })
    .waitFor();
}

/** The unit's inventory in the open period as SharePoint holds it, read as `upn`. */
async function stored(upn: string, unitId: string): Promise<Inventory> {
  const inventory = await suite.tab.repos(upn).inventories.get(suite.tab.site.current.id, unitId);
  if (inventory === null) throw new Error(`SharePoint holds no inventory for ${unitId}`);
  return inventory;
}

/** The inventory edited by its manager, as the form edits it. */
function editInventoryOrThrow(
  inventory: Inventory,
  upn: string,
  change: { lines: Inventory['lines'] },
): Inventory {
  const edited = editInventory(inventory, {
    actor: { upn, roles: [] },
    at: new Date().toISOString(),
    ...change,
  });
  if (!edited.ok) throw new Error(`Cannot edit ${inventory.id}: ${edited.reason}`);
  return edited.inventory;
}

/** A function's line as SharePoint holds it. */
async function storedLine(upn: string, unitId: string, functionId: string) {
  return (await stored(upn, unitId)).lines.find((l) => l.functionId === functionId);
}

/** A list's items of one inventory, read by plain REST with `upn`'s token: the status and the items. */
async function restItems(
  upn: string,
  list: 'Inventeringar' | 'Inventeringsrader',
  unitId: string,
): Promise<{ status: number; items: Record<string, unknown>[] }> {
  const filter = encodeURIComponent(`InventoryKey eq '${suite.tab.site.current.id}:${unitId}'`);
  const response = await fetch(
    `${suite.tab.emulator.siteUrl}/_api/web/lists/getbytitle('${list}')/items?$filter=${filter}`,
    {
      headers: {
        authorization: `Bearer ${suite.tab.emulator.token(upn)}`,
        accept: 'application/json;odata=nometadata',
      },
    },
  );
  const body = (await response.json()) as { value?: Record<string, unknown>[] };
  return { status: response.status, items: body.value ?? [] };
}

/** Opens a unit's form by the Teams deep link (`subEntityId` `enhet:<id>`) and waits until it can be edited. */
async function openForm(isolated: IsolatedContext, upn: string, unitId: string, unitName: string) {
  const session = await open(isolated, upn, { sub: `enhet:${unitId}` });
  await session.app.getByRole('heading', { level: 1, name: `Inventering för ${unitName}` }).waitFor();
  await session.app.getByRole('button', { name: 'Skicka in', exact: true }).waitFor();
  return session;
}

describe('the manager’s journey in Teams', () => {
  it('starts on their unit, fills in the form with decimal commas, autosaves, and finds it all after a reload', async () => {
    const upn = chef(8);
    const isolated = await newBrowser();
    const host = await open(isolated, upn);
    const { app, page } = host;

    // The start page: their unit, the period, the closing day with the days left, the status and progress.
    const card = app.getByRole('region', { name: 'Hemtjänst 8' });
    await card.waitFor();
    const facts = (await card.textContent()) ?? '';
    const period = suite.tab.site.current;
    const left = daysLeft(period, new Date().toISOString());
    expect(facts).toContain('Inventering i år');
    expect(facts).toContain(`${formatDate(period.closesOn, 'sv', { style: 'long' })} (${left} dagar kvar)`);
    expect(facts).toContain('Ej påbörjad');
    expect(facts).toContain('0 av 16');
    expect(await app.getByText('Inloggad som chef8@kommun.example').isVisible()).toBe(true);
    await page.screenshot({ path: screenshotPath('journey-start') });

    await card.getByRole('button', { name: 'Fyll i Hemtjänst 8' }).click();
    await app.getByRole('heading', { level: 1, name: 'Inventering för Hemtjänst 8' }).waitFor();

    await field(app, 'Ekonomi', 'Antal personer').fill('2');
    await field(app, 'Ekonomi', 'Årsarbetare').fill('1,5');
    await field(app, 'Ekonomi', 'Controller, årsarbetare').fill('0,75');
    await field(app, 'Ekonomi', 'Ekonomiassistent, årsarbetare').fill('0,5');
    await section(app, 'Ekonomi').getByRole('checkbox', { name: 'Sektorn' }).check();
    await section(app, 'Ekonomi')
      .getByRole('radiogroup', { name: 'Kvalitet på stödet' })
      .getByRole('radio', { name: '4' })
      .check();
    await field(app, 'Ekonomi', 'Kommentar').fill('Controllern delas med Hemtjänst 9.');
    const firstLine = app.getByRole('region', { name: 'Första linjens chef' });
    await firstLine.getByRole('textbox', { name: 'HR och personal, timmar per vecka' }).fill('2,5');
    await firstLine.getByRole('textbox', { name: 'Medarbetare som rapporterar direkt till dig' }).fill('12');
    await saved(app);
    await page.screenshot({ path: screenshotPath('journey-form-saved') });

    const inventory = await stored(upn, 'E8');
    const ekonomi = inventory.lines.find((l) => l.functionId === 'ekonomi');
    expect(ekonomi).toMatchObject({
      persons: 2,
      arsarbetare: 1.5,
      roles: [
        { roleId: 'ekonomiassistent', arsarbetare: 0.5 },
        { roleId: 'controller', arsarbetare: 0.75 },
      ],
      supportLocations: ['sektor'],
      quality: 4,
      comment: 'Controllern delas med Hemtjänst 9.',
    });
    expect(inventory.firstLine).toMatchObject({ medarbetarspann: 12 });
    expect(inventory.firstLine?.adminHours.hr).toBe(2.5);
    // The number itself, as SharePoint's REST API gives it to anyone who reads the list.
    const rows = await restItems(upn, 'Inventeringsrader', 'E8');
    expect(rows.items.find((i) => i.FunctionId === 'ekonomi')).toMatchObject({
      Persons: 2,
      Arsarbetare: 1.5,
    });
    expect(inventory.status).toBe('draft');

    // Reload the whole host page: the tab starts again, the start page says draft, and the form has it all.
    await host.reload();
    const again = app.getByRole('region', { name: 'Hemtjänst 8' });
    await again.getByText('Utkast').waitFor();
    await again.getByRole('button', { name: 'Fortsätt med Hemtjänst 8' }).click();
    await app.getByRole('heading', { level: 1, name: 'Inventering för Hemtjänst 8' }).waitFor();
    expect(await field(app, 'Ekonomi', 'Antal personer').inputValue()).toBe('2');
    expect(await field(app, 'Ekonomi', 'Årsarbetare').inputValue()).toBe('1,5');
    expect(await field(app, 'Ekonomi', 'Controller, årsarbetare').inputValue()).toBe('0,75');
    expect(await field(app, 'Ekonomi', 'Ekonomiassistent, årsarbetare').inputValue()).toBe('0,5');
    expect(await section(app, 'Ekonomi').getByRole('checkbox', { name: 'Sektorn' }).isChecked()).toBe(true);
    expect(
      await section(app, 'Ekonomi')
        .getByRole('radiogroup', { name: 'Kvalitet på stödet' })
        .getByRole('radio', { name: '4' })
        .isChecked(),
    ).toBe(true);
    expect(await field(app, 'Ekonomi', 'Kommentar').inputValue()).toBe('Controllern delas med Hemtjänst 9.');
    expect(
      await firstLine.getByRole('textbox', { name: 'HR och personal, timmar per vecka' }).inputValue(),
    ).toBe('2,5');

    // The guard saw teams-js's one attempt to leave this machine, so it would have seen any other.
    expect(isolated.offBox).toContain(TEAMS_JS_VALID_DOMAINS);
    await expectCleanEnd();
  });

  it('keeps what is typed without a network, says so, and saves it once online again', async () => {
    const upn = chef(9);
    const isolated = await newBrowser();
    const { app, page } = await open(isolated, upn);
    await app.getByRole('button', { name: 'Fyll i Hemtjänst 9' }).click();
    await field(app, 'HR', 'Antal personer').fill('3');
    await saved(app);

    await isolated.context.setOffline(true);
    await field(app, 'HR', 'Årsarbetare').fill('2,5');
    await field(app, 'HR', 'Kommentar').fill('Skrivet utan nät');
    await saveStatus(app)
      .filter({ hasText: 'Ingen anslutning. Dina ändringar finns kvar i webbläsaren' })
      .waitFor();
    await page.screenshot({ path: screenshotPath('journey-offline') });
    // Nothing typed is lost on the page, and SharePoint has only what was saved before the network went.
    expect(await field(app, 'HR', 'Årsarbetare').inputValue()).toBe('2,5');
    expect(await field(app, 'HR', 'Kommentar').inputValue()).toBe('Skrivet utan nät');
    expect(await storedLine(upn, 'E9', 'hr')).toMatchObject({ persons: 3, arsarbetare: null, comment: '' });

    await isolated.context.setOffline(false);
    await saved(app);
    expect(await storedLine(upn, 'E9', 'hr')).toMatchObject({
      persons: 3,
      arsarbetare: 2.5,
      comment: 'Skrivet utan nät',
    });
    await expectCleanEnd();
  });

  it('submits after the summary of what is missing; the form becomes read-only and SharePoint says Inskickad', async () => {
    const upn = chef(10);
    // Everything answered beforehand but two functions, as if the manager had worked on it for a while.
    const repos = suite.tab.repos(upn);
    const before = await stored(upn, 'E10');
    const almost = completed(before, suite.tab.site.config, upn);
    await repos.inventories.save({
      ...almost,
      lines: almost.lines.map((l) =>
        l.functionId === 'it' || l.functionId === 'juridik' ? emptyLine(l.functionId) : l,
      ),
    });

    const isolated = await newBrowser();
    const { app, page } = await open(isolated, upn);
    const card = app.getByRole('region', { name: 'Hemtjänst 10' });
    await card.getByText('14 av 16').waitFor();
    expect(await card.getByText('Utkast').isVisible()).toBe(true);
    await card.getByRole('button', { name: 'Fortsätt med Hemtjänst 10' }).click();

    await app.getByRole('button', { name: 'Skicka in', exact: true }).click();
    const summary = app.getByRole('region', { name: /^Det här saknas innan du kan skicka in/ });
    await summary.waitFor();
    expect(await summary.getByRole('listitem').allTextContents()).toEqual([
      'IT – Antal personer: Uppgiften krävs.',
      'IT – Årsarbetare: Uppgiften krävs.',
      'Juridik – Antal personer: Uppgiften krävs.',
      'Juridik – Årsarbetare: Uppgiften krävs.',
    ]);
    await page.screenshot({ path: screenshotPath('journey-missing') });
    // Each line of the summary takes the manager to its field.
    await summary.getByRole('button', { name: 'Juridik – Antal personer: Uppgiften krävs.' }).click();
    expect(
      await field(app, 'Juridik', 'Antal personer').evaluate((el) => el === document.activeElement),
    ).toBe(true);

    for (const name of ['IT', 'Juridik']) {
      await field(app, name, 'Antal personer').fill('0');
      await field(app, name, 'Årsarbetare').fill('0');
    }
    await summary.waitFor({ state: 'detached' });
    await app.getByRole('button', { name: 'Skicka in', exact: true }).click();
    const confirm = app.getByRole('alertdialog', { name: 'Skicka in inventeringen?' });
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain('Du skickar in inventeringen för Hemtjänst 10');
    await confirm.getByRole('button', { name: 'Ja, skicka in' }).click();
    await app.getByText('Tack! Inventeringen är inskickad.').waitFor();
    await app.getByText(/^Inventeringen skickades in /).waitFor();
    expect(await field(app, 'IT', 'Antal personer').isEditable()).toBe(false);
    expect(await app.getByRole('button', { name: 'Skicka in', exact: true }).count()).toBe(0);
    await app.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('journey-submitted') });

    const rest = await restItems(upn, 'Inventeringar', 'E10');
    expect(rest.status).toBe(200);
    expect(rest.items).toHaveLength(1);
    expect(rest.items[0]).toMatchObject({ Status: 'Inskickad', SubmittedBy: upn });
    const inventory = await stored(upn, 'E10');
    expect(inventory.status).toBe('submitted');
    expect(inventory.lines.find((l) => l.functionId === 'juridik')).toMatchObject({
      persons: 0,
      arsarbetare: 0,
    });

    await app.getByRole('button', { name: 'Till startsidan' }).click();
    await card.getByText('Inskickad').waitFor();
    expect(await card.getByRole('button', { name: 'Visa Hemtjänst 10' }).isVisible()).toBe(true);
    await expectCleanEnd();
  });

  it('does not let another manager read the inventory: SharePoint refuses, and their tab does not show it', async () => {
    const owner = PEOPLE.anna;
    const other = PEOPLE.erik;
    // Anna has answered a question of her inventory (through the app's repository, as her tab does).
    const annas = await stored(owner, 'E1');
    await suite.tab.repos(owner).inventories.save(
      editInventoryOrThrow(annas, owner, {
        lines: annas.lines.map((l) => (l.functionId === 'it' ? { ...l, persons: 4 } : l)),
      }),
    );
    // The owner reads her inventory by plain REST: the control that the queries below would find it.
    const own = await restItems(owner, 'Inventeringsrader', 'E1');
    expect(own.status).toBe(200);
    expect(own.items.find((i) => i.FunctionId === 'it')).toMatchObject({ Persons: 4 });

    // Erik asks SharePoint for them with his own token: the items are there, but not for him (item-level
    // permissions on the unit's folder), by query or by id.
    for (const list of ['Inventeringar', 'Inventeringsrader'] as const) {
      expect(await restItems(other, list, 'E1')).toEqual({ status: 200, items: [] });
    }
    const itemId = own.items.find((i) => i.FunctionId === 'it')?.Id;
    const byId = await fetch(
      `${suite.tab.emulator.siteUrl}/_api/web/lists/getbytitle('Inventeringsrader')/items(${String(itemId)})`,
      { headers: { authorization: `Bearer ${suite.tab.emulator.token(other)}`, accept: 'application/json' } },
    );
    expect(byId.status).toBe(404);
    expect(await suite.tab.repos(other).inventories.get(suite.tab.site.current.id, 'E1')).toBeNull();

    // Erik's tab, even opened by a deep link to E1, shows only his own unit.
    const erik = await open(await newBrowser(), other, { sub: 'enhet:E1' });
    await erik.app.getByRole('region', { name: 'Hemtjänst Söder' }).waitFor();
    expect(await erik.app.getByText('Hemtjänst Norr').count()).toBe(0);
    expect(await erik.app.getByRole('heading', { name: /^Inventering för/ }).count()).toBe(0);
    await expectCleanEnd();
  });

  // The other session is a second browser of the same manager, or the app's repository writing as them (what a
  // phone's tab would send), which spares a browser.
  const conflicts = [
    { choice: 'keep mine', by: 'a second browser', upn: chef(11), unitId: 'E11', unitName: 'Hemtjänst 11' },
    {
      choice: 'take theirs',
      by: 'the repository',
      upn: PEOPLE.maria,
      unitId: 'E5',
      unitName: 'Dagverksamhet Berget',
    },
    {
      choice: 'merge',
      by: 'the repository',
      upn: PEOPLE.maria,
      unitId: 'E6',
      unitName: 'Dagverksamhet Dalen',
    },
  ] as const;
  it.each(conflicts)(
    'shows a conflict with $by field by field, and stores what the manager chooses ($choice)',
    async ({ choice, by, upn, unitId, unitName }) => {
      const first = await newBrowser();
      const mine = await openForm(first, upn, unitId, unitName);
      // The first session loses its network while the manager types: the edits wait in the browser.
      await first.context.setOffline(true);
      await field(mine.app, 'HR', 'Antal personer').fill('3');
      await field(mine.app, 'HR', 'Årsarbetare').fill('2,5');
      await saveStatus(mine.app).filter({ hasText: 'Ingen anslutning' }).waitFor();

      // Meanwhile the same manager saves other answers from a second browser.
      if (by === 'a second browser') {
        const theirs = await openForm(await newBrowser(), upn, unitId, unitName);
        await field(theirs.app, 'HR', 'Antal personer').fill('5');
        await field(theirs.app, 'HR', 'Kommentar').fill('Från mobilen');
        await saved(theirs.app);
      } else {
        const before = await stored(upn, unitId);
        await suite.tab.repos(upn).inventories.save(
          editInventoryOrThrow(before, upn, {
            lines: before.lines.map((l) =>
              l.functionId === 'hr' ? { ...l, persons: 5, comment: 'Från mobilen' } : l,
            ),
          }),
        );
      }

      await first.context.setOffline(false);
      const dialog = mine.app.getByRole('alertdialog', {
        name: 'Inventeringen har ändrats någon annanstans',
      });
      await dialog.waitFor();
      expect(await dialog.getByText('3 uppgifter skiljer sig.').isVisible()).toBe(true);
      const persons = dialog.getByRole('radiogroup', { name: 'HR – Antal personer' });
      const fte = dialog.getByRole('radiogroup', { name: 'HR – Årsarbetare' });
      const comment = dialog.getByRole('radiogroup', { name: 'HR – Kommentar' });
      expect(await persons.getByRole('radio', { name: 'Min: 3' }).isChecked()).toBe(true);
      expect(await persons.getByRole('radio', { name: 'Sparad: 5' }).isVisible()).toBe(true);
      expect(await fte.getByRole('radio', { name: 'Min: 2,5' }).isVisible()).toBe(true);
      expect(await fte.getByRole('radio', { name: 'Sparad: Inte besvarat' }).isVisible()).toBe(true);
      expect(await comment.getByRole('radio', { name: 'Min: (tomt)' }).isVisible()).toBe(true);
      expect(await comment.getByRole('radio', { name: 'Sparad: Från mobilen' }).isVisible()).toBe(true);
      await mine.page.screenshot({ path: screenshotPath(`journey-conflict-${choice.replace(' ', '-')}`) });

      let expected: { persons: number; arsarbetare: number | null; comment: string };
      if (choice === 'keep mine') {
        await dialog.getByRole('button', { name: 'Behåll alla mina' }).click();
        expected = { persons: 3, arsarbetare: 2.5, comment: '' };
      } else if (choice === 'take theirs') {
        await dialog.getByRole('button', { name: 'Ta alla sparade' }).click();
        expected = { persons: 5, arsarbetare: null, comment: 'Från mobilen' };
      } else {
        await persons.getByRole('radio', { name: 'Sparad: 5' }).check();
        await comment.getByRole('radio', { name: 'Sparad: Från mobilen' }).check();
        await dialog.getByRole('button', { name: 'Spara mina val' }).click();
        expected = { persons: 5, arsarbetare: 2.5, comment: 'Från mobilen' };
      }
      await dialog.waitFor({ state: 'detached' });
      if (choice !== 'take theirs') await saved(mine.app);
      expect(await storedLine(upn, unitId, 'hr')).toMatchObject(expected);
      // The page shows what is stored.
      expect(await field(mine.app, 'HR', 'Antal personer').inputValue()).toBe(String(expected.persons));
      expect(await field(mine.app, 'HR', 'Årsarbetare').inputValue()).toBe(
        expected.arsarbetare === null ? '' : '2,5',
      );
      expect(await field(mine.app, 'HR', 'Kommentar').inputValue()).toBe(expected.comment);
      await expectCleanEnd();
    },
  );

  it('opens to an editable form in at most 2 SharePoint requests and autosaves in exactly 1 $batch', async () => {
    const upn = chef(12);
    const before = suite.tab.emulator.stats().byUser[upn] ?? 0;
    const isolated = await newBrowser();
    const { app, page, sharePoint } = await open(isolated, upn);
    await app.getByRole('button', { name: 'Fyll i Hemtjänst 12' }).click();
    await field(app, 'Ekonomi', 'Antal personer').waitFor();
    expect(await field(app, 'Ekonomi', 'Antal personer').isEditable()).toBe(true);
    const opening = {
      browser: sharePoint.list(upn),
      emulator: (suite.tab.emulator.stats().byUser[upn] ?? 0) - before,
    };
    console.log(
      `Opening the tab to an editable form: ${opening.browser.length} SharePoint requests seen by the browser ` +
        `(${opening.browser.join(', ')}), ${opening.emulator} counted by the emulator.`,
    );
    expect(opening.browser.length).toBeLessThanOrEqual(2);
    expect(opening.emulator).toBe(opening.browser.length);
    // A phone's width: in a narrow window the host gives the tab's frame the whole width (its rail and log move
    // above and below it).
    const frameWidth = async () => (await page.locator('#app-frame').boundingBox())?.width ?? 0;
    await page.setViewportSize({ width: 360, height: 900 });
    expect(Math.round(await frameWidth())).toBe(360);
    expect(await app.locator('html').evaluate((html) => html.scrollWidth <= html.clientWidth)).toBe(true);
    await page.locator('#app-frame').screenshot({ path: screenshotPath('journey-form-360') });
    await section(app, 'Ekonomi').scrollIntoViewIfNeeded();
    await page.locator('#app-frame').screenshot({ path: screenshotPath('journey-form-360-ekonomi') });

    const atSave = { browser: sharePoint.count(upn), emulator: suite.tab.emulator.stats().byUser[upn] ?? 0 };
    await field(app, 'Ekonomi', 'Årsarbetare').fill('0,5');
    await saved(app);
    const autosave = {
      browser: sharePoint.list(upn).slice(atSave.browser),
      emulator: (suite.tab.emulator.stats().byUser[upn] ?? 0) - atSave.emulator,
    };
    console.log(
      `One autosave: ${autosave.browser.length} SharePoint requests seen by the browser ` +
        `(${autosave.browser.join(', ')}), ${autosave.emulator} counted by the emulator.`,
    );
    expect(autosave.browser).toEqual([`POST ${new URL(suite.tab.emulator.siteUrl).pathname}/_api/$batch`]);
    expect(autosave.emulator).toBe(1);
    expect(await storedLine(upn, 'E12', 'ekonomi')).toMatchObject({ arsarbetare: 0.5 });
    await expectCleanEnd();
  });
});
