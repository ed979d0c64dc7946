// The tab's initial JavaScript beside its dependency floor. "Initial" is what dist/index.html loads before any
// interaction: the files of its <script> tags. The floor is the same libraries, imported as the app imports them
// (the names each app module in those chunks imports from each library, read from webpack's own module graph of
// the real build, so it follows the app as it grows), built alone with the same webpack configuration (mode,
// minifier, chunk split) in the same run. Their ratio is what the app adds: its own code, and any library that
// is not part of the floor. Charts, Excel and cards belong in lazy chunks (`import()`), never in the initial ones.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import webpack, { type Compilation, type Configuration, type Module } from 'webpack';

const root = resolve(__dirname, '..', '..');

/** The budget: the initial JavaScript may be at most this many times the floor (gzip). */
export const bundleBudget = 1.15;

/**
 * Libraries that make up the floor: what every build of this tab must load, whatever the app's own code does.
 * Which of their modules and names count is read from the build; only the set of libraries is named here.
 */
export function isFloorPackage(name: string): boolean {
  if (isLazyOnlyPackage(name)) return false;
  return (
    ['react', 'react-dom', '@microsoft/teams-js', '@azure/msal-browser'].includes(name) ||
    // @pnp/sp with the two packages it is built on (the app may import BearerToken from @pnp/queryable).
    ['@pnp/sp', '@pnp/queryable', '@pnp/core'].includes(name) ||
    name.startsWith('@fluentui/')
  );
}

/** Libraries that may be loaded only by `import()`: charts, Excel, PowerPoint, Adaptive Cards. */
export function isLazyOnlyPackage(name: string): boolean {
  return /^(@fluentui\/react-chart|d3$|d3-|exceljs$|xlsx$|pptxgenjs$|jszip$|adaptivecards)/.test(name);
}

/** One file of the initial JavaScript. */
export interface InitialFile {
  readonly file: string;
  readonly bytes: number;
  /** gzip -9 */
  readonly gzipBytes: number;
}

/** A build's initial JavaScript. */
export interface InitialJs {
  readonly files: readonly InitialFile[];
  /** The sum over the files, each compressed on its own as a server sends it. */
  readonly gzipBytes: number;
  /** Libraries (node_modules packages) with at least one module in the initial chunks. */
  readonly packages: readonly string[];
  /** Files the build wrote that index.html does not load (lazy chunks). */
  readonly lazyFiles: readonly string[];
}

/** What the app imports from one library in its initial chunks. */
export interface LibraryImport {
  /** As written in the app, e.g. `@fluentui/react-components`, `react-dom/client`. */
  readonly request: string;
  readonly packageName: string;
  /**
   * Exported names the app uses, a namespace export's member as `app.initialize`; `*` for a namespace or CommonJS
   * use; empty for an import for side effects.
   */
  readonly names: readonly string[];
}

/** The measurement. */
export interface BundleMeasurement {
  readonly app: InitialJs;
  readonly floor: InitialJs;
  /** app / floor, gzip. */
  readonly ratio: number;
  /** What the floor imports, derived from the app's build. */
  readonly floorImports: readonly LibraryImport[];
  /** Libraries in the app's initial chunks that the floor does not have (the app's own choice to load them). */
  readonly outsideFloor: readonly string[];
  /** Charts, Excel or cards found in the initial chunks (must be empty). */
  readonly lazyOnlyInInitial: readonly string[];
  readonly withinBudget: boolean;
}

/** Options for `measureBundle`. */
export interface MeasureOptions {
  /** A directory for the two builds; emptied first, and left for inspection. */
  readonly workDir: string;
  /** The app's entry. @default `<root>/src/main.tsx` */
  readonly entry?: string;
  /**
   * Where the app's build goes, when not into `workDir`: the repository's `dist/` makes it the tab's production
   * build, which `npm start` and the browser tests then need not build again. @default `<workDir>/app`
   */
  readonly appOutDir?: string;
}

type ConfigFactory = (env: Record<string, unknown>, argv: { mode: string }) => Configuration;

/** The repository's webpack configuration for production, with the entry and output directory replaced. */
function productionConfig(options: { entry: string; outDir: string; sourceMaps?: false }): Configuration {
  const load = createRequire(__filename);
  const factory = load(join(root, 'webpack.config.js')) as ConfigFactory;
  const config = factory({}, { mode: 'production' });
  return {
    ...config,
    context: root,
    entry: { main: options.entry },
    output: { ...config.output, path: options.outDir },
    // The floor's generated entry lives outside the repository; its libraries are the repository's.
    resolve: { ...config.resolve, modules: ['node_modules', join(root, 'node_modules')] },
    // Both builds write their own records; webpack's persistent cache (none today) must not mix them.
    cache: false,
    infrastructureLogging: { level: 'error' },
    ...(options.sourceMaps === false ? { devtool: false } : {}),
  };
}

