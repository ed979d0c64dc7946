// An Adaptive Card built as DOM, roughly as Teams shows it: the elements of schema 1.5 that Teams renders and our
// cards use (TextBlock, RichTextBlock/TextRun, FactSet, Container, ColumnSet/Column, Table, Action.OpenUrl).
// Teams' markdown is read only in TextBlock and Fact texts; a TextRun is always literal, and HTML is never read:
// every text goes in through `textContent`. A card with anything else, or of a newer schema, is replaced as Teams
// replaces it. https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/cards-reference
import { markdownBlocks, markdownInline } from './cardMarkdown';

/** How to build a card. */
export interface CardRenderOptions {
  readonly document: Document;
  /** Unique per card on the page: the card's ids (its heading, its description) start with it. */
  readonly id: string;
  /** The level of a `style: "heading"` TextBlock, below the heading of the message it is in. */
  readonly headingLevel: 2 | 3 | 4 | 5 | 6;
  /** Called with an Action.OpenUrl's URL when it is chosen (Teams opens its own links in place). */
  readonly openUrl: (url: string) => void;
}

/** What Teams shows instead of a card it cannot render, in its Swedish and English clients. */
export const CARD_ERROR = {
  sv: 'Det gick inte att visa kortet',
  en: "We're sorry, this card couldn't be displayed",
} as const;

/** The newest schema Teams renders. */
const TEAMS_VERSION = 1.5;

type Json = Record<string, unknown>;

/** Thrown while building when the card has something Teams would not render; the whole card is replaced. */
class UnsupportedCard extends Error {}

/** The card as a region, described by its `speak` text; Teams' apology in its place when it cannot be rendered. */
export function renderCard(card: unknown, options: CardRenderOptions): HTMLElement {
  const doc = options.document;
  const region = doc.createElement('div');
  region.className = 'ac-card';
  region.setAttribute('role', 'region');
  region.id = options.id;
  try {
    region.append(...cardContent(card, { ...options, headings: 0 }));
    if (isObject(card) && isObject(card.msteams) && lower(card.msteams.width) === 'full') {
      region.classList.add('ac-full-width');
    }
  } catch (error) {
    if (!(error instanceof UnsupportedCard)) throw error;
    region.replaceChildren(apology(doc));
    region.classList.add('ac-error');
  }
  const heading = region.querySelector<HTMLElement>('h2, h3, h4, h5, h6');
  if (heading) region.setAttribute('aria-labelledby', heading.id);
  else region.setAttribute('aria-label', 'Kort / Card');
  const speak = isObject(card) ? text(card.speak) : undefined;
  if (speak !== undefined && speak.trim() !== '') {
    const description = doc.createElement('p');
    description.id = `${options.id}-speak`;
    description.className = 'visually-hidden';
    description.textContent = speak;
    region.append(description);
    region.setAttribute('aria-describedby', description.id);
  }
  return region;
}

interface Builder extends CardRenderOptions {
  /** How many headings were numbered so far (their ids). */
  headings: number;
}

function cardContent(card: unknown, b: Builder): Node[] {
  if (!isObject(card) || card.type !== 'AdaptiveCard') throw new UnsupportedCard();
  const version = typeof card.version === 'string' ? Number.parseFloat(card.version) : undefined;
  if (version !== undefined && version > TEAMS_VERSION) {
    // Teams shows the card's fallbackText (markdown) when the schema is newer than it renders.
    const fallback = text(card.fallbackText);
    if (fallback === undefined) throw new UnsupportedCard();
    return [
      withClass(b.document.createElement('div'), 'ac-fallback', ...markdownBlocks(fallback, b.document)),
    ];
  }
  const nodes = elements(card.body ?? [], b);
  if (card.actions !== undefined) nodes.push(actions(card.actions, b));
  return nodes;
}

function elements(list: unknown, b: Builder): HTMLElement[] {
  if (!Array.isArray(list)) throw new UnsupportedCard();
  return list.map((item) => element(item, b));
}

