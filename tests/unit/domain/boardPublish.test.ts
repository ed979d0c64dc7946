// Publishing must never post a summary twice, and must never call a post failed when it may have arrived; what
// is stored in Sammanställningar must read back as the summary that was written, or not at all. The store and
// the poster are the domain's ports; here they are in memory.
import { generateMunicipality } from '../../../scripts/lib/demo';
import {
  AppError,
  attachmentIdOf,
  boardSummary,
  dashboardView,
  parseBoardSummary,
  publishRecorded,
  summaryCard,
  type BoardSummary,
  type CardJson,
  type CardRoute,
  type ChannelPoster,
  type Delivery,
  type PostReceipt,
  type PublicationRecord,
  type PublicationStore,
  type PublishPorts,
} from '../../../src/domain';

const municipality = generateMunicipality({ units: 120, seed: 5 });
const view = dashboardView({ ...municipality, ignored: [] }, municipality.periods[0]!.id);
const options = { periodName: { sv: 'Våren 2026', en: 'Spring 2026' }, countedAt: '2026-12-07T13:05:00Z' };
const firstSektor = municipality.units.find((u) => u.kind === 'sektor')!;
const link = 'https://teams.microsoft.com/l/entity/app/styrelsen?context=%7B%7D';

const kommun = boardSummary(view, { level: 'kommun' }, options)!;
const sektor = boardSummary(view, { level: 'sektor', sektorId: firstSektor.id }, options)!;

type Mark = Parameters<PublicationStore['mark']>[1];

/** Sammanställningar in memory. */
class MemoryPublicationStore implements PublicationStore {
  readonly items = new Map<number, PublicationRecord>();
  readonly marks: { id: number; outcome: Mark }[] = [];
  private nextId = 1;

  record(summary: BoardSummary, route: CardRoute): Promise<PublicationRecord> {
    const record: PublicationRecord = {
      id: this.nextId++,
      summary,
      route,
      delivery: 'sending',
      messageId: null,
      postedAt: null,
    };
    this.items.set(record.id, record);
    return Promise.resolve(record);
  }

  get(id: number): Promise<PublicationRecord> {
    const record = this.items.get(id);
    return record === undefined ? Promise.reject(new AppError('notFound')) : Promise.resolve(record);
  }

  mark(id: number, outcome: Mark): Promise<void> {
    this.marks.push({ id, outcome });
    const record = this.items.get(id)!;
    this.items.set(id, {
      ...record,
      delivery: outcome.delivery,
      messageId: outcome.messageId ?? record.messageId,
      postedAt: outcome.postedAt ?? record.postedAt,
    });
    return Promise.resolve();
  }

  latestPosted(): Promise<PublicationRecord | null> {
    return Promise.resolve(null);
  }

  scopes(): Promise<{ readonly scopeKey: string; readonly name: string }[]> {
    return Promise.resolve([]);
  }

  /** Sets a record's delivery as someone else's attempt would have. */
  set(id: number, delivery: Delivery): void {
    this.items.set(id, { ...this.items.get(id)!, delivery });
  }
}

/** A channel that answers with `answer`: a receipt, or an error to throw. */
class FakePoster implements ChannelPoster {
  readonly posts: { card: CardJson; attachmentId: string; summary: BoardSummary }[] = [];
  constructor(private readonly answer: PostReceipt | { readonly error: unknown }) {}

  post(card: CardJson, postOptions: { attachmentId: string; summary: BoardSummary }): Promise<PostReceipt> {
    this.posts.push({ card, ...postOptions });
    return 'error' in this.answer ? Promise.reject(this.answer.error) : Promise.resolve(this.answer);
  }
}

const now = new Date('2026-12-07T14:00:00Z');

async function recorded(poster: ChannelPoster, summary: BoardSummary = kommun, route: CardRoute = 'graph') {
  const store = new MemoryPublicationStore();
  const record = await store.record(summary, route);
  const ports: PublishPorts = { store, poster, now: () => now };
  const card = summaryCard(summary, { route, link });
  return { store, record, ports, card };
}

