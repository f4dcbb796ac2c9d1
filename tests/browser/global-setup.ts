/**
 * Builds the app as it ships and serves it on 127.0.0.1 through the shipped nginx config
 * (deploy/nginx.conf), as a real host would: once at the root, and once under a sub-path
 * (`BASE_PATH=/rls/`). Each build goes to a fresh temporary folder so it never clobbers `dist/`
 * and two runs never collide.
 */
import { chmodSync, cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'vite'
import type { TestProject } from 'vitest/node'
import { ensureBrowserTools } from '../../scripts/ensure-chromium.mjs'
import { startNginx } from '../../scripts/nginx-server.mjs'

export const SUB_PATH = '/rls/'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
    /** The production build the tests are served, for tests that deploy a changed copy. */
    buildDir: string
    /** The same app built with BASE_PATH=/rls/ ... */
    subPathBuildDir: string
    /** ... and where nginx serves it (`http://127.0.0.1:PORT/rls/`). */
    subPathURL: string
  }
}

async function productionBuild(basePath: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'rls-causes-build-'))
  // nginx's unprivileged workers read the deploy tests' copy.
  chmodSync(outDir, 0o755)
  // Vitest sets NODE_ENV=test, which would give React's development build and no service
  // worker: build exactly what ships.
  const nodeEnv = process.env.NODE_ENV
  const basePathEnv = process.env.BASE_PATH
  process.env.NODE_ENV = 'production'
  process.env.BASE_PATH = basePath
  try {
    await build({ logLevel: 'warn', mode: 'production', build: { outDir, emptyOutDir: true } })
  } finally {
    process.env.NODE_ENV = nodeEnv
    if (basePathEnv === undefined) delete process.env.BASE_PATH
    else process.env.BASE_PATH = basePathEnv
  }
  return outDir
}

/**
 * `.ci/run` has just built the app with `npm run build`: its copy of `dist/` is served rather than
 * building the same thing again (RLS_TEST_BUILD_DIR=dist). A copy, so that no test touches dist/.
 */
function copyOfBuild(dir: string): string {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`RLS_TEST_BUILD_DIR=${dir}: no build there (run npm run build first)`)
  const outDir = mkdtempSync(join(tmpdir(), 'rls-causes-build-'))
  chmodSync(outDir, 0o755)
  cpSync(dir, outDir, { recursive: true })
  return outDir
}

export default async function setup(project: TestProject) {
  ensureBrowserTools()
  const builtDir = process.env.RLS_TEST_BUILD_DIR
  const outDir = builtDir ? copyOfBuild(builtDir) : await productionBuild('/')
  const subPathOutDir = await productionBuild(SUB_PATH)
  const server = await startNginx({ distDir: outDir, basePath: '/' })
  const subPathServer = await startNginx({ distDir: subPathOutDir, basePath: SUB_PATH })
  project.provide('baseURL', server.origin)
  project.provide('buildDir', outDir)
  project.provide('subPathBuildDir', subPathOutDir)
  project.provide('subPathURL', subPathServer.url)
  return async () => {
    await server.stop()
    await subPathServer.stop()
    rmSync(outDir, { recursive: true, force: true })
    rmSync(subPathOutDir, { recursive: true, force: true })
  }
}
