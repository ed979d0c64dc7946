// The emulator's SharePoint-like list page in Chromium: a reviewer opens a provisioned, grouped view of unit
// folders and sees exactly their units, filtered, sorted, grouped and paged as the view says; sets a status and a
// comment that are stored; meets the 412 and 403 answers; a persona without access is denied.
import { spfi, DefaultHeaders, DefaultInit, type SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/views';
import '@pnp/sp/folders';
import '@pnp/sp/security';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import { BearerToken, BrowserFetchWithRetry, DefaultParse } from '@pnp/queryable';
import type { Browser, Page } from 'playwright-core';
import { type RunningSharePointEmulator } from '../../emulators/sharepoint/index';
import { ADMIN, startEmulator } from '../support/emulator';
import { axeViolations } from './lib/axe';
import { launchBrowser, screenshotPath } from './lib/browser';

jest.setTimeout(90_000);

const LIST = 'Inventeringar';
const CONTRIBUTE = 1073741827;
const READ = 1073741826;
const FULL_CONTROL = 1073741829;
const STATUSES = ['Ej påbörjad', 'Utkast', 'Inskickad', 'Återsänd', 'Godkänd'];

/** Units: code, name, sektor, kontor, status. Välfärd/Äldreomsorg is Karl's office. */
const UNITS = [
  ['E101', 'Hemtjänst Norr', 'Välfärd', 'Äldreomsorg', 'Inskickad'],
  ['E102', 'Hemtjänst Syd', 'Välfärd', 'Äldreomsorg', 'Inskickad'],
  ['E103', 'Dagverksamhet', 'Välfärd', 'Äldreomsorg', 'Utkast'],
  ['E104', 'Särskilt boende Öster', 'Välfärd', 'Äldreomsorg', 'Inskickad'],
  ['E105', 'Boende Väster', 'Välfärd', 'Äldreomsorg', 'Inskickad'],
  ['E201', 'Individ- och familjeomsorg', 'Välfärd', 'Socialtjänst', 'Inskickad'],
  ['E202', "Barn och unga O'Hara", 'Välfärd', 'Socialtjänst', 'Godkänd'],
  ['E301', 'Bygglov', 'Samhällsbyggnad', 'Plan och bygg', 'Inskickad'],
] as const;

let emulator: RunningSharePointEmulator;
let stopEmulator: () => Promise<void> = async () => undefined;
let browser: Browser;
let page: Page;
let listId: string;
let rootUrl: string;

function sp(upn: string): SPFI {
  return spfi(emulator.siteUrl).using(
    DefaultHeaders(),
    DefaultInit(),
    BrowserFetchWithRetry(),
    DefaultParse(),
    BearerToken(emulator.token(upn)),
  );
}

const admin = () => sp(ADMIN);
const list = () => admin().web.lists.getById(listId);

async function userId(upn: string): Promise<number> {
  return (await admin().web.ensureUser(`i:0#.f|membership|${upn}`)).Id;
}

/** Gives a principal a role on a unit folder, which then has its own permissions (as ensureUnitAccess does). */
async function grantOnFolder(code: string, principalId: number, roleId: number): Promise<void> {
  const folderItem = await admin()
    .web.getFolderByServerRelativePath(`${rootUrl}/${code}`)
    .listItemAllFields.select('Id')();
  const item = list().items.getById(Number((folderItem as { Id: number }).Id));
  await item.breakRoleInheritance(true, false);
  await item.roleAssignments.add(principalId, roleId);
}

beforeAll(async () => {
  ({ emulator, stop: stopEmulator } = await startEmulator());
  const created = await admin().web.lists.add(LIST, '', 100, false);
  listId = created.Id;
  rootUrl = (await list().rootFolder.select('ServerRelativeUrl')()).ServerRelativeUrl;
  await list().fields.addText('UnitCode');
  await list().fields.addText('SektorName');
  await list().fields.addText('KontorName');
  await list().fields.addChoice('Status', { Choices: STATUSES });
  await list().fields.addMultilineText('ReviewerComment', { RichText: false });
  // Display names as reviewers see them (the internal names stay ASCII).
  await list().fields.getByInternalNameOrTitle('Title').update({ Title: 'Enhet' });
  await list().fields.getByInternalNameOrTitle('SektorName').update({ Title: 'Sektor' });
  await list().fields.getByInternalNameOrTitle('KontorName').update({ Title: 'Kontor' });
  await list().fields.getByInternalNameOrTitle('ReviewerComment').update({ Title: 'Granskarens kommentar' });
  const columns = ['LinkTitle', 'UnitCode', 'Status', 'ReviewerComment'];
  const grouped =
    "<GroupBy Collapse='FALSE' GroupLimit='100'><FieldRef Name='SektorName'/><FieldRef Name='KontorName'/></GroupBy>" +
    "<OrderBy><FieldRef Name='Title'/></OrderBy>";
  await list().views.add('Att granska', false, {
    ViewQuery: `<Where><In><FieldRef Name='Status'/><Values><Value Type='Choice'>Inskickad</Value></Values></In></Where>${grouped}`,
    RowLimit: 4,
    Scope: 1,
  });
  await list().views.add('Alla inventeringar', false, { ViewQuery: grouped, RowLimit: 30, Scope: 1 });
  await list().views.add('Mappar', false, { ViewQuery: "<OrderBy><FieldRef Name='FileLeafRef'/></OrderBy>" });
  for (const title of ['Att granska', 'Alla inventeringar']) {
    const view = list().views.getByTitle(title);
    await view.fields.removeAll();
    for (const column of columns) await view.fields.add(column);
  }
  for (const [code, name, sektor, kontor, status] of UNITS) {
    await list().rootFolder.folders.addUsingPath(code);
    await list().addValidateUpdateItemUsingPath(
      [
        { FieldName: 'Title', FieldValue: name },
        { FieldName: 'UnitCode', FieldValue: code },
        { FieldName: 'SektorName', FieldValue: sektor },
        { FieldName: 'KontorName', FieldValue: kontor },
        { FieldName: 'Status', FieldValue: status },
      ],
      `${rootUrl}/${code}`,
    );
  }
  // Only the owners keep access at list level; each unit folder gets its reviewers (docs/data-model.md).
  await list().breakRoleInheritance(false, true);
  await list().roleAssignments.add(await userId(ADMIN), FULL_CONTROL);
  const kontorsgrupp = await admin().web.siteGroups.add({ Title: 'Granskare Välfärd Äldreomsorg' });
  await admin()
    .web.siteGroups.getById(kontorsgrupp.Id)
    .users.add('i:0#.f|membership|karl.kontor@kommun.example');
  const sara = await userId('sara.sektor@kommun.example');
  for (const [code, , sektor, kontor] of UNITS) {
    if (kontor === 'Äldreomsorg') await grantOnFolder(code, kontorsgrupp.Id, CONTRIBUTE);
    if (sektor === 'Välfärd') await grantOnFolder(code, sara, READ);
  }
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await stopEmulator();
});

beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
});

