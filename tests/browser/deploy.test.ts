import { readFileSync } from 'node:fs'
import { get, type IncomingMessage } from 'node:http'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { describe, expect, inject, it } from 'vitest'
import { watchedPages } from './browser'

const openTestPage = watchedPages()

/** A raw GET (no decoding), to see exactly what nginx sends. */
function rawGet(url: string, acceptEncoding = ''): Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }))
    }).on('error', reject)
  })
}

const decode = (body: Buffer, encoding: string | undefined) =>
  encoding === 'br' ? brotliDecompressSync(body) : encoding === 'gzip' ? gunzipSync(body) : body

/** The build's entry script and stylesheet, as the page links them. */
function entryAssets(buildDir: string): string[] {
  const html = readFileSync(join(buildDir, 'index.html'), 'utf8')
  return [...html.matchAll(/(?:src|href)="[^"]*?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!)
}

describe('the shipped nginx config', () => {
  it('sends precompressed files as they are, caches hashed assets for a year and revalidates the rest, with the security headers', async () => {
    const origin = inject('baseURL')
    const buildDir = inject('buildDir')
    const [script] = entryAssets(buildDir).filter((asset) => asset.endsWith('.js'))
    for (const encoding of ['br', 'gzip']) {
      const response = await rawGet(`${origin}/${script}`, encoding)
      expect(response.status).toBe(200)
      expect(response.headers['content-encoding']).toBe(encoding)
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable')
      expect(response.headers.vary).toMatch(/Accept-Encoding/i)
      // The very bytes the build wrote beside the file.
      expect(response.body.equals(readFileSync(join(buildDir, `${script}.${encoding === 'br' ? 'br' : 'gz'}`)))).toBe(true)
      expect(decode(response.body, encoding).equals(readFileSync(join(buildDir, script!)))).toBe(true)
    }
    const plain = await rawGet(`${origin}/${script}`)
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.equals(readFileSync(join(buildDir, script!)))).toBe(true)

    for (const [path, type] of [
      ['/', 'text/html'],
      ['/causes', 'text/html'],
      ['/causes/iron-deficiency', 'text/html'],
      ['/sw.js', 'application/javascript'],
      ['/data/rls.json', 'application/json'],
      ['/manifest.webmanifest', 'application/manifest+json'],
    ] as const) {
      const response = await rawGet(`${origin}${path}`, 'br, gzip')
      expect(response.status, path).toBe(200)
      expect(response.headers['content-type'], path).toContain(type)
      expect(response.headers['cache-control'], path).toBe('no-cache')
      expect(response.headers['content-encoding'], path).toBe('br')
      const csp = response.headers['content-security-policy']
      expect(csp, path).toContain("default-src 'self'")
      expect(csp, path).toContain("script-src 'self'")
      expect(csp, path).toContain("frame-ancestors 'none'")
      expect(csp, path).not.toContain('unsafe-inline')
      expect(response.headers['x-content-type-options'], path).toBe('nosniff')
      expect(response.headers['referrer-policy'], path).toBe('no-referrer')
      expect(response.headers['permissions-policy'], path).toContain('camera=()')
    }
    // A prerendered page, not the start page, answers its own address.
    const cause = decode((await rawGet(`${origin}/causes/iron-deficiency`, 'gzip')).body, 'gzip').toString('utf8')
    expect(cause).toContain('data-prerendered="/causes/iron-deficiency"')
    // An unknown address: status 404 with the not-found page, still with the headers.
    const missing = await rawGet(`${origin}/no/such/page`)
    expect(missing.status).toBe(404)
    expect(missing.body.toString('utf8')).toContain('Page not found')
    expect(missing.headers['content-security-policy']).toContain("frame-ancestors 'none'")
  })

  it('under /rls/: pages, assets, content, manifest, icons, the worker and the printout address all live under the sub-path', async () => {
    const url = inject('subPathURL')
    const { origin } = new URL(url)
    const watched = await openTestPage({ baseURL: origin })
    const { page } = watched
    const requests: string[] = []
    page.on('request', (request) => requests.push(new URL(request.url()).pathname))
    await page.goto('/rls/causes/pregnancy')
    expect(await page.evaluate(() => document.documentElement.dataset.appReady)).toBe('hydrated')
    await page.getByRole('heading', { level: 1 }).first().waitFor()
    const nav = page.getByRole('navigation', { name: 'Main' })
    for (const [label, path] of [
      ['Causes', '/rls/causes'],
      ['Primary vs secondary', '/rls/primary-vs-secondary'],
      ['Medications', '/rls/medications'],
      ['Sources', '/rls/sources'],
      ['Workup checklist', '/rls/workup'],
    ] as const) {
      expect(await nav.getByRole('link', { name: label }).getAttribute('href')).toBe(path)
      await nav.getByRole('link', { name: label }).click()
      await page.waitForURL((address) => address.pathname === path)
      await page.getByRole('main').getByRole('heading', { level: 1, name: new RegExp(`^${label.split(' ')[0]}`) }).first().waitFor()
    }
    // The printout names the address the checklist came from, sub-path included.
    await expect.poll(() => page.locator('body').textContent()).toContain(`${origin}/rls/workup`)
    await page.getByLabel('Ferritin (ng/mL)').fill('30')
    await page.getByLabel('Transferrin saturation (%)').fill('15')
    await page.getByRole('status', { name: 'Interpretation' }).getByText(/Iron therapy indicated/).first().waitFor()
    await page.getByRole('combobox', { name: 'Search' }).fill('reglan')
    await page.getByRole('option', { name: /Metoclopramide/ }).click()
    await page.waitForURL((address) => address.pathname.startsWith('/rls/medications'))
    await page.getByRole('link', { name: /RLS Causes/ }).first().click()
    await page.waitForURL((address) => address.pathname === '/rls/')

    expect(requests.filter((path) => !path.startsWith('/rls/'))).toEqual([])
    expect(requests).toContain('/rls/data/rls.json')
    const manifest = (await (await fetch(`${url}manifest.webmanifest`)).json()) as { start_url: string; scope: string; icons: { src: string }[] }
    expect(manifest.start_url).toBe('/rls/')
    expect(manifest.scope).toBe('/rls/')
    for (const icon of manifest.icons) {
      expect(icon.src.startsWith('/rls/icons/')).toBe(true)
      expect((await fetch(`${origin}${icon.src}`)).status, icon.src).toBe(200)
    }
    expect(await page.locator('link[rel="manifest"]').getAttribute('href')).toBe('/rls/manifest.webmanifest')
    expect(watched.consoleErrors).toEqual([])
    expect(watched.foreignRequests).toEqual([])
  })

  it.each([
    ['at the root', () => `${inject('baseURL')}/`],
    ['under /rls/', () => inject('subPathURL')],
  ])('works offline after one visit %s: reload, a deep page, another page, the lookup', async (_where, siteURL) => {
    const url = siteURL()
    const base = new URL(url).pathname
    const watched = await openTestPage({ serviceWorkers: 'allow', baseURL: new URL(url).origin })
    const { page, context } = watched
    // A page only read, never used: the offline copy is set up without the app starting.
    await page.mainFrame().goto(url)
    await page.getByRole('heading', { level: 1, name: 'Causes of restless legs syndrome' }).waitFor()
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 })
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope)).toBe(url)
    expect(await page.locator('html[data-app-ready]').count()).toBe(0)

    await context.setOffline(true)
    await page.reload()
    await page.getByRole('heading', { level: 1, name: 'Causes of restless legs syndrome' }).waitFor()
    await page.getByText(/Offline — content as reviewed on \d{4}-\d{2}-\d{2}/).waitFor()
    expect(await page.evaluate(() => document.documentElement.dataset.appReady)).toBe('hydrated')
    // A deep page straight from the worker's copy, prerendered and hydrated as online.
    await page.goto(`${base}causes/iron-deficiency`)
    expect(await page.evaluate(() => document.documentElement.dataset.appReady)).toBe('hydrated')
    await page.getByRole('heading', { level: 1, name: /Iron deficiency/ }).waitFor()
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Medications' }).click()
    await page.getByRole('heading', { level: 1, name: 'Medications' }).waitFor()
    await page.getByRole('combobox', { name: 'Search' }).fill('reglan')
    await page.getByRole('option', { name: /Metoclopramide/ }).waitFor()
    await context.setOffline(false)
    expect(watched.foreignRequests).toEqual([])
    expect(watched.consoleErrors).toEqual([])
  })
})
