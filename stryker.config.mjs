// @ts-check
/**
 * `npm run mutation`: StrykerJS over the clinical core. Each mutant is a small plausible bug put into
 * one of the files below; the unit tests that cover it must fail, or the mutant "survives". The
 * report (reports/mutation/mutation.json and .html) lists every survivor with its line.
 * Not part of CI (it takes tens of minutes on two cores): run it after changing a file listed here
 * or its tests. See README, "Mutation testing".
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  // The unit project only (jsdom): the browser project builds the app and drives Chromium.
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  coverageAnalysis: 'perTest',
  mutate: [
    'src/features/workup/interpret-iron-studies.ts',
    'src/features/patient/read-patient-values.ts',
    'src/features/patient/assess-patient.ts',
    'src/features/patient/next-steps.ts',
    'src/features/patient/bottom-line.ts',
    'src/features/medications/screen-medication-list.ts',
    'src/features/medications/chart-line-context.ts',
    'src/features/medications/drug-roles.ts',
    'src/features/medications/fold-text.ts',
    'src/features/search/search-index.ts',
    // Only their refinements are mutated: the shape declarations are marked `Stryker disable` in the files.
    'src/data/bundle-schema.ts',
    'src/data/drug-vocabulary-schema.ts',
  ],
  // Every mutator runs; none is excluded.
  // Two cores: one test runner per core.
  concurrency: 2,
  // Vitest's `bail` cancels a run at its first failure, and the cancel can lose that failure when the files of a
  // run share one worker (the run then reports no test, and the mutant would count as surviving). So bail is off,
  // and tests/mutation-setup.ts skips every test after the run's first failure instead.
  disableBail: true,
  // A mutant that makes a loop endless is reported as a timeout (counted as detected), not waited for.
  timeoutMS: 10_000,
  timeoutFactor: 2,
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
}