function element(item: unknown, b: Builder): HTMLElement {
  if (!isObject(item)) throw new UnsupportedCard();
  const built = (() => {
    switch (item.type) {
      case 'TextBlock':
        return textBlock(item, b);
      case 'RichTextBlock':
        return richTextBlock(item, b);
      case 'FactSet':
        return factSet(item, b);
      case 'Container':
        return withClass(
          b.document.createElement('div'),
          `ac-container${containerStyle(item)}`,
          ...elements(item.items ?? [], b),
        );
      case 'ColumnSet':
        return columnSet(item, b);
      case 'Table':
        return table(item, b);
      default:
        throw new UnsupportedCard();
    }
  })();
  const spacing = lower(item.spacing);
  if (spacing !== undefined) built.classList.add(`ac-spacing-${spacing}`);
  if (item.separator === true) built.classList.add('ac-separator');
  const align = lower(item.horizontalAlignment);
  if (align !== undefined) built.classList.add(`ac-align-${align}`);
  return built;
}

function textBlock(item: Json, b: Builder): HTMLElement {
  const value = text(item.text) ?? '';
  const isHeading = lower(item.style) === 'heading';
  const block = isHeading
    ? withClass(b.document.createElement(`h${b.headingLevel}`), '', ...markdownInline(value, b.document))
    : withClass(b.document.createElement('div'), '', ...markdownBlocks(value, b.document));
  if (isHeading) block.id = `${b.id}-h${++b.headings}`;
  block.classList.add('ac-textblock', ...textClasses(item));
  if (item.wrap !== true) block.classList.add('ac-nowrap');
  return block;
}

function richTextBlock(item: Json, b: Builder): HTMLElement {
  if (!Array.isArray(item.inlines)) throw new UnsupportedCard();
  const paragraph = b.document.createElement('p');
  paragraph.className = 'ac-richtext';
  for (const inline of item.inlines as unknown[]) {
    paragraph.append(textRun(typeof inline === 'string' ? { type: 'TextRun', text: inline } : inline, b));
  }
  return paragraph;
}

/** A TextRun: its text exactly as written (never markdown), in the run's weight, slant and strike. */
function textRun(run: unknown, b: Builder): HTMLElement {
  if (!isObject(run) || run.type !== 'TextRun') throw new UnsupportedCard();
  const doc = b.document;
  const span = doc.createElement('span');
  span.classList.add('ac-textrun', ...textClasses(run));
  let inner: HTMLElement = span;
  const wrap = (tag: string, when: boolean) => {
    if (!when) return;
    const element = doc.createElement(tag);
    inner.append(element);
    inner = element;
  };
  wrap('strong', lower(run.weight) === 'bolder');
  wrap('em', run.italic === true);
  wrap('s', run.strikethrough === true);
  wrap('u', run.underline === true);
  wrap('mark', run.highlight === true);
  inner.textContent = text(run.text) ?? '';
  return span;
}

function factSet(item: Json, b: Builder): HTMLElement {
  if (!Array.isArray(item.facts)) throw new UnsupportedCard();
  const list = b.document.createElement('dl');
  list.className = 'ac-factset';
  for (const fact of item.facts as unknown[]) {
    if (!isObject(fact)) throw new UnsupportedCard();
    const row = b.document.createElement('div');
    row.append(
      withClass(b.document.createElement('dt'), '', ...markdownBlocks(text(fact.title) ?? '', b.document)),
      withClass(b.document.createElement('dd'), '', ...markdownBlocks(text(fact.value) ?? '', b.document)),
    );
    list.append(row);
  }
  return list;
}

function columnSet(item: Json, b: Builder): HTMLElement {
  const set = b.document.createElement('div');
  set.className = 'ac-columnset';
  for (const column of (Array.isArray(item.columns) ? item.columns : []) as unknown[]) {
    if (!isObject(column) || (column.type !== undefined && column.type !== 'Column')) {
      throw new UnsupportedCard();
    }
    const cell = withClass(
      b.document.createElement('div'),
      `ac-column${containerStyle(column)}`,
      ...elements(column.items ?? [], b),
    );
    // Through the style object, which the page's policy allows (an inline style attribute it refuses).
    cell.style.flex = columnFlex(column.width);
    set.append(cell);
  }
  return set;
}

