// ExcelJS stays out of the tab's start: only src/exports/workbook.ts imports it, and nothing in src/ reaches that
// module but through `import()` (loadWorkbook) or a type-only import, which leaves nothing in the bundle.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadWorkbook } from '../../../src/exports';

const src = join(__dirname, '../../../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const sources = files(src).map((path) => ({ path: relative(src, path), text: readFileSync(path, 'utf8') }));

describe('ExcelJS loads only on demand', () => {
  it('is imported by src/exports/workbook.ts alone', () => {
    const importers = sources.filter(({ text }) =>
      /(from|import|require\()\s*\(?\s*['"]exceljs(\/[^'"]*)?['"]/.test(text),
    );
    expect(importers.map((f) => f.path)).toEqual(['exports/workbook.ts']);
  });

  it('has its module reached only through import() or import type', () => {
    for (const { path, text } of sources) {
      if (path === 'exports/workbook.ts') continue;
      // Static imports and re-exports (`import()` has a parenthesis, which the pattern stops at).
      const statements =
        text.match(
          /^\s*(?:import|export)\s[^;(]*?from\s*['"][^'"]*\/workbook['"]|^\s*import\s*['"][^'"]*\/workbook['"]/gm,
        ) ?? [];
      for (const statement of statements)
        expect([path, statement.trim()]).toEqual([path, expect.stringMatching(/^import type /)]);
    }
  });

  it('gives buildWorkbook through loadWorkbook()', async () => {
    const module = await loadWorkbook();
    expect(typeof module.buildWorkbook).toBe('function');
  });
});
