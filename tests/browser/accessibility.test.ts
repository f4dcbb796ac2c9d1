import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { expectNoViolations } from './axe'
import { watchedPages } from './browser'

const openTestPage = watchedPages()

const STATES: [string, string, (page: Page) => Promise<void>][] = [
  ['start page', '/', async () => {}],
  ['causes', '/causes?category=iron', async () => {}],
  ['a cause page', '/causes/pregnancy', async () => {}],
  ['primary vs secondary', '/primary-vs-secondary', async () => {}],
  [
    'workup with an interpretation',
    '/workup',
    async (page) => {
      await page.getByLabel('Ferritin (ng/mL)').fill('60')
      await page.getByLabel('Transferrin saturation (%)').fill('50')
      await page.getByRole('status', { name: 'Interpretation' }).getByText(/IRLSSG/).first().waitFor()
    },
  ],
  ['patient workup, empty', '/patient', async () => {}],
  [
    'patient workup with results and every group open',
    '/patient',
    async (page) => {
      await page.getByLabel('Age (years)').fill('78')
      await page.getByRole('checkbox', { name: /Pregnant/ }).check()
      await page.getByRole('textbox', { name: 'Medication list' }).fill('Sertraline 50 mg daily\nMetformin 500 mg bd')
      await page.getByLabel('Ferritin (ng/mL)').fill('60')
      await page.getByLabel('Transferrin saturation (%)').fill('50')
      for (const summary of await page.locator('details summary').all()) await summary.click()
      await page.getByRole('list', { name: 'Flagged medications' }).waitFor()
    },
  ],
  ['sources', '/sources', async () => {}],
  ['not found', '/no-such-page', async () => {}],
  [
    'the lookup open',
    '/causes',
    async (page) => {
      await page.getByRole('combobox', { name: 'Search' }).fill('iron')
      await page.getByRole('option').first().waitFor()
    },
  ],
]

// The medications page, with every drug entry on it, is checked in accessibility-medications.test.ts.
describe('accessibility (WCAG 2.2 AA) in chromium', () => {
  it.each(STATES)('%s has no axe violations', async (label, path, prepare) => {
    const watched = await openTestPage()
    const { page } = watched
    await page.goto(path)
    await page.getByRole('heading', { level: 1 }).first().waitFor()
    await prepare(page)
    await expectNoViolations(page, label)
    // An unknown address is answered with status 404, which the browser logs; nothing else may be.
    const expected = path === '/no-such-page' ? ['Failed to load resource: the server responded with a status of 404 (Not Found)'] : []
    expect(watched.consoleErrors).toEqual(expected)
  }, 90_000)

  it('the error screen has no axe violations', async () => {
    const watched = await openTestPage()
    const { page } = watched
    await page.route('**/data/rls.json', (route) => route.fulfill({ status: 503, body: 'down' }))
    await page.goto('/causes')
    await page.getByRole('alert').waitFor()
    await expectNoViolations(page, 'error screen')
  })

  it('a skip link is the first stop, and moves focus to the main content', async () => {
    const watched = await openTestPage()
    const { page } = watched
    await page.goto('/causes')
    await page.getByRole('heading', { level: 1, name: 'Causes' }).waitFor()
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Skip to content' })
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true)
    const box = await skip.boundingBox()
    expect(box && box.width >= 24 && box.height >= 24).toBe(true)
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main')
  })

  it('focus is visible on links, buttons and fields', async () => {
    const watched = await openTestPage()
    const { page } = watched
    await page.goto('/causes')
    await page.getByRole('heading', { level: 1, name: 'Causes' }).waitFor()
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab')
      const outline = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement as Element)
        return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) }
      })
      expect(outline.style).not.toBe('none')
      expect(outline.width).toBeGreaterThanOrEqual(2)
    }
  })

  it('respects prefers-reduced-motion', async () => {
    const watched = await openTestPage({ reducedMotion: 'reduce' })
    const { page } = watched
    await page.goto('/causes')
    const button = page.getByRole('button', { name: /^Kidney/ })
    await button.waitFor()
    const duration = await button.evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration))
    expect(duration).toBeLessThan(0.001)
  })
})
