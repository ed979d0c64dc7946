// `npm run post-summary` as IT schedules it, against a seeded site and the local Graph/Workflows receiver (both
// trusting the site's development identity): one message per run on either route, whose card counts what the seed
// holds; a dry run posts and records nothing; a throttled post says how long to wait, posts nothing and is marked
// failed, and the next run posts once; an unknown scope lists the sektorer.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import {
  DEV_BOARD_CHANNEL_ID,
  DEV_TEAM_ID,
  startGraphReceiver,
  type ReceivedMessage,
  type RunningGraphReceiver,
} from '../../../emulators/graph';
import { UsageError } from '../../../scripts/lib/args';
import { channelTarget, checkWebhookUrl, resolveScope } from '../../../scripts/lib/channel';
import { seedDemoSite, type DemoMunicipality } from '../../../scripts/lib/demoSite';
import { boardDeepLink, type PublicationRecord } from '../../../src/domain';
import { listByKey } from '../../../src/sharepoint/lists';
import { itemIdOf, type SpItem } from '../../../src/sharepoint/mapping/values';
import { SharePointPublicationStore } from '../../../src/sharepoint/repositories/publicationStore';
import { startSite, stopSite, type SiteUnderTest } from '../site/harness';

const root = join(__dirname, '../../..');
/** Any Teams app id: the card's link is built from it. */
const APP_ID = '4b2f6e8a-1c3d-4e5f-9a7b-2c8d0e6f1a3b';

let site: SiteUnderTest;
let receiver: RunningGraphReceiver;
let demo: DemoMunicipality;

beforeAll(async () => {
  site = await startSite();
  ({ demo } = await seedDemoSite(site.sp(), { units: 60, seed: 5, today: '2025-05-20' }));
  receiver = await startGraphReceiver({ port: 0, dataDir: site.dataDir });
}, 120_000);
afterAll(async () => {
  await receiver?.close();
  await stopSite(site);
});

interface ScriptRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `scripts/post-summary.ts` as `npm run` does, with none of the caller's channel settings in its environment. */
function postSummary(args: readonly string[], env: Record<string, string> = {}): Promise<ScriptRun> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/post-summary.ts', ...args],
      {
        cwd: root,
        env: {
          ...process.env,
          ...Object.fromEntries(
            [
              'SP_TOKEN',
              'SP_SITE_URL',
              'GRAPH_TOKEN',
              'GRAPH_URL',
              'TEAM_ID',
              'CHANNEL_ID',
              'WORKFLOWS_URL',
            ].map((name) => [name, '']),
          ),
          TEAMS_APP_ID: '',
          ...env,
        },
      },
    );
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk as string));
    child.stderr.on('data', (chunk) => (stderr += chunk as string));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const siteArgs = () => ['--site', site.emulator.siteUrl, '--period', demo.period.id];
const graphArgs = () => [
  ...siteArgs(),
  '--to',
  'graph',
  '--graph-url',
  receiver.graphUrl,
  '--team',
  DEV_TEAM_ID,
  '--channel',
  DEV_BOARD_CHANNEL_ID,
  '--app-id',
  APP_ID,
];
const workflowsEnv = () => ({
  WORKFLOWS_URL: receiver.workflowUrl,
  CHANNEL_ID: DEV_BOARD_CHANNEL_ID,
  TEAMS_APP_ID: APP_ID,
});

/** The board channel's messages, as the receiver's side door shows them. */
async function channelMessages(): Promise<ReceivedMessage[]> {
  const res = await fetch(
    `${receiver.url}/_receiver/channels/${DEV_TEAM_ID}/${encodeURIComponent(DEV_BOARD_CHANNEL_ID)}/messages`,
  );
  expect(res.status).toBe(200);
  return ((await res.json()) as { value: ReceivedMessage[] }).value;
}

/** Every summary in Sammanställningar, oldest first. */
async function records(): Promise<PublicationRecord[]> {
  const items = (await listByKey(site.sp(), 'sammanstallningar').items.select('ID')()) as SpItem[];
  const store = new SharePointPublicationStore(site.sp());
  return Promise.all(
    items
      .map(itemIdOf)
      .sort((a, b) => a - b)
      .map((id) => store.get(id)),
  );
}

/** What the channel and the list hold now, and what `run` added to them. */
async function added<T>(
  run: () => Promise<T>,
): Promise<{ result: T; messages: ReceivedMessage[]; records: PublicationRecord[] }> {
  const [messagesBefore, recordsBefore] = [await channelMessages(), await records()];
  const result = await run();
  const [messagesAfter, recordsAfter] = [await channelMessages(), await records()];
  return {
    result,
    messages: messagesAfter.slice(messagesBefore.length),
    records: recordsAfter.filter((r) => !recordsBefore.some((b) => b.id === r.id)),
  };
}

