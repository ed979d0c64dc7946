// The bundle budget: the tab's initial JavaScript (what index.html loads) stays within 1.15 × its dependency
// floor, and charts, Excel and cards load only through import(). Each measurement is two production builds with
// the repository's webpack configuration (the app and its floor), so each describe builds once, in beforeAll; the
// tab's own build is the one in dist/.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  bundleBudget,
  floorEntrySource,
  isFloorPackage,
  isLazyOnlyPackage,
  packageOfPath,
  packageOfRequest,
  measureBundle,
  scriptSources,
  type BundleMeasurement,
} from '../../../bench/bundle/measure';
import { distDir } from '../../../scripts/lib/build';

const buildTimeout = 300_000;

let workRoot = '';
beforeAll(() => {
  workRoot = mkdtempSync(join(tmpdir(), 'bundle-budget-'));
});
afterAll(() => rmSync(workRoot, { recursive: true, force: true }));

describe('the tab’s production build', () => {
  let m: BundleMeasurement;
  beforeAll(async () => {
    // Built into dist/, as `npm run build` does: the browser tests after this one find it there, built.
    m = await measureBundle({ workDir: join(workRoot, 'tab'), appOutDir: distDir });
  }, buildTimeout);

  it('loads at most 1.15 × the dependency floor at start (gzip)', () => {
    expect(m.app.gzipBytes).toBeLessThanOrEqual(bundleBudget * m.floor.gzipBytes);
    expect(m.withinBudget).toBe(true);
  });

  it('has no charts, Excel or cards in its initial chunks', () => {
    expect(m.lazyOnlyInInitial).toEqual([]);
  });

  it('keeps the runtime, vendor and main chunks apart, in that order', () => {
    expect(m.app.files.map((f) => f.file.replace(/\.[0-9a-f]{8}\.js$/, ''))).toEqual([
      'runtime',
      'vendor',
      'main',
    ]);
  });

  it('builds its floor from what the app imports: React, its DOM renderer and Fluent at least', () => {
    const requests = m.floorImports.map((i) => i.request);
    expect(requests).toEqual(expect.arrayContaining(['react-dom/client', '@fluentui/react-components']));
    const fluent = m.floorImports.find((i) => i.request === '@fluentui/react-components');
    expect(fluent?.names).toContain('FluentProvider');
    // Every library the floor loads is also in the app's initial chunks: the floor is a part of the app.
    expect(m.floor.packages.filter((p) => !m.app.packages.includes(p))).toEqual([]);
  });
});

/** A deterministic string that gzip cannot shrink much: a library of that size costs its size. */
function incompressible(length: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let state = 2018;
  let text = '';
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    text += alphabet[state % alphabet.length];
  }
  return text;
}

/**
 * A miniature app outside the repository: an entry that imports React (a floor library) and `lib` eagerly or
 * through import(), with `lib` a local package of about 30 KB gzip.
 */
function miniatureApp(name: string, options: { lib: string; lazy: boolean }): string {
  const dir = join(workRoot, name);
  const libDir = join(dir, 'node_modules', ...options.lib.split('/'));
  mkdirSync(libDir, { recursive: true });
  writeFileSync(join(libDir, 'package.json'), JSON.stringify({ name: options.lib, main: 'index.js' }));
  writeFileSync(
    join(libDir, 'index.js'),
    `export const chart = ${JSON.stringify(incompressible(40_000))};\n`,
  );
  mkdirSync(join(dir, 'src'), { recursive: true });
  const lib = JSON.stringify(options.lib);
  const entry = [
    `import { Children } from 'react';`,
    options.lazy
      ? `globalThis.load = () => import(${lib}).then((m) => m.chart);`
      : `import { chart } from ${lib};\nglobalThis.chart = chart;`,
    `globalThis.children = Children;`,
  ].join('\n');
  writeFileSync(join(dir, 'src', 'entry.js'), `${entry}\n`);
  return join(dir, 'src', 'entry.js');
}

describe('a chart library loaded through import()', () => {
  let m: BundleMeasurement;
  beforeAll(async () => {
    const entry = miniatureApp('lazy', { lib: '@fluentui/react-charts', lazy: true });
    m = await measureBundle({ workDir: join(workRoot, 'lazy-build'), entry });
  }, buildTimeout);

  it('lands in a lazy chunk that index.html does not load, outside the initial JavaScript', () => {
    expect(m.app.packages).not.toContain('@fluentui/react-charts');
    expect(m.lazyOnlyInInitial).toEqual([]);
    expect(m.app.lazyFiles.length).toBeGreaterThan(0);
  });
});

