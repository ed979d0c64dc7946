import { ESLint } from 'eslint';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';

// The layer map as the tests expect it, written out here rather than read from eslint.config.js, so that a
// change to the config that loosens a boundary turns these tests red.
const folders = ['domain', 'sharepoint', 'auth', 'teams', 'summaries', 'ui', 'exports'] as const;
type Folder = (typeof folders)[number];
const mayImport: Record<Folder, readonly Folder[]> = {
  domain: [],
  sharepoint: ['domain'],
  auth: ['domain'],
  teams: ['domain'],
  summaries: ['domain'],
  ui: ['domain'],
  exports: ['domain'],
};
const layerWhy: Record<Folder, RegExp> = {
  domain: /src\/domain imports nothing from the other folders: it is the pure centre/,
  sharepoint: /src\/sharepoint may import only src\/domain; live objects reach it through .*src\/main\.tsx/,
  auth: /src\/auth may import only src\/domain; live objects reach it through .*src\/main\.tsx/,
  teams: /src\/teams may import only src\/domain; live objects reach it through .*src\/main\.tsx/,
  summaries: /src\/summaries may import only src\/domain; live objects reach it through .*src\/main\.tsx/,
  ui: /src\/ui may import only src\/domain; live objects reach it through .*src\/main\.tsx/,
  exports: /src\/exports may import only src\/domain; live objects reach it through .*src\/main\.tsx/,
};
const browserBundleWhy = /src\/ is the browser bundle: it imports nothing outside src\//;
const emulatorsWhy = /emulators\/ imports nothing from src\/, not even types: .*must not inherit our client/;
const scriptsWhy =
  /scripts\/ may use src\/domain, src\/sharepoint, src\/graph, src\/auth and src\/exports .*never src\/ui/;
const nodeWhy = /src\/ runs in the browser bundle: no Node built-ins/;

/** A folder of the miniature repository, with `index.ts` and `deep/er/target.ts` in it. */
type Place = string;
const places: Place[] = [...folders.map((f) => `src/${f}`), 'scripts', 'emulators', 'tests', 'bench'];
const targetIn = (place: Place) => `${place}/deep/er/target`;

// A miniature repository with every layer folder, also those src/ does not have yet: an import is checked
// where it lands, so what it names has to exist. eslint.config.js is copied byte for byte: its rules are
// anchored on its own folder, so the copy applies them to the miniature exactly as `npm run lint` does here.
const repo = join(__dirname, '../../..');
let root: string;
let fixture: ESLint;
let repository: ESLint;

/** ESLint with the eslint.config.js in `cwd`, as `npm run lint` would run there. */
function eslintAt(cwd: string): ESLint {
  return new ESLint({
    cwd,
    overrideConfigFile: true,
    // reason: ESLint loads its config file with a dynamic import, which Jest's CommonJS runtime refuses;
    // handing it the same config object keeps the rules under test identical to `npm run lint`. The
    // config is a CommonJS file without types; importing it would need allowJs for one line.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    overrideConfig: require(join(cwd, 'eslint.config.js')),
  });
}

function write(path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

beforeAll(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), 'layers-')));
  copyFileSync(join(repo, 'eslint.config.js'), join(root, 'eslint.config.js'));
  symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'), 'dir');
  write(
    'tsconfig.json',
    JSON.stringify({
      compilerOptions: {
        module: 'ESNext',
        moduleResolution: 'Bundler',
        jsx: 'react-jsx',
        // An alias the repository does not have (yet): it must not open a way around the layers.
        paths: { '@/*': ['./src/*'] },
      },
      include: ['src', 'emulators', 'scripts', 'tests', 'bench'],
    }),
  );
  for (const place of places) {
    write(`${place}/index.ts`, 'export const v = 1;\nexport type T = number;\n');
    write(`${targetIn(place)}.ts`, 'export const v = 1;\nexport type T = number;\n');
  }
  write('src/main.tsx', 'export {};\n');
  fixture = eslintAt(root);
  repository = eslintAt(repo);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

jest.setTimeout(60_000);

interface Found {
  line: number;
  message: string;
}

async function lint(eslint: ESLint, filePath: string, code: string): Promise<Found[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map(({ line, message }) => ({ line, message }));
}

