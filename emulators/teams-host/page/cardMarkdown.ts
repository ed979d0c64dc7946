// The markdown Teams reads in an Adaptive Card's TextBlock and Fact texts, built as DOM nodes: `**bold**`,
// `_italic_`, `[text](url)`, `- ` and `1. ` lists, paragraphs split by a blank line, and backslash escapes (Teams'
// desktop and web clients hide the backslash). Nothing else: headers, tables, images and HTML are not read, so
// `<b>` is shown as written. Every text goes in through `textContent`, never as HTML.
// https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/cards-format

/** An inline piece of text: plain, or bold, italic or a link around more pieces. */
type Inline =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'strong' | 'em'; readonly children: readonly Inline[] }
  | { readonly kind: 'link'; readonly href: string; readonly children: readonly Inline[] };

interface Match {
  readonly index: number;
  readonly length: number;
  /** Parsed only for the match that is used: the others' inner text is read again later. */
  readonly inline: () => Inline;
}

// An escaped character stands in as a private-use character until the text is built, so no rule matches it.
const ESCAPE_BASE = 0xe000;
const ESCAPABLE = /\\([!-/:-@[-`{-~])/g;
const ESCAPED = /[\ue000-\ue07f]/g;
const RESERVED = /[\ue000-\ue07f]/;

const LINK = /\[([^\]\n]*)\]\(([^()\s]+)\)/;
const STRONG = /\*\*(?=\S)([^\n]*?\S)\*\*/;
// Underscores inside a word (`snake_case`) are no emphasis, as in CommonMark.
const EM = /(?<![\p{L}\p{N}_])_(?=\S)([^\n]*?\S)_(?![\p{L}\p{N}_])/u;
const BULLET = /^[ \t]*- +(.*)$/;
const NUMBERED = /^[ \t]*(\d{1,9})\. +(.*)$/;

/** Block nodes (paragraphs and lists) for a TextBlock's or a Fact's text. */
export function markdownBlocks(text: string, doc: Document): Node[] {
  const { source, unescape } = protect(text);
  return source
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .flatMap((block) => blockNodes(block, doc, unescape));
}

/** Inline nodes for a one-line text (a heading): the same emphasis and links, no paragraphs or lists. */
export function markdownInline(text: string, doc: Document): Node[] {
  const { source, unescape } = protect(text);
  return build(parseInline(source.replace(/\r\n?|\n/g, ' ')), doc, unescape);
}

function protect(text: string): { source: string; unescape: (text: string) => string } {
  const escaped: string[] = [];
  const source = text.replace(ESCAPABLE, (_whole, char: string) => {
    escaped.push(char);
    return String.fromCharCode(ESCAPE_BASE + escaped.length - 1);
  });
  // A text that uses those characters itself, or has more escapes than were set aside, keeps its backslashes.
  if (escaped.length > 0x80 || RESERVED.test(text)) return { source: text, unescape: (t) => t };
  return {
    source,
    unescape: (t) => t.replace(ESCAPED, (c) => escaped[c.charCodeAt(0) - ESCAPE_BASE] ?? c),
  };
}

function blockNodes(block: string, doc: Document, unescape: (text: string) => string): Node[] {
  const nodes: Node[] = [];
  let paragraph: string[] = [];
  let list: { element: HTMLUListElement | HTMLOListElement; ordered: boolean } | undefined;
  const endParagraph = () => {
    if (paragraph.length === 0) return;
    const p = doc.createElement('p');
    p.append(...build(parseInline(paragraph.join('\n')), doc, unescape));
    nodes.push(p);
    paragraph = [];
  };
  for (const line of block.split('\n')) {
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (!bullet && !numbered) {
      list = undefined;
      if (line.trim() !== '') paragraph.push(line.trim());
      continue;
    }
    endParagraph();
    const ordered = numbered !== null;
    if (list === undefined || list.ordered !== ordered) {
      const element = doc.createElement(ordered ? 'ol' : 'ul');
      if (numbered && numbered[1] !== '1') element.setAttribute('start', String(Number(numbered[1])));
      list = { element, ordered };
      nodes.push(element);
    }
    const item = doc.createElement('li');
    item.append(...build(parseInline((bullet?.[1] ?? numbered?.[2] ?? '').trim()), doc, unescape));
    list.element.append(item);
  }
  endParagraph();
  return nodes;
}

function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let rest = text;
  for (let next = firstMatch(rest); next !== undefined; next = firstMatch(rest)) {
    if (next.index > 0) out.push({ kind: 'text', text: rest.slice(0, next.index) });
    out.push(next.inline());
    rest = rest.slice(next.index + next.length);
  }
  if (rest !== '') out.push({ kind: 'text', text: rest });
  return out;
}

function firstMatch(text: string): Match | undefined {
  const candidates: Match[] = [];
  const link = LINK.exec(text);
  if (link) {
    const [whole, label = '', href = ''] = link;
    candidates.push({
      index: link.index,
      length: whole.length,
      // Only web and mail addresses become links; anything else (`javascript:`) stays text, as written.
      inline: () =>
        /^(https?:\/\/|mailto:)/i.test(href)
          ? { kind: 'link', href, children: parseInline(label) }
          : { kind: 'text', text: whole },
    });
  }
  for (const [pattern, kind] of [
    [STRONG, 'strong'],
    [EM, 'em'],
  ] as const) {
    const found = pattern.exec(text);
    if (found) {
      candidates.push({
        index: found.index,
        length: found[0].length,
        inline: () => ({ kind, children: parseInline(found[1] ?? '') }),
      });
    }
  }
  return candidates.sort((a, b) => a.index - b.index)[0];
}

function build(inlines: readonly Inline[], doc: Document, unescape: (text: string) => string): Node[] {
  return inlines.map((inline) => {
    switch (inline.kind) {
      case 'text':
        return doc.createTextNode(unescape(inline.text));
      case 'strong':
      case 'em': {
        const element = doc.createElement(inline.kind);
        element.append(...build(inline.children, doc, unescape));
        return element;
      }
      case 'link': {
        // Teams opens a TextBlock's link in a new browser tab (only Action.OpenUrl opens a Teams link in place).
        const a = doc.createElement('a');
        a.href = unescape(inline.href);
        a.target = '_blank';
        a.rel = 'noopener noreferrer';
        a.append(...build(inline.children, doc, unescape));
        return a;
      }
    }
  });
}
