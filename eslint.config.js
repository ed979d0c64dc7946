// Layer rules: each folder may import only what its layer allows, and every ban says why.
// Folders: `import-x/no-restricted-paths` resolves every import to the file it lands in (with TypeScript's
// resolution, so `../../../`, `./..`, absolute paths, index folders, `.js` suffixes and tsconfig aliases all
// count) and checks that file's folder. Libraries and Node built-ins: `no-restricted-imports` by name, and
// `no-restricted-syntax` for the `import()` and `require()` calls that rule does not see.
const { join } = require('node:path');
const { builtinModules } = require('node:module');
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const globals = require('globals');
const importX = require('eslint-plugin-import-x');
const { createTypeScriptImportResolver } = require('eslint-import-resolver-typescript');

// Exact names, not patterns: a pattern `domain` (a Node built-in) would also match `../domain/x`.
const nodeBuiltins = builtinModules.filter((m) => !m.startsWith('_'));

const bans = {
  node: {
    names: nodeBuiltins,
    group: ['node:*'],
    message:
      'src/ runs in the browser bundle: no Node built-ins. Put Node-only code in scripts/ or emulators/.',
  },
  react: {
    group: ['react', 'react/*', 'react-dom', 'react-dom/*'],
    message: 'src/domain is pure (no React); put components in src/ui.',
  },
  fluent: {
    group: ['@fluentui/*'],
    message:
      'Fluent UI is imported in src/ui only (and the composition root src/main.tsx): only the UI renders; the other layers hand it data.',
  },
  pnp: {
    group: ['@pnp/*'],
    message:
      'PnPjs is imported in src/sharepoint and src/graph only (and in scripts/, bench/ and tests/): all SharePoint and Graph IO goes through them, behind interfaces in src/domain.',
  },
  teams: {
    group: ['@microsoft/teams-js', '@microsoft/teams-js/*'],
    message: 'teams-js is imported in src/teams only: all host IO goes through src/teams/host.ts.',
  },
  documents: {
    group: ['exceljs', 'exceljs/*', 'pptxgenjs', 'pptxgenjs/*', 'jszip', 'jszip/*'],
    message:
      'ExcelJS, pptxgenjs and JSZip are imported in src/exports only (and in scripts/, bench/ and tests/): the workbook and the slides are built there, and the tab loads those modules with import() when someone exports.',
  },
  msal: {
    group: ['@azure/msal-*'],
    message:
      'MSAL is imported in src/auth only (scripts/ may sign in with @azure/msal-node): token providers live there.',
  },
};
bans.msalButNode = { ...bans.msal, group: [...bans.msal.group, '!@azure/msal-node'] };

// `import('x')` and `require('x')` with the same names and messages. The selector's regex may not contain
// a `/`, so it is written as \u002F.
const slash = '\\u002F';
const escapeRegExp = (s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('/', slash);
const globSource = (glob) => `${escapeRegExp(glob).replaceAll('*', `[^${slash}]*`)}(?:${slash}.*)?`;
const sourceRegExp = ({ names = [], group = [] }) => {
  const allowed = group.filter((g) => g.startsWith('!')).map((g) => globSource(g.slice(1)));
  const banned = [...names.map(escapeRegExp), ...group.filter((g) => !g.startsWith('!')).map(globSource)];
  const except = allowed.length > 0 ? `(?!(?:${allowed.join('|')})$)` : '';
  return `/^${except}(?:${banned.join('|')})$/`;
};

const restrict = (...bans) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: bans.flatMap((b) => (b.names ?? []).map((name) => ({ name, message: b.message }))),
      patterns: bans.map(({ group, message }) => ({ group, message })),
    },
  ],
  'no-restricted-syntax': [
    'error',
    ...bans.flatMap((b) => {
      const source = sourceRegExp(b);
      return [
        { selector: `ImportExpression[source.value=${source}]`, message: b.message },
        {
          selector: `CallExpression[callee.name='require'][arguments.0.value=${source}]`,
          message: b.message,
        },
      ];
    }),
  ],
});

