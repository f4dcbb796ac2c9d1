import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { readBundleFile } from '../../mocks/handlers/bundle'
import { SITE_PAGES } from '../../src/lib/site-pages'
import { baseURL, openPage, sharedBrowser, watchedPages, type WatchedPage } from './browser'

const bundle = readBundleFile() as unknown as { meta: { version: string }; causes: { id: string; name: string }[]; labs: { id: string; how: string[] }[] }
const openTestPage = watchedPages()

/** Warnings the page logs (the service worker's, blocked in tests, aside). */
function recordWarnings(page: Page): string[] {
  const warnings: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'warning' && !/Service Worker registration blocked/.test(message.text())) warnings.push(message.text())
  })
  return warnings
}

/** Keeps the element the browser parsed from the static HTML, to check React adopted it rather than redrawing. */
async function recordStaticHeading(page: Page) {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      ;(window as unknown as { __staticHeading: Element | null }).__staticHeading = document.querySelector('main h1')
    })
  })
}

const staticHeadingWasAdopted = (page: Page) =>
  page.evaluate(() => {
    const staticHeading = (window as unknown as { __staticHeading: Element | null }).__staticHeading
    return staticHeading !== null && staticHeading === document.querySelector('main h1') && staticHeading.isConnected
  })

/**
 * One browser page for a walk over every prerendered page, opened before the first test and closed
 * after the last; `next()` hands it to a test with its records of errors, requests and warnings
 * emptied, so each test judges only its own page.
 */
function browserPagesForTheWalk(options: BrowserContextOptions, prepare?: (page: Page) => Promise<void>) {
  const browser = sharedBrowser()
  let watched: (WatchedPage & { warnings: string[] }) | undefined
  beforeAll(async () => {
    const opened = await openPage(browser(), options)
    await prepare?.(opened.page)
    watched = { ...opened, warnings: recordWarnings(opened.page) }
  })
  afterAll(async () => {
    await watched?.close()
  })
  return {
    next() {
      if (!watched) throw new Error('the walk\'s page is not open')
      for (const record of [watched.consoleErrors, watched.foreignRequests, watched.warnings]) record.length = 0
      return watched
    },
  }
}

/**
 * Holds back the download of the build's files matching `file`, as a slow phone on a poor
 * connection would, until the returned `release` is called. Holding the same files again
 * replaces the previous hold.
 */
async function holdBack(page: Page, file: RegExp): Promise<() => void> {
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.unroute(file)
  await page.route(file, async (route) => {
    await held
    await route.fallback()
  })
  return release
}

const REACT_CHUNK = /\/assets\/react-[^/]+\.js$/
const PAGE_SCRIPT = /\/assets\/boot-[^/]+\.js$/

/** Holds React back: the page stays the static page, whatever is typed or pressed, until released. */
const holdReactBack = (page: Page) => holdBack(page, REACT_CHUNK)

/** Every page the build prerendered, as its address (`/`, `/causes/iron-deficiency`), from the files in the build. */
function prerenderedPages(): string[] {
  const dir = inject('buildDir')
  const pages: string[] = []
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name)
      if (statSync(path).isDirectory()) walk(path)
      else if (name === 'index.html') pages.push(`/${relative(dir, folder)}`.replace(/\/$/, '') || '/')
    }
  }
  walk(dir)
  return pages.sort()
}

/** Read when the file is collected, so that each page gets a test of its own. */
const PAGES = prerenderedPages()

const INTERACTIVE_NOTICES: [string, RegExp][] = [
  ['/', /Search needs JavaScript/],
  ['/causes', /The filters need JavaScript/],
  ['/medications', /medication-list screener and the filter need JavaScript/],
  ['/workup', /iron-studies interpreter, the printable checklist and Copy as text need JavaScript/],
  ['/patient', /The patient workup works out its answer in this browser, which needs JavaScript/],
]

