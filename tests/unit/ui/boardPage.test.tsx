/** @jest-environment ./tests/unit/ui/support/jsdomEnvironment.js */
// The board's channel tab (`?view=board&scope=…`), wired as src/main.tsx wires it, on the app's own repositories
// against the SharePoint emulator: it shows the newest summary of its area that reached the channel (read from
// Sammanställningar), drawn as the card the channel got, with the same text alternative; never a later one that
// failed; and says so when the area has none, when the scope names no area, or when the list cannot be read.
// The summaries are published as the project team's panel does (boardServices, to the local Graph receiver).
import { screen, within } from '@testing-library/react';
import { DEV_BOARD_CHANNEL_ID } from '../../../emulators/graph';
import {
  boardDeepLink,
  defaultMunicipalityConfig,
  formatDateTime,
  summaryCard,
  type CardJson,
  type InventoryLine,
} from '../../../src/domain';
import { SharePointPublicationStore } from '../../../src/sharepoint/repositories/publicationStore';
import { BoardPage } from '../../../src/ui/board/BoardPage';
import { chef, managerOrganisation, PEOPLE, periodsAround, submitAnswered } from '../../e2e/lib/managerSite';
import { renderInApp, TEST_APP_ID, until } from './support/app';
import { spFor } from './support/exports';
import { TestNetwork } from './support/network';
import { startSite, type TestSite } from './support/site';
import { publishSummary, cardTexts } from './support/board';
import { receiverDoors } from '../../support/receiverDoors';

jest.setTimeout(90_000);

const period = periodsAround(new Date()).current;
const config = defaultMunicipalityConfig();
/** The board's persona, whom the site puts in the group "Stödinventering kommunstyrelsen". */
const BOARD = PEOPLE.board;

let site: TestSite;
beforeAll(async () => {
  site = await startSite(new Date());
  // Five answers count in Välfärd (S1), so the kommun and S1 show figures.
  for (const n of [8, 9, 10, 11, 12]) await submit(`E${n}`, chef(n));
});
afterAll(() => site?.close());
const doors = () => receiverDoors(site.receiverUrl);
beforeEach(() => doors().reset());

function submit(unitId: string, upn: string) {
  const first = config.taxonomy.functions.find((fn) => fn.roles.length > 0)!;
  return submitAnswered(site.repos(upn), {
    config,
    units: managerOrganisation(),
    periodId: period.id,
    unitId,
    upn,
    answer: (line: InventoryLine) =>
      line.functionId === first.id
        ? { ...line, persons: 1, arsarbetare: 1, roles: [{ roleId: first.roles[0]!.id, arsarbetare: 1 }] }
        : line,
  });
}

/** The board's tab of `scopeKey` as `upn` sees it, wired as src/main.tsx's renderBoard. */
function renderBoard(scopeKey: string, upn: string, network = new TestNetwork(), areaName?: string) {
  const store = new SharePointPublicationStore(spFor(site, upn, network));
  const load = () => store.latestPosted(scopeKey);
  return renderInApp(
    <BoardPage
      scopeKey={scopeKey}
      {...(areaName !== undefined && { areaName })}
      load={load}
      card={(record) =>
        summaryCard(record.summary, {
          route: record.route,
          link: boardDeepLink({
            appId: TEST_APP_ID,
            channelId: DEV_BOARD_CHANNEL_ID,
            scopeKey,
            label: record.summary.area.name,
          }),
        })
      }
      locale="sv"
    />,
  );
}

const title = () => screen.getByRole('heading', { level: 1 });
const alternative = () =>
  screen.getByText('Textalternativ (det skärmläsare läser)').closest('details')!.querySelector('p')!
    .textContent;

