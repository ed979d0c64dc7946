// The board's summary as an Adaptive Card, in Swedish, for the two routes into a Teams channel: Microsoft Graph
// renders schema 1.5, a Workflows webhook only 1.4 (a 1.5 card posted by a flow shows "We're sorry, this card
// couldn't be displayed": github.com/MicrosoftDocs/msteams-docs/issues/9801). docs/channel.md has the wire facts.
//
// Text from people (sektor names, the period's and functions' names) goes only into TextRuns of a RichTextBlock,
// which Teams never reads as markdown, and `escapeMarkdown`'s copy into the plain-text alternative: a name such as
// `**Vård** <b>` is shown as written and cannot add formatting, links or elements to the card.
// https://learn.microsoft.com/adaptive-cards/authoring-cards/text-features
import { proposalLabel } from '../aggregation/proposals';
import { formatDateTime, formatNumber, formatPercent } from '../i18n/format';
import { type BoardArea, type BoardSummary } from './summary';

/** How a card reaches the channel. */
export type CardRoute = 'graph' | 'workflows';

/** The Adaptive Card schema version each route renders. */
export const cardVersion: Readonly<Record<CardRoute, '1.5' | '1.4'>> = { graph: '1.5', workflows: '1.4' };

/** An Adaptive Card element or the card itself, as JSON. */
export type CardJson = { readonly [key: string]: unknown };

/** What a card needs besides the summary. */
export interface CardOptions {
  readonly route: CardRoute;
  /** Where "Öppna i Stödinventering" goes: a Teams deep link to the board's tab. */
  readonly link: string;
  /**
   * How many sektorer the card lists (the first ones, in the summary's order); the others are counted in a line
   * that sends the board to the tab. @default all of them
   */
  readonly sektorLimit?: number;
}

const sv = (n: number, digits = 1) => formatNumber(n, 'sv', { maximumFractionDigits: digits });
const percent = (share: number | null) => (share === null ? '–' : formatPercent(share, 'sv'));
const orDash = (n: number | null, digits = 1) => (n === null ? '–' : sv(n, digits));

const text = (value: string, extra: CardJson = {}): CardJson => ({
  type: 'TextBlock',
  text: value,
  wrap: true,
  ...extra,
});
/** A person's words in a TextRun, which Teams shows literally. */
const literal = (...runs: readonly (string | { text: string; weight: 'Bolder' })[]): CardJson => ({
  type: 'RichTextBlock',
  inlines: runs.map((run) =>
    typeof run === 'string' ? { type: 'TextRun', text: run } : { type: 'TextRun', ...run },
  ),
});
const heading = (value: string, route: CardRoute): CardJson =>
  text(value, {
    size: 'Medium',
    weight: 'Bolder',
    spacing: 'Large',
    // `style: heading` tells screen readers it is a heading; schema 1.5 only.
    ...(route === 'graph' && { style: 'heading' }),
  });

function progressLine(area: BoardArea): string {
  return `${area.submittedOrApproved} av ${area.units} enheter (${percent(area.share)})`;
}

function areaFacts(summary: BoardSummary): CardJson {
  const { area } = summary;
  const facts = [
    { title: 'Inskickade eller godkända', value: progressLine(area) },
    { title: 'Godkända', value: `${area.approved} enheter` },
  ];
  if (area.figures !== null) {
    facts.push(
      { title: 'Stödresurser', value: `${sv(area.figures.arsarbetare)} årsarbetare` },
      { title: 'Per 100 anställda', value: orDash(area.figures.per100Employees, 2) },
      { title: 'Svaren täcker', value: `${percent(area.figures.reportingEmployeeShare)} av de anställda` },
    );
  }
  return { type: 'FactSet', facts };
}

