// A card Teams cannot render shows the board "We're sorry, this card couldn't be displayed", and a message over
// Teams' size limit is refused: both are found here, offline, against the published Adaptive Card schemas (the
// Graph receiver's validator) and the payload budget, before any project team member presses "Publicera".
import { generateMunicipality } from '../../../scripts/lib/demo';
import { adaptiveCardProblem } from '../../../emulators/graph';
import {
  AppError,
  boardSummary,
  cardBudgetBytes,
  cardVersion,
  dashboardView,
  fittingCard,
  graphChannelMessage,
  payloadBytes,
  summaryCard,
  workflowsMessage,
  type BoardScope,
  type BoardSummary,
  type CardJson,
  type CardRoute,
  type DashboardView,
} from '../../../src/domain';

const municipality = generateMunicipality({ units: 120, seed: 5 });
const view = dashboardView({ ...municipality, ignored: [] }, municipality.periods[0]!.id);
const options = { periodName: { sv: 'Våren 2026', en: 'Spring 2026' }, countedAt: '2026-12-07T13:05:00Z' };
const link = 'https://teams.microsoft.com/l/entity/app/styrelsen?context=%7B%7D';
const routes: readonly CardRoute[] = ['graph', 'workflows'];

function summaryOf(scope: BoardScope, from: DashboardView = view): BoardSummary {
  const summary = boardSummary(from, scope, options);
  if (summary === undefined) throw new Error('no summary');
  return summary;
}

/** A kommun whose answers are too few for any figures: the card's other shape (a note instead of tables). */
function withheldSummary(): BoardSummary {
  const few = generateMunicipality({ units: 12, seed: 3 });
  const small = dashboardView(
    {
      ...few,
      ignored: [],
      inventories: few.inventories
        .filter((i) => i.status === 'submitted' || i.status === 'approved')
        .slice(0, 3),
    },
    few.periods[0]!.id,
  );
  return summaryOf({ level: 'kommun' }, small);
}

const kommun = summaryOf({ level: 'kommun' });
const firstSektor = municipality.units.find((u) => u.kind === 'sektor')!;

/** The payload a route sends for a card (each throws over the budget). */
function payloadFor(route: CardRoute, card: CardJson) {
  return route === 'graph'
    ? graphChannelMessage(card, { attachmentId: 'stodinventering-2018-1', subject: 'S', summary: 'S' })
    : workflowsMessage(card);
}

/** The kommun's summary with `count` sektorer named `name <n>`, each with its readiness row. */
function withSektorer(summary: BoardSummary, count: number, name: string): BoardSummary {
  const { sektorer, readiness } = summary;
  return {
    ...summary,
    sektorer: Array.from({ length: count }, (_, i) => ({
      ...sektorer[i % sektorer.length]!,
      name: `${name} ${i + 1}`,
    })),
    readiness: Array.from({ length: count }, (_, i) => ({
      ...readiness[i % readiness.length]!,
      sektorName: `${name} ${i + 1}`,
    })),
  };
}

describe('the summary card against the Adaptive Card schema', () => {
  it.each(routes)('is valid for the version the %s route renders: the kommun', (route) => {
    const card = summaryCard(kommun, { route, link });
    expect(card.version).toBe(cardVersion[route]);
    expect(adaptiveCardProblem(card, { maxVersion: cardVersion[route] })).toBeUndefined();
  });

  it.each(routes)('is valid for the version the %s route renders: one sektor', (route) => {
    const card = summaryCard(summaryOf({ level: 'sektor', sektorId: firstSektor.id }), { route, link });
    expect(adaptiveCardProblem(card, { maxVersion: cardVersion[route] })).toBeUndefined();
  });

  it.each(routes)('is valid for the version the %s route renders: figures withheld', (route) => {
    const summary = withheldSummary();
    // The other shape of the card: no function table at all.
    expect(summary.functions).toBeNull();
    expect(
      adaptiveCardProblem(summaryCard(summary, { route, link }), { maxVersion: cardVersion[route] }),
    ).toBe(undefined);
  });

  it.each(routes)('stays valid through the %s route with names full of markup', (route) => {
    const name = '**Vård** <b>och</b> "omsorg" [x](https://evil.example) \\ 🏥';
    const renamed: BoardSummary = {
      ...kommun,
      periodName: { sv: name, en: name },
      sektorer: kommun.sektorer.map((s) => ({ ...s, name })),
      readiness: kommun.readiness.map((r) => ({ ...r, sektorName: name })),
    };
    expect(
      adaptiveCardProblem(summaryCard(renamed, { route, link }), { maxVersion: cardVersion[route] }),
    ).toBe(undefined);
  });
});