/** What a promise rejected with (it must reject). */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('publishRecorded', () => {
  it('posts the card and marks the record posted with Graph message id and the time', async () => {
    const poster = new FakePoster({ messageId: '1733580000000' });
    const { store, record, ports, card } = await recorded(poster);
    const outcome = await publishRecorded(ports, record, card);
    expect(poster.posts).toEqual([{ card, attachmentId: attachmentIdOf(record), summary: kommun }]);
    expect(store.marks).toEqual([
      {
        id: record.id,
        outcome: { delivery: 'posted', messageId: '1733580000000', postedAt: '2026-12-07T14:00:00.000Z' },
      },
    ]);
    expect(outcome).toEqual({
      kind: 'posted',
      record: {
        ...record,
        delivery: 'posted',
        messageId: '1733580000000',
        postedAt: '2026-12-07T14:00:00.000Z',
      },
    });
  });

  it('marks a webhook post posted without a message id, since a 202 gives none', async () => {
    const poster = new FakePoster({ messageId: null });
    const { store, record, ports, card } = await recorded(poster, kommun, 'workflows');
    const outcome = await publishRecorded(ports, record, card);
    expect(store.marks).toEqual([
      { id: record.id, outcome: { delivery: 'posted', postedAt: '2026-12-07T14:00:00.000Z' } },
    ]);
    expect(outcome.kind).toBe('posted');
    expect(outcome.record.messageId).toBeNull();
  });

  it('sends nothing for a record that is posted already, going by the store rather than the caller', async () => {
    const poster = new FakePoster({ messageId: 'm' });
    const { store, record, ports, card } = await recorded(poster);
    // Someone else's attempt got there first; the caller still holds the record as "sending".
    store.set(record.id, 'posted');
    const outcome = await publishRecorded(ports, record, card);
    expect(outcome).toEqual({ kind: 'alreadyPosted', record: { ...record, delivery: 'posted' } });
    expect(poster.posts).toEqual([]);
    expect(store.marks).toEqual([]);
  });

  it('leaves the record sending when no answer came, since the post may have arrived', async () => {
    const offline = new AppError('offline');
    const { store, record, ports, card } = await recorded(new FakePoster({ error: offline }));
    expect(await rejection(publishRecorded(ports, record, card))).toBe(offline);
    expect(store.marks).toEqual([]);
    expect(store.items.get(record.id)!.delivery).toBe('sending');
  });

  it.each(['throttled', 'unauthenticated', 'forbidden', 'invalid', 'unavailable'] as const)(
    'marks the record failed when the service refused the post (%s), and passes the error on',
    async (code) => {
      const refused = new AppError(code);
      const { store, record, ports, card } = await recorded(new FakePoster({ error: refused }));
      expect(await rejection(publishRecorded(ports, record, card))).toBe(refused);
      expect(store.marks).toEqual([{ id: record.id, outcome: { delivery: 'failed' } }]);
    },
  );

  it('marks the record failed for an error that is not an AppError, and passes it on as it is', async () => {
    const crash = new TypeError('boom');
    const { store, record, ports, card } = await recorded(new FakePoster({ error: crash }));
    expect(await rejection(publishRecorded(ports, record, card))).toBe(crash);
    expect(store.marks).toEqual([{ id: record.id, outcome: { delivery: 'failed' } }]);
  });

  it('sends a retry of a failed record with the same attachment id as the first attempt', async () => {
    const store = new MemoryPublicationStore();
    const record = await store.record(sektor, 'graph');
    const card = summaryCard(sektor, { route: 'graph', link });
    const refusing = new FakePoster({ error: new AppError('unavailable') });
    await rejection(publishRecorded({ store, poster: refusing, now: () => now }, record, card));
    const accepting = new FakePoster({ messageId: 'm2' });
    const outcome = await publishRecorded(
      { store, poster: accepting, now: () => now },
      store.items.get(record.id)!,
      card,
    );
    expect(outcome.kind).toBe('posted');
    expect(accepting.posts[0]!.attachmentId).toBe(refusing.posts[0]!.attachmentId);
    expect(store.items.get(record.id)!.delivery).toBe('posted');
  });
});