/** A table on the Graph route; rows of columns on the 1.4 route, which has no Table. */
function grid(
  route: CardRoute,
  headers: readonly string[],
  rows: readonly (readonly CardJson[])[],
  widths: readonly number[],
): CardJson[] {
  if (route === 'graph') {
    return [
      {
        type: 'Table',
        firstRowAsHeader: true,
        showGridLines: false,
        columns: widths.map((width) => ({ width })),
        rows: [headers.map((h) => [text(h, { weight: 'Bolder' })]), ...rows].map((cells) => ({
          type: 'TableRow',
          cells: cells.map((cell) => ({ type: 'TableCell', items: Array.isArray(cell) ? cell : [cell] })),
        })),
      },
    ];
  }
  return [headers.map((h) => text(h, { weight: 'Bolder' })), ...rows].map((cells, i) => ({
    type: 'ColumnSet',
    ...(i === 0 && { spacing: 'Medium' }),
    columns: cells.map((cell, c) => ({ type: 'Column', width: widths[c], items: [cell] })),
  }));
}

/** The lines that say how many sektorer the card leaves out, when it does. */
function omittedLine(omitted: number): string[] {
  if (omitted === 0) return [];
  const sektorer = omitted === 1 ? '1 sektor till' : `${omitted} sektorer till`;
  return [`${sektorer} får inte plats i ett inlägg; alla finns under Öppna i Stödinventering.`];
}

function sektorRows(summary: BoardSummary, route: CardRoute, omitted: number): CardJson[] {
  if (summary.sektorer.length === 0) return [];
  return [
    heading('Per sektor', route),
    ...grid(
      route,
      ['Sektor', 'Inskickade', 'Stöd per 100 anställda'],
      summary.sektorer.map((s) => [
        literal(s.name),
        text(`${s.submittedOrApproved} av ${s.units}`),
        text(s.figures === null ? 'för få enheter' : orDash(s.figures.per100Employees, 2)),
      ]),
      [3, 2, 2],
    ),
    ...omittedLine(omitted).map((line) => text(line, { isSubtle: true })),
  ];
}

function functionRows(summary: BoardSummary, route: CardRoute): CardJson[] {
  if (summary.functions === null) {
    return [
      text('Färre än fem enheters svar räknas ännu, så inga siffror per funktion visas.', { isSubtle: true }),
    ];
  }
  return [
    heading('Stödfunktioner', route),
    ...grid(
      route,
      ['Funktion', 'Årsarbetare', 'Kvalitet (1–5)', 'Förslag'],
      summary.functions.map((fn) => [
        literal(fn.label.sv),
        text(sv(fn.arsarbetare)),
        text(orDash(fn.quality)),
        text(proposalLabel(fn.proposal).sv),
      ]),
      [3, 2, 2, 3],
    ),
  ];
}

function readinessRows(summary: BoardSummary, route: CardRoute): CardJson[] {
  if (summary.readiness.length === 0) return [];
  return [
    heading('Mottagare i styrprocessen', route),
    ...summary.readiness.map((row) =>
      literal({ text: row.sektorName, weight: 'Bolder' }, `: ${readinessWords(row)}`),
    ),
  ];
}

function readinessWords(row: BoardSummary['readiness'][number]): string {
  const parts = [`${row.met} av ${row.requirements} krav uppfyllda`];
  if (row.short > 0) parts.push(`${row.short} saknas`);
  if (row.notReported > 0) parts.push(`${row.notReported} inte rapporterade`);
  return parts.join(', ');
}

function scopeTitle(summary: BoardSummary): string {
  return summary.scope.level === 'kommun' ? `${summary.area.name} (hela kommunen)` : summary.area.name;
}

