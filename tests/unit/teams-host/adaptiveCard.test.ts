/** @jest-environment jsdom */
// The host's Adaptive Card renderer, as Teams renders a card: every element our cards use, Teams' markdown subset
// in TextBlock and Fact texts only, a TextRun and any HTML always literal, Teams' own apology for a card it cannot
// show, and the card's `speak` text as the region's accessible description.
import { getByRole, queryAllByRole, queryByRole } from '@testing-library/dom';
import { CARD_ERROR, renderCard } from '../../../emulators/teams-host/page/adaptiveCard';

/** A name someone could give a sektor: markdown, HTML and a link in one. */
const NAME = '**Fet** <b>x</b> [länk](https://evil.example)';

let opened: string[];

function render(body: unknown[], extra: Record<string, unknown> = {}): HTMLElement {
  const card = { type: 'AdaptiveCard', version: '1.5', body, ...extra };
  const region = renderCard(card, {
    document,
    id: 'card-1',
    headingLevel: 4,
    openUrl: (url) => opened.push(url),
  });
  document.body.replaceChildren(region);
  return region;
}

const text = (value: string, extra: Record<string, unknown> = {}) => ({
  type: 'TextBlock',
  text: value,
  wrap: true,
  ...extra,
});

beforeEach(() => {
  opened = [];
});

describe('TextBlock', () => {
  it('shows size, weight, subtlety, colour and wrapping as Teams styles them', () => {
    const region = render([
      text('Stor', { size: 'Large', weight: 'Bolder' }),
      text('Liten', { size: 'small', isSubtle: true, color: 'Good' }),
      { type: 'TextBlock', text: 'En rad' },
    ]);
    const [large, small, line] = [...region.querySelectorAll('.ac-textblock')];
    expect(large!.className).toBe('ac-textblock ac-size-large ac-weight-bolder');
    expect(small!.className).toBe('ac-textblock ac-size-small ac-color-good ac-subtle');
    // `wrap` defaults to false: one line, cut off.
    expect(line!.classList.contains('ac-nowrap')).toBe(true);
    expect(large!.textContent).toBe('Stor');
  });

  it('makes `style: "heading"` a heading at the level it is given, which names the card', () => {
    const region = render([
      text('Stödinventering – sammanställning', { style: 'heading', size: 'Large' }),
      text('Brödtext'),
    ]);
    const heading = getByRole(region, 'heading', { level: 4, name: 'Stödinventering – sammanställning' });
    expect(heading.classList.contains('ac-size-large')).toBe(true);
    expect(getByRole(document.body, 'region', { name: 'Stödinventering – sammanställning' })).toBe(region);
    expect(queryAllByRole(region, 'heading')).toHaveLength(1);
  });

  it('reads Teams’ markdown: bold, italic, links, lists and paragraphs', () => {
    const region = render([
      text(
        'Detta är **viktigt** och _lutande_, se [sidan](https://kommun.example/sida).\n\nNytt stycke\nsamma stycke',
      ),
      text('Att göra:\n- första\n- andra\n\n3. tredje\n4. fjärde'),
    ]);
    const [first, second] = [...region.querySelectorAll('.ac-textblock')];
    expect(first!.querySelector('strong')!.textContent).toBe('viktigt');
    expect(first!.querySelector('em')!.textContent).toBe('lutande');
    const link = getByRole(region, 'link', { name: 'sidan' });
    expect(link.getAttribute('href')).toBe('https://kommun.example/sida');
    // A TextBlock's link opens in a new browser tab in Teams.
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    const paragraphs = [...first!.querySelectorAll('p')].map((p) => p.textContent);
    expect(paragraphs).toEqual([
      'Detta är viktigt och lutande, se sidan.',
      // One newline is no new paragraph (Teams needs a blank line).
      'Nytt stycke\nsamma stycke',
    ]);
    expect(second!.querySelector('p')!.textContent).toBe('Att göra:');
    expect([...second!.querySelectorAll('ul > li')].map((li) => li.textContent)).toEqual(['första', 'andra']);
    const ordered = second!.querySelector('ol')!;
    expect(ordered.getAttribute('start')).toBe('3');
    expect([...ordered.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['tredje', 'fjärde']);
  });

  it('reads no other markdown, and no underscore inside a word, and keeps what is escaped', () => {
    const region = render([
      text('# Rubrik\n\n> citat\n\n`kod` snake_case_namn'),
      text('\\*\\*inte fet\\*\\* och \\_inte lutande\\_'),
      text('[skript](javascript:alert(1))'),
    ]);
    const [plain, escaped, script] = [...region.querySelectorAll<HTMLElement>('.ac-textblock')];
    expect(plain!.textContent).toBe('# Rubrik> citat`kod` snake_case_namn');
    expect(plain!.querySelector('em, strong, h1, blockquote, code')).toBeNull();
    expect(escaped!.textContent).toBe('**inte fet** och _inte lutande_');
    expect(escaped!.querySelector('em, strong')).toBeNull();
    // Only web and mail addresses become links.
    expect(queryByRole(script!, 'link')).toBeNull();
    expect(script!.textContent).toBe('[skript](javascript:alert(1))');
  });

  it('applies markdown to a name but never HTML, which it shows as written', () => {
    const region = render([text(NAME)]);
    const block = region.querySelector('.ac-textblock')!;
    expect(block.textContent).toBe('Fet <b>x</b> länk');
    expect(block.querySelector('strong')!.textContent).toBe('Fet');
    expect(block.querySelector('b')).toBeNull();
    expect(getByRole(region, 'link', { name: 'länk' }).getAttribute('href')).toBe('https://evil.example');
  });
});

describe('RichTextBlock', () => {
  it('shows a TextRun exactly as written: never markdown, never HTML', () => {
    const region = render([{ type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: NAME }] }]);
    const paragraph = region.querySelector('.ac-richtext')!;
    expect(paragraph.textContent).toBe(NAME);
    expect(paragraph.querySelector('strong, b, a, em')).toBeNull();
    expect(queryByRole(region, 'link')).toBeNull();
  });

  it('shows a run’s weight, italics and strikethrough, and plain strings as runs', () => {
    const region = render([
      {
        type: 'RichTextBlock',
        inlines: [
          { type: 'TextRun', text: 'Vård och omsorg', weight: 'Bolder' },
          ' · ',
          { type: 'TextRun', text: 'lutande', italic: true },
          { type: 'TextRun', text: 'struken', strikethrough: true, isSubtle: true },
        ],
      },
    ]);
    const paragraph = region.querySelector('.ac-richtext')!;
    expect(paragraph.textContent).toBe('Vård och omsorg · lutandestruken');
    expect(paragraph.querySelector('strong')!.textContent).toBe('Vård och omsorg');
    expect(paragraph.querySelector('em')!.textContent).toBe('lutande');
    const struck = paragraph.querySelector('s')!;
    expect(struck.textContent).toBe('struken');
    expect(struck.closest('.ac-textrun')!.classList.contains('ac-subtle')).toBe(true);
  });
});