/** Every line reported once, with the reason; nothing else reported. */
function expectEachLine(found: Found[], lineCount: number, why: RegExp): void {
  expect(found).toEqual(
    Array.from({ length: lineCount }, (_, i) => ({ line: i + 1, message: expect.stringMatching(why) })),
  );
}

// Ways to write a path to a place's target file (or, where noted, to the place itself, resolved to its
// index.ts), from a file in `fromDir`. All land on the same file; each is tried on every boundary.
const dotted = (from: string, to: string) => {
  const path = relative(from, to);
  return path.startsWith('..') ? path : `./${path}`;
};
const spellings: Record<string, (fromDir: string, place: Place) => string | undefined> = {
  'a ../ chain': (from, place) => dotted(from, targetIn(place)),
  'a ./ in front': (from, place) => `./${relative(from, targetIn(place))}`,
  'a detour through src/domain': (from, place) =>
    `${dotted(from, 'src/domain')}/${relative('src/domain', targetIn(place))}`,
  'out of the repository and back in': (from, place) =>
    `${relative(from, '.')}/../${basename(root)}/${targetIn(place)}`,
  'the folder (its index)': (from, place) => dotted(from, place),
  'the folder with a trailing slash': (from, place) => `${dotted(from, place)}/`,
  'a .js suffix': (from, place) => `${dotted(from, targetIn(place))}.js`,
  'an absolute path': (_, place) => join(root, targetIn(place)),
  'a tsconfig paths alias': (_, place) =>
    place.startsWith('src/') ? `@/${targetIn(place).slice('src/'.length)}` : undefined,
};

/** One side-effect import per spelling of `place`, from `file`. */
function importsOf(file: string, place: Place): string[] {
  return Object.values(spellings)
    .map((spell) => spell(dirname(file), place))
    .filter((path): path is string => path !== undefined)
    .map((path) => `import '${path}';`);
}

const nested = (place: Place, name = 'probe.ts') => `${place}/a/b/c/${name}`;