describe('the validator the cards are checked with', () => {
  // Without these, "no problem" above could mean a validator that accepts anything.
  const graph = summaryCard(kommun, { route: 'graph', link });
  const workflows = summaryCard(kommun, { route: 'workflows', link });

  it('refuses the Graph card on a route that renders only 1.4', () => {
    expect(adaptiveCardProblem(graph, { maxVersion: '1.4' })).toBe(
      '/version: 1.5 is above 1.4, the highest version this route renders',
    );
  });

  it('finds the 1.5-only parts of the Graph card when it claims to be 1.4', () => {
    // The first fault in the card: the title's `style: heading`, which 1.4 does not have.
    expect(adaptiveCardProblem({ ...graph, version: '1.4' }, { maxVersion: '1.4' })).toBe(
      '/body/0: property "style" is not allowed',
    );
  });

  it('finds a Table in a Workflows card, on any route', () => {
    const body = workflows.body as CardJson[];
    const table = (graph.body as CardJson[]).find((element) => element.type === 'Table')!;
    const at = body.findIndex((element) => element.type === 'ColumnSet');
    const mixed = { ...workflows, body: [...body.slice(0, at), table, ...body.slice(at)] };
    for (const maxVersion of ['1.4', '1.5'] as const) {
      // The card says 1.4, so it is checked against 1.4's schema, where Table is no element.
      expect(adaptiveCardProblem(mixed, { maxVersion })).toMatch(
        new RegExp(`^/body/${at}/type: must be one of`),
      );
    }
  });
});

describe('the summary payload size', () => {
  // Kommuner name their sektorer at length ("Sektor arbetsmarknad och integration").
  const longName = 'Sektor för arbetsmarknad och integration';

  it.each(routes)('keeps a kommun of eight sektorer with long names under the budget through %s', (route) => {
    const summary = withSektorer(kommun, 8, longName);
    const payload = payloadFor(route, summaryCard(summary, { route, link }));
    expect(payloadBytes(payload)).toBeLessThan(cardBudgetBytes);
  });

  it.each(routes)('refuses an absurdly large kommun through %s, in Swedish and English', (route) => {
    const summary = withSektorer(kommun, 400, longName);
    const card = summaryCard(summary, { route, link });
    let thrown: unknown;
    try {
      payloadFor(route, card);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    const error = thrown as AppError;
    expect(error.code).toBe('invalid');
    expect(error.message).toMatch(
      /^Sammanställningen blir \d+ KB, mer än de 24 KB ett inlägg i Teams får ta; /,
    );
    expect(error.message).toContain('välj en sektor i stället för hela kommunen.');
    expect(error.message).toMatch(/ \/ The summary is \d+ KB, more than the 24 KB a Teams post may take; /);
    expect(error.message).toContain('choose a sektor instead of the whole kommun.');
  });
});

describe('the card that fits', () => {
  const longName = 'Sektor för arbetsmarknad och integration';
  /** The sektor lines of a text alternative. */
  const sektorLines = (speak: unknown) =>
    String(speak)
      .split('\n\n')
      .filter((l) => l.startsWith('Sektor '));

  it.each(routes)('is the whole card when it fits, through %s', (route) => {
    expect(fittingCard(kommun, { route, link })).toEqual(summaryCard(kommun, { route, link }));
  });

  it.each(routes)(
    'lists as many of sixty sektorer as fit through %s, counts the rest, and stays valid',
    (route) => {
      const summary = withSektorer(kommun, 60, longName);
      const card = fittingCard(summary, { route, link });
      expect(payloadBytes(payloadFor(route, card))).toBeLessThanOrEqual(cardBudgetBytes);
      expect(adaptiveCardProblem(card, { maxVersion: cardVersion[route] })).toBeUndefined();
      const shown = sektorLines(card.speak).length;
      expect(shown).toBeGreaterThan(0);
      expect(shown).toBeLessThan(60);
      // The card and its text alternative leave out the same sektorer, and say how many.
      const omitted = `${60 - shown} sektorer till får inte plats i ett inlägg`;
      expect(String(card.speak)).toContain(omitted);
      expect(JSON.stringify(card.body)).toContain(omitted);
      expect(sektorLines(card.speak)).toEqual(
        Array.from({ length: shown }, (_, i) => expect.stringMatching(`^Sektor ${longName} ${i + 1}:`)),
      );
      // As many as fit: one more does not (on Graph, with the room the card leaves for a long subject).
      const more = summaryCard(summary, { route, link, sektorLimit: shown + 1 });
      const long = 'x'.repeat(300);
      expect(() =>
        route === 'graph'
          ? graphChannelMessage(more, { attachmentId: 'x'.repeat(64), subject: long, summary: long })
          : workflowsMessage(more),
      ).toThrow(AppError);
    },
  );
});