afterEach(async () => {
  await page.close();
});

function viewUrl(file: string): string {
  return `${emulator.url}${rootUrl}/${file}`;
}

async function signInAs(upn: string): Promise<void> {
  await page.getByLabel('Visa som').selectOption(upn);
}

async function rowsOf(): Promise<string[][]> {
  return page.locator('table.list tbody tr:not(.group):visible').evaluateAll((rows) =>
    rows.map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => {
        const select = td.querySelector('select');
        return select
          ? select.value
          : (td.querySelector('.note')?.textContent ?? td.textContent ?? '').trim();
      }),
    ),
  );
}

async function groupHeaders(): Promise<string[]> {
  return page.locator('tr.group button').allTextContents();
}

describe('the list page', () => {
  it('renders the grouped, filtered, sorted and paged view for an office reviewer', async () => {
    await page.goto(viewUrl('Attgranska.aspx'));
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    await signInAs('karl.kontor@kommun.example');
    const table = page.getByRole('table');
    await table.waitFor();
    await expect(page.locator('caption').textContent()).resolves.toBe('Att granska: objekt 1–4');
    const headers = await page.locator('thead th').allTextContents();
    expect(headers).toEqual(['Enhet', 'UnitCode', 'Status', 'Granskarens kommentar']);
    // Karl's office only, status Inskickad only, by title; the fourth unit of the office is on page 1 (RowLimit 4).
    expect((await rowsOf()).map((r) => r[0])).toEqual([
      'Boende Väster',
      'Hemtjänst Norr',
      'Hemtjänst Syd',
      'Särskilt boende Öster',
    ]);
    expect(await groupHeaders()).toEqual(['Sektor: Välfärd (4)', 'Kontor: Äldreomsorg (4)']);
    expect(await page.getByRole('button', { name: 'Nästa' }).isDisabled()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('listpage-reviewer'), fullPage: true });
  });

  it('groups two offices for a sector head, pages by RowLimit and collapses groups', async () => {
    await page.goto(viewUrl('Attgranska.aspx'));
    await signInAs('sara.sektor@kommun.example');
    await page.getByRole('table').waitFor();
    expect(await groupHeaders()).toEqual(['Sektor: Välfärd (5)', 'Kontor: Äldreomsorg (4)']);
    await page.getByRole('button', { name: 'Nästa' }).click();
    await page.locator('caption', { hasText: 'objekt 5–5' }).waitFor();
    expect((await rowsOf()).map((r) => r[0])).toEqual(['Individ- och familjeomsorg']);
    expect(await groupHeaders()).toEqual(['Sektor: Välfärd (5)', 'Kontor: Socialtjänst (1)']);
    await page.getByRole('button', { name: 'Föregående' }).click();
    await page.locator('caption', { hasText: 'objekt 1–4' }).waitFor();
    const kontor = page.getByRole('button', { name: 'Kontor: Äldreomsorg (4)' });
    await kontor.click();
    expect(await kontor.getAttribute('aria-expanded')).toBe('false');
    expect(await rowsOf()).toEqual([]);
    await kontor.press('Enter');
    expect((await rowsOf()).length).toBe(4);
    await page.screenshot({ path: screenshotPath('listpage-sektorchef'), fullPage: true });
  });

  it('saves a status and a comment with IF-MATCH, and they are stored', async () => {
    await page.goto(viewUrl('Allainventeringar.aspx'));
    await signInAs('karl.kontor@kommun.example');
    const status = page.getByRole('combobox', { name: 'Status, Hemtjänst Norr' });
    await status.selectOption('Godkänd');
    await page.getByRole('status').filter({ hasText: 'Sparat' }).waitFor();
    await page.getByRole('button', { name: 'Redigera granskarens kommentar, Hemtjänst Norr' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Granskarens kommentar').fill('Bra underlag – godkänt.');
    await page.screenshot({ path: screenshotPath('listpage-comment') });
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const stored = await list().items.filter("UnitCode eq 'E101'").select('Status', 'ReviewerComment')();
    expect(stored).toEqual([
      expect.objectContaining({ Status: 'Godkänd', ReviewerComment: 'Bra underlag – godkänt.' }),
    ]);
    await page.screenshot({ path: screenshotPath('listpage-saved'), fullPage: true });
  });

  it('shows a clear message on 412 when someone else changed the row, and SharePoint’s denial on 403', async () => {
    await page.goto(viewUrl('Allainventeringar.aspx'));
    await signInAs('karl.kontor@kommun.example');
    const status = page.getByRole('combobox', { name: 'Status, Hemtjänst Syd' });
    await status.waitFor();
    const [row] = await list().items.filter("UnitCode eq 'E102'").select('Id')();
    await list().items.getById(row.Id).update({ ReviewerComment: 'Ändrad av någon annan' });
    await status.selectOption('Återsänd');
    await page.getByRole('status').filter({ hasText: 'ändrats av någon annan' }).waitFor();
    expect(await status.inputValue()).toBe('Inskickad');
    await page.screenshot({ path: screenshotPath('listpage-conflict'), fullPage: true });

    // Karl's office is set to read only on one unit while the page is open: SharePoint answers 403.
    const [dagverksamhet] = await list().items.filter("UnitCode eq 'E103'").select('Id')();
    const folderItem = await admin()
      .web.getFolderByServerRelativePath(`${rootUrl}/E103`)
      .listItemAllFields.select('Id')();
    const group = await admin().web.siteGroups.getByName(
      encodeURIComponent('Granskare Välfärd Äldreomsorg'),
    )();
    const assignments = list().items.getById(Number((folderItem as { Id: number }).Id)).roleAssignments;
    await assignments.add(group.Id, READ);
    await assignments.remove(group.Id, CONTRIBUTE);
    await page.getByRole('combobox', { name: 'Status, Dagverksamhet' }).selectOption('Godkänd');
    await page.getByRole('status').filter({ hasText: 'Åtkomst nekad' }).waitFor();
    const [stored] = await list().items.filter(`Id eq ${dagverksamhet.Id}`).select('Status')();
    expect(stored.Status).toBe('Utkast');
    await page.screenshot({ path: screenshotPath('listpage-denied-save'), fullPage: true });
  });

  it('shows a reader the rows without editors', async () => {
    await page.goto(viewUrl('Allainventeringar.aspx'));
    await signInAs('sara.sektor@kommun.example');
    await page.getByRole('table').waitFor();
    const rows = await rowsOf();
    expect(rows.map((r) => r[0])).toContain('Dagverksamhet');
    expect(rows.map((r) => r[0])).not.toContain('Bygglov');
    expect(await page.getByRole('table').getByRole('combobox').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Redigera/ }).count()).toBe(0);
  });

  it('denies a persona without access to the list', async () => {
    await page.goto(viewUrl('Attgranska.aspx'));
    await signInAs('styrelsen@kommun.example');
    await page.getByRole('heading', { name: 'Åtkomst nekad' }).waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('listpage-denied'), fullPage: true });
  });

  it('shows the unit folders in a view without a recursive scope, as SharePoint does', async () => {
    await page.goto(viewUrl('Mappar.aspx'));
    await signInAs(ADMIN);
    const folder = page.getByRole('link', { name: 'Mapp: E101' });
    await folder.click();
    await page.locator('.crumbs').waitFor();
    expect(await page.locator('caption').textContent()).toBe('Mappar: objekt 1–1');
    expect((await rowsOf()).map((r) => r[0])).toEqual(['Hemtjänst Norr']);
    await page.screenshot({ path: screenshotPath('listpage-folder'), fullPage: true });
  });
});