describe('folders: an import is checked where it lands, however it is spelled', () => {
  const forbidden = folders.flatMap((from) =>
    folders.filter((to) => to !== from && !mayImport[from].includes(to)).map((to) => [from, to] as const),
  );
  it.each(forbidden)(
    'src/%s may not import src/%s, three folders down, in any spelling',
    async (from, to) => {
      const file = nested(`src/${from}`);
      const lines = importsOf(file, `src/${to}`);
      expectEachLine(await lint(fixture, file, lines.join('\n')), lines.length, layerWhy[from]);
    },
  );

  const allowed = folders.flatMap((from) => [from, ...mayImport[from]].map((to) => [from, to] as const));
  it.each(allowed)('src/%s may import src/%s, three folders down, in any spelling', async (from, to) => {
    const file = nested(`src/${from}`);
    expect(await lint(fixture, file, importsOf(file, `src/${to}`).join('\n'))).toEqual([]);
  });

  it.each(folders)('src/%s may not import the composition root src/main.tsx', async (from) => {
    const file = nested(`src/${from}`);
    const lines = [
      `import '${relative(dirname(file), 'src/main')}';`,
      `import '@/main';`,
      `import '${root}/src/main.tsx';`,
    ];
    expectEachLine(await lint(fixture, file, lines.join('\n')), lines.length, layerWhy[from]);
  });

  it.each([...folders.map((f) => nested(`src/${f}`)), 'src/main.tsx', 'src/a/b/other.ts'])(
    '%s imports nothing outside src/ (scripts, emulators, tests, bench), in any spelling',
    async (file) => {
      const lines = ['scripts', 'emulators', 'tests', 'bench'].flatMap((place) => importsOf(file, place));
      expectEachLine(await lint(fixture, file, lines.join('\n')), lines.length, browserBundleWhy);
    },
  );

  it('src/main.tsx, the composition root, may import every folder of src/', async () => {
    const lines = folders.flatMap((f) => importsOf('src/main.tsx', `src/${f}`));
    expect(await lint(fixture, 'src/main.tsx', lines.join('\n'))).toEqual([]);
  });

  it('checks every way to import: type-only, re-exports, import(), import = require(), require()', async () => {
    const file = nested('src/ui');
    const path = spellings['a ../ chain']!(dirname(file), 'src/sharepoint');
    const lines = [
      `import { v } from '${path}'; export const w = v;`,
      `import type { T } from '${path}'; export type U = T;`,
      `export * from '${path}';`,
      `export { v as x } from '${path}';`,
      `export type { T as V } from '${path}';`,
      `export const load = () => import('${path}');`,
      `import m = require('${path}'); export const n = m;`,
      `export const r = require('${path}');`,
    ];
    const found = await lint(fixture, file, lines.join('\n'));
    // `require` in TypeScript is also refused on its own (no-require-imports); the layer must bite anyway.
    const layer = found.filter((f) => layerWhy.ui.test(f.message));
    expect(layer).toEqual(
      lines.map((_, i) => ({ line: i + 1, message: expect.stringMatching(layerWhy.ui) })),
    );
  });

  it('refuses import() type annotations, which no path rule sees', async () => {
    const file = nested('src/ui');
    const path = spellings['a ../ chain']!(dirname(file), 'src/sharepoint');
    const found = await lint(fixture, file, `export type T = import('${path}').T;\n`);
    expect(found).toEqual([
      { line: 1, message: expect.stringMatching(/`import\(\)` type annotations are forbidden/) },
    ]);
  });

  it('emulators/ imports nothing from src/, not even types, in any spelling', async () => {
    const file = nested('emulators/sharepoint');
    const lines = folders.flatMap((f) => [
      ...importsOf(file, `src/${f}`),
      `import type { T as T${f} } from '${dotted(dirname(file), targetIn(`src/${f}`))}'; export type { T${f} };`,
    ]);
    lines.push(`import '${dotted(dirname(file), 'src/main')}';`);
    expectEachLine(await lint(fixture, file, lines.join('\n')), lines.length, emulatorsWhy);
  });

  it('emulators/ imports nothing from src/ in plain JavaScript either', async () => {
    const file = nested('emulators/identity', 'probe.mjs');
    const lines = folders.flatMap((f) => importsOf(file, `src/${f}`));
    expectEachLine(await lint(fixture, file, lines.join('\n')), lines.length, emulatorsWhy);
  });

  it('scripts/ may not import src/ui, src/teams, src/summaries or src/main.tsx, in any spelling', async () => {
    const file = nested('scripts');
    const lines = ['ui', 'teams', 'summaries'].flatMap((f) => importsOf(file, `src/${f}`));
    lines.push(`import '${dotted(dirname(file), 'src/main')}';`);
    expectEachLine(await lint(fixture, file, lines.join('\n')), lines.length, scriptsWhy);
  });

  it('scripts/ may import src/domain, src/sharepoint, src/auth and src/exports, in any spelling', async () => {
    const file = nested('scripts');
    const lines = ['domain', 'sharepoint', 'graph', 'auth', 'exports'].flatMap((f) =>
      importsOf(file, `src/${f}`),
    );
    expect(await lint(fixture, file, lines.join('\n'))).toEqual([]);
  });

  it('tests/ and bench/ may import every folder', async () => {
    for (const from of ['tests', 'bench']) {
      const file = nested(from);
      const lines = [...folders.map((f) => `src/${f}`), 'scripts', 'emulators'].flatMap((p) =>
        importsOf(file, p),
      );
      expect(await lint(fixture, file, lines.join('\n'))).toEqual([]);
    }
  });
});

