/** @jest-environment ./tests/unit/ui/support/jsdomEnvironment.js */
// The Chefsdagen slides written to a .pptx and read back as PowerPoint will: the zip's parts as XML (jsdom's
// DOMParser checks that each is well-formed), one slide part per slide with its title and every shown text as
// PowerPoint text, each slide's notes as its notes part, and text that XML must escape or cannot carry at all.
// The browser's environment, because the tab is where the file is made.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { checkZipArchive } from '../../../scripts/lib/zipArchive';
import { dashboardView, scenarioOutcomes, type Period } from '../../../src/domain';
import { presentationSlides, type Slide } from '../../../src/domain/presentation';
import { loadPresentation } from '../../../src/exports';
import { presentationPptxBytes } from '../../../src/exports/presentation';
import { allLines, completeInventory, config, units } from '../domain/fixtures';
import { xlsxParts } from './xlsxParts';

const period: Period = {
  id: '2018',
  name: { sv: 'Inventering våren 2018', en: 'Inventory spring 2018' },
  opensOn: '2018-03-01',
  closesOn: '2018-06-30',
};
// A name with what XML must escape, and a control character it cannot carry at all.
const control = String.fromCharCode(1);
const kommun = `Gävle <kommun> & "Co"${control}`;

const inventories = [
  completeInventory('S1', {
    status: 'approved',
    lines: allLines({
      ekonomi: { persons: 3, arsarbetare: 2.5, roles: [{ roleId: 'controller', arsarbetare: 2.5 }] },
    }),
  }),
  completeInventory('K1'),
  completeInventory('E2'),
  completeInventory('E3'),
  completeInventory('E4'),
  completeInventory('S2'),
];
const named = { ...config, municipality: { name: { sv: kommun, en: kommun } } };
const view = dashboardView({ config: named, periods: [period], units, inventories, ignored: [] }, '2018');
const [outcome] = scenarioOutcomes({ units, inventories, config, periodId: '2018' }, [
  { id: 's', name: 'Samlad ekonomi <A&B>', periodId: '2018', overrides: { ekonomi: 'centralisera' } },
]);
const slides = presentationSlides(
  {
    config: view.config,
    period,
    shownOn: '2026-09-14',
    aggregate: view.aggregate,
    firstLine: view.firstLine,
    scenario: outcome,
    consultation: [{ functionId: 'hr', agree: 12, disagree: 3, comments: 4 }],
    source: { kind: 'live', countedAt: '2026-09-14T07:30:00Z' },
  },
  'sv',
);

let bytes: Uint8Array;
let parts: Map<string, string>;
beforeAll(async () => {
  // As in the tab, pptxgenjs must not take this for Node: there it loads `node:fs` with a native import(), which
  // Jest's module system cannot run. A browser has no `process.release`.
  Object.defineProperty(process, 'release', { value: { ...process.release, name: 'browser' } });
  bytes = await presentationPptxBytes(slides, { locale: 'sv', author: 'Projektgruppen' });
  parts = xlsxParts(bytes);
});

const part = (name: string): string => {
  const xml = parts.get(name);
  if (xml === undefined) throw new Error(`no part ${name}`);
  return xml;
};
const entities: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** The text of a part's runs (`<a:t>`), as PowerPoint reads it. */
const runs = (xml: string): string[] =>
  [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) =>
    (m[1] ?? '').replace(/&(amp|lt|gt|quot|apos);/g, (_whole, name: string) => entities[name] ?? ''),
  );
/** Every text a slide shows. */
const shown = (slide: Slide): string[] => [
  slide.title,
  ...slide.blocks.flatMap((b) => {
    switch (b.kind) {
      case 'text':
        return b.paragraphs;
      case 'bullets':
        return b.items;
      case 'figures':
        return b.rows.flatMap((r) => [r.label, r.value]);
      case 'table':
        return [...b.columns.map((c) => c.label), ...b.rows.flatMap((r) => [r.header, ...r.cells])];
    }
  }),
];
const withoutControls = (text: string) => text.replaceAll(control, '');