describe('FactSet', () => {
  it('lists each fact’s title and value', () => {
    const region = render([
      {
        type: 'FactSet',
        facts: [
          { title: 'Inskickade eller godkända', value: '12 av 20 enheter (60 %)' },
          { title: 'Stödresurser', value: '41,5 årsarbetare' },
        ],
      },
    ]);
    expect(queryAllByRole(region, 'term').map((dt) => dt.textContent)).toEqual([
      'Inskickade eller godkända',
      'Stödresurser',
    ]);
    expect(queryAllByRole(region, 'definition').map((dd) => dd.textContent)).toEqual([
      '12 av 20 enheter (60 %)',
      '41,5 årsarbetare',
    ]);
  });

  it('reads a value’s markdown as Teams does (HTML literal), and shows an escaped name as written', () => {
    const escapedName = '\\*\\*Fet\\*\\* \\<b\\>x\\</b\\> \\[länk\\]\\(https://evil.example\\)';
    const region = render([
      {
        type: 'FactSet',
        facts: [
          { title: 'Som den skrevs', value: NAME },
          { title: 'Undangömd', value: escapedName },
        ],
      },
    ]);
    const [raw, escaped] = [...region.querySelectorAll('dd')];
    expect(raw!.textContent).toBe('Fet <b>x</b> länk');
    expect(raw!.querySelector('strong')).not.toBeNull();
    expect(raw!.querySelector('b')).toBeNull();
    expect(escaped!.textContent).toBe(NAME);
    expect(escaped!.querySelector('strong, a, b')).toBeNull();
  });
});

describe('Container and ColumnSet', () => {
  it('nests items, with columns weighted, automatic, stretched or in pixels', () => {
    const region = render([
      {
        type: 'Container',
        style: 'emphasis',
        items: [
          {
            type: 'ColumnSet',
            columns: [
              { type: 'Column', width: 3, items: [text('Sektor')] },
              { type: 'Column', width: 'auto', items: [text('Auto')] },
              { type: 'Column', width: 'stretch', items: [text('Sträckt')] },
              { type: 'Column', width: '80px', items: [text('Pixlar')] },
            ],
          },
        ],
      },
    ]);
    const container = region.querySelector('.ac-container')!;
    expect(container.classList.contains('ac-style-emphasis')).toBe(true);
    const columns = [...container.querySelectorAll<HTMLElement>('.ac-columnset > .ac-column')];
    expect(columns.map((c) => c.textContent)).toEqual(['Sektor', 'Auto', 'Sträckt', 'Pixlar']);
    expect(columns.map((c) => c.style.flex)).toEqual(['3 1 0px', '0 1 auto', '1 1 0px', '0 0 80px']);
  });
});