/** Progress counted by hand from the seed: units that can answer (a vacant one has no manager and no inventory). */
function handCount(sektorId?: string): { units: number; submittedOrApproved: number; approved: number } {
  const status = new Map(
    demo.inventories.filter((i) => i.periodId === demo.period.id).map((i) => [i.unitId, i.status]),
  );
  const answering = demo.units.filter(
    (u) => (sektorId === undefined || u.sektorId === sektorId) && (u.manager !== null || status.has(u.id)),
  );
  const statuses = answering.map((u) => status.get(u.id) ?? 'notStarted');
  return {
    units: answering.length,
    submittedOrApproved: statuses.filter((s) => s === 'submitted' || s === 'approved').length,
    approved: statuses.filter((s) => s === 'approved').length,
  };
}

type Json = { readonly [key: string]: unknown };
const isJson = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The text a card element shows: its TextBlocks' and TextRuns' text, joined. */
function textOf(node: unknown): string {
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (!isJson(node)) return '';
  if ((node.type === 'TextBlock' || node.type === 'TextRun') && typeof node.text === 'string')
    return node.text;
  return Object.values(node).map(textOf).join('');
}

/** Every element of a card, depth first. */
function elements(node: unknown): Json[] {
  if (Array.isArray(node)) return node.flatMap(elements);
  if (!isJson(node)) return [];
  return [node, ...Object.values(node).flatMap(elements)];
}

/** The card's area figures: the FactSet's progress facts, as numbers. */
function progressFacts(card: object): { units: number; submittedOrApproved: number; approved: number } {
  const facts = elements(card).find((e) => e.type === 'FactSet')?.facts as { title: string; value: string }[];
  const progress = facts.find((f) => f.title === 'Inskickade eller godkända')!.value;
  const approved = facts.find((f) => f.title === 'Godkända')!.value;
  const [, done, units] = /^(\d+) av (\d+) enheter/.exec(progress)!;
  return {
    units: Number(units),
    submittedOrApproved: Number(done),
    approved: Number(/^(\d+) enheter/.exec(approved)![1]),
  };
}

/** The card's rows (a Table's on Graph, ColumnSets on Workflows) as the texts of their cells. */
function rowsOf(card: object): string[][] {
  return elements(card).flatMap((e) => {
    if (e.type === 'ColumnSet') return [(e.columns as Json[]).map((c) => textOf(c.items))];
    if (e.type === 'TableRow') return [(e.cells as Json[]).map((c) => textOf(c.items))];
    return [];
  });
}

const sektorer = () => demo.units.filter((u) => u.kind === 'sektor');

