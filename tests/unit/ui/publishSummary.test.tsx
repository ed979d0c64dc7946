/** @jest-environment ./tests/unit/ui/support/jsdomEnvironment.js */
// The project team's "Sammanställning till kommunstyrelsen" on the dashboard, on the app's own repositories and
// Graph client against the SharePoint emulator and the local Graph/Workflows receiver: the card previewed (its
// figures, size and text alternative) is the card that arrives in the board's channel, by Graph or by the
// Workflows flow whose address stays in this browser; each publication is one item in Sammanställningar; a post
// Teams refused says why, posts nothing, and "Försök igen" sends the same record, never a second one.
import { fireEvent, screen, within } from '@testing-library/react';
import {
  formatNumber,
  graphChannelMessage,
  payloadBytes,
  workflowsMessage,
  type CardJson,
} from '../../../src/domain';
import { listByKey } from '../../../src/sharepoint/lists';
import { itemIdOf, type SpItem } from '../../../src/sharepoint/mapping/values';
import { SharePointPublicationStore } from '../../../src/sharepoint/repositories/publicationStore';
import { DashboardPage } from '../../../src/ui/dashboard/DashboardPage';
import { ServicesContext } from '../../../src/ui/services';
import { ADMIN, PEOPLE, periodsAround } from '../../e2e/lib/managerSite';
import { MemoryStorage, renderInApp, servicesFor, until } from './support/app';
import { spFor } from './support/exports';
import { TestNetwork } from './support/network';
import { startSite, type TestSite } from './support/site';
import { cardTexts } from './support/board';
import { submitOwnStaff } from './support/ownStaff';
import { receiverDoors } from '../../support/receiverDoors';

jest.setTimeout(90_000);

const period = periodsAround(new Date()).current;
const webhookKey = 'stodinventering.workflowsUrl';

let site: TestSite;
beforeAll(async () => {
  HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
  site = await startSite(new Date());
  // Five answers count, so the kommun and Välfärd (S1) show figures; Samhällsbyggnad (S2) keeps only its progress.
  await submitOwnStaff(site);
});
afterAll(() => site?.close());
const doors = () => receiverDoors(site.receiverUrl);
beforeEach(() => doors().reset());

interface StoredItem {
  readonly ID: number;
  readonly ScopeKey: string;
  readonly Route: string;
  readonly Delivery: string;
  readonly MessageId: string | null;
  readonly Summary: string;
}

/** Every item of Sammanställningar, read by the site's administrator. */
async function storedItems(): Promise<StoredItem[]> {
  const items = (await listByKey(spFor(site, ADMIN), 'sammanstallningar')
    .items.select('ID', 'ScopeKey', 'Route', 'Delivery', 'MessageId', 'Summary')
    .orderBy('ID', true)()) as SpItem[];
  return items.map((item) => ({ ...item, ID: itemIdOf(item) }) as unknown as StoredItem);
}

/** The dashboard of Petra (the project team), as the tab shows it, with her browser's storage. */
async function render(options: { storage?: MemoryStorage } = {}) {
  const storage = options.storage ?? new MemoryStorage();
  const network = new TestNetwork();
  const services = servicesFor(site, { upn: PEOPLE.petra, network, storage });
  const view = renderInApp(
    <ServicesContext.Provider value={services}>
      <DashboardPage
        period={period}
        load={services.dashboard.loadView}
        canAdjustThresholds
        locale="sv"
        onBack={() => undefined}
      />
    </ServicesContext.Provider>,
  );
  await until(() => within(panel()).getByRole('radio', { name: 'Microsoft Graph (som du, schema 1.5)' }), {
    within: 30_000,
  });
  return { storage, network, services, unmount: () => view.unmount() };
}

const panel = () => screen.getByRole('region', { name: 'Sammanställning till kommunstyrelsen' });
const preview = () => within(panel()).getByRole('article', { name: 'Kortet som publiceras' });
const previewHeading = () => within(panel()).getByRole('heading', { level: 3, name: /^Förhandsgranskning/ });
const publishButton = (name = 'Publicera i kanalen') => within(panel()).getByRole('button', { name });
const webhookField = () => within(panel()).getByRole('textbox', { name: 'Webhookens adress (Workflows)' });
const status = () => within(panel()).getByRole('status');
const chooseScope = (value: string) =>
  fireEvent.change(within(panel()).getByRole('combobox', { name: 'Område' }), { target: { value } });
const chooseWorkflows = (url: string) => {
  fireEvent.click(within(panel()).getByRole('radio', { name: 'Workflows-webhook (schema 1.4)' }));
  fireEvent.change(webhookField(), { target: { value: url } });
};
/** The text alternative under its disclosure. */
const alternative = () =>
  within(panel()).getByText('Textalternativ (det skärmläsare läser)').closest('details')!.querySelector('p')!
    .textContent;

