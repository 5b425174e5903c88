// Mutation testing (npm run mutate; not part of npm test or CI): Stryker mutates the
// extractors and the assembly, and runs the fast extraction tests (vitest.mutate.config.ts)
// against each mutant. Results: reports/mutation/index.html; the score is in the README.
import { fileURLToPath } from 'node:url';

// the tests run in a copy of the repository (.stryker-tmp/sandbox-…): tell them where the
// seed articles beside the repository are
process.env.DVK_SEEDS ??= fileURLToPath(new URL('../shared/seeds/', import.meta.url));

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts' },
  mutate: ['src/extract/**/*.ts', 'src/assemble/**/*.ts', '!src/lexicon/**'],
  // only what the run needs is copied to the sandbox
  ignorePatterns: ['/dist', '/bench', '/reports', '/coverage', '/.tmp-*', '/test/cli.test.ts'],
  coverageAnalysis: 'perTest',
  // module-level code (patterns built from lexicons) runs for every test: such mutants would
  // need the whole suite each, so they are left out of the score
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 5_000,
  timeoutFactor: 2,
  dryRunTimeoutMinutes: 10,
  // TypeScript 7 has no JavaScript API for Stryker to rewrite tsconfig.json with; vitest does
  // not need it rewritten, so Stryker is pointed at no file
  tsconfigFile: 'tsconfig.stryker-none.json',
  // a rerun tests only the mutants whose code or tests changed
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  thresholds: { high: 85, low: 75, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
