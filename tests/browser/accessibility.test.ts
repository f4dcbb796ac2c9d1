import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { watchedPages } from './browser'

const openTestPage = watchedPages()

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

async function expectNoViolations(page: Page, label: string) {
  const wcag = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()
  // Headings in order and content inside landmarks are best practice, not WCAG tags: ask for them too.
  const structure = await new AxeBuilder({ page }).withRules(['heading-order', 'region', 'landmark-one-main', 'page-has-heading-one']).analyze()
  const violations = [...wcag.violations, ...structure.violations].map(
    (v) => `${label}: ${v.id} — ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`,
  )
  expect(violations).toEqual([])
}

const STATES: [string, string, (page: Page) => Promise<void>][] = [
  ['start page', '/', async () => {}],
  ['causes', '/causes?category=iron', async () => {}],
  ['a cause page', '/causes/pregnancy', async () => {}],
  ['primary vs secondary', '/primary-vs-secondary', async () => {}],
  [
    'medications with screener results',
    '/medications',
    async (page) => {
      await page
        .getByRole('textbox', { name: /medication list/i })
        .fill('Sertraline 50 mg PO daily\nReglan 10mg before meals\nTylenol PM 2 at night\nMetformin 500 mg bd\nSertaline 50 mg\nFree T4 1.2\nBromazepam 3 mg')
      await page.getByRole('list', { name: 'Flagged medications' }).waitFor()
      // Every group of answers is on the page for the check.
      await page.getByRole('list', { name: 'Recognised, no known association' }).waitFor()
      await page.getByRole('list', { name: 'Not recognised: check the spelling' }).waitFor()
      await page.getByRole('list', { name: 'Not a medication line' }).waitFor()
    },
  ],
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
    // axe walks every drug entry on the medications page: slow on a loaded two-core machine.
  }, 180_000)

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
