/**
 * Set-up of the mutation run only (vitest.mutation.config.ts), after StrykerJS's own set-up file.
 *
 * 1. One module graph per run. The test files of a run share their modules (`isolate: false`), so the
 *    bundle's schema, the screener and the search code load once per mutant instead of once per test file.
 *    A new run (the dry run, or the next mutant) must not see modules loaded under the previous one: a
 *    module evaluated with another mutant switched on, or a name matcher built by it, would decide this
 *    mutant's fate. So the module graph is emptied whenever the run changes.
 *
 * 2. Stop at the first failure without cancelling the run. Vitest's own `bail` cancels the run, and
 *    when the files of a run share one worker the cancel can end the worker before the failing test's
 *    result reaches Stryker: the run then reports no test at all, and Stryker counts the mutant as
 *    surviving (seen on 4 to 6 of the iron interpreter's 703 mutants per run). So stryker.config.mjs
 *    turns `bail` off, and here every test after the run's first failure is skipped instead: the mutant
 *    is already detected, and the failing result is kept.
 */
import { beforeEach, inject, vi } from 'vitest'

// Provided by @stryker-mutator/vitest-runner (its stryker-setup.js); not in vitest's ProvidedContext type.
const provided = (key: string): unknown => inject(key as never)

const namespace = provided('globalNamespace')
const mode = provided('mode')
const state = globalThis as Record<string, unknown> & { strykerRunOfLoadedModules?: string; strykerRunWithAFailure?: string }

// Outside a mutation run (vitest run with this config), nothing is provided and nothing is done.
if (typeof namespace === 'string') {
  const run = `${String(mode)} ${String(provided('activeMutant'))}`
  if (state.strykerRunOfLoadedModules !== run) {
    vi.resetModules()
    state.strykerRunOfLoadedModules = run
  }
  // A mutant switched on at run time is switched on by Stryker's beforeAll; until then the modules this file
  // loads must load as written (a fresh worker starts with no mutant), not under the mutant of the previous run.
  const stryker = state[namespace] as { activeMutant?: string } | undefined
  if (stryker && mode === 'mutant' && provided('mutantActivation') !== 'static') stryker.activeMutant = undefined

  if (mode === 'mutant') {
    // A later file of a run that has failed is not loaded at all: its tests cannot change the answer.
    if (state.strykerRunWithAFailure === run) throw new Error('Not run: the mutant is detected, a test of this run failed')
    beforeEach((context) => {
      if (state.strykerRunWithAFailure === run) context.skip('the mutant is detected: a test of this run failed')
      context.onTestFailed(() => {
        state.strykerRunWithAFailure = run
      })
    })
  }
}
