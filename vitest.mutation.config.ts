/**
 * The vitest config StrykerJS runs (stryker.config.mjs): the app's unit project, limited to the
 * pure-function tests of the clinical core, in Node rather than jsdom (they render nothing, and a
 * jsdom start-up per test file per mutant would multiply a run's time). The screen tests
 * (tests/routes, jsdom renders of whole pages) and the browser project are left out for the same
 * reason, as is the screener's false-flag measure (~90,000 screenings).
 */
import { defineConfig, mergeConfig } from 'vitest/config'
import app from './vite.config'

const unit = (app.test?.projects ?? []).find(
  (project) => typeof project === 'object' && 'test' in project && project.test?.name === 'unit',
)
if (typeof unit !== 'object' || !('test' in unit)) throw new Error('vite.config.ts: expected a vitest project named "unit"')

export default mergeConfig(
  { ...app, test: { ...app.test, projects: undefined } },
  defineConfig({
    test: {
      projects: [
        {
          ...unit,
          test: {
            ...unit.test,
            environment: 'node',
            setupFiles: ['tests/mutation-setup.ts'],
            include: ['tests/features/**/*.test.ts', 'tests/data/**/*.test.ts'],
            exclude: ['tests/features/medications/screener-evaluation.test.ts', 'tests/data/no-raw-html.test.ts', 'tests/data/seed-coverage.test.ts'],
            // Instrumented code runs slower; a mutant that loops is caught by Stryker's own timeout.
            testTimeout: 60_000,
          },
        },
      ],
    },
  }),
)
