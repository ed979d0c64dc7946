// The Chefsdagen slides as a PowerPoint file (docs/presentation.md): one slide per `Slide`, its title and blocks as
// PowerPoint's own text boxes and tables (so the file can be edited, searched and read aloud), its notes as speaker
// notes. pptxgenjs is imported here alone; the tab loads this module with `loadPresentation()` from ./index when
// someone downloads the file, so the library never weighs on the start page.
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { type Locale } from '../domain';
import { type FiguresBlock, type Slide, type SlideBlock, type TableBlock } from '../domain/presentation';

/** Options of `presentationPptxBytes`. */
export interface PresentationFileOptions {
  /** The slides' language, for PowerPoint's spelling and reading aloud. */
  readonly locale: Locale;
  /** Who made the file, in its properties. @default none */
  readonly author?: string;
}

// 16:9 as PowerPoint's own default (13.33 × 7.5 inches), so a font size means what it means in PowerPoint. The
// slides keep PowerPoint's white background: pptxgenjs writes a coloured one without the `effectLst` PowerPoint
// expects, and asks to repair the file.
const slideWidth = 13.333;
const margin = 0.5;
const bodyWidth = slideWidth - 2 * margin;
const body = { top: 1.45, bottom: 6.95 };
const gap = 0.25;
// Near-black on white, and a light grey behind table heads: well above WCAG's 7:1, which a washed-out projector
// needs.
const colours = { text: '111111', head: 'E6E6E6', rule: '767676' };
const fontFace = 'Arial';
// The body's type is the largest of these that fits; a long table gets smaller type rather than a second slide,
// so that the file has exactly the slides the tab shows.
const bodySizes = [24, 20, 18, 16, 14, 12, 11];
const cellMargin: [number, number, number, number] = [0.04, 0.08, 0.04, 0.08];

/** Whether XML 1.0 can carry a code point (its `Char` production): no control characters, no lone surrogates. */
function xmlChar(codePoint: number): boolean {
  if (codePoint < 0x20) return codePoint === 0x9 || codePoint === 0xa || codePoint === 0xd;
  return codePoint <= 0xd7ff || (codePoint >= 0xe000 && codePoint <= 0xfffd) || codePoint >= 0x10000;
}

/** Text with what XML cannot carry left out: PowerPoint refuses such a file, and pptxgenjs passes it on. */
function xmlSafe(text: string): string {
  return [...text].filter((char) => xmlChar(char.codePointAt(0) ?? 0)).join('');
}

const lineHeight = (size: number) => (size * 1.2) / 72;
// Arial's average character is about half as wide as the type is high.
const linesOf = (text: string, size: number, width: number) =>
  Math.max(1, Math.ceil((text.length * size * 0.5) / 72 / Math.max(width - 0.16, 0.5)));

/** What a row of a table is: a table's head or body, or a band of figures' labels or values. */
type RowKind = 'head' | 'body' | 'label' | 'value';

/** A block laid out as PowerPoint table rows. */
interface Grid {
  readonly rows: readonly { readonly kind: RowKind; readonly cells: readonly string[] }[];
  readonly widths: readonly number[];
  /** Per column, whether its cells are figures (aligned right). */
  readonly numeric: readonly boolean[];
}

// Figures lie side by side as in the tab, at most four to a band: a row of labels over a row of values in larger
// type, so that five figures take two bands rather than five lines.
const figuresPerBand = 4;
const valueStep = 4;
const rowSize = (kind: RowKind, size: number) => (kind === 'value' ? size + valueStep : size);