describe('npm run post-summary', () => {
  it('posts a sektor through Graph once, with the counts the seed holds, and records it as posted', async () => {
    const sektor = sektorer()[0]!;
    const {
      result: run,
      messages,
      records: recorded,
    } = await added(() => postSummary([...graphArgs(), '--scope', sektor.name]));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(messages).toHaveLength(1);
    const [message] = messages as [ReceivedMessage];
    expect(message.via).toBe('graph');
    expect(message.cards).toHaveLength(1);
    expect(progressFacts(message.cards[0]!)).toEqual(handCount(sektor.id));
    expect(run.stdout).toContain('posted to the channel');
    expect(run.stdout).toMatch(new RegExp(`message id:\\s+${message.id}\\n`));
    expect(run.stdout).toContain(`sektor:${sektor.id} (${sektor.name})`);
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({
      route: 'graph',
      delivery: 'posted',
      messageId: message.id,
      summary: { scope: { level: 'sektor', sektorId: sektor.id }, periodId: demo.period.id },
    });
  });

  it('posts the kommun through Workflows once, with every sektor’s counts, and never prints the URL', async () => {
    const {
      result: run,
      messages,
      records: recorded,
    } = await added(() =>
      postSummary([...siteArgs(), '--to', 'workflows', '--scope', 'kommun'], workflowsEnv()),
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(messages).toHaveLength(1);
    const [message] = messages as [ReceivedMessage];
    expect(message.via).toBe('workflows');
    const card = message.cards[0]!;
    expect(progressFacts(card)).toEqual(handCount());
    const rows = rowsOf(card);
    for (const sektor of sektorer()) {
      const count = handCount(sektor.id);
      expect(rows.find((row) => row[0] === sektor.name)?.[1]).toBe(
        `${count.submittedOrApproved} av ${count.units}`,
      );
    }
    const sig = new URL(receiver.workflowUrl).searchParams.get('sig')!;
    expect(run.stdout).not.toContain(sig);
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({
      route: 'workflows',
      delivery: 'posted',
      messageId: null,
      summary: { scope: { level: 'kommun' } },
    });
  });

  it('shows the card, its text alternative and size in a dry run, and posts and records nothing', async () => {
    const sektor = sektorer()[1]!;
    const {
      result: run,
      messages,
      records: recorded,
    } = await added(() => postSummary([...graphArgs(), '--scope', sektor.id, '--dry-run']));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(messages).toEqual([]);
    expect(recorded).toEqual([]);
    const cardText = run.stdout.slice(
      run.stdout.indexOf('{', run.stdout.indexOf('Adaptive Card 1.5')),
      run.stdout.indexOf('\nTextalternativ / text alternative:'),
    );
    expect(progressFacts(JSON.parse(cardText) as object)).toEqual(handCount(sektor.id));
    const count = handCount(sektor.id);
    expect(run.stdout).toContain(
      `Inskickade eller godkända: ${count.submittedOrApproved} av ${count.units} enheter`,
    );
    expect(run.stdout).toMatch(/Storlek \/ size: \d+ byte/);
  });

  it('says how long Teams asks to wait when throttled, posts nothing, marks the summary failed, and the next run posts once', async () => {
    const sektor = sektorer()[2]!;
    const fault = await fetch(`${receiver.url}/_receiver/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ route: 'channelMessage', status: 429, retryAfterSeconds: 7 }),
    });
    expect(fault.status).toBe(200);
    const throttled = await added(() => postSummary([...graphArgs(), '--scope', `sektor:${sektor.id}`]));
    expect(throttled.result.code).toBe(1);
    expect(throttled.result.stderr).toContain('Teams ber oss vänta 7 s; kör igen då – inget publicerades.');
    expect(throttled.result.stderr).toContain(
      'Teams asks us to wait 7 s; run again then — nothing was posted.',
    );
    expect(throttled.result.stderr).not.toMatch(/\n\s+at /);
    expect(throttled.messages).toEqual([]);
    expect(throttled.records).toHaveLength(1);
    expect(throttled.records[0]).toMatchObject({ delivery: 'failed', messageId: null, postedAt: null });

    const again = await added(() => postSummary([...graphArgs(), '--scope', `sektor:${sektor.id}`]));
    expect(again.result.code).toBe(0);
    expect(again.messages).toHaveLength(1);
    expect(progressFacts(again.messages[0]!.cards[0]!)).toEqual(handCount(sektor.id));
    expect(again.records).toEqual([
      expect.objectContaining({ delivery: 'posted', messageId: again.messages[0]!.id }),
    ]);
  });

  it('lists the sektorer for a scope that names none, and refuses an Office 365 connector, posting nothing', async () => {
    const {
      result,
      messages,
      records: recorded,
    } = await added(() =>
      Promise.all([
        postSummary([...graphArgs(), '--scope', 'Sektor som inte finns']),
        postSummary([...siteArgs(), '--to', 'workflows', '--scope', 'kommun'], {
          ...workflowsEnv(),
          WORKFLOWS_URL: 'https://kommun.webhook.office.com/webhookb2/abc/IncomingWebhook/def/ghi',
        }),
      ]),
    );
    const [unknown, connector] = result;
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Det finns ingen sektor "Sektor som inte finns"');
    expect(unknown.stderr).toContain('There is no sektor "Sektor som inte finns"');
    const listed = unknown.stderr
      .split('\n')
      .filter((line) => line.startsWith('  '))
      .map((line) => line.trim().split(/\s{2,}/));
    expect(listed).toEqual(sektorer().map((s) => [s.id, s.name]));
    expect(connector.code).toBe(2);
    expect(connector.stderr).toContain('they are retired');
    expect(messages).toEqual([]);
    expect(recorded).toEqual([]);
  });
});

describe('the channel options', () => {
  const graph = {
    to: 'graph',
    scope: 'kommun',
    'app-id': APP_ID,
    team: DEV_TEAM_ID,
    channel: DEV_BOARD_CHANNEL_ID,
  };
  const none = {};

  it('takes Workflows URLs of Logic Apps, Power Platform and this machine, and refuses Office 365 connectors', () => {
    for (const url of [
      'https://prod-12.westeurope.logic.azure.com:443/workflows/abc/triggers/manual/paths/invoke?api-version=2016-06-01&sig=x',
      'https://default0f1e.08.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/abc/triggers/manual/paths/invoke?api-version=1&sig=x',
      'http://127.0.0.1:7072/workflows/abc/triggers/manual/paths/invoke?sig=x',
      'http://localhost:7072/workflows/abc',
    ])
      expect(checkWebhookUrl(url).href).toBe(new URL(url).href);
    expect(() =>
      checkWebhookUrl('https://kommun.webhook.office.com/webhookb2/a/IncomingWebhook/b/c'),
    ).toThrow(/Office 365-anslutning[\s\S]*they are retired/);
    for (const url of [
      'http://prod-12.westeurope.logic.azure.com/workflows/abc',
      'https://logic.azure.com.example.org/workflows/abc',
      'https://example.org/hook',
      'not a url',
    ])
      expect(() => checkWebhookUrl(url)).toThrow(UsageError);
  });

  it('links the card to the board’s tab for the scope in the channel, encoded as Teams deep links are', () => {
    expect(boardDeepLink({ appId: APP_ID, scopeKey: 'sektor:S1', channelId: DEV_BOARD_CHANNEL_ID })).toBe(
      `https://teams.microsoft.com/l/entity/${APP_ID}/styrelsen%3Asektor%3AS1?context=` +
        encodeURIComponent(JSON.stringify({ channelId: DEV_BOARD_CHANNEL_ID })),
    );
    const target = channelTarget({ ...graph, channel: encodeURIComponent(DEV_BOARD_CHANNEL_ID) }, none);
    expect(target.channelId).toBe(DEV_BOARD_CHANNEL_ID);
    expect(target.link('kommun')).toBe(
      boardDeepLink({ appId: APP_ID, scopeKey: 'kommun', channelId: DEV_BOARD_CHANNEL_ID }),
    );
    expect(channelTarget({ ...graph, link: 'https://example.org/styrelsen' }, none).link('kommun')).toBe(
      'https://example.org/styrelsen',
    );
  });

  it('reads what the options leave out from the environment, and names what is missing', () => {
    const target = channelTarget(
      { to: 'workflows', scope: 'S1' },
      {
        WORKFLOWS_URL: 'http://127.0.0.1:1/workflows/x',
        TEAMS_APP_ID: APP_ID,
        CHANNEL_ID: DEV_BOARD_CHANNEL_ID,
      },
    );
    expect(target).toMatchObject({ route: 'workflows', webhookUrl: 'http://127.0.0.1:1/workflows/x' });
    expect(() => channelTarget({ ...graph, to: undefined }, none)).toThrow(/--to graph or --to workflows/);
    expect(() => channelTarget({ ...graph, scope: ' ' }, none)).toThrow(/--scope kommun/);
    expect(() => channelTarget({ ...graph, team: undefined }, none)).toThrow(/TEAM_ID and CHANNEL_ID/);
    expect(() => channelTarget({ ...graph, team: 'Kommunstyrelsen' }, none)).toThrow(/a GUID/);
    expect(() => channelTarget({ ...graph, channel: 'Allmänt' }, none)).toThrow(/19:…@thread.tacv2/);
    expect(() => channelTarget({ ...graph, 'app-id': undefined }, none)).toThrow(/--app-id/);
    expect(() => channelTarget({ to: 'workflows', scope: 'kommun', 'app-id': APP_ID }, none)).toThrow(
      /WORKFLOWS_URL/,
    );
    // A dry run needs no channel: it sends nothing.
    expect(
      channelTarget({ to: 'graph', scope: 'kommun', 'app-id': APP_ID, 'dry-run': true }, none).dryRun,
    ).toBe(true);
  });

  it('resolves a scope by kommun, sektor:<code>, code or exact name', () => {
    const choices = [
      { id: 'S1', name: 'Sektor omsorg' },
      { id: 'S2', name: 'Sektor utbildning' },
    ];
    expect(resolveScope('kommun', choices, '2025').key).toBe('kommun');
    expect(resolveScope('sektor:S2', choices, '2025').key).toBe('sektor:S2');
    expect(resolveScope('S1', choices, '2025').key).toBe('sektor:S1');
    expect(resolveScope('Sektor utbildning', choices, '2025').key).toBe('sektor:S2');
    expect(() => resolveScope('sektor omsorg', choices, '2025')).toThrow(
      'S1  Sektor omsorg\n  S2  Sektor utbildning',
    );
  });
});
