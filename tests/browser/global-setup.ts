/**
 * Builds the app as it ships and serves it on 127.0.0.1 for the browser tests.
 * The build goes to a fresh temporary folder so it never clobbers `dist/` and two runs never collide.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build, preview } from 'vite'
import type { TestProject } from 'vitest/node'
import { ensureBrowserTools } from '../../scripts/ensure-chromium.mjs'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
    /** The production build the tests are served, for tests that deploy a changed copy. */
    buildDir: string
  }
}

export default async function setup(project: TestProject) {
  ensureBrowserTools()
  const outDir = mkdtempSync(join(tmpdir(), 'rls-causes-build-'))
  // Vitest sets NODE_ENV=test, which would give React's development build and no service
  // worker: build exactly what ships.
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({ logLevel: 'warn', mode: 'production', build: { outDir, emptyOutDir: true } })
  } finally {
    process.env.NODE_ENV = nodeEnv
  }
  const server = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 4180, strictPort: false },
  })
  const { port } = server.httpServer.address() as AddressInfo
  project.provide('baseURL', `http://127.0.0.1:${port}`)
  project.provide('buildDir', outDir)
  return async () => {
    await server.close()
    rmSync(outDir, { recursive: true, force: true })
  }
}