describe('the PowerPoint file', () => {
  it('has one slide part per slide, 16:9, and names no part it lacks', () => {
    const slideParts = [...parts.keys()].filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    expect(slides).toHaveLength(7);
    expect(slideParts).toHaveLength(slides.length);
    expect(part('ppt/presentation.xml')).toMatch(/<p:sldSz cx="12192000" cy="6858000"/);
    const declared = [...part('[Content_Types].xml').matchAll(/<Override PartName="\/([^"]+)"/g)].map(
      (m) => m[1]!,
    );
    expect(declared.filter((name) => !parts.has(name))).toEqual([]);
    expect(declared).toEqual(expect.arrayContaining(slideParts));
  });

  it('is deflated, as PowerPoint expects a package to be', () => {
    const entries = checkZipArchive(bytes, { maxEntries: 1_000, maxUnpackedBytes: 100 * 1024 * 1024 });
    expect(entries.filter((e) => e.unpackedSize > 0 && e.method !== 8).map((e) => e.name)).toEqual([]);
  });

  it('holds every title, figure and table cell of each slide as text, in the slide’s own part', () => {
    slides.forEach((slide, i) => {
      const texts = runs(part(`ppt/slides/slide${i + 1}.xml`));
      expect(texts[0]).toBe(withoutControls(slide.title));
      for (const text of shown(slide))
        expect([slide.id, texts]).toEqual([slide.id, expect.arrayContaining([withoutControls(text)])]);
    });
    // Tables are PowerPoint tables, not pictures of them.
    expect(part('ppt/slides/slide2.xml')).toContain('<a:tbl>');
    expect([...parts.keys()].filter((name) => name.startsWith('ppt/media/'))).toEqual([]);
  });

  it('gives each slide its notes as speaker notes', () => {
    slides.forEach((slide, i) => {
      const notes = runs(part(`ppt/notesSlides/notesSlide${i + 1}.xml`)).join('\n');
      expect(notes.replace(/\r\n/g, '\n')).toContain(withoutControls(slide.notes));
    });
    expect(runs(part('ppt/notesSlides/notesSlide2.xml')).join(' ')).toMatch(
      /I kommunen kan 9 enheter svara\./,
    );
  });

  it('escapes what XML must escape, leaves out what it cannot carry, and every part parses', () => {
    const title = part('ppt/slides/slide1.xml');
    expect(title).toContain('Gävle &lt;kommun&gt; &amp; &quot;Co&quot;');
    expect(title).not.toContain('<kommun>');
    expect(part('ppt/slides/slide5.xml')).toContain('Samlad ekonomi &lt;A&amp;B&gt;');
    expect(part('docProps/core.xml')).toContain('<dc:title>Stödinventeringen i Gävle &lt;kommun&gt;');
    expect(part('docProps/app.xml') + part('docProps/core.xml')).toContain('Projektgruppen');
    for (const [name, xml] of parts) {
      if (!/\.(xml|rels)$/.test(name)) continue;
      expect([name, xml.includes(control)]).toEqual([name, false]);
      const parsed = new DOMParser().parseFromString(xml, 'application/xml');
      expect([name, parsed.getElementsByTagName('parsererror').length]).toEqual([name, 0]);
    }
  });
});

describe('pptxgenjs loads only on demand', () => {
  const src = join(__dirname, '../../../src');
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
    });
  const sources = files(src).map((path) => ({ path: relative(src, path), text: readFileSync(path, 'utf8') }));

  it('is imported, with the JSZip it is built on, by src/exports/presentation.ts alone', () => {
    const importers = sources.filter(({ text }) =>
      /(from|import|require\()\s*\(?\s*['"](pptxgenjs|jszip)(\/[^'"]*)?['"]/.test(text),
    );
    expect(importers.map((f) => f.path)).toEqual(['exports/presentation.ts']);
  });

  it('has its module reached only through import() or import type', () => {
    const module = join(src, 'exports/presentation');
    for (const { path, text } of sources) {
      // Static imports and re-exports (`import()` has a parenthesis, which the pattern stops at).
      for (const match of text.matchAll(
        /^\s*((?:import|export)\s[^;(]*?from\s*|import\s*)['"]([^'"]+)['"]/gm,
      )) {
        if (resolve(dirname(join(src, path)), match[2] ?? '') !== module) continue;
        expect([path, match[0].trim()]).toEqual([path, expect.stringMatching(/^import type /)]);
      }
    }
  });

  it('gives presentationPptxBytes through loadPresentation()', async () => {
    const module = await loadPresentation();
    expect(module.presentationPptxBytes).toBe(presentationPptxBytes);
  });
});