describe('prerendered pages', () => {
  it('the build has a page for every route and every cause, each marked with its address', () => {
    const pages = PAGES
    for (const path of ['/', '/patient', '/causes', '/primary-vs-secondary', '/medications', '/workup', '/sources']) expect(pages).toContain(path)
    for (const cause of bundle.causes) expect(pages).toContain(`/causes/${cause.id}`)
    for (const path of pages) {
      const html = readFileSync(join(inject('buildDir'), path, 'index.html'), 'utf8')
      expect(html, path).toContain(`<div id="root" data-prerendered="${path}">`)
      // No inline script: the page keeps its Content-Security-Policy.
      expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g), path).toBeNull()
    }
  })

  // One test per page, each with its own time limit: the walk grows with the content. The pages
  // share one browser page (a fresh document on every visit, the stylesheet from the cache), so a
  // test costs a page load, not a browser context.
  describe('with JavaScript off', () => {
    const pages = browserPagesForTheWalk({ javaScriptEnabled: false })
    it.each(PAGES)('%s shows its content, menu, footer and title', async (path) => {
      const { page, consoleErrors, foreignRequests } = pages.next()
      const response = await page.goto(path)
      expect(response?.status()).toBe(200)
      const heading = (await page.getByRole('main').getByRole('heading', { level: 1 }).first().textContent())?.trim()
      expect(heading).toBeTruthy()
      expect(await page.getByRole('contentinfo').textContent()).toContain(`Content version ${bundle.meta.version}`)
      expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link').count()).toBe(SITE_PAGES.length)
      expect(await page.title()).toMatch(/· RLS Causes$/)
      expect(await page.locator('html[data-app-ready]').count()).toBe(0)
      expect(consoleErrors).toEqual([])
      expect(foreignRequests).toEqual([])
    })
  })

  it('with JavaScript off, links work and interactive parts say they need JavaScript', async () => {
    const watched = await openTestPage({ javaScriptEnabled: false })
    const { page } = watched
    // A cause page carries its whole entry.
    const cause = bundle.causes.find((c) => c.id === 'iron-deficiency')!
    await page.goto(`/causes/${cause.id}`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(cause.name)
    expect(await page.title()).toBe(`${cause.name} · RLS Causes`)
    // Links are real addresses: the menu and a cause in the list take the reader there without JavaScript.
    await page.goto('/')
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Causes' }).click()
    await page.waitForURL(/\/causes$/)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Causes')
    await page.getByRole('main').getByRole('link', { name: cause.name }).first().click()
    await page.waitForURL(new RegExp(`/causes/${cause.id}$`))
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(cause.name)
    for (const [path, notice] of INTERACTIVE_NOTICES) {
      await page.goto(path)
      await expect(page.getByText(notice).first().isVisible(), path).resolves.toBe(true)
    }
    expect(watched.consoleErrors).toEqual([])
    expect(watched.foreignRequests).toEqual([])
  })

  /** A page with JavaScript on that records warnings and the heading the browser parsed from the static HTML. */
  async function openHydratingPage() {
    const watched = await openTestPage()
    const warnings = recordWarnings(watched.page)
    await recordStaticHeading(watched.page)
    return { ...watched, warnings }
  }

  describe('with JavaScript on', () => {
    const pages = browserPagesForTheWalk({}, recordStaticHeading)
    it.each(PAGES)('%s is hydrated in place, with no error or warning', async (path) => {
      const { page, consoleErrors, warnings } = pages.next()
      await page.goto(path)
      expect(await page.evaluate(() => document.documentElement.dataset.appReady)).toBe('hydrated')
      expect(await staticHeadingWasAdopted(page)).toBe(true)
      expect(consoleErrors).toEqual([])
      expect(warnings).toEqual([])
    })
  })

  it('with JavaScript on, the notices stay hidden and a hydrated page answers at once', async () => {
    const { page, consoleErrors, warnings } = await openHydratingPage()
    for (const [path, notice] of INTERACTIVE_NOTICES) {
      await page.goto(path)
      expect(await page.getByText(notice).count(), path).toBe(0)
    }
    // A hydrated page answers at once: the lookup on a cause page.
    await page.goto('/causes/pregnancy')
    await page.getByRole('combobox', { name: 'Search' }).fill('ferritin')
    await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().waitFor()
    expect(consoleErrors).toEqual([])
    expect(warnings).toEqual([])
  })

  it('a page left alone runs none of the app: once it has settled after the first paint its code and content arrive in the cache, and the first use starts it from there', async () => {
    const { page } = await openTestPage()
    const contentRequested = page.waitForRequest(/\/data\/rls\.json$/)
    // The frame's own navigation: the page's goto would use the page at once.
    await page.mainFrame().goto(new URL('workup', baseURL()).href)
    const resources = () =>
      page.evaluate(() =>
        (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) => ({
          file: new URL(entry.name).pathname.split('/').pop()!,
          how: entry.initiatorType,
          start: entry.startTime,
          end: entry.responseEnd,
          transferred: entry.transferSize,
        })),
      )
    // The build names the app's code in the page; each file and the content are fetched, not run.
    const named = (await page.locator('meta[name="app-code"]').getAttribute('content'))!.split(' ').map((href) => href.split('/').pop()!)
    expect(named.map((file) => file.split('-')[0]).sort()).toEqual(['framework', 'react', 'tanstack'])
    await expect.poll(async () => (await resources()).filter((entry) => entry.how === 'link' && entry.end > 0).map((entry) => entry.file).sort(), { timeout: 15_000 }).toEqual(
      [...named, expect.stringMatching(/^boot-.*\.css$/)].sort(),
    )
    // The content too, checked against the build's own off the main thread (it is: the static page is up to date).
    await contentRequested
    // A second later, still nothing has run: no start, no React, no app.
    await page.waitForTimeout(1000)
    const before = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      download: (({ startTime, detail }: PerformanceMark) => ({ startTime, detail: detail as string }))(
        performance.getEntriesByName('app-download', 'mark')[0] as PerformanceMark,
      ),
      start: performance.getEntriesByName('app-start', 'mark').length,
      ready: document.documentElement.dataset.appReady ?? null,
    }))
    expect(before).toMatchObject({ start: 0, ready: null })
    // The download waits for the first paint (or the 1 s fallback when the paint comes later, on a busy machine),
    // then two seconds more, while the page settles and the clinician starts reading.
    const download = before.download
    expect(['first-contentful-paint', 'fallback']).toContain(download.detail)
    if (download.detail === 'first-contentful-paint') expect(download.startTime).toBeGreaterThanOrEqual(before.paint! + 2000)
    else expect(download.startTime).toBeGreaterThanOrEqual(3000)
    for (const entry of (await resources()).filter((entry) => entry.how === 'link' && named.includes(entry.file))) {
      expect(entry.start, entry.file).toBeGreaterThanOrEqual(download.startTime)
    }
    expect((await resources()).filter((entry) => entry.how === 'script').map((entry) => entry.file.split('-')[0])).toEqual(['rolldown', 'boot'])

    // The first key press starts the app: React in one step, the app in the next, both from the cache.
    await page.keyboard.press('Shift')
    await page.locator('html[data-app-ready="hydrated"]').waitFor({ state: 'attached' })
    const start = await page.evaluate(() => {
      const mark = performance.getEntriesByName('app-start', 'mark')[0] as PerformanceMark
      return { at: mark.startTime, reason: mark.detail as string }
    })
    expect(start.reason).toBe('first-use')
    const ran = (await resources()).filter((entry) => entry.how === 'script')
    const script = (name: string) => ran.find((entry) => entry.file.startsWith(`${name}-`))!
    expect(script('react').start).toBeGreaterThanOrEqual(start.at)
    expect(script('framework').start).toBeGreaterThanOrEqual(script('react').end)
    for (const name of ['react', 'framework', 'tanstack']) expect(script(name).transferred, name).toBe(0)
    // The prerendered page hydrates with the checklist's path; the browser then adds its origin.
    await page.getByRole('button', { name: 'Copy as text' }).waitFor()
    const origin = new URL(page.url()).origin
    await expect.poll(() => page.locator('text=/Content version .* · http/').first().textContent()).toContain(`${origin}`)
  })

  it('a page under 200 kB paints once, whole and settled: not before its script has run; the long medications reference paints while its script is on the way', async () => {
    const { page } = await openTestPage()
    let release = await holdBack(page, PAGE_SCRIPT)
    const painted = () => page.evaluate(() => performance.getEntriesByName('first-contentful-paint').length > 0)

    // The page script is held back: /patient is parsed to its end, and still nothing is painted.
    await page.mainFrame().goto(new URL('patient', baseURL()).href, { waitUntil: 'commit' })
    await page.waitForFunction(() => document.getElementById('page-end') !== null)
    await page.waitForTimeout(500)
    expect(await painted()).toBe(false)
    // The script arrives and runs: then the first paint.
    release()
    await expect.poll(painted).toBe(true)
    const order = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
      script: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((entry) => /\/boot-[^/]+\.js$/.test(entry.name))!.responseEnd,
    }))
    expect(order.paint).toBeGreaterThanOrEqual(order.script)

    // The 700 kB medications reference does not wait: it paints as it arrives, its script still held back.
    release = await holdBack(page, PAGE_SCRIPT)
    await page.mainFrame().goto(new URL('medications', baseURL()).href, { waitUntil: 'commit' })
    await expect.poll(painted).toBe(true)
    expect(await page.evaluate(() => (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).some((entry) => /\/boot-[^/]+\.js$/.test(entry.name)))).toBe(false)
    release()
  })

  it('a link to one test of the checklist, opened as a page, shows that test unfolded and in view without the app', async () => {
    const { page } = await openTestPage()
    // React held back: the scroll to the test may ask for the app, which cannot start; the page script alone opens the test.
    const release = await holdReactBack(page)
    await page.mainFrame().goto(new URL('workup#lab-ferritin', baseURL()).href)
    const ferritin = page.locator('#lab-ferritin')
    await expect.poll(() => ferritin.locator('details').getAttribute('open')).toBe('')
    const firstStep = bundle.labs.find((lab) => lab.id === 'ferritin')!.how[0]!
    await expect.poll(() => ferritin.getByText(firstStep, { exact: true }).isVisible()).toBe(true)
    expect(await ferritin.evaluate((item) => item.getBoundingClientRect().top < window.innerHeight)).toBe(true)
    // Every other test stays folded; the app has not run.
    expect(await page.locator('li[id^="lab-"] details[open]').count()).toBe(1)
    expect(await page.evaluate(() => document.documentElement.dataset.appReady ?? null)).toBe(null)
    release()
  })

  it('a page the static markup cannot answer (a filter in a shared address) starts the app after the first paint, unused', async () => {
    const { page } = await openTestPage()
    await page.mainFrame().goto(new URL('causes?category=kidney', baseURL()).href)
    await page.locator('html[data-app-ready="rendered"]').waitFor({ state: 'attached' })
    expect(await page.evaluate(() => (performance.getEntriesByName('app-start', 'mark')[0] as PerformanceMark).detail)).toBe('address')
    expect(await page.getByRole('button', { name: /^Kidney/ }).getAttribute('aria-pressed')).toBe('true')
  })

  it('a page built before a content-only deploy starts the app unused, and shows the new content', async () => {
    const watched = await openTestPage()
    const { page } = watched
    const after = bundle.meta.version.replace(/\d+$/, (patch) => String(Number(patch) + 1))
    await page.route(/\/data\/rls\.json$/, (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ...bundle, meta: { ...bundle.meta, version: after } }) }),
    )
    await page.mainFrame().goto(new URL('causes', baseURL()).href)
    await page.locator('html[data-app-ready]').waitFor({ state: 'attached' })
    expect(await page.evaluate(() => (performance.getEntriesByName('app-start', 'mark')[0] as PerformanceMark).detail)).toBe('new-content')
    await expect.poll(() => page.getByRole('contentinfo').textContent()).toContain(`Content version ${after}`)
    expect(watched.consoleErrors).toEqual([])
  })

  it('a page used while it settles starts the app at once; the later downloads then add no content check of their own', async () => {
    const { page } = await openTestPage()
    const workers: string[] = []
    page.on('worker', (worker) => workers.push(worker.url()))
    await page.mainFrame().goto(new URL('causes', baseURL()).href)
    await page.keyboard.press('Shift')
    await page.locator('html[data-app-ready="hydrated"]').waitFor({ state: 'attached' })
    expect(await page.evaluate(() => (performance.getEntriesByName('app-start', 'mark')[0] as PerformanceMark).detail)).toBe('first-use')
    // The settling time ends: the downloads for later find the app started, which has checked the content itself.
    await page.waitForFunction(() => performance.getEntriesByName('app-cached').length > 0, undefined, { timeout: 15_000 })
    expect(workers.filter((url) => url.includes('content-check-worker'))).toEqual([])
  })

  it('a button pressed before the app runs is pressed again, once, when it runs', async () => {
    const watched = await openTestPage()
    const { page } = watched
    const release = await holdReactBack(page)
    await page.mainFrame().goto(new URL('causes', baseURL()).href)
    const kidney = page.getByRole('button', { name: /^Kidney/ })
    expect(await kidney.getAttribute('aria-pressed')).toBe('false')
    await kidney.click()
    expect(await page.locator('html[data-app-ready]').count()).toBe(0)
    release()
    await page.locator('html[data-app-ready="hydrated"]').waitFor({ state: 'attached' })
    await expect.poll(() => kidney.getAttribute('aria-pressed')).toBe('true')
    // Pressed once, not twice (a second press would have turned the filter off again).
    await page.waitForTimeout(300)
    expect(await kidney.getAttribute('aria-pressed')).toBe('true')

    expect(watched.consoleErrors).toEqual([])
  })

  it('what a clinician types or ticks before the app has started is answered once it starts, and stays on screen', async () => {
    const watched = await openTestPage()
    const { page } = watched
    const release = await holdReactBack(page)
    // The frame's own navigation: the page's goto waits for the app, which is held back here.
    await page.mainFrame().goto(new URL('workup', baseURL()).href)
    const search = page.getByRole('combobox', { name: 'Search' })
    const ferritin = page.getByRole('spinbutton', { name: 'Ferritin (ng/mL)' })
    const tsat = page.getByRole('spinbutton', { name: 'Transferrin saturation (%)' })
    const pregnant = page.getByRole('checkbox', { name: 'Pregnant' })
    await ferritin.fill('30')
    await tsat.fill('15')
    await pregnant.check()
    await search.fill('ferritin')
    expect(await page.locator('html[data-app-ready]').count()).toBe(0)
    release()
    await page.locator('html[data-app-ready="hydrated"]').waitFor({ state: 'attached' })
    const interpretation = page.getByRole('status', { name: 'Interpretation' })
    // Pregnant with no trimester entered: the pregnancy rule, oral iron first, never "oral or IV".
    await expect.poll(() => interpretation.textContent()).toContain('IRLSSG 2015, pregnancy: Oral iron first (pregnancy)')
    expect(await interpretation.getByRole('list', { name: 'Safety cautions' }).textContent()).toMatch(/first trimester/i)
    await page.getByRole('listbox', { name: 'Search results' }).getByRole('option', { name: /ferritin/i }).first().waitFor()
    // Nothing typed was lost or changed.
    expect(await search.inputValue()).toBe('ferritin')
    expect(await ferritin.inputValue()).toBe('30')
    expect(await tsat.inputValue()).toBe('15')
    expect(await pregnant.isChecked()).toBe(true)
    // The medication list on another page, pasted before the app started: on the page as built
    // (taken over in place), and on a shared link with a filter (drawn afresh over the static page).
    for (const [address, how] of [
      ['medications', 'hydrated'],
      ['medications?filter=antidepressant', 'rendered'],
    ] as const) {
      const releaseAgain = await holdReactBack(page)
      await page.mainFrame().goto(new URL(address, baseURL()).href)
      const list = page.getByRole('textbox', { name: /medication list/i })
      await list.fill('Sertraline 50 mg daily\nMetformin 500 mg bd')
      await search.fill('zoloft')
      releaseAgain()
      await page.locator(`html[data-app-ready="${how}"]`).waitFor({ state: 'attached' })
      await page.getByRole('list', { name: 'Flagged medications' }).getByText(/sertraline/i).first().waitFor()
      await page.getByRole('listbox', { name: 'Search results' }).getByRole('option', { name: /sertraline/i }).first().waitFor()
      expect(await list.inputValue(), address).toBe('Sertraline 50 mg daily\nMetformin 500 mg bd')
      expect(await search.inputValue(), address).toBe('zoloft')
      // The lookup, being typed into, keeps the focus.
      expect(await search.evaluate((field) => field === document.activeElement), address).toBe(true)
    }
    expect(watched.consoleErrors).toEqual([])
  })

  it('a field focused before the app has started has the app\'s attention once it starts: the lookup gets ready to answer', async () => {
    const { page } = await openTestPage()
    const release = await holdReactBack(page)
    const vocabularyRequested = page.waitForRequest(/drug-vocabulary\.json$/)
    await page.mainFrame().goto(new URL('causes', baseURL()).href)
    await page.getByRole('combobox', { name: 'Search' }).focus()
    release()
    // The lookup loads its vocabulary when it is first focused: here, without a new focus.
    await vocabularyRequested
  })

  it('an address the build did not render exactly (a filter in the URL, an unknown page) is drawn afresh, without errors', async () => {
    const watched = await openTestPage()
    const { page } = watched
    await page.goto('/causes?category=kidney')
    expect(await page.evaluate(() => document.documentElement.dataset.appReady)).toBe('rendered')
    expect(await page.getByRole('button', { name: /^Kidney/ }).getAttribute('aria-pressed')).toBe('true')
    expect(watched.consoleErrors).toEqual([])
    const response = await page.goto('/causes/no-such-cause')
    expect(response?.status()).toBe(404)
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor()
    expect(await page.evaluate(() => document.documentElement.dataset.appReady)).toBe('rendered')
    // The only error is the browser noting the 404 status.
    expect(watched.consoleErrors).toEqual(['Failed to load resource: the server responded with a status of 404 (Not Found)'])
  })
})
