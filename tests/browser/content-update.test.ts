import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { extname, join, normalize } from 'node:path'
import { afterEach, describe, expect, inject, it } from 'vitest'
import { watchedPages } from './browser'

const openTestPage = watchedPages()
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
}

/** A plain static host for a copy of the build that the test can redeploy underneath the open app. */
function serve(siteDir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '')
    let file = join(siteDir, path)
    let body: Buffer
    try {
      body = readFileSync(file)
    } catch {
      file = join(siteDir, 'index.html') // the single-page app's fallback
      body = readFileSync(file)
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' })
    response.end(body)
  })
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })),
  )
}

let cleanup: (() => void) | undefined
afterEach(() => {
  cleanup?.()
  cleanup = undefined
})

describe('a new content deploy', () => {
  it('reaches the open app through the service worker, which then says the content changed', async () => {
    const siteDir = mkdtempSync(join(tmpdir(), 'rls-causes-site-'))
    cpSync(inject('buildDir'), siteDir, { recursive: true })
    const { server, url } = await serve(siteDir)
    cleanup = () => {
      server.close()
      rmSync(siteDir, { recursive: true, force: true })
    }

    const watched = await openTestPage({ serviceWorkers: 'allow', baseURL: url })
    const { page } = watched
    await page.goto('/causes')
    await page.getByRole('heading', { level: 1, name: 'Causes' }).waitFor()
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null)

    // Deploy: a new content version, and the worker whose precache lists it.
    const bundlePath = join(siteDir, 'data/rls.json')
    const bundle = JSON.parse(readFileSync(bundlePath, 'utf8'))
    const before = bundle.meta.version as string
    const after = before.replace(/\d+$/, (patch) => String(Number(patch) + 1))
    bundle.meta.version = after
    writeFileSync(bundlePath, JSON.stringify(bundle))
    const worker = readFileSync(join(siteDir, 'sw.js'), 'utf8')
    const redeployed = worker.replace(/(\{url:"data\/rls\.json",revision:")[0-9a-f]+"/, '$1redeployed"')
    expect(redeployed).not.toBe(worker)
    writeFileSync(join(siteDir, 'sw.js'), redeployed)

    // Browsers check for a new worker on navigation and periodically; ask now.
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update())
    await page.getByText(`Content ${after} replaced ${before}`).waitFor({ timeout: 20_000 })
    expect(await page.getByRole('contentinfo').textContent()).toContain(`Content version ${after}`)
    expect(watched.consoleErrors).toEqual([])
    expect(watched.foreignRequests).toEqual([])
  })
})
