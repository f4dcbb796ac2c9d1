/**
 * The tests' settings (`npm test`, scripts/test.mjs): the app's own config (vite.config.ts) plus
 * the three vitest projects. Kept apart so that `vite build` and `npm run dev` load no test code.
 */
import { defineConfig, mergeConfig } from 'vitest/config'
import app from './vite.config.ts'
import LongestFirstSequencer from './tests/longest-first-sequencer.ts'

/** The pure-function tests of the clinical logic and the bundle: run in Node (project `unit-logic`). */
const LOGIC_TESTS = ['tests/features/**/*.test.ts', 'tests/data/**/*.test.ts', 'tests/components/**/*.test.ts']

export default mergeConfig(
  app,
  defineConfig({
    test: {
      // The longest browser files start first, also in a fresh clone with no timing cache.
      sequence: { sequencer: LongestFirstSequencer },
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'jsdom',
            include: ['tests/**/*.test.{ts,tsx}'],
            exclude: ['tests/browser/**', ...LOGIC_TESTS],
            setupFiles: ['tests/setup.ts'],
            css: false,
            // Two test files at a time on two cores, and two runs may share the machine: allow for a slow moment.
            maxWorkers: 2,
            testTimeout: 60_000,
          },
        },
        {
          extends: true,
          test: {
            // The clinical logic's pure-function tests render nothing: Node, without a jsdom per file (a file
            // that needs the browser's storage says so with a `@vitest-environment jsdom` comment).
            name: 'unit-logic',
            environment: 'node',
            include: LOGIC_TESTS,
            setupFiles: ['tests/setup-node.ts'],
            // Pure functions keep no state between files: one module graph per worker, not one per file (the
            // screener's name matcher and the search index are then built once per worker).
            isolate: false,
            maxWorkers: 2,
            testTimeout: 30_000,
          },
        },
        {
          extends: true,
          test: {
            name: 'browser',
            environment: 'node',
            include: ['tests/browser/**/*.test.ts'],
            globalSetup: ['tests/browser/global-setup.ts'],
            // After the unit projects; two files at a time, each driving its own Chromium (a page's work in
            // Chromium leaves the test's own process idle, so two files keep both cores busy).
            sequence: { groupOrder: 1 },
            maxWorkers: 2,
            testTimeout: 30_000,
            // expect.poll waits 1 s by default: too short for an answer on a machine running two test runs at once.
            expect: { poll: { timeout: 10_000 } },
            hookTimeout: 90_000,
          },
        },
      ],
    },
  }),
)
