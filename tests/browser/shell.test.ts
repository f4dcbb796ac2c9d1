import { afterEach, describe, expect, it } from 'vitest'
import { openPage, sharedBrowser, type WatchedPage } from './browser'

const browser = sharedBrowser()
let watched: WatchedPage | undefined
afterEach(async () => {
  await watched?.close()
  watched = undefined
})

const PAGES = [
  ['Causes', '/causes'],
  ['Primary vs secondary', '/primary-vs-secondary'],
  ['Medications', '/medications'],
  ['Workup checklist', '/workup'],
  ['Sources', '/sources'],
] as const

describe('shell in chromium', () => {
  it('every navigation page renders from the menu and from its address, with no console error and no request off 127.0.0.1', async () => {
    watched = await openPage(browser())
    const { page } = watched
    await page.goto('/')
    await page.getByRole('heading', { level: 1, name: 'Causes of restless legs syndrome' }).waitFor()
    await expect(page.getByRole('contentinfo').textContent()).resolves.toMatch(/Content version \d+\.\d+\.\d+, last reviewed \d{4}-\d{2}-\d{2}/)
    const nav = page.getByRole('navigation', { name: 'Main' })
    for (const [label, path] of PAGES) {
      await nav.getByRole('link', { name: label }).click()
      await page.getByRole('heading', { level: 1 }).first().waitFor()
      expect(new URL(page.url()).pathname).toBe(path)
      expect(await page.getByRole('main').getByRole('heading', { level: 1 }).first().textContent()).toContain(label.split(' ')[0])
    }
    for (const [, path] of PAGES) {
      await page.goto(path)
      await page.getByRole('main').getByRole('heading', { level: 1 }).first().waitFor()
      expect(await page.getByRole('combobox', { name: 'Search' }).count()).toBe(1)
    }
    await page.goto('/not-a-page')
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor()
    await page.getByRole('link', { name: 'Go to the start page' }).click()
    await page.getByRole('heading', { level: 1, name: 'Causes of restless legs syndrome' }).waitFor()
    expect(watched.consoleErrors).toEqual([])
    expect(watched.foreignRequests).toEqual([])
  })

  it.each([
    ['the server answers 500', 'server answered 500', (route: import('playwright-core').Route) => route.fulfill({ status: 500, body: 'down' })],
    ['the network fails', 'network request failed', (route: import('playwright-core').Route) => route.abort('internetdisconnected')],
    ['the JSON is truncated', 'not valid JSON', (route: import('playwright-core').Route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"meta": {"vers' })],
  ])('when %s, the error screen explains and "Try again" recovers', async (_case, message, fail) => {
    watched = await openPage(browser())
    const { page } = watched
    await page.route('**/data/rls.json', fail)
    await page.goto('/medications')
    const alert = page.getByRole('alert')
    await alert.waitFor()
    expect(await alert.textContent()).toContain(message)
    await page.unroute('**/data/rls.json')
    await alert.getByRole('button', { name: 'Try again' }).click()
    await page.getByRole('heading', { level: 1, name: 'Medications' }).waitFor()
    expect(await page.getByRole('alert').count()).toBe(0)
    expect(watched.foreignRequests).toEqual([])
  })
})
