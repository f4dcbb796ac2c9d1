/**
 * Set-up of the mutation run only (vitest.mutation.config.ts), after StrykerJS's own set-up file.
 *
 * The mutation run shares one module graph between the test files of a run (`isolate: false`), so the
 * bundle's schema, the screener and the search code load once per mutant instead of once per test file.
 * A new run (the dry run, or the next mutant) must not see modules loaded under the previous one: a
 * module evaluated with another mutant switched on, or a name matcher built by it, would decide this
 * mutant's fate. So the module graph is emptied whenever the run changes, as each file was isolated before.
 */
import { inject, vi } from 'vitest'

// Provided by @stryker-mutator/vitest-runner (its stryker-setup.js); not in vitest's ProvidedContext type.
const provided = (key: string): unknown => inject(key as never)

const namespace = provided('globalNamespace')
const mode = provided('mode')
const state = globalThis as Record<string, unknown> & { strykerRunOfLoadedModules?: string }

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
}