describe('a chart library imported eagerly', () => {
  let m: BundleMeasurement;
  beforeAll(async () => {
    const entry = miniatureApp('eager', { lib: '@fluentui/react-charts', lazy: false });
    m = await measureBundle({ workDir: join(workRoot, 'eager-build'), entry });
  }, buildTimeout);

  it('is named as charts in the initial chunks, not counted in the floor, and breaks the budget', () => {
    expect(m.lazyOnlyInInitial).toEqual(['@fluentui/react-charts']);
    expect(m.outsideFloor).toEqual(['@fluentui/react-charts']);
    expect(m.floorImports.map((i) => i.request)).toEqual(['react']);
    expect(m.withinBudget).toBe(false);
  });
});

describe('any other library the app loads at start', () => {
  let m: BundleMeasurement;
  beforeAll(async () => {
    const entry = miniatureApp('heavy', { lib: 'heavy-widgets', lazy: false });
    m = await measureBundle({ workDir: join(workRoot, 'heavy-build'), entry });
  }, buildTimeout);

  it('counts against the budget: 30 KB over a small floor is over 1.15 ×', () => {
    expect(m.lazyOnlyInInitial).toEqual([]);
    expect(m.outsideFloor).toEqual(['heavy-widgets']);
    expect(m.ratio).toBeGreaterThan(bundleBudget);
    expect(m.withinBudget).toBe(false);
  });
});

describe('the pieces', () => {
  it('reads the scripts of index.html as html-webpack-plugin writes them, quoted or not', () => {
    const html =
      '<head><script defer src=runtime.1.js></script><script defer="defer" src="vendor.2.js"></script>' +
      "<script src='main.3.js' defer></script><script>inline()</script></head>";
    expect(scriptSources(html)).toEqual(['runtime.1.js', 'vendor.2.js', 'main.3.js']);
  });

  it('names the package of a module file and of an import', () => {
    expect(packageOfPath('/w/node_modules/@fluentui/react-text/lib/index.js')).toBe('@fluentui/react-text');
    expect(packageOfPath('/w/node_modules/a/node_modules/scheduler/index.js')).toBe('scheduler');
    expect(packageOfPath('/w/src/main.tsx')).toBeUndefined();
    expect(packageOfRequest('@pnp/sp/webs')).toBe('@pnp/sp');
    expect(packageOfRequest('react-dom/client')).toBe('react-dom');
    expect(packageOfRequest('../domain')).toBeUndefined();
  });

  it('counts React, teams-js, MSAL, PnPjs and Fluent in the floor, and keeps charts, Excel and cards lazy', () => {
    for (const name of ['react', 'react-dom', '@microsoft/teams-js', '@azure/msal-browser', '@pnp/sp']) {
      expect(isFloorPackage(name)).toBe(true);
    }
    expect(isFloorPackage('@fluentui/react-components')).toBe(true);
    for (const name of ['@fluentui/react-charts', 'd3-scale', 'exceljs', 'xlsx', 'adaptivecards']) {
      expect([name, isLazyOnlyPackage(name), isFloorPackage(name)]).toEqual([name, true, false]);
    }
    expect(isFloorPackage('lodash')).toBe(false);
  });

  it('writes a floor entry that imports each name, a namespace export’s members, a namespace, or only for side effects', () => {
    const source = floorEntrySource([
      { request: 'react-dom/client', packageName: 'react-dom', names: ['createRoot'] },
      {
        request: '@microsoft/teams-js',
        packageName: '@microsoft/teams-js',
        names: ['app.getContext', 'app.initialize', 'pages'],
      },
      { request: 'react', packageName: 'react', names: ['*'] },
      { request: '@pnp/sp/webs', packageName: '@pnp/sp', names: [] },
    ]);
    expect(source).toContain('import { "createRoot" as n0_0 } from "react-dom/client";');
    expect(source).toContain('import { "app" as n1_0, "pages" as n1_1 } from "@microsoft/teams-js";');
    expect(source).toContain('import * as ns2 from "react";');
    expect(source).toContain('import "@pnp/sp/webs";');
    expect(source).toContain('globalThis.__floor = [n0_0, n1_0.getContext, n1_0.initialize, n1_1, ns2];');
  });
});