describe('attachmentIdOf', () => {
  it('names the period and the record', () => {
    expect(attachmentIdOf({ id: 42, summary: { ...kommun, periodId: '2018' } })).toBe(
      'stodinventering-2018-42',
    );
  });

  it('replaces every character outside letters, digits and hyphens', () => {
    expect(attachmentIdOf({ id: 7, summary: { ...kommun, periodId: 'VT 2026/år_1' } })).toBe(
      'stodinventering-VT-2026--r-1-7',
    );
  });

  it('is the same for the same record, and differs between records', () => {
    const a = { id: 1, summary: kommun };
    expect(attachmentIdOf(a)).toBe(attachmentIdOf({ ...a }));
    expect(attachmentIdOf(a)).not.toBe(attachmentIdOf({ id: 2, summary: kommun }));
  });
});

describe('parseBoardSummary', () => {
  const stored = (summary: unknown) => JSON.stringify(summary);
  /** The kommun's summary as stored, with one part replaced. */
  const changed = (patch: Record<string, unknown>) => stored({ ...kommun, ...patch });

  it.each([
    ['the kommun', kommun],
    ['a sektor', sektor],
  ])('reads back what boardSummary wrote for %s', (_name, summary) => {
    expect(parseBoardSummary(stored(summary))).toEqual(summary);
  });

  it('reads back a summary whose figures are withheld', () => {
    const withheld: BoardSummary = {
      ...kommun,
      area: { ...kommun.area, figures: null },
      sektorer: kommun.sektorer.map((s) => ({ ...s, figures: null })),
      functions: null,
    };
    expect(parseBoardSummary(stored(withheld))).toEqual(withheld);
  });

  it('rebuilds the scope from its key, dropping anything else in it', () => {
    const text = changed({ scope: { level: 'sektor', sektorId: 'S-1', name: 'hand-written' } });
    expect(parseBoardSummary(text)?.scope).toEqual({ level: 'sektor', sektorId: 'S-1' });
  });

  it.each([
    ['text that is not JSON', '{"format":1,'],
    ['JSON that is no object', stored([kommun])],
    ['null', 'null'],
  ])('refuses %s', (_name, text) => {
    expect(parseBoardSummary(text)).toBeUndefined();
  });

  it.each([
    ['another format', { format: 2 }],
    ['no format', { format: undefined }],
    ['a period id that is no text', { periodId: 2018 }],
    ['a period name in one language only', { periodName: { sv: 'Våren 2026' } }],
    ['a scope of another level', { scope: { level: 'kontor', kontorId: 'K1' } }],
    ['a sektor scope without its id', { scope: { level: 'sektor', sektorId: '' } }],
    ['no scope', { scope: undefined }],
    ['a counting time that is no date', { countedAt: 'igår' }],
    ['an area with a negative count', { area: { ...kommun.area, units: -1 } }],
    ['an area with a fractional count', { area: { ...kommun.area, approved: 1.5 } }],
    ['an area with a share as text', { area: { ...kommun.area, share: '0.5' } }],
    ['an area with figures that lack FTE', { area: { ...kommun.area, figures: { per100Employees: 1 } } }],
    ['sektorer that are no list', { sektorer: {} }],
    ['a sektor without a name', { sektorer: [{ ...kommun.sektorer[0]!, name: undefined }] }],
    ['functions that are no list', { functions: 'none' }],
    [
      'a function whose label lacks English',
      { functions: [{ ...kommun.functions![0]!, label: { sv: 'x' } }] },
    ],
    ['a function with FTE as text', { functions: [{ ...kommun.functions![0]!, arsarbetare: '1,5' }] }],
    [
      'a function with a proposal the app does not make',
      { functions: [{ ...kommun.functions![0]!, proposal: 'flytta till månen' }] },
    ],
    [
      'a function with a quality off the 1–5 scale',
      { functions: [{ ...kommun.functions![0]!, quality: 42 }] },
    ],
    ['readiness that is no list', { readiness: null }],
    ['a readiness row with a count as text', { readiness: [{ ...kommun.readiness[0]!, met: '3' }] }],
  ])('refuses a summary with %s', (_name, patch) => {
    expect(parseBoardSummary(changed(patch))).toBeUndefined();
  });
});
