/**
 * Shared set-up for browser tests: Debian's Chromium (its headless shell) through playwright-core, and pages
 * that record console errors and any request that leaves 127.0.0.1.
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, inject } from 'vitest'
import { TEST_CHROMIUM_PATH } from '../../scripts/ensure-chromium.mjs'
import { startAppByFirstUse } from '../../scripts/keystroke-timing.mjs'

export const baseURL = () => inject('baseURL')

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: TEST_CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS })
}

/** One browser per test file, closed after it. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })
  return () => {
    if (!browser) throw new Error('browser not launched yet')
    return browser
  }
}

export type WatchedPage = {
  page: Page
  context: BrowserContext
  /** Console errors and uncaught page errors seen so far. */
  consoleErrors: string[]
  /** Requests to any host other than 127.0.0.1. */
  foreignRequests: string[]
  close: () => Promise<void>
}

export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext({
    baseURL: baseURL(),
    viewport: { width: 1280, height: 800 },
    // page.route cannot see requests a service worker makes; tests that need the worker opt in.
    serviceWorkers: 'block',
    ...options,
  })
  const page = await context.newPage()
  // Fail a step with its own message well before the test's timeout.
  page.setDefaultTimeout(10_000)
  if (options.javaScriptEnabled !== false) waitForTheAppOnLoad(page)
  const consoleErrors: string[] = []
  const foreignRequests: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text())
  })
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`))
  context.on('request', (request) => {
    const url = new URL(request.url())
    if (url.protocol !== 'data:' && url.hostname !== '127.0.0.1') foreignRequests.push(request.url())
  })
  return { page, context, consoleErrors, foreignRequests, close: () => context.close() }
}

/**
 * Every page is prerendered, so its content shows before React has taken it over, and the app
 * starts at the page's first use (main.tsx): a test that typed or clicked at once would race it.
 * After a page load, use the page as a clinician would first (a key press that does nothing:
 * Shift), then wait until the app marks itself ready (`<html data-app-ready>`), whether it
 * hydrated the page or rendered it afresh. A test of the page before the app runs loads it
 * with `page.mainFrame().goto`.
 */
function waitForTheAppOnLoad(page: Page) {
  const ready = () => startAppByFirstUse(page)
  const goto = page.goto.bind(page)
  const reload = page.reload.bind(page)
  page.goto = async (...args) => {
    const response = await goto(...args)
    await ready()
    return response
  }
  page.reload = async (...args) => {
    const response = await reload(...args)
    await ready()
    return response
  }
}

/**
 * For a test file: one browser, and a fresh watched page per test, closed after it.
 * `const openTestPage = watchedPages()`, then in a test `const watched = await openTestPage()`.
 */
export function watchedPages(): (options?: BrowserContextOptions) => Promise<WatchedPage> {
  const browser = sharedBrowser()
  let current: WatchedPage | undefined
  afterEach(async () => {
    await current?.close()
    current = undefined
  })
  return async (options) => (current = await openPage(browser(), options))
}