/** The card for `route`: Swedish, aggregates only, with the plain-text alternative as `fallbackText` and `speak`. */
export function summaryCard(full: BoardSummary, options: CardOptions): CardJson {
  const { route } = options;
  const { summary, omitted } = limited(full, options.sektorLimit);
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: cardVersion[route],
    lang: 'sv',
    // Teams reads `fallbackText` as markdown; `speak` is plain text (no SSML is written).
    fallbackText: summaryText(full, { escape: escapeMarkdown, sektorLimit: options.sektorLimit }),
    speak: summaryText(full, { sektorLimit: options.sektorLimit }),
    msteams: { width: 'Full' },
    body: [
      text('Stödinventering – sammanställning', {
        size: 'Large',
        weight: 'Bolder',
        ...(route === 'graph' && { style: 'heading' }),
      }),
      literal({ text: scopeTitle(summary), weight: 'Bolder' }, ' · ', summary.periodName.sv),
      text(
        `Räknat ${formatDateTime(summary.countedAt, 'sv')}. Bara summor för sektorer och kommunen; ` +
          'inga enskilda enheters svar och inga namn.',
        { isSubtle: true, size: 'Small' },
      ),
      areaFacts(summary),
      ...sektorRows(summary, route, omitted),
      ...functionRows(summary, route),
      ...readinessRows(summary, route),
    ],
    actions: [{ type: 'Action.OpenUrl', title: 'Öppna i Stödinventering', url: options.link }],
  };
}

/** The summary with its first `limit` sektorer (and their readiness rows), and how many were left out. */
function limited(
  summary: BoardSummary,
  limit: number | undefined,
): { summary: BoardSummary; omitted: number } {
  if (limit === undefined || limit >= summary.sektorer.length) return { summary, omitted: 0 };
  const shown = summary.sektorer.slice(0, Math.max(0, limit));
  const names = new Set(shown.map((s) => s.name));
  return {
    summary: {
      ...summary,
      sektorer: shown,
      readiness: summary.readiness.filter((r) => names.has(r.sektorName)),
    },
    omitted: summary.sektorer.length - shown.length,
  };
}

const markdownSpecials = /[\\`*_{}[\]()#+\-.!<>|~]/g;

/** `value` with every markdown and HTML special character escaped by a backslash. */
export function escapeMarkdown(value: string): string {
  return value.replace(markdownSpecials, (c) => `\\${c}`);
}

/**
 * The summary as plain text, with the same figures as the card: what a screen reader reads for it, and (with
 * `escapeMarkdown`, since Teams reads it as markdown) what Teams shows where the card cannot be rendered.
 */
export function summaryText(
  full: BoardSummary,
  options: { readonly escape?: (words: string) => string; readonly sektorLimit?: number | undefined } = {},
): string {
  const escape = options.escape ?? ((words: string) => words);
  const { summary, omitted } = limited(full, options.sektorLimit);
  const { area } = summary;
  const lines = [
    `Stödinventering – sammanställning för ${escape(scopeTitle(summary))}, ${escape(summary.periodName.sv)}.`,
    `Räknat ${formatDateTime(summary.countedAt, 'sv')}.`,
    `Inskickade eller godkända: ${progressLine(area)}. Godkända: ${area.approved} enheter.`,
  ];
  if (area.figures !== null) {
    lines.push(
      `Stödresurser: ${sv(area.figures.arsarbetare)} årsarbetare, ${orDash(area.figures.per100Employees, 2)} per 100 anställda; ` +
        `svaren täcker ${percent(area.figures.reportingEmployeeShare)} av de anställda.`,
    );
  }
  for (const s of summary.sektorer) {
    const figures =
      s.figures === null ? 'för få enheter' : `${orDash(s.figures.per100Employees, 2)} per 100 anställda`;
    lines.push(`Sektor ${escape(s.name)}: ${s.submittedOrApproved} av ${s.units} inskickade, ${figures}.`);
  }
  lines.push(...omittedLine(omitted));
  if (summary.functions === null) {
    lines.push('Färre än fem enheters svar räknas ännu, så inga siffror per funktion visas.');
  } else {
    for (const fn of summary.functions) {
      lines.push(
        `${escape(fn.label.sv)}: ${sv(fn.arsarbetare)} årsarbetare, kvalitet ${orDash(fn.quality)}, ` +
          `förslag: ${proposalLabel(fn.proposal).sv}.`,
      );
    }
  }
  for (const row of summary.readiness) {
    lines.push(`Mottagare, ${escape(row.sektorName)}: ${readinessWords(row)}.`);
  }
  return lines.join('\n\n');
}