function build(config: Configuration): Promise<Compilation> {
  return new Promise((done, fail) => {
    webpack(config, (error, stats) => {
      if (error) return fail(error);
      if (!stats) return fail(new Error('webpack returned no stats'));
      if (stats.hasErrors()) {
        const messages = stats.toJson({ all: false, errors: true }).errors ?? [];
        return fail(new Error(`webpack failed:\n${messages.map((e) => e.message).join('\n')}`));
      }
      done(stats.compilation);
    });
  });
}

/** The `src` of every `<script>` tag of an HTML page, in order (quoted or not, as html-webpack-plugin writes). */
export function scriptSources(html: string): string[] {
  const sources: string[] = [];
  for (const tag of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(tag[0]);
    const value = src?.[1] ?? src?.[2] ?? src?.[3];
    if (value !== undefined) sources.push(value);
  }
  return sources;
}

/** The package a module file belongs to (`…/node_modules/@scope/name/…` → `@scope/name`), or undefined. */
export function packageOfPath(path: string): string | undefined {
  const parts = path.split(/[\\/]/);
  const at = parts.lastIndexOf('node_modules');
  if (at < 0) return undefined;
  const first = parts[at + 1];
  if (first === undefined) return undefined;
  return first.startsWith('@') ? `${first}/${parts[at + 2] ?? ''}` : first;
}

/** The package of a bare import (`@scope/name/sub` → `@scope/name`), or undefined for a relative one. */
export function packageOfRequest(request: string): string | undefined {
  if (request.startsWith('.') || request.startsWith('/') || /^[a-z]:[\\/]/i.test(request)) return undefined;
  const parts = request.split('/');
  return request.startsWith('@') ? `${parts[0]}/${parts[1] ?? ''}` : parts[0];
}

/** The modules a module stands for: itself, or those webpack concatenated into it (scope hoisting). */
function innerModules(module: Module): Module[] {
  const inner = (module as { modules?: Iterable<Module> }).modules;
  return inner ? [...inner] : [module];
}