describe('the board’s tab', () => {
  it('says that the project team has published nothing for the area yet', async () => {
    const view = renderBoard('kommun', BOARD);
    expect(screen.getByText('Hämtar sammanställningen…')).toBeDefined();
    await until(() =>
      screen.getByText('Projektgruppen har inte publicerat någon sammanställning för Hela kommunen än.'),
    );
    expect(title().textContent).toBe('Sammanställning: Hela kommunen');
    expect(screen.queryByRole('article')).toBeNull();
    expect(screen.queryByText('Hämtar sammanställningen…')).toBeNull();
    view.unmount();
  });

  it('says that a scope names no area, and reads nothing', async () => {
    const network = new TestNetwork();
    renderBoard('styrelsen', BOARD, network);
    await until(() =>
      screen.getByText(
        'Fliken är inställd på ett område som inte finns (styrelsen). Öppna flikens inställningar.',
      ),
    );
    expect(screen.queryByText(/Projektgruppen har inte publicerat/)).toBeNull();
    expect(screen.queryByText('Hämtar sammanställningen…')).toBeNull();
    expect(network.sent).toEqual([]);
  });

  it('shows the newest summary the channel got, as the channel got it, and not a later one that failed', async () => {
    const first = await publishSummary(site, { level: 'kommun' }, 'graph');
    expect(first.kind).toBe('posted');
    // Another unit submits; the newer summary counts it.
    await submit('E2', PEOPLE.erik);
    const second = await publishSummary(site, { level: 'kommun' }, 'graph');
    expect(second.kind).toBe('posted');
    // A third, counting one more unit, that Teams refuses stays "Misslyckades": the tab does not show it.
    await submit('E5', PEOPLE.maria);
    await doors().fault('channelMessage', 400);
    await expect(publishSummary(site, { level: 'kommun' }, 'graph')).rejects.toMatchObject({
      code: 'invalid',
    });
    const messages = await doors().channelMessages();
    expect(messages).toHaveLength(2);
    const card = messages[1]!.cards[0] as CardJson;
    const facts = (card.body as CardJson[]).find((e) => e.type === 'FactSet')!.facts as { value: string }[];
    expect(facts[0]!.value).toMatch(/^6 av \d+ enheter/);

    // The board's own view: the newest posted one, as Teams drew it in the channel, with its text alternative.
    renderBoard('kommun', BOARD);
    await until(() => screen.getByRole('article'));
    const area = second.record.summary.area.name;
    expect(title().textContent).toBe(`Sammanställning: ${area}`);
    const article = screen.getByRole('article', { name: `Sammanställning: ${area}` });
    expect(article.textContent).toBe(cardTexts(card));
    expect(within(article).getAllByRole('table')).not.toHaveLength(0);
    expect(alternative()).toBe(card.speak);
    expect(
      screen.getByText(
        new RegExp(
          `^Siffrorna är summor som projektgruppen publicerade ${formatDateTime(second.record.postedAt!, 'sv')} `,
        ),
      ),
    ).toBeDefined();
  });

  it('shows a sektor’s own summary, posted through Workflows, and nothing of another sektor', async () => {
    const outcome = await publishSummary(site, { level: 'sektor', sektorId: 'S1' }, 'workflows');
    expect(outcome.kind).toBe('posted');
    const [message] = await doors().channelMessages();
    const card = message!.cards[0] as CardJson;

    const view = renderBoard('sektor:S1', BOARD);
    await until(() => screen.getByRole('article'));
    expect(title().textContent).toBe('Sammanställning: Välfärd');
    expect(screen.getByRole('article').textContent).toBe(cardTexts(card));
    // Schema 1.4: rows of columns, no table.
    expect(screen.queryByRole('table')).toBeNull();
    expect(alternative()).toBe(card.speak);
    view.unmount();

    // Samhällsbyggnad has nothing published: the tab names it as its settings saved it (the board cannot read
    // the organisation), or by its key when they did not.
    const nothing = renderBoard('sektor:S2', BOARD, new TestNetwork(), 'Samhällsbyggnad');
    await until(() =>
      screen.getByText('Projektgruppen har inte publicerat någon sammanställning för Samhällsbyggnad än.'),
    );
    expect(screen.queryByRole('article')).toBeNull();
    nothing.unmount();
    renderBoard('sektor:S2', BOARD);
    await until(() =>
      screen.getByText('Projektgruppen har inte publicerat någon sammanställning för sektor:S2 än.'),
    );
  });

  it('shows the project team the same summary as the board', async () => {
    await publishSummary(site, { level: 'kommun' }, 'graph');
    const [message] = await doors().channelMessages();
    renderBoard('kommun', PEOPLE.petra);
    await until(() => screen.getByRole('article'));
    expect(screen.getByRole('article').textContent).toBe(cardTexts(message!.cards[0] as CardJson));
  });

  it('says the summary could not be read when SharePoint does not answer, or refuses someone outside the board', async () => {
    const network = new TestNetwork();
    network.mode = 'offline';
    const view = renderBoard('kommun', BOARD, network);
    await until(() => screen.getByText(/^Sammanställningen kunde inte hämtas\./));
    expect(screen.queryByRole('article')).toBeNull();
    view.unmount();

    // A manager has no permission on Sammanställningar: SharePoint refuses, and no figures show.
    renderBoard('kommun', PEOPLE.anna);
    await until(() => screen.getByText(/^Sammanställningen kunde inte hämtas\./));
    expect(screen.queryByRole('article')).toBeNull();
  });
});
