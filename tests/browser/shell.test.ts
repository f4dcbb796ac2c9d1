import { describe, expect, it } from 'vitest'
import { readBundleFile } from '../../mocks/handlers/bundle'
import { watchedPages } from './browser'

function mutatedBundle(change: (bundle: any) => void) {
  const bundle = structuredClone(readBundleFile())
  change(bundle)
  return bundle
}

const openTestPage = watchedPages()

const PAGES = [
  ['Patient workup', '/patient'],
  ['Causes', '/causes'],
  ['Primary vs secondary', '/primary-vs-secondary'],
  ['Medications', '/medications'],
  ['Workup checklist', '/workup'],
  ['Sources', '/sources'],
] as const

describe('shell in chromium', () => {
  it('every navigation page renders from the menu and from its address, with no console error and no request off 127.0.0.1', async () => {
    const watched = await openTestPage()
    const { page } = watched
    await page.goto('/')
    await page.getByRole('heading', { level: 1, name: 'Causes of restless legs syndrome' }).waitFor()
    await expect(page.getByRole('contentinfo').textContent()).resolves.toMatch(/Content version \d+\.\d+\.\d+, last reviewed \d{4}-\d{2}-\d{2}/)
    const nav = page.getByRole('navigation', { name: 'Main' })
    for (const [label, path] of PAGES) {
      await nav.getByRole('link', { name: label }).click()
      // The route's code loads on demand: wait for the new page's heading, not the old one's.
      await page.getByRole('main').getByRole('heading', { level: 1, name: label.split(' ')[0] }).first().waitFor()
      expect(new URL(page.url()).pathname).toBe(path)
    }
    for (const [, path] of PAGES) {
      await page.goto(path)
      await page.getByRole('main').getByRole('heading', { level: 1 }).first().waitFor()
      expect(await page.getByRole('combobox', { name: 'Search' }).count()).toBe(1)
    }
    expect(watched.consoleErrors).toEqual([])
    // The server answers an unknown address with status 404 (its not-found page), which the browser logs.
    const response = await page.goto('/not-a-page')
    expect(response?.status()).toBe(404)
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor()
    await page.getByRole('link', { name: 'Go to the start page' }).click()
    await page.getByRole('heading', { level: 1, name: 'Causes of restless legs syndrome' }).waitFor()
    expect(watched.consoleErrors).toEqual(['Failed to load resource: the server responded with a status of 404 (Not Found)'])
    expect(watched.foreignRequests).toEqual([])
  })

  it.each([
    ['the server answers 500', 'server answered 500', (route: import('playwright-core').Route) => route.fulfill({ status: 500, body: 'down' })],
    ['the network fails', 'network request failed', (route: import('playwright-core').Route) => route.abort('internetdisconnected')],
    ['the JSON is truncated', 'not valid JSON', (route: import('playwright-core').Route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"meta": {"vers' })],
    ['the bundle is an empty object', 'bundle is empty', (route: import('playwright-core').Route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{}' })],
    ['the bundle fails validation', 'causes[0].sources: expected array', (route: import('playwright-core').Route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(mutatedBundle((b) => delete b.causes[0].sources)) })],
    ['the bundle is a newer major version', 'newer than this copy of the app', (route: import('playwright-core').Route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(mutatedBundle((b) => (b.meta.version = '2.0.0'))) })],
  ])('when %s, the error screen explains and "Try again" recovers', async (_case, message, fail) => {
    const watched = await openTestPage()
    const { page } = watched
    await page.route('**/data/rls.json', fail)
    await page.goto('/medications')
    const alert = page.getByRole('alert')
    await alert.waitFor()
    expect(await alert.textContent()).toContain(message)
    // A bundle that fails is never shown in part: no content renders beside the error.
    expect(await page.getByRole('main').getByRole('heading', { level: 2 }).count()).toBe(0)
    await page.unroute('**/data/rls.json')
    await alert.getByRole('button', { name: 'Try again' }).click()
    await page.getByRole('heading', { level: 1, name: 'Medications' }).waitFor()
    expect(await page.getByRole('alert').count()).toBe(0)
    expect(watched.foreignRequests).toEqual([])
  })
})

describe('render errors in chromium', () => {
  it('a page that fails while rendering shows its error screen in the shell, and "Try again" recovers', async () => {
    const watched = await openTestPage()
    const { page } = watched
    // Make the sources page fail while rendering (it sorts with localeCompare), until told otherwise.
    await page.addInitScript(() => {
      const original = String.prototype.localeCompare
      ;(window as unknown as { __failRender: boolean }).__failRender = false
      String.prototype.localeCompare = function (this: string, ...args: Parameters<typeof original>) {
        if ((window as unknown as { __failRender: boolean }).__failRender) throw new Error('Simulated rendering failure')
        return original.apply(this, args)
      }
    })
    await page.goto('/')
    await page.getByRole('heading', { level: 1 }).first().waitFor()
    await page.evaluate(() => ((window as unknown as { __failRender: boolean }).__failRender = true))
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sources' }).click()
    const alert = page.getByRole('alert')
    await alert.waitFor()
    expect(await alert.textContent()).toContain('This page could not be shown')
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(true)
    await page.evaluate(() => ((window as unknown as { __failRender: boolean }).__failRender = false))
    await alert.getByRole('button', { name: 'Try again' }).click()
    await page.getByRole('heading', { level: 1, name: 'Sources' }).waitFor()
    expect(await page.getByRole('alert').count()).toBe(0)
  })
})
