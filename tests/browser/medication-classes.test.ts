import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { watchedPages } from './browser'

// The real bundle, read as the app serves it.
type Medication = { id: string; roles: string[]; brands: { us: string[]; uk: string[] } }
const bundle = JSON.parse(readFileSync(resolve(process.cwd(), 'public/data/rls.json'), 'utf8')) as {
  medications: Medication[]
  medicationClasses: { id: string; name: string; roles: string[] }[]
}
const aripiprazole = bundle.medications.find((m) => m.id === 'aripiprazole')!

const openTestPage = watchedPages()

describe('medication classes in chromium', () => {
  it('puts augmentation after the triggers, folds long brand lists, and unfolds them while filtering', async () => {
    const watched = await openTestPage()
    const { page } = watched
    await page.goto('/medications')
    await page.getByRole('heading', { level: 1, name: 'Medications' }).waitFor()

    // Every class that is not an RLS treatment comes before the augmentation section, the RLS treatments after it.
    const order = await page.evaluate(() => Array.from(document.querySelectorAll('main section[id]')).map((s) => s.id))
    const augmentationAt = order.indexOf('augmentation')
    expect(augmentationAt).toBeGreaterThan(0)
    for (const cls of bundle.medicationClasses) {
      const at = order.indexOf(`class-${cls.id}`)
      if (!cls.roles.includes('rls treatment')) expect(at, cls.id).toBeLessThan(augmentationAt)
      else expect(at, cls.id).toBeGreaterThan(augmentationAt)
    }
    await expect.poll(() => page.locator('#medication-levodopa').textContent()).toContain('Augmentation risk when used for RLS')

    // A long brand list is folded: the last brand is hidden until "more" is pressed (keyboard works).
    const entry = page.locator('#medication-aripiprazole')
    const lastBrand = aripiprazole.brands.us[aripiprazole.brands.us.length - 1]!
    expect(await entry.getByText(lastBrand, { exact: false }).isVisible()).toBe(false)
    const more = entry.getByText(`${aripiprazole.brands.us.length - 3} more`)
    await more.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => entry.getByText(lastBrand, { exact: false }).isVisible()).toBe(true)

    // The jump list takes the reader to a class.
    await page.getByRole('navigation', { name: 'Medication classes' }).getByRole('link', { name: bundle.medicationClasses.find((c) => c.id === 'beta-blockers')!.name }).click()
    await page.waitForURL(/#class-beta-blockers$/)

    // Filtering by a folded brand shows the entry with every brand in view, and says so in the URL.
    await page.goto('/medications')
    await page.getByRole('searchbox', { name: 'Filter medications' }).fill('aristada')
    await page.waitForURL(/[?&]filter=aristada/)
    await expect.poll(() => page.locator('main li[id^="medication-"]').count()).toBe(1)
    expect(await page.locator('#medication-aripiprazole details').count()).toBe(0)
    const shown = await page.locator('#medication-aripiprazole').innerText()
    for (const brand of aripiprazole.brands.us) expect(shown, brand).toContain(brand)
    expect(await page.getByRole('region', { name: /^Augmentation/ }).count()).toBe(0)

    expect(watched.consoleErrors).toEqual([])
    expect(watched.foreignRequests).toEqual([])
  })

  it('reflows at 320 px with the augmentation criteria and an opened brand list', async () => {
    const watched = await openTestPage({ viewport: { width: 320, height: 740 } })
    const { page } = watched
    await page.goto('/medications')
    await page.getByRole('heading', { level: 1, name: 'Medications' }).waitFor()
    await page.getByRole('region', { name: /^Augmentation/ }).waitFor()
    await page.locator('#medication-paliperidone').getByText(/\d more/).first().click()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
    expect(watched.consoleErrors).toEqual([])
  })
})
