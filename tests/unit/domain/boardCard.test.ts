import { generateMunicipality } from '../../../scripts/lib/demo';
import {
  AppError,
  boardScopeFromKey,
  boardScopeKey,
  boardSummary,
  cardBudgetBytes,
  dashboardView,
  escapeMarkdown,
  graphChannelMessage,
  payloadBytes,
  summaryCard,
  summaryText,
  workflowsMessage,
  type BoardScope,
  type BoardSummary,
  type CardJson,
  type DashboardView,
} from '../../../src/domain';

const municipality = generateMunicipality({ units: 120, seed: 5 });
const periodId = municipality.periods[0]!.id;
const view = dashboardView({ ...municipality, ignored: [] }, periodId);
const options = { periodName: { sv: 'Våren 2026', en: 'Spring 2026' }, countedAt: '2026-12-07T13:05:00Z' };
const link = 'https://teams.microsoft.com/l/entity/app/styrelsen?context=%7B%7D';
const firstSektor = municipality.units.find((u) => u.kind === 'sektor')!;

function summaryOf(scope: BoardScope, from: DashboardView = view): BoardSummary {
  const summary = boardSummary(from, scope, options);
  if (summary === undefined) throw new Error('no summary');
  return summary;
}

/** Every string anywhere in a JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Every element of a card with its type. */
function elements(value: unknown): CardJson[] {
  if (Array.isArray(value)) return value.flatMap(elements);
  if (value === null || typeof value !== 'object') return [];
  const own = typeof (value as CardJson).type === 'string' ? [value as CardJson] : [];
  return [...own, ...Object.values(value).flatMap(elements)];
}

describe('the board summary', () => {
  it('gives the kommun its sektorer and the same progress as the dashboard', () => {
    const summary = summaryOf({ level: 'kommun' });
    const { kommun, sektorer } = view.aggregate;
    expect(summary.area.units).toBe(kommun.progress.total);
    expect(summary.area.submittedOrApproved).toBe(kommun.progress.submittedOrApproved);
    expect(summary.area.figures?.arsarbetare).toBe(kommun.support.arsarbetare);
    expect(summary.sektorer.map((s) => s.name)).toEqual(sektorer.map((s) => s.name));
    expect(summary.readiness).toHaveLength(view.aggregate.readiness.rows.length);
    expect(summary.functions).toHaveLength(municipality.config.taxonomy.functions.length);
  });

  it('gives a sektor its own figures and readiness row only', () => {
    const summary = summaryOf({ level: 'sektor', sektorId: firstSektor.id });
    const area = view.aggregate.sektorer.find((s) => s.id === firstSektor.id)!;
    expect(summary.area.name).toBe(firstSektor.name);
    expect(summary.area.approved).toBe(area.progress.byStatus.approved);
    expect(summary.sektorer).toEqual([]);
    expect(summary.readiness.map((r) => r.sektorName)).toEqual([firstSektor.name]);
    const row = view.aggregate.readiness.rows.find((r) => r.sektorId === firstSektor.id)!;
    expect(summary.readiness[0]!.met + summary.readiness[0]!.short + summary.readiness[0]!.notReported).toBe(
      row.cells.length,
    );
  });

  it('withholds figures of an area with fewer than five counted units, keeping its progress', () => {
    const few = generateMunicipality({ units: 12, seed: 3 });
    const small = dashboardView(
      {
        ...few,
        ignored: [],
        // Three answers in all: no area reaches five.
        inventories: few.inventories
          .filter((i) => i.status === 'submitted' || i.status === 'approved')
          .slice(0, 3),
      },
      few.periods[0]!.id,
    );
    const summary = summaryOf({ level: 'kommun' }, small);
    expect(summary.area.figures).toBeNull();
    expect(summary.functions).toBeNull();
    expect(summary.sektorer.every((s) => s.figures === null)).toBe(true);
    const card = summaryCard(summary, { route: 'graph', link });
    expect(JSON.stringify(card)).not.toMatch(/årsarbetare/);
    expect(summaryText(summary)).toContain('Färre än fem enheters svar');
  });

  it('knows no sektor it was not given', () => {
    expect(boardSummary(view, { level: 'sektor', sektorId: 'nope' }, options)).toBeUndefined();
  });

  it('names scopes by the keys comparisons use, and reads them back', () => {
    for (const scope of [{ level: 'kommun' }, { level: 'sektor', sektorId: 'S-1' }] as const) {
      expect(boardScopeFromKey(boardScopeKey(scope))).toEqual(scope);
    }
    expect(boardScopeFromKey('kontor:K1')).toBeUndefined();
    expect(boardScopeFromKey('sektor:')).toBeUndefined();
  });
});

