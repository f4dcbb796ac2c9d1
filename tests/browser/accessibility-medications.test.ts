import { describe, expect, it } from 'vitest'
import { expectNoViolations } from './axe'
import { watchedPages } from './browser'

const openTestPage = watchedPages()

// A file of its own: axe walks every drug entry on the page, which takes as long as every other page together,
// and another test file runs beside it meanwhile.
describe('accessibility (WCAG 2.2 AA) in chromium: the medications page', () => {
  it('with screener results has no axe violations', async () => {
    const watched = await openTestPage()
    const { page } = watched
    await page.goto('/medications')
    await page.getByRole('heading', { level: 1 }).first().waitFor()
    await page
      .getByRole('textbox', { name: /medication list/i })
      .fill('Sertraline 50 mg PO daily\nReglan 10mg before meals\nTylenol PM 2 at night\nMetformin 500 mg bd\nSertaline 50 mg\nFree T4 1.2\nBromazepam 3 mg')
    await page.getByRole('list', { name: 'Flagged medications' }).waitFor()
    // Every group of answers is on the page for the check.
    await page.getByRole('list', { name: 'Recognised, no known association' }).waitFor()
    await page.getByRole('list', { name: 'Not recognised: check the spelling' }).waitFor()
    await page.getByRole('list', { name: 'Not a medication line' }).waitFor()
    await expectNoViolations(page, 'medications with screener results')
    expect(watched.consoleErrors).toEqual([])
    // Slow on a loaded two-core machine.
  }, 240_000)
})
