/**
 * Builds the app as it ships and serves it on 127.0.0.1 for the browser tests.
 */
import type { AddressInfo } from 'node:net'
import { build, preview } from 'vite'
import type { TestProject } from 'vitest/node'
import { ensureBrowserTools } from '../../scripts/ensure-chromium.mjs'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
  }
}

export default async function setup(project: TestProject) {
  ensureBrowserTools()
  await build({ logLevel: 'warn', mode: 'production' })
  const server = await preview({ logLevel: 'warn', preview: { host: '127.0.0.1', port: 4180, strictPort: false } })
  const { port } = server.httpServer.address() as AddressInfo
  project.provide('baseURL', `http://127.0.0.1:${port}`)
  return async () => {
    await server.close()
  }
}