// The layer map: what each folder of src/ may import besides itself and libraries.
const layers = {
  domain: {
    may: [],
    message:
      'src/domain imports nothing from the other folders: it is the pure centre every layer depends on.',
  },
  ...Object.fromEntries(
    ['sharepoint', 'graph', 'auth', 'teams', 'summaries', 'ui', 'exports'].map((folder) => [
      folder,
      {
        may: ['domain'],
        message: `src/${folder} may import only src/domain; live objects reach it through the composition root src/main.tsx.`,
      },
    ]),
  ),
};

const zones = [
  {
    target: 'src',
    from: '.',
    except: ['./src', './node_modules'],
    message:
      'src/ is the browser bundle: it imports nothing outside src/ but libraries. scripts/, emulators/, tests/ and bench/ run in Node.',
  },
  ...Object.entries(layers).map(([folder, { may, message }]) => ({
    target: `src/${folder}`,
    from: 'src',
    except: [folder, ...may].map((f) => `./${f}`),
    message,
  })),
  {
    target: 'emulators',
    from: 'src',
    message:
      'emulators/ imports nothing from src/, not even types: they are written from SharePoint’s and Teams’ documented behaviour, so they must not inherit our client’s assumptions.',
  },
  {
    target: 'scripts',
    from: 'src',
    except: ['./domain', './sharepoint', './graph', './auth', './exports'],
    message:
      'scripts/ may use src/domain, src/sharepoint, src/graph, src/auth and src/exports (provisioning and the tab share one list schema, one sign-in, one workbook and one way into Teams), never src/ui, src/teams, src/summaries or src/main.tsx: those run only in the tab.',
  },
];

module.exports = tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.data/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      // Named, not inferred: typescript-eslint refuses to guess when two configs are loaded in one process.
      parserOptions: { tsconfigRootDir: __dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Also forbids `import('…')` type annotations (disallowTypeAnnotations), an import no layer rule sees.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Only where a zone applies: the rule resolves every import of every file it runs on.
    files: ['src/**', 'emulators/**', 'scripts/**'],
    plugins: { 'import-x': importX },
    settings: {
      // Anchored on this file, not on the working directory, so the zones hold wherever ESLint starts.
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: join(__dirname, 'tsconfig.json') }),
      ],
    },
    rules: { 'import-x/no-restricted-paths': ['error', { basePath: __dirname, zones }] },
  },
  // Libraries by name. Each file gets one list (a later block replaces an earlier one's options), so each
  // block names every ban for its folder. Folders not named below: every library stays in its own folder.
  { rules: restrict(bans.fluent, bans.pnp, bans.teams, bans.msal) },
  {
    // src/summaries, and any file of src/ outside the folders below.
    files: ['src/**'],
    rules: restrict(bans.node, bans.fluent, bans.pnp, bans.teams, bans.msal, bans.documents),
  },
  {
    files: ['src/domain/**'],
    rules: restrict(bans.node, bans.react, bans.fluent, bans.pnp, bans.teams, bans.msal, bans.documents),
  },
  {
    files: ['src/sharepoint/**', 'src/graph/**'],
    rules: restrict(bans.node, bans.fluent, bans.teams, bans.msal, bans.documents),
  },
  {
    files: ['src/auth/**'],
    rules: restrict(bans.node, bans.fluent, bans.pnp, bans.teams, bans.documents),
  },
  {
    files: ['src/teams/**'],
    rules: restrict(bans.node, bans.fluent, bans.pnp, bans.msal, bans.documents),
  },
  {
    files: ['src/ui/**', 'src/main.tsx', 'src/composition/**'],
    rules: restrict(bans.node, bans.pnp, bans.teams, bans.msal, bans.documents),
  },
  {
    files: ['src/exports/**'],
    rules: restrict(bans.node, bans.fluent, bans.pnp, bans.teams, bans.msal),
  },
  {
    files: ['scripts/**'],
    rules: restrict(bans.fluent, bans.teams, bans.msalButNode),
  },
  {
    files: ['bench/**'],
    rules: restrict(bans.fluent, bans.teams, bans.msal),
  },
  {
    // Tests exercise every folder, with its libraries.
    files: ['tests/**'],
    rules: { 'no-restricted-imports': 'off', 'no-restricted-syntax': 'off' },
  },
);