/** A Column's width as flex: `auto`, `stretch` (the default), a weight, or pixels (`"80px"`). */
function columnFlex(width: unknown): string {
  if (width === 'auto') return '0 1 auto';
  const weight = typeof width === 'number' ? width : typeof width === 'string' ? Number(width) : NaN;
  if (Number.isFinite(weight) && weight > 0) return `${weight} 1 0`;
  const pixels = typeof width === 'string' ? /^(\d+)px$/.exec(width) : null;
  if (pixels) return `0 0 ${pixels[1]}px`;
  return '1 1 0';
}

/** A Table (schema 1.5) as a real table: the first row as column headers unless `firstRowAsHeader` is false. */
function table(item: Json, b: Builder): HTMLElement {
  const doc = b.document;
  const element = doc.createElement('table');
  element.className = item.showGridLines === false ? 'ac-table' : 'ac-table ac-gridlines';
  const columns = Array.isArray(item.columns) ? (item.columns as unknown[]) : [];
  const widths = columns.map((c) => (isObject(c) ? c.width : undefined));
  const weights = widths.map((w) => (typeof w === 'number' && w > 0 ? w : 0));
  const total = weights.reduce((sum, w) => sum + w, 0);
  if (columns.length > 0) {
    const group = doc.createElement('colgroup');
    widths.forEach((width, index) => {
      const col = doc.createElement('col');
      // A column's width is a weight among the weighted columns, or pixels (`"80px"`).
      if (typeof width === 'string' && /^\d+px$/.test(width)) col.style.width = width;
      else if (weights[index]! > 0) col.style.width = `${(100 * weights[index]!) / total}%`;
      group.append(col);
    });
    element.append(group);
  }
  const rows = Array.isArray(item.rows) ? (item.rows as unknown[]) : [];
  const headerRow = item.firstRowAsHeader !== false && rows.length > 0;
  const body = doc.createElement('tbody');
  rows.forEach((row, index) => {
    if (!isObject(row) || row.type !== 'TableRow' || !Array.isArray(row.cells)) throw new UnsupportedCard();
    const header = headerRow && index === 0;
    const tr = doc.createElement('tr');
    for (const cell of row.cells as unknown[]) {
      if (!isObject(cell) || cell.type !== 'TableCell') throw new UnsupportedCard();
      const td = withClass(doc.createElement(header ? 'th' : 'td'), '', ...elements(cell.items ?? [], b));
      if (header) td.setAttribute('scope', 'col');
      tr.append(td);
    }
    if (header) element.append(withClass(doc.createElement('thead'), '', tr));
    else body.append(tr);
  });
  element.append(body);
  return element;
}

function actions(list: unknown, b: Builder): HTMLElement {
  if (!Array.isArray(list)) throw new UnsupportedCard();
  const bar = b.document.createElement('div');
  bar.className = 'ac-actions';
  for (const action of list as unknown[]) {
    const url = isObject(action) && action.type === 'Action.OpenUrl' ? text(action.url) : undefined;
    if (url === undefined || !isObject(action)) throw new UnsupportedCard();
    const button = b.document.createElement('button');
    button.type = 'button';
    button.className = 'ac-action';
    button.textContent = text(action.title) ?? url;
    button.addEventListener('click', () => b.openUrl(url));
    bar.append(button);
  }
  return bar;
}

function textClasses(item: Json): string[] {
  const classes = ['size', 'weight', 'color'].flatMap((name) => {
    const value = lower(item[name]);
    return value === undefined || value === 'default' ? [] : [`ac-${name}-${value}`];
  });
  if (item.isSubtle === true) classes.push('ac-subtle');
  return classes;
}

function containerStyle(item: Json): string {
  const style = lower(item.style);
  return style === undefined || style === 'default' ? '' : ` ac-style-${style}`;
}

function apology(doc: Document): HTMLElement {
  const p = doc.createElement('p');
  p.className = 'ac-apology';
  const english = doc.createElement('span');
  english.lang = 'en';
  english.textContent = CARD_ERROR.en;
  p.append(`${CARD_ERROR.sv} / `, english);
  return p;
}

function withClass<T extends HTMLElement>(element: T, className: string, ...children: Node[]): T {
  if (className !== '') element.className = className;
  element.append(...children);
  return element;
}

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

// Adaptive Cards' enum values are case-insensitive ("Bolder", "bolder").
function lower(value: unknown): string | undefined {
  return typeof value === 'string' && /^[A-Za-z]+$/.test(value) ? value.toLowerCase() : undefined;
}
