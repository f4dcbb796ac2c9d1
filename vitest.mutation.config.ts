/**
 * The vitest config StrykerJS runs (stryker.config.mjs): the app's own config with the unit
 * project only, so that no mutant starts a build or a browser.
 */
import { defineConfig, mergeConfig } from 'vitest/config'
import app from './vite.config'

const projects = (app.test?.projects ?? []).filter(
  (project) => typeof project === 'object' && 'test' in project && project.test?.name === 'unit',
)
if (projects.length !== 1) throw new Error('vite.config.ts: expected one vitest project named "unit"')

export default mergeConfig({ ...app, test: { ...app.test, projects: undefined } }, defineConfig({ test: { projects } }))