describe('libraries: each is imported in its own folder only', () => {
  const libraries = {
    '@pnp/sp':
      /PnPjs is imported in src\/sharepoint and src\/graph only .*: all SharePoint and Graph IO goes through them/,
    '@pnp/sp/items':
      /PnPjs is imported in src\/sharepoint and src\/graph only .*: all SharePoint and Graph IO goes through them/,
    '@microsoft/teams-js':
      /teams-js is imported in src\/teams only: all host IO goes through src\/teams\/host\.ts/,
    '@azure/msal-browser': /MSAL is imported in src\/auth only .*: token providers live there/,
    '@azure/msal-node': /MSAL is imported in src\/auth only .*: token providers live there/,
    '@fluentui/react-components':
      /Fluent UI is imported in src\/ui only \(and the composition root src\/main\.tsx\): /,
    react: /src\/domain is pure \(no React\); put components in src\/ui/,
    exceljs: /ExcelJS, pptxgenjs and JSZip are imported in src\/exports only .*: the workbook and the slides/,
    pptxgenjs:
      /ExcelJS, pptxgenjs and JSZip are imported in src\/exports only .*: the workbook and the slides/,
    jszip: /ExcelJS, pptxgenjs and JSZip are imported in src\/exports only .*: the workbook and the slides/,
  } as const;
  type Library = keyof typeof libraries;
  // Tests exercise every folder, with its libraries.
  const everywhere = ['tests'];
  const homes: Record<Library, readonly string[]> = {
    '@pnp/sp': ['src/sharepoint', 'scripts', 'bench', ...everywhere],
    '@pnp/sp/items': ['src/sharepoint', 'scripts', 'bench', ...everywhere],
    '@microsoft/teams-js': ['src/teams', ...everywhere],
    '@azure/msal-browser': ['src/auth', ...everywhere],
    '@azure/msal-node': ['src/auth', 'scripts', ...everywhere],
    '@fluentui/react-components': ['src/ui', 'src/main.tsx', ...everywhere],
    react: [...places, 'src/main.tsx', 'other'].filter((p) => p !== 'src/domain'),
    exceljs: ['src/exports', 'scripts', 'emulators', 'bench', 'other', ...everywhere],
    pptxgenjs: ['src/exports', 'scripts', 'emulators', 'bench', 'other', ...everywhere],
    jszip: ['src/exports', 'scripts', 'emulators', 'bench', 'other', ...everywhere],
  };
  const areas = [...places, 'src/main.tsx', 'other'];
  const fileIn = (area: string) => (area === 'src/main.tsx' ? area : nested(area));
  const ways = (name: string) => [
    `import '${name}';`,
    `import type { X } from '${name}'; export type { X };`,
    `export * from '${name}';`,
    `export const load = () => import('${name}');`,
  ];

  const cases = areas.flatMap((area) =>
    (Object.keys(libraries) as Library[]).map((name) => [area, name] as const),
  );
  it.each(cases)('in %s: %s', async (area, name) => {
    const lines = ways(name);
    const found = await lint(fixture, fileIn(area), lines.join('\n'));
    if (homes[name].includes(area)) expect(found).toEqual([]);
    else expectEachLine(found, lines.length, libraries[name]);
  });
});

describe('Node built-ins: none in src/', () => {
  const lines = [
    "import 'fs';",
    "import 'node:fs';",
    "import 'fs/promises';",
    "import 'node:fs/promises';",
    "import { join } from 'path'; export { join };",
    "export const load = () => import('node:fs');",
    "export const loadToo = () => import('fs');",
  ];
  it.each([...folders.map((f) => nested(`src/${f}`)), 'src/main.tsx', 'src/a/b/other.ts'])(
    'in %s',
    async (file) => {
      expectEachLine(await lint(fixture, file, lines.join('\n')), lines.length, nodeWhy);
    },
  );
  it.each(['scripts', 'emulators', 'tests', 'bench'])('allowed in %s', async (place) => {
    expect(await lint(fixture, nested(place), lines.join('\n'))).toEqual([]);
  });
});

describe('the repository’s own eslint.config.js, on its own tree', () => {
  it('rejects src/domain/aggregation importing ../../sharepoint/errors, and from deeper down', async () => {
    for (const [file, path] of [
      ['src/domain/aggregation/x.ts', '../../sharepoint/errors'],
      ['src/domain/aggregation/a/b/x.ts', '../../../../sharepoint/errors'],
    ]) {
      expect(await lint(repository, file!, `import '${path}';\n`)).toEqual([
        { line: 1, message: expect.stringMatching(layerWhy.domain) },
      ]);
    }
  });

  it('lets src/sharepoint import src/domain from three folders down', async () => {
    const found = await lint(
      repository,
      'src/sharepoint/repositories/a/b/x.ts',
      "import '../../../../domain/errors';\n",
    );
    expect(found).toEqual([]);
  });

  it('rejects a type import of src/ in the emulators', async () => {
    const found = await lint(
      repository,
      'emulators/sharepoint/handlers/deep/x.ts',
      "import type { AppError } from '../../../../src/domain/errors';\nexport type E = AppError;\n",
    );
    expect(found).toEqual([{ line: 1, message: expect.stringMatching(emulatorsWhy) }]);
  });
});
