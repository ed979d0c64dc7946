// The host page's script: `host.browser.ts` and the protocol modules it imports, each transpiled by swc (already
// the project's transpiler) on first request and served as a native ES module under `/_host/js/`. The browser
// resolves `../protocol/answer` against the importing module's URL, so the folders map one to one and nothing
// needs bundling; only files of `page/` and `protocol/` are served.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the modules are served. */
export const MODULE_PREFIX = '/_host/js/';

const ROOT = join(__dirname, '..');
const NAME = /^(page|protocol)\/[A-Za-z][A-Za-z.]*$/;
const cache = new Map<string, string>();

/** The JavaScript of the module at `path` below `/_host/js/` (`protocol/answer`), or `undefined` if none. */
export async function browserModule(path: string): Promise<string | undefined> {
  const name = path.replace(/\.js$/, '');
  if (!NAME.test(name) || name.startsWith('page/modules') || name.startsWith('page/hostPage'))
    return undefined;
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  const file = join(ROOT, `${name}.ts`);
  if (!existsSync(file)) return undefined;
  // reason: loaded lazily so that a host that never serves its page (a test of its doors) does not load swc.
  const { transform } = await import('@swc/core');
  const { code } = await transform(readFileSync(file, 'utf8'), {
    filename: `${name}.ts`,
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  });
  cache.set(name, code);
  return code;
}