describe('the summary card', () => {
  const kommun = summaryOf({ level: 'kommun' });

  it('is schema 1.5 with a Table through Graph and 1.4 without one through Workflows', () => {
    const graph = summaryCard(kommun, { route: 'graph', link });
    const workflows = summaryCard(kommun, { route: 'workflows', link });
    expect(graph.version).toBe('1.5');
    expect(workflows.version).toBe('1.4');
    expect(elements(graph.body).some((e) => e.type === 'Table')).toBe(true);
    const types14 = new Set(elements(workflows).map((e) => e.type));
    expect([...types14].sort()).toEqual(
      [
        'Action.OpenUrl',
        'AdaptiveCard',
        'Column',
        'ColumnSet',
        'FactSet',
        'RichTextBlock',
        'TextBlock',
        'TextRun',
      ].sort(),
    );
    expect(elements(workflows).some((e) => e.style === 'heading')).toBe(false);
  });

  it('names no person and no unit: only the kommun, its sektorer and the taxonomy', () => {
    const card = JSON.stringify([summaryCard(kommun, { route: 'graph', link }), summaryText(kommun)]);
    // Area names and the taxonomy's may be shown; a demo unit may share a name with a function.
    const areaNames = new Set([
      ...municipality.units.filter((u) => u.kind === 'sektor').map((u) => u.name),
      ...municipality.config.taxonomy.functions.map((fn) => fn.label.sv),
    ]);
    for (const unit of municipality.units) {
      if (unit.manager !== null) {
        expect(card).not.toContain(unit.manager.upn);
        expect(card).not.toContain(unit.manager.name);
      }
      if (unit.kind === 'enhet' && !areaNames.has(unit.name)) expect(card).not.toContain(`"${unit.name}"`);
    }
  });

  it('says every figure of the card in its text alternative too', () => {
    const card = summaryCard(kommun, { route: 'graph', link });
    const text = summaryText(kommun);
    expect(card.speak).toBe(text);
    const figures = strings(card.body).flatMap((s) => s.match(/\d[\d\u00a0,]*(?: %)?/g) ?? []);
    expect(figures.length).toBeGreaterThan(20);
    for (const figure of figures) expect(text).toContain(figure);
  });

  it('shows a name with markdown or HTML as written: in TextRuns, and escaped in the fallback text', () => {
    const name = '**Vård** <b>och</b> [omsorg](https://evil.example) _x_';
    const renamed: BoardSummary = {
      ...kommun,
      sektorer: kommun.sektorer.map((s, i) => (i === 0 ? { ...s, name } : s)),
    };
    const card = summaryCard(renamed, { route: 'workflows', link });
    const holders = elements(card).filter((e) => strings(e).includes(name) && e.type !== 'AdaptiveCard');
    // Only TextRuns hold it (and the containers around them).
    expect(holders.filter((e) => e.text === name).map((e) => e.type)).toEqual(['TextRun']);
    expect(
      elements(card)
        .filter((e) => e.type === 'TextBlock' || e.type === 'FactSet')
        .flatMap(strings),
    ).not.toContain(name);
    expect(card.fallbackText).toContain(escapeMarkdown(name));
    expect(card.fallbackText).not.toContain(name);
    expect(escapeMarkdown(name)).toBe(
      '\\*\\*Vård\\*\\* \\<b\\>och\\</b\\> \\[omsorg\\]\\(https://evil\\.example\\) \\_x\\_',
    );
  });

  it('links to the board tab from its one action', () => {
    const card = summaryCard(kommun, { route: 'graph', link });
    expect(card.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Öppna i Stödinventering', url: link }]);
  });
});

describe('the payloads', () => {
  const card = summaryCard(summaryOf({ level: 'kommun' }), { route: 'graph', link });

  it('carries the card as a string named by a marker through Graph', () => {
    const message = graphChannelMessage(card, { attachmentId: 'a1', subject: 'S', summary: 'x' });
    expect(message.body.content).toBe('<attachment id="a1"></attachment>');
    expect(message.attachments[0]!.id).toBe('a1');
    expect(JSON.parse(message.attachments[0]!.content)).toEqual(card);
  });

  it('carries the card as an object in the webhook envelope through Workflows', () => {
    const message = workflowsMessage(card);
    expect(message.type).toBe('message');
    expect(message.attachments[0]!.content).toBe(card);
    expect(message.attachments[0]!.contentType).toBe('application/vnd.microsoft.card.adaptive');
  });

  it('stays well under the limit at ten times the municipality', () => {
    const region = generateMunicipality({ units: 3500, seed: 9 });
    const regionView = dashboardView({ ...region, ignored: [] }, region.periods[0]!.id);
    const big = summaryCard(summaryOf({ level: 'kommun' }, regionView), { route: 'graph', link });
    const bytes = payloadBytes(graphChannelMessage(big, { attachmentId: 'a', subject: 's', summary: 's' }));
    expect(bytes).toBeLessThan(cardBudgetBytes);
  });

  it('refuses a payload over the budget with a message in both languages', () => {
    const huge = { ...card, body: [{ type: 'TextBlock', text: 'x'.repeat(cardBudgetBytes) }] };
    expect(() => workflowsMessage(huge)).toThrow(AppError);
    expect(() => graphChannelMessage(huge, { attachmentId: 'a', subject: 's', summary: 's' })).toThrow(
      /KB.*Teams.*KB.*Teams/s,
    );
  });
});
