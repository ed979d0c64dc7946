// Layer rules (see STYLE.md §1): each folder may import only what its layer allows, and every ban says why.
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const globals = require('globals');
const { builtinModules } = require('node:module');

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
    message: 'Fluent UI is imported in src/ui only (and the composition root src/main.tsx).',
  },
  pnp: {
    group: ['@pnp/*'],
    message:
      'PnPjs is imported in src/sharepoint only: all SharePoint IO goes through its repositories, which implement interfaces in src/domain.',
  },
  teams: {
    group: ['@microsoft/teams-js', '@microsoft/teams-js/*'],
    message: 'teams-js is imported in src/teams only: all host IO goes through src/teams/host.ts.',
  },
  msal: {
    group: ['@azure/msal-*'],
    message: 'MSAL is imported in src/auth only: token providers live there.',
  },
  layer: (from, folders) => ({
    group: folders.flatMap((f) => [`../${f}`, `../${f}/*`, `../../${f}`, `../../${f}/*`, `**/src/${f}/*`]),
    message: `${from} may import only src/domain; live objects reach it through the composition root src/main.tsx.`,
  }),
};

const restrict = (...bans) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: bans.flatMap((b) => (b.names ?? []).map((name) => ({ name, message: b.message }))),
      patterns: bans.map(({ group, message }) => ({ group, message })),
    },
  ],
});

module.exports = tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.data/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/domain/**'],
    rules: restrict(bans.node, bans.react, bans.fluent, bans.pnp, bans.teams, bans.msal, {
      group: ['../sharepoint*', '../auth*', '../teams*', '../summaries*', '../ui*', '**/src/*/**'],
      message:
        'src/domain imports nothing from the other folders: it is the pure centre every layer depends on.',
    }),
  },
  {
    files: ['src/sharepoint/**'],
    rules: restrict(
      bans.node,
      bans.fluent,
      bans.teams,
      bans.msal,
      bans.layer('src/sharepoint', ['auth', 'teams', 'summaries', 'ui']),
    ),
  },
  {
    files: ['src/auth/**'],
    rules: restrict(
      bans.node,
      bans.fluent,
      bans.pnp,
      bans.teams,
      bans.layer('src/auth', ['sharepoint', 'teams', 'summaries', 'ui']),
    ),
  },
  {
    files: ['src/teams/**'],
    rules: restrict(
      bans.node,
      bans.fluent,
      bans.pnp,
      bans.msal,
      bans.layer('src/teams', ['sharepoint', 'auth', 'summaries', 'ui']),
    ),
  },
  {
    files: ['src/summaries/**'],
    rules: restrict(
      bans.node,
      bans.fluent,
      bans.pnp,
      bans.teams,
      bans.msal,
      bans.layer('src/summaries', ['sharepoint', 'auth', 'teams', 'ui']),
    ),
  },
  {
    files: ['src/ui/**'],
    rules: restrict(
      bans.node,
      bans.pnp,
      bans.teams,
      bans.msal,
      bans.layer('src/ui', ['sharepoint', 'auth', 'teams', 'summaries']),
    ),
  },
  {
    files: ['src/main.tsx'],
    rules: restrict(bans.node, bans.pnp, bans.teams, bans.msal),
  },
  {
    files: ['emulators/**'],
    rules: restrict({
      group: ['**/src', '**/src/**'],
      message:
        'emulators/ imports nothing from src/, not even types: they are written from SharePoint’s and Teams’ documented behaviour, so they must not inherit our client’s assumptions.',
    }),
  },
  {
    files: ['scripts/**'],
    rules: restrict({
      group: ['**/src/ui', '**/src/ui/**'],
      message: 'scripts/ may use src/domain and src/sharepoint (they share one list schema), never src/ui.',
    }),
  },
);