/** The facts of a card's FactSet, as `title: value`. */
function cardFacts(card: CardJson): string[] {
  const set = (card.body as CardJson[]).find((element) => element.type === 'FactSet')!;
  return (set.facts as { title: string; value: string }[]).map((f) => `${f.title}: ${f.value}`);
}

/** The facts the preview shows, as `title: value`. */
function previewFacts(): string[] {
  const terms = within(preview()).getAllByRole('term');
  const definitions = within(preview()).getAllByRole('definition');
  return terms.map((term, i) => `${term.textContent}: ${definitions[i]?.textContent}`);
}

/** The KB the preview's heading gives. */
function previewKb(): { version: string; kb: number } {
  const match = /^Förhandsgranskning \(schema (1\.[45]), (\d+) KB av högst 24 KB\)$/.exec(
    previewHeading().textContent ?? '',
  );
  expect(match).not.toBeNull();
  return { version: match![1]!, kb: Number(match![2]) };
}

/** The progress and support FTE the stored answers give, by docs/domain.md, for the units of `sektorId` or all. */
async function expectedFigures(sektorId?: string) {
  const { units, inventories } = await site.repos(ADMIN).inventories.listStatusesByPeriod(period.id);
  const inArea = new Set(
    units.filter((u) => sektorId === undefined || u.sektorId === sektorId).map((u) => u.id),
  );
  const areaInventories = inventories.filter((i) => inArea.has(i.unitId));
  const counted = areaInventories.filter((i) => i.status === 'submitted' || i.status === 'approved');
  const full = await site.repos(ADMIN).dashboard.load({ periodId: period.id });
  const fte = full.inventories
    .filter((i) => counted.some((c) => c.unitId === i.unitId))
    .flatMap((i) => i.lines)
    .reduce((sum, line) => sum + Math.round((line.arsarbetare ?? 0) * 100), 0);
  return {
    progress: `${counted.length} av ${areaInventories.length} enheter`,
    fte: `${formatNumber(fte / 100, 'sv', { maximumFractionDigits: 1 })} årsarbetare`,
  };
}