function grid(block: FiguresBlock | TableBlock): Grid {
  if (block.kind === 'figures') {
    const bands = Math.max(1, Math.ceil(block.rows.length / figuresPerBand));
    const across = Math.max(1, Math.ceil(block.rows.length / bands));
    const pad = (texts: readonly string[]) => [
      ...texts,
      ...new Array<string>(across - texts.length).fill(''),
    ];
    const rows = Array.from({ length: bands }, (_, b) =>
      block.rows.slice(b * across, (b + 1) * across),
    ).flatMap((band) => [
      { kind: 'label' as const, cells: pad(band.map((r) => r.label)) },
      { kind: 'value' as const, cells: pad(band.map((r) => r.value)) },
    ]);
    return { rows, widths: new Array<number>(across).fill(bodyWidth / across), numeric: [] };
  }
  const count = block.columns.length;
  const first = count <= 1 ? bodyWidth : count === 2 ? bodyWidth / 2 : Math.min(bodyWidth * 0.3, 3.8);
  return {
    rows: [
      { kind: 'head', cells: block.columns.map((c) => c.label) },
      ...block.rows.map((r) => ({ kind: 'body' as const, cells: [r.header, ...r.cells] })),
    ],
    widths: [first, ...block.columns.slice(1).map(() => (bodyWidth - first) / (count - 1))],
    numeric: block.columns.map((c) => c.numeric),
  };
}

/** The height a block takes at a font size, in inches: an estimate, as PowerPoint lays the text out itself. */
function blockHeight(block: SlideBlock, size: number): number {
  if (block.kind === 'text' || block.kind === 'bullets') {
    const texts = block.kind === 'text' ? block.paragraphs : block.items;
    return texts.reduce((sum, text) => sum + linesOf(text, size, bodyWidth - 0.4), 0) * lineHeight(size);
  }
  const { rows, widths } = grid(block);
  return rows.reduce((sum, { kind, cells }) => {
    const lines = Math.max(
      ...cells.map((text, i) => linesOf(text, rowSize(kind, size), widths[i] ?? bodyWidth)),
    );
    return sum + lines * lineHeight(rowSize(kind, size)) + cellMargin[0] + cellMargin[2];
  }, 0);
}

function bodySize(blocks: readonly SlideBlock[]): number {
  const room = body.bottom - body.top - gap * (blocks.length - 1);
  const fits = (size: number) => blocks.reduce((sum, b) => sum + blockHeight(b, size), 0) <= room;
  return bodySizes.find(fits) ?? (bodySizes.at(-1) as number);
}

// Each paragraph is one run: pptxgenjs writes a paragraph's properties before every run of it, which PowerPoint
// refuses after the first. So a label and its bold figure are two cells of a table, not two runs of a line.
function paragraphs(
  texts: readonly string[],
  options: PptxGenJS.TextPropsOptions = {},
): PptxGenJS.TextProps[] {
  return texts.map((text) => ({ text: xmlSafe(text), options: { ...options, breakLine: true } }));
}

function tableRows(layout: Grid, size: number): PptxGenJS.TableRow[] {
  const cellOptions = (kind: RowKind, i: number): PptxGenJS.TableCellProps => {
    const align = layout.numeric[i] === true ? 'right' : 'left';
    switch (kind) {
      case 'head':
        return { bold: true, fill: { color: colours.head }, align };
      case 'body':
        return i === 0 ? { bold: true } : { align };
      case 'label':
        return { valign: 'bottom' };
      case 'value':
        return { bold: true, fontSize: rowSize(kind, size), valign: 'top' };
    }
  };
  return layout.rows.map(({ kind, cells }) =>
    cells.map((text, i) => ({ text: xmlSafe(text), options: cellOptions(kind, i) })),
  );
}

