/** @jest-environment ./tests/unit/ui/support/jsdomEnvironment.js */
// The channel tab's settings page, wired as src/main.tsx wires it (`loadScopes` is Sammanställningar's `scopes()`
// as whoever adds the tab), against the SharePoint emulator: it offers the app and the kommun always, and each area
// with a published summary by its name; the choice goes to `onChoice` as the page's Save will store it. Someone who
// cannot read the list is offered the kommun only, and told why.
import { fireEvent, screen } from '@testing-library/react';
import { SharePointPublicationStore } from '../../../src/sharepoint/repositories/publicationStore';
import { TabSettingsPage, type TabChoice } from '../../../src/ui/tabSettings/TabSettingsPage';
import { PEOPLE } from '../../e2e/lib/managerSite';
import { renderInApp, until } from './support/app';
import { spFor } from './support/exports';
import { TestNetwork } from './support/network';
import { startSite, type TestSite } from './support/site';
import { publishSummary } from './support/board';
import { receiverDoors } from '../../support/receiverDoors';

jest.setTimeout(90_000);

/** The board's persona, whom the site puts in the group "Stödinventering kommunstyrelsen". */
const BOARD = PEOPLE.board;
const noScopes =
  'Inga sammanställningar är publicerade än, eller så kan du inte läsa dem; hela kommunen går alltid att välja.';

let site: TestSite;
beforeAll(async () => {
  site = await startSite(new Date());
});
afterAll(() => site?.close());

/** The settings page as `upn` (who adds the tab) sees it; returns the choices it reported. */
function renderSettings(upn: string) {
  const store = new SharePointPublicationStore(spFor(site, upn, new TestNetwork()));
  const loadScopes = () => store.scopes();
  const choices: TabChoice[] = [];
  const view = renderInApp(
    <TabSettingsPage locale="sv" loadScopes={loadScopes} onChoice={(c) => choices.push(c)} />,
  );
  return { choices, unmount: () => view.unmount() };
}

/** The radios' labels, in order. */
const radioNames = () =>
  screen.getAllByRole('radio').map((radio) => (radio as HTMLInputElement).labels?.[0]?.textContent);

describe('the channel tab’s settings', () => {
  it('offers the app and the whole kommun before anything is published, and says so', async () => {
    const { choices } = renderSettings(PEOPLE.petra);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Lägg till Stödinventering i kanalen' }),
    ).toBeDefined();
    await until(() => screen.getByText(noScopes));
    expect(screen.getByRole('radiogroup', { name: 'Fliken visar' })).toBeDefined();
    expect(radioNames()).toEqual([
      'Appen: var och en ser sitt eget',
      'Kommunstyrelsens sammanställning: Hela kommunen',
    ]);
    // The app is chosen until something else is.
    expect(screen.getByRole('radio', { name: 'Appen: var och en ser sitt eget' })).toHaveProperty(
      'checked',
      true,
    );

    fireEvent.click(screen.getByRole('radio', { name: 'Kommunstyrelsens sammanställning: Hela kommunen' }));
    expect(choices).toEqual([{ kind: 'board', scopeKey: 'kommun', name: 'Hela kommunen' }]);
    expect(
      screen.getByRole('radio', { name: 'Kommunstyrelsens sammanställning: Hela kommunen' }),
    ).toHaveProperty('checked', true);
    fireEvent.click(screen.getByRole('radio', { name: 'Appen: var och en ser sitt eget' }));
    expect(choices.at(-1)).toEqual({ kind: 'app' });
  });

  it('offers each area with a summary in the channel by its name, to the board and the project team', async () => {
    await publishSummary(site, { level: 'kommun' }, 'graph');
    await publishSummary(site, { level: 'sektor', sektorId: 'S1' }, 'workflows');
    // Samhällsbyggnad's summary is recorded but Teams refuses it: its tab would have nothing to show.
    await receiverDoors(site.receiverUrl).fault('channelMessage', 500);
    await expect(publishSummary(site, { level: 'sektor', sektorId: 'S2' }, 'graph')).rejects.toMatchObject({
      code: 'unavailable',
    });
    for (const upn of [BOARD, PEOPLE.petra]) {
      const { choices, unmount } = renderSettings(upn);
      const welfare = 'Kommunstyrelsens sammanställning: Välfärd';
      await until(() => screen.getByRole('radio', { name: welfare }));
      // The kommun once, under its own words, however its summary names it.
      expect(radioNames()).toEqual([
        'Appen: var och en ser sitt eget',
        'Kommunstyrelsens sammanställning: Hela kommunen',
        welfare,
      ]);
      expect(screen.queryByText(noScopes)).toBeNull();
      fireEvent.click(screen.getByRole('radio', { name: welfare }));
      expect(choices).toEqual([{ kind: 'board', scopeKey: 'sektor:S1', name: 'Välfärd' }]);
      unmount();
    }
  });

  it('offers someone who cannot read Sammanställningar the kommun only, and says why', async () => {
    const { choices } = renderSettings(PEOPLE.anna);
    await until(() => screen.getByText(noScopes));
    expect(radioNames()).toEqual([
      'Appen: var och en ser sitt eget',
      'Kommunstyrelsens sammanställning: Hela kommunen',
    ]);
    fireEvent.click(screen.getByRole('radio', { name: 'Kommunstyrelsens sammanställning: Hela kommunen' }));
    expect(choices).toEqual([{ kind: 'board', scopeKey: 'kommun', name: 'Hela kommunen' }]);
  });
});