/** The chunks of a compilation that index.html loads, and their modules (concatenations opened). */
function initialPart(compilation: Compilation, outDir: string) {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const scripts = scriptSources(html).map((src) => src.replace(/^\.?\//, '').split(/[?#]/)[0] ?? src);
  const chunks = [...compilation.chunks].filter((chunk) => [...chunk.files].some((f) => scripts.includes(f)));
  const modules = new Set<Module>();
  for (const chunk of chunks) {
    for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
      for (const inner of innerModules(module)) modules.add(inner);
    }
  }
  const jsFiles = [...compilation.chunks]
    .flatMap((chunk) => [...chunk.files])
    .filter((f) => f.endsWith('.js'));
  return { scripts, modules, lazyFiles: jsFiles.filter((f) => !scripts.includes(f)).sort() };
}

function measureInitial(compilation: Compilation, outDir: string): InitialJs & { modules: Set<Module> } {
  const { scripts, modules, lazyFiles } = initialPart(compilation, outDir);
  const files = scripts.map((file) => {
    const bytes = readFileSync(join(outDir, file));
    return { file, bytes: bytes.byteLength, gzipBytes: gzipSync(bytes, { level: 9 }).byteLength };
  });
  const packages = new Set<string>();
  for (const module of modules) {
    const name = packageOfPath(module.nameForCondition() ?? '');
    if (name !== undefined) packages.add(name);
  }
  return {
    files,
    gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
    packages: [...packages].sort(),
    lazyFiles,
    modules,
  };
}

interface DependencyLike {
  readonly type: string;
  readonly request?: string;
  /** The names as written (`app.initialize` is `['app', 'initialize']`). */
  readonly ids?: readonly string[];
  getIds?(moduleGraph: unknown): string[];
}

/**
 * The name an import uses, as written: `app.initialize` of `import { app } from '@microsoft/teams-js'` is
 * `app.initialize`. Not `getIds(moduleGraph)`: webpack rewrites those to the re-export's target module
 * (`initialize` of teams-js's app module), and the package's root has an `initialize` of its own (the deprecated
 * v1 function), so that name imported from the request would measure other code. The whole path, so the floor
 * keeps of a namespace what the app uses and no more.
 */
function importedName(dependency: DependencyLike, moduleGraph: unknown): string {
  const ids = dependency.ids ?? dependency.getIds?.(moduleGraph) ?? [];
  if (ids.length === 0) return '*';
  return ids.join('.');
}

/**
 * What the app's own modules in the initial chunks import from libraries, from webpack's module graph: each
 * static import with the names it uses. `import()` sits in an async block, not among a module's dependencies,
 * so what only a lazy import reaches is not counted.
 */
export function libraryImports(compilation: Compilation, modules: Iterable<Module>): LibraryImport[] {
  const byRequest = new Map<string, { packageName: string; names: Set<string> }>();
  for (const module of modules) {
    const file = module.nameForCondition() ?? '';
    if (file === '' || packageOfPath(file) !== undefined) continue;
    for (const dependency of module.dependencies as unknown as DependencyLike[]) {
      const request = dependency.request;
      if (request === undefined) continue;
      const packageName = packageOfRequest(request);
      if (packageName === undefined) continue;
      const entry = byRequest.get(request) ?? { packageName, names: new Set<string>() };
      byRequest.set(request, entry);
      if (typeof dependency.getIds === 'function') {
        entry.names.add(importedName(dependency, compilation.moduleGraph));
      } else if (!dependency.type.includes('side effect')) {
        // require(), or another kind of import that takes the whole module.
        entry.names.add('*');
      }
    }
  }
  return [...byRequest.entries()]
    .map(([request, { packageName, names }]) => ({ request, packageName, names: [...names].sort() }))
    .sort((a, b) => a.request.localeCompare(b.request));
}

/** The floor's entry: the given imports, each name kept alive so the minifier cannot drop it. */
export function floorEntrySource(imports: readonly LibraryImport[]): string {
  const lines: string[] = [];
  const kept: string[] = [];
  imports.forEach((library, i) => {
    const request = JSON.stringify(library.request);
    const named = library.names.filter((n) => n !== '*');
    if (library.names.includes('*')) {
      lines.push(`import * as ns${i} from ${request};`);
      kept.push(`ns${i}`);
    }
    if (named.length > 0) {
      // `app.initialize` imports `app` and keeps its member `initialize` alive, as the app's use does.
      const bindings = new Map<string, string>();
      for (const name of named) {
        const head = name.split('.')[0] ?? name;
        if (!bindings.has(head)) bindings.set(head, `n${i}_${bindings.size}`);
      }
      const specifiers = [...bindings].map(([name, alias]) => `${JSON.stringify(name)} as ${alias}`);
      lines.push(`import { ${specifiers.join(', ')} } from ${request};`);
      for (const name of named) {
        const [head = name, ...members] = name.split('.');
        kept.push([bindings.get(head), ...members].join('.'));
      }
    }
    if (library.names.length === 0) lines.push(`import ${request};`);
  });
  lines.push(`globalThis.__floor = [${kept.join(', ')}];`);
  return `${lines.join('\n')}\n`;
}

/**
 * Builds the app and its dependency floor with the repository's production configuration and measures both.
 * @throws Error when either build fails.
 */
export async function measureBundle(options: MeasureOptions): Promise<BundleMeasurement> {
  rmSync(options.workDir, { recursive: true, force: true });
  const appDir = options.appOutDir ?? join(options.workDir, 'app');
  const floorDir = join(options.workDir, 'floor');
  const entry = options.entry ?? join(root, 'src', 'main.tsx');

  const appCompilation = await build(productionConfig({ entry, outDir: appDir }));
  const { modules, ...app } = measureInitial(appCompilation, appDir);
  const floorImports = libraryImports(appCompilation, modules).filter((i) => isFloorPackage(i.packageName));

  mkdirSync(floorDir, { recursive: true });
  // .js, not .mjs: an .mjs file must name every import's file in full, and the app's imports need not.
  const floorEntry = join(options.workDir, 'floor-entry.js');
  writeFileSync(floorEntry, floorEntrySource(floorImports));
  // The floor is measured, never served: no source maps to write.
  const floorCompilation = await build(
    productionConfig({ entry: floorEntry, outDir: floorDir, sourceMaps: false }),
  );
  const { modules: _floorModules, ...floor } = measureInitial(floorCompilation, floorDir);

  const ratio = floor.gzipBytes === 0 ? Infinity : app.gzipBytes / floor.gzipBytes;
  const lazyOnlyInInitial = app.packages.filter(isLazyOnlyPackage);
  return {
    app,
    floor,
    ratio,
    floorImports,
    outsideFloor: app.packages.filter((p) => !floor.packages.includes(p)),
    lazyOnlyInInitial,
    withinBudget: ratio <= bundleBudget && lazyOnlyInInitial.length === 0,
  };
}

/** Bytes as KB (1 KB = 1,024 bytes), one decimal. */
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