function addBody(slide: PptxGenJS.Slide, blocks: readonly SlideBlock[], lang: string): void {
  const fontSize = bodySize(blocks);
  const common = { x: margin, w: bodyWidth, fontFace, fontSize, color: colours.text, lang };
  let y = body.top;
  for (const block of blocks) {
    const h = blockHeight(block, fontSize);
    if (block.kind === 'text' || block.kind === 'bullets') {
      const text =
        block.kind === 'text' ? paragraphs(block.paragraphs) : paragraphs(block.items, { bullet: true });
      slide.addText(text, { ...common, y, h, valign: 'top', margin: 0 });
    } else {
      const layout = grid(block);
      slide.addTable(tableRows(layout, fontSize), {
        ...common,
        y,
        colW: [...layout.widths],
        margin: cellMargin,
        valign: 'middle',
        border: block.kind === 'table' ? { type: 'solid', pt: 1, color: colours.rule } : { type: 'none' },
        ...(block.kind === 'table' ? { objectName: xmlSafe(block.caption) } : {}),
      });
    }
    y += h + gap;
  }
}

/** The title slide: its title large and centred, its lines (period, date, source) below. */
function addTitleSlide(slide: PptxGenJS.Slide, content: Slide, lang: string): void {
  const common = { x: margin, w: bodyWidth, fontFace, color: colours.text, align: 'center' as const, lang };
  slide.addText(xmlSafe(content.title), {
    ...common,
    y: 1.5,
    h: 1.7,
    fontSize: 44,
    bold: true,
    valign: 'bottom',
  });
  const lines = content.blocks.flatMap((block) => (block.kind === 'text' ? block.paragraphs : []));
  slide.addText(paragraphs(lines), {
    ...common,
    y: 3.5,
    h: 2.6,
    fontSize: 24,
    valign: 'top',
    paraSpaceAfter: 8,
  });
}

/**
 * The package as PowerPoint opens it without asking to repair it. pptxgenjs 4 names a slide master per slide in
 * `[Content_Types].xml` although it writes one (reported upstream as "Content_Types.xml references phantom
 * slideMaster entries"), and PowerPoint refuses a package that declares parts it lacks; and with an `outputType`
 * it stores every part uncompressed, which PowerPoint also balks at. So the overrides of absent parts are dropped
 * and the parts deflated, with the JSZip pptxgenjs itself is built on.
 */
async function repairedPackage(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const typesName = '[Content_Types].xml';
  const types = await zip.file(typesName)?.async('string');
  if (types !== undefined) {
    const present = types.replace(/<Override PartName="\/([^"]+)"[^>]*\/>/g, (override, part: string) =>
      zip.file(part) === null ? '' : override,
    );
    zip.file(typesName, present);
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/**
 * The slides as a .pptx file: 16:9, dark text on white in large type, each slide's notes as its speaker notes.
 * @throws TypeError if pptxgenjs hands back something other than bytes (it would be a bug in the library).
 */
export async function presentationPptxBytes(
  slides: readonly Slide[],
  options: PresentationFileOptions,
): Promise<Uint8Array> {
  const lang = options.locale === 'en' ? 'en-US' : 'sv-SE';
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = xmlSafe(slides[0]?.title ?? '');
  if (options.author !== undefined) pptx.author = xmlSafe(options.author);
  pptx.theme = { headFontFace: fontFace, bodyFontFace: fontFace };
  for (const content of slides) {
    const slide = pptx.addSlide();
    if (content.id === 'title') {
      addTitleSlide(slide, content, lang);
    } else {
      slide.addText(xmlSafe(content.title), {
        x: margin,
        y: 0.35,
        w: bodyWidth,
        h: 0.95,
        fontFace,
        fontSize: 32,
        bold: true,
        color: colours.text,
        valign: 'middle',
        lang,
      });
      addBody(slide, content.blocks, lang);
      slide.slideNumber = {
        x: slideWidth - margin - 0.6,
        y: 7.0,
        w: 0.6,
        h: 0.35,
        fontSize: 12,
        color: colours.text,
      };
    }
    slide.addNotes(xmlSafe(content.notes));
  }
  // Not writeFile: in a browser it starts a download of its own; the tab saves the bytes itself.
  const bytes = await pptx.write({ outputType: 'uint8array' });
  if (!(bytes instanceof Uint8Array)) throw new TypeError('pptxgenjs did not give the file as bytes.');
  return repairedPackage(bytes);
}
