// One transpiler (swc) for tests and the bundle; type checking is `npm run typecheck`.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const common = {
  transform: { '^.+\\.(t|j|mj)sx?$': swc },
  // reason: PnPjs v4 and the d3 modules under @fluentui/react-charts ship ES modules only, and Jest runs
  // CommonJS; transpile them like our own code.
  transformIgnorePatterns: ['/node_modules/(?!(@pnp|d3-[a-z-]+|internmap)/)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  testEnvironment: 'node',
  setupFiles: ['<rootDir>/tests/support/strings.ts'],
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts?(x)'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts', '<rootDir>/tests/conformance/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/e2e/global-setup.ts',
    },
    // Timed in Chromium (main-thread long tasks): run on their own, so that no other test shares the cores.
    {
      ...common,
      displayName: 'perf',
      testMatch: ['<rootDir>/tests/perf/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/e2e/global-setup.ts',
    },
  ],
};