describe('publishing a summary to the board', () => {
  it('previews the kommun’s card, and Graph brings the same card, figures and text alternative into the channel', async () => {
    const { storage } = await render();
    const before = await storedItems();
    const expected = await expectedFigures();

    // The preview: schema 1.5 for Graph, the kommun's progress and support FTE as counted from the stored answers.
    expect(
      within(panel()).getByRole('radio', { name: 'Microsoft Graph (som du, schema 1.5)' }),
    ).toHaveProperty('checked', true);
    const facts = previewFacts();
    expect(facts[0]).toMatch(new RegExp(`^Inskickade eller godkända: ${expected.progress} \\(`));
    expect(facts).toContain(`Stödresurser: ${expected.fte}`);
    expect(expected.fte).toBe('5,5 årsarbetare');
    const shownKb = previewKb();
    expect(shownKb.version).toBe('1.5');
    const shownText = preview().textContent;
    const shownAlternative = alternative();
    expect(shownAlternative).toContain(`Stödresurser: 5,5 årsarbetare`);

    fireEvent.click(publishButton());
    await until(() => expect(status().textContent).toMatch(/^Publicerad i kanalen .+\.$/), {
      within: 20_000,
    });
    expect(publishButton('Publicera en ny')).toBeDefined();

    // One message, through Graph as Petra, with the card the preview showed.
    const messages = await doors().channelMessages();
    expect(messages).toHaveLength(1);
    const [message] = messages;
    expect(message!.via).toBe('graph');
    expect(message!.cards).toHaveLength(1);
    const card = message!.cards[0] as CardJson;
    expect(card.version).toBe('1.5');
    expect(cardTexts(card)).toBe(shownText);
    expect(cardFacts(card)).toEqual(facts);
    expect(card.speak).toBe(shownAlternative);
    expect(message!.summary).toBe(`${expected.progress.replace(/ enheter$/, '')} enheter har skickat in.`);
    // The size shown is that card's Graph message's, in whole KB.
    const bytes = payloadBytes(
      graphChannelMessage(card, { attachmentId: 'preview', subject: '', summary: '' }),
    );
    expect(shownKb.kb).toBe(Math.ceil(bytes / 1024));

    // One item in Sammanställningar, posted, with Graph's message id; the summary it holds is the card's.
    const after = await storedItems();
    expect(after).toHaveLength(before.length + 1);
    const item = after.at(-1)!;
    expect(item).toMatchObject({
      ScopeKey: 'kommun',
      Route: 'Graph',
      Delivery: 'Skickad',
      MessageId: message!.id,
    });
    const record = await new SharePointPublicationStore(spFor(site, ADMIN)).latestPosted('kommun');
    expect(record?.id).toBe(item.ID);
    expect(storage.items.has(webhookKey)).toBe(false);
  });

  it('posts a sektor’s card through the Workflows flow, whose address stays in this browser only', async () => {
    const { storage, unmount } = await render();
    const before = await storedItems();
    const expected = await expectedFigures('S1');
    chooseScope('sektor:S1');
    await until(() => expect(preview().textContent).toContain('Välfärd'));
    expect(preview().textContent).not.toContain('(hela kommunen)');
    chooseWorkflows(site.workflowUrl);
    await until(() => expect(previewKb().version).toBe('1.4'));
    const facts = previewFacts();
    expect(facts[0]).toMatch(new RegExp(`^Inskickade eller godkända: ${expected.progress} \\(`));
    expect(facts).toContain(`Stödresurser: ${expected.fte}`);
    // Schema 1.4 has no Table: the preview draws rows of columns.
    expect(within(preview()).queryByRole('table')).toBeNull();
    const shownText = preview().textContent;
    const shownKb = previewKb().kb;

    fireEvent.click(publishButton());
    await until(() => expect(status().textContent).toMatch(/^Publicerad i kanalen .+\.$/), {
      within: 20_000,
    });

    const messages = await doors().channelMessages();
    expect(messages).toHaveLength(1);
    expect(messages[0]!.via).toBe('workflows');
    const card = messages[0]!.cards[0] as CardJson;
    expect(card.version).toBe('1.4');
    expect(cardTexts(card)).toBe(shownText);
    expect(shownKb).toBe(Math.ceil(payloadBytes(workflowsMessage(card)) / 1024));
    const runs = await doors().runs();
    expect(runs.map((r) => r.status)).toEqual(['Succeeded']);

    // One item of S1, posted by Workflows (which gives no message id); the flow's secret address is not in it.
    const after = await storedItems();
    expect(after).toHaveLength(before.length + 1);
    const item = after.at(-1)!;
    expect(item).toMatchObject({ ScopeKey: 'sektor:S1', Route: 'Workflows', Delivery: 'Skickad' });
    expect(item.MessageId ?? '').toBe('');
    const sig = new URL(site.workflowUrl).searchParams.get('sig')!;
    expect(JSON.stringify(after)).not.toContain(sig);

    // The address is kept in this browser: a new tab of the same browser has it filled in.
    expect(storage.items.get(webhookKey)).toBe(site.workflowUrl);
    unmount();
    await render({ storage });
    fireEvent.click(within(panel()).getByRole('radio', { name: 'Workflows-webhook (schema 1.4)' }));
    expect(webhookField()).toHaveProperty('value', site.workflowUrl);
  });

  it('refuses an Office 365 connector’s address and one that is not a flow’s, before anything is sent', async () => {
    const { storage } = await render();
    const before = await storedItems();
    chooseWorkflows('https://contoso.webhook.office.com/webhookb2/abc@def/IncomingWebhook/123/456');
    expect(
      within(panel()).getByText(
        'Adresser på webhook.office.com hör till Office 365-anslutningarna, som Microsoft har tagit bort. Skapa ett flöde i Workflows i stället.',
      ),
    ).toBeDefined();
    expect(publishButton()).toHaveProperty('disabled', true);
    fireEvent.change(webhookField(), {
      target: { value: 'https://example.com/workflows/1/triggers/manual' },
    });
    expect(
      within(panel()).getByText(
        'Ange adressen som börjar med https:// och slutar på .logic.azure.com eller .environment.api.powerplatform.com.',
      ),
    ).toBeDefined();
    expect(publishButton()).toHaveProperty('disabled', true);
    expect(await storedItems()).toHaveLength(before.length);
    expect(await doors().channelMessages()).toEqual([]);
    expect(storage.items.has(webhookKey)).toBe(false);
  });

  it('says how long Teams asks us to wait when throttled, and "Försök igen" sends the same record once', async () => {
    await render();
    const before = await storedItems();
    await doors().fault('channelMessage', 429, { retryAfterSeconds: 7 });

    fireEvent.click(publishButton());
    await until(
      () => within(panel()).getByText('Teams ber oss vänta 7 s. Inget publicerades; försök igen då.'),
      {
        within: 20_000,
      },
    );
    // Nothing arrived; the record is kept, marked failed.
    expect(await doors().channelMessages()).toEqual([]);
    const failed = await storedItems();
    expect(failed).toHaveLength(before.length + 1);
    expect(failed.at(-1)).toMatchObject({ ScopeKey: 'kommun', Delivery: 'Misslyckades' });

    fireEvent.click(publishButton('Försök igen'));
    await until(() => expect(status().textContent).toMatch(/^Publicerad i kanalen .+\.$/), {
      within: 20_000,
    });
    expect(within(panel()).queryByText(/Teams ber oss vänta/)).toBeNull();

    // Exactly one message, and the same item (no second one) now marked posted with its id.
    const messages = await doors().channelMessages();
    expect(messages).toHaveLength(1);
    const after = await storedItems();
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)).toMatchObject({
      ID: failed.at(-1)!.ID,
      Delivery: 'Skickad',
      MessageId: messages[0]!.id,
    });
  });

  it.each([
    {
      status: 400,
      text: /^Teams tog inte emot kortet\. Inget publicerades\. Teams svar: .*BadRequest: Invalid request body was sent\.$/,
    },
    {
      status: 401,
      text: /^Inloggningen mot Teams gick inte igenom\. Inget publicerades; logga in igen och försök\.$/,
    },
  ])(
    'says what Teams’ $status means, posts nothing, and a retry posts that record',
    async ({ status: code, text }) => {
      await render();
      const before = await storedItems();
      await doors().fault('channelMessage', code);

      fireEvent.click(publishButton());
      await until(() => within(panel()).getByText(text), { within: 20_000 });
      expect(await doors().channelMessages()).toEqual([]);
      const failed = await storedItems();
      expect(failed).toHaveLength(before.length + 1);
      expect(failed.at(-1)).toMatchObject({ Delivery: 'Misslyckades' });

      fireEvent.click(publishButton('Försök igen'));
      await until(() => expect(status().textContent).toMatch(/^Publicerad i kanalen/), { within: 20_000 });
      expect(await doors().channelMessages()).toHaveLength(1);
      const after = await storedItems();
      expect(after).toHaveLength(before.length + 1);
      expect(after.at(-1)).toMatchObject({ ID: failed.at(-1)!.ID, Delivery: 'Skickad' });
    },
  );

  it('says SharePoint did not take the summary when the network drops before it is recorded, and sends nothing', async () => {
    const { network } = await render();
    const before = await storedItems();
    network.mode = 'offline';
    fireEvent.click(publishButton());
    await until(() =>
      within(panel()).getByText(
        /^Sammanställningen kunde inte sparas i listan Sammanställningar, så inget skickades till Teams\./,
      ),
    );
    expect(within(panel()).queryByText(/Inget svar från Teams/)).toBeNull();
    network.mode = 'online';
    expect(await doors().channelMessages()).toEqual([]);
    expect(await storedItems()).toHaveLength(before.length);
  });

  it('says the Workflows flow refused the post, and nothing ran', async () => {
    await render();
    const before = await storedItems();
    chooseWorkflows(site.workflowUrl);
    await doors().fault('workflows', 429, { retryAfterSeconds: 3 });
    fireEvent.click(publishButton());
    await until(
      () => within(panel()).getByText('Teams ber oss vänta 3 s. Inget publicerades; försök igen då.'),
      {
        within: 20_000,
      },
    );
    expect(await doors().channelMessages()).toEqual([]);
    expect(await doors().runs()).toEqual([]);
    const after = await storedItems();
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)).toMatchObject({ Route: 'Workflows', Delivery: 'Misslyckades' });
  });

  it('sends nothing again when the failed record was posted meanwhile, and says when it was', async () => {
    await render();
    const before = await storedItems();
    await doors().fault('channelMessage', 503, { retryAfterSeconds: 1 });
    fireEvent.click(publishButton());
    await until(() => within(panel()).getByText(/^Publiceringen misslyckades\. Inget publicerades\. \(/), {
      within: 20_000,
    });
    expect(await doors().channelMessages()).toEqual([]);
    const failed = (await storedItems()).at(-1)!;
    expect(failed.ID).toBeGreaterThan(before.at(-1)?.ID ?? 0);

    // Meanwhile the same record is sent from Petra's other tab.
    const elsewhere = await servicesFor(site, { upn: PEOPLE.petra, network: new TestNetwork() }).board();
    const record = await new SharePointPublicationStore(spFor(site, PEOPLE.petra)).get(failed.ID);
    const outcome = await elsewhere.post(record);
    expect(outcome.kind).toBe('posted');
    expect(await doors().channelMessages()).toHaveLength(1);

    fireEvent.click(publishButton('Försök igen'));
    await until(
      () =>
        expect(status().textContent).toMatch(
          /^Sammanställningen var redan publicerad .+; inget skickades igen\.$/,
        ),
      { within: 20_000 },
    );
    expect(await doors().channelMessages()).toHaveLength(1);
    const after = await storedItems();
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)).toMatchObject({ ID: failed.ID, Delivery: 'Skickad' });
  });
});
