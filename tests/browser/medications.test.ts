import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { watchedPages } from './browser'

// The real bundle, read as the app serves it: names and counts come from the content, not from here.
type Medication = { id: string; name: string; class: string; brands: { us: string[]; uk: string[] } }
const bundle = JSON.parse(readFileSync(resolve(process.cwd(), 'public/data/rls.json'), 'utf8')) as {
  medications: Medication[]
  medicationClasses: { id: string; name: string }[]
}
const drug = (generic: string) => bundle.medications.find((m) => m.name.split(/[(,]/)[0]!.trim().toLowerCase() === generic)!

const openTestPage = watchedPages()

const PASTED_LIST = [
  'Discharge medications:',
  '1. Sertraline 50 mg PO daily',
  '2. Reglan 10mg before meals',
  '\t• quetiapine 25mg nocte',
  '',
  '- diphenhydramine (Benadryl) 25 mg prn',
  'Metformin 500 mg bd',
  'Atorvastatin 20mg',
  'Lustral 100mg od + Seroquel XL 50 mg',
  'Paracetamol 1g QDS PRN.',
  'Advil PM 2 caplets at night',
  'Sertaline 50 mg',
  'Li 0.7 mmol/L',
  'TSH 2.1 mU/L',
  'lithium battery (hearing aid)',
  'Ex-smoker',
].join('\r\n')

describe('medications in chromium', () => {
  it('screens a pasted list, filters through the URL, and keeps the filter through a reload', async () => {
    const watched = await openTestPage()
    const { page } = watched
    // The list of other drugs is not part of the first page: it loads when the screener is used.
    const vocabularyRequests: string[] = []
    page.on('request', (request) => {
      if (request.url().includes('drug-vocabulary.json')) vocabularyRequests.push(request.url())
    })
    await page.goto('/medications')
    await page.getByRole('heading', { level: 1, name: 'Medications' }).waitFor()
    await page.waitForTimeout(300)
    expect(vocabularyRequests).toEqual([])
    await page.getByRole('textbox', { name: /medication list/i }).fill(PASTED_LIST)
    const flagged = page.getByRole('list', { name: 'Flagged medications' })
    await flagged.waitFor()
    const items = flagged.locator(':scope > li')
    await expect.poll(() => items.count()).toBe(7)
    const texts = await items.allTextContents()
    const expected = [
      ['sertraline'],
      ['metoclopramide'],
      ['quetiapine'],
      ['diphenhydramine'],
      ['sertraline', 'quetiapine'],
      ['diphenhydramine'],
      ['lithium'],
    ]
    expected.forEach((generics, i) => {
      for (const generic of generics) expect(texts[i]).toContain(drug(generic).name)
    })
    expect(texts[1]).toContain('matched “Reglan”')
    expect(texts[5]).toContain('in “Advil PM”, a combination product')
    expect(texts[5]).toContain('Ibuprofen')
    expect(texts[6]).toContain('Named in a lab result')
    const recognised = page.getByRole('list', { name: 'Recognised, no known association' }).locator(':scope > li')
    await expect.poll(() => recognised.count()).toBe(3)
    expect(await recognised.allTextContents()).toEqual([
      'Line 7: Metformin 500 mg bd — Metformin',
      'Line 8: Atorvastatin 20mg — Atorvastatin',
      'Line 10: Paracetamol 1g QDS PRN. — Paracetamol (acetaminophen)',
    ])
    const notRecognised = page.getByRole('list', { name: 'Not recognised: check the spelling' }).locator(':scope > li')
    expect(await notRecognised.allTextContents()).toEqual(['Line 12: Sertaline 50 mg — did you mean “Sertraline”, a flagged drug?'])
    const notMedication = page.getByRole('list', { name: 'Not a medication line' }).locator(':scope > li')
    expect(await notMedication.allTextContents()).toEqual([
      'Line 1: Discharge medications: — a heading',
      'Line 14: TSH 2.1 mU/L — a lab result',
      'Line 15: lithium battery (hearing aid) — a device or supply',
      'Line 16: Ex-smoker — social history',
    ])
    expect(await page.getByRole('status', { name: 'Screening summary' }).textContent()).toContain(
      '15 lines: 7 lines flagged; 3 recognised, no known association; 1 not recognised; 4 not medication lines.',
    )
    expect(vocabularyRequests.length).toBeGreaterThanOrEqual(1)
    // Nothing pasted is kept: not in storage, not in the address.
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }))
    expect(stored).not.toMatch(/Sertraline|Reglan|Metformin|Advil/)
    expect(page.url()).not.toMatch(/Sertraline|Reglan/i)

    const filter = page.getByRole('searchbox', { name: 'Filter medications' })
    await filter.fill('seroquel')
    await page.waitForURL(/[?&]filter=seroquel/)
    const drugItems = page.locator('main li[id^="medication-"]')
    await expect.poll(() => drugItems.count()).toBe(1)
    expect(await drugItems.first().getAttribute('id')).toBe(`medication-${drug('quetiapine').id}`)

    await page.reload()
    await page.getByRole('heading', { level: 1, name: 'Medications' }).waitFor()
    expect(await page.getByRole('searchbox', { name: 'Filter medications' }).inputValue()).toBe('seroquel')
    await expect.poll(() => drugItems.count()).toBe(1)
    // The pasted list went with the reload: it was never stored.
    expect(await page.getByRole('textbox', { name: /medication list/i }).inputValue()).toBe('')

    await page.getByRole('searchbox', { name: 'Filter medications' }).press('End')
    // "seroquelx" would still find Seroquel XR/XL: a letter no brand continues with.
    await page.getByRole('searchbox', { name: 'Filter medications' }).pressSequentially('q')
    await page.waitForURL(/filter=seroquelq/)
    await page.getByText(/No medication or class in this reference matches/).waitFor()
    await page.getByRole('button', { name: 'Clear the filter' }).click()
    await page.waitForURL((url) => !url.search.includes('filter'))
    await expect.poll(() => drugItems.count()).toBe(bundle.medications.length)

    expect(watched.consoleErrors).toEqual([])
    expect(watched.foreignRequests).toEqual([])
  })

  it('is usable at 375 px: no horizontal scroll, even with a long pasted line', async () => {
    const watched = await openTestPage({ viewport: { width: 375, height: 740 } })
    const { page } = watched
    await page.goto('/medications')
    await page.getByRole('heading', { level: 1, name: 'Medications' }).waitFor()
    await page.getByRole('textbox', { name: /medication list/i }).fill(`${PASTED_LIST}\n${'Sertraline'.repeat(60)}\nZoloft ${'x'.repeat(400)}`)
    await page.getByRole('list', { name: 'Flagged medications' }).waitFor()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
    // Reflow holds down to 320 px (WCAG 1.4.10).
    await page.setViewportSize({ width: 320, height: 740 })
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
    await page.setViewportSize({ width: 375, height: 740 })

    // Keyboard only: the filter and Clear are reachable, and focus is visible.
    await page.getByRole('searchbox', { name: 'Filter medications' }).focus()
    await page.keyboard.type('lith')
    await page.waitForURL(/filter=lith/)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
    const clear = page.getByRole('button', { name: 'Clear', exact: true })
    await page.getByRole('textbox', { name: /medication list/i }).focus()
    await page.keyboard.press('Tab')
    expect(await clear.evaluate((el) => el === document.activeElement)).toBe(true)
    const outline = await clear.evaluate((el) => getComputedStyle(el).outlineStyle)
    expect(outline).not.toBe('none')
    await page.keyboard.press('Enter')
    expect(await page.getByRole('textbox', { name: /medication list/i }).inputValue()).toBe('')
    for (const box of [await clear.boundingBox(), await page.getByRole('searchbox', { name: 'Filter medications' }).boundingBox()]) {
      expect(box!.width).toBeGreaterThanOrEqual(24)
      expect(box!.height).toBeGreaterThanOrEqual(24)
    }
    expect(watched.consoleErrors).toEqual([])
    expect(watched.foreignRequests).toEqual([])
  })
})
