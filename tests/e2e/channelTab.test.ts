// The tab in a channel: Teams runs its configuration page (the manifest's `?view=config`) when the tab is added or
// its settings are opened; Save stores the tab's own address as the channel tab, and the channel then shows it.
import { axeViolations } from './lib/axe';
import { browserSuite } from './lib/browserSuite';
import { openHost } from './lib/hostSession';
import { PEOPLE } from './lib/managerSite';

jest.setTimeout(120_000);

const suite = browserSuite();

it('configures the channel tab: the settings page enables Save, which shows the tab at its own address', async () => {
  const { context, offBox } = await suite.newContext();
  const host = await openHost(context, suite.tab, { as: PEOPLE.anna, place: 'channel' });
  const { page, app } = host;
  // A channel tab starts configured: the manager's start page, as in the personal app.
  await app.getByRole('heading', { level: 2, name: 'Hemtjänst Norr' }).waitFor();

  await page.getByRole('button', { name: 'Flikens inställningar' }).click();
  await app.getByRole('heading', { level: 1, name: 'Lägg till Stödinventering i kanalen' }).waitFor();
  expect(await page.locator('#app-frame').getAttribute('src')).toBe(`${suite.tab.url}?view=config`);
  // Enabled once the page has said its settings are valid (`setValidityState`).
  const save = page.locator('#save:not([disabled])');
  await save.waitFor();
  expect(await save.textContent()).toBe('Spara');
  const frame = await (await page.waitForSelector('#app-frame')).contentFrame();
  expect(frame && (await axeViolations(frame))).toEqual([]);

  await save.click();
  await app.getByRole('heading', { level: 2, name: 'Hemtjänst Norr' }).waitFor();
  // Saved without the settings page's query: the tab itself.
  expect(await page.locator('#app-frame').getAttribute('src')).toBe(suite.tab.url);
  expect(await host.unanswered()).toBe(0);
  expect(offBox.filter((url) => !url.includes('validDomains'))).toEqual([]);
});
