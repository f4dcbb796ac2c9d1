/**
 * The vitest config StrykerJS runs (stryker.config.mjs): the app's `unit-logic` project, the
 * pure-function tests of the clinical core in Node. The screen tests (tests/routes, jsdom renders
 * of whole pages) and the browser project are left out: a jsdom start-up per test file per mutant
 * would multiply a run's time. So are the screener's false-flag measure (~90,000 screenings) and
 * two content checks that read files rather than run the core.
 */
import { defineConfig, mergeConfig, type TestProjectConfiguration, type ViteUserConfig } from 'vitest/config'
import tests from './vitest.config.ts'

const app: ViteUserConfig = tests

const logic = (app.test?.projects ?? []).find(
  (project: TestProjectConfiguration) => typeof project === 'object' && 'test' in project && project.test?.name === 'unit-logic',
)
if (typeof logic !== 'object' || !('test' in logic)) throw new Error('vitest.config.ts: expected a vitest project named "unit-logic"')

export default mergeConfig(
  { ...app, test: { ...app.test, projects: undefined } },
  defineConfig({
    test: {
      projects: [
        {
          ...logic,
          test: {
            ...logic.test,
            exclude: ['tests/features/medications/screener-evaluation.test.ts', 'tests/data/no-raw-html.test.ts', 'tests/data/seed-coverage.test.ts'],
            // One module graph per mutant run, shared by its test files: tests/mutation-setup.ts empties it when
            // the run changes, so no module loaded under one mutant serves the next.
            isolate: false,
            setupFiles: ['tests/mutation-setup.ts', ...(logic.test?.setupFiles ? [logic.test.setupFiles].flat() : [])],
            // Instrumented code runs slower; a mutant that loops is caught by Stryker's own timeout.
            testTimeout: 60_000,
          },
        },
      ],
    },
  }),
)