describe('Table', () => {
  const table = (extra: Record<string, unknown> = {}) => ({
    type: 'Table',
    columns: [{ width: 3 }, { width: 2 }],
    rows: [
      ['Sektor', 'Inskickade'],
      ['Vård och omsorg', '4 av 6'],
      ['Skola', '2 av 5'],
    ].map((cells) => ({
      type: 'TableRow',
      cells: cells.map((cell) => ({ type: 'TableCell', items: [text(cell)] })),
    })),
    ...extra,
  });

  it('is a real table whose first row is its column headers', () => {
    const region = render([table({ showGridLines: false })]);
    const element = getByRole(region, 'table');
    expect(queryAllByRole(element, 'columnheader').map((th) => th.textContent)).toEqual([
      'Sektor',
      'Inskickade',
    ]);
    expect(queryAllByRole(element, 'cell').map((td) => td.textContent)).toEqual([
      'Vård och omsorg',
      '4 av 6',
      'Skola',
      '2 av 5',
    ]);
    expect(element.querySelector('th')!.getAttribute('scope')).toBe('col');
    expect([...element.querySelectorAll('col')].map((col) => col.style.width)).toEqual(['60%', '40%']);
    expect(element.classList.contains('ac-gridlines')).toBe(false);
  });

  it('has no header row when `firstRowAsHeader` is false, grid lines by default, and widths in pixels', () => {
    const element = getByRole(
      render([table({ firstRowAsHeader: false, columns: [{ width: '120px' }, { width: 1 }] })]),
      'table',
    );
    expect([...element.querySelectorAll('col')].map((col) => col.style.width)).toEqual(['120px', '100%']);
    expect(queryAllByRole(element, 'columnheader')).toHaveLength(0);
    expect(queryAllByRole(element, 'cell')).toHaveLength(6);
    expect(element.classList.contains('ac-gridlines')).toBe(true);
  });
});

describe('Action.OpenUrl', () => {
  it('is a button that hands its URL to the host', () => {
    const link =
      'https://teams.microsoft.com/l/entity/app/kommunstyrelsen?context=%7B%22subEntityId%22%3A%22board%22%7D';
    const region = render([text('Sammanställning')], {
      actions: [{ type: 'Action.OpenUrl', title: 'Öppna i Stödinventering', url: link }],
    });
    getByRole(region, 'button', { name: 'Öppna i Stödinventering' }).click();
    expect(opened).toEqual([link]);
  });
});

describe('a card Teams cannot show', () => {
  it.each([
    [
      'an unknown element, however deep',
      [{ type: 'Container', items: [{ type: 'Input.Text', id: 'x' }] }],
      {},
    ],
    ['an unknown inline', [{ type: 'RichTextBlock', inlines: [{ type: 'Mention', text: 'x' }] }], {}],
    ['an action it does not know', [text('x')], { actions: [{ type: 'Action.Submit', title: 'Skicka' }] }],
    ['a schema newer than 1.5 without fallback text', [text('x')], { version: '1.6' }],
  ])('is replaced whole by Teams’ apology: %s', (_what, body, extra) => {
    const region = render(body, extra);
    expect(region.textContent).toBe(`${CARD_ERROR.sv} / ${CARD_ERROR.en}`);
    expect(region.querySelector('.ac-textblock')).toBeNull();
    expect(region.querySelector('[lang="en"]')!.textContent).toBe(
      "We're sorry, this card couldn't be displayed",
    );
  });

  it('shows its fallback text, as markdown, when its schema is newer than Teams renders', () => {
    const region = render([text('x')], { version: '1.6', fallbackText: 'Se **sammanställningen**.' });
    expect(region.textContent).toBe('Se sammanställningen.');
    expect(region.querySelector('strong')!.textContent).toBe('sammanställningen');
  });

  it('is no card at all when it is not an AdaptiveCard', () => {
    const region = renderCard(
      { type: 'MessageCard' },
      { document, id: 'c', headingLevel: 4, openUrl: () => {} },
    );
    expect(region.textContent).toBe(`${CARD_ERROR.sv} / ${CARD_ERROR.en}`);
  });
});

describe('the card’s speak text', () => {
  it('is the region’s accessible description, in a visually hidden element', () => {
    const speak = 'Stödinventering – sammanställning för Gävle kommun. 12 av 20 enheter har skickat in.';
    const region = render([text('Sammanställning', { style: 'heading' })], { speak });
    expect(getByRole(document.body, 'region', { description: speak })).toBe(region);
    const description = document.getElementById(region.getAttribute('aria-describedby')!)!;
    expect(description.className).toBe('visually-hidden');
    expect(description.textContent).toBe(speak);
  });

  it('describes nothing when the card has none; the region is then named as a card', () => {
    const region = render([text('Utan rubrik')]);
    expect(region.hasAttribute('aria-describedby')).toBe(false);
    expect(getByRole(document.body, 'region', { name: 'Kort / Card' })).toBe(region);
  });
});
