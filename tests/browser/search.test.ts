import { describe, expect, it } from 'vitest'
import { watchedPages } from './browser'

const openTestPage = watchedPages()

describe('lookup in chromium', () => {
  it('keyboard only: "/" focuses, typing shows results, arrows move, Enter opens, Escape clears', async () => {
    const watched = await openTestPage()
    const { page } = watched
    await page.goto('/primary-vs-secondary')
    await page.getByRole('heading', { level: 1, name: 'Primary vs secondary' }).waitFor()
    await page.keyboard.press('/')
    const field = page.getByRole('combobox', { name: 'Search' })
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true)
    await page.keyboard.type('feritin')
    const listbox = page.getByRole('listbox', { name: 'Search results' })
    await listbox.getByRole('option', { name: /Serum ferritin/ }).waitFor()
    await page.keyboard.press('ArrowDown')
    expect(await listbox.getByRole('option').first().getAttribute('aria-selected')).toBe('true')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.url()).toMatch(/\/workup#lab-ferritin$/)
    await page.getByRole('heading', { level: 1, name: 'Workup checklist' }).waitFor()

    await page.keyboard.press('/')
    await page.keyboard.type('zoloft')
    await listbox.getByRole('option', { name: /Sertraline/ }).waitFor()
    await page.keyboard.press('Escape')
    expect(await field.inputValue()).toBe('')
    expect(await field.getAttribute('aria-expanded')).toBe('false')
    expect(watched.consoleErrors).toEqual([])
    expect(watched.foreignRequests).toEqual([])
  })

  it('answers for a combination brand, a drug with no known association and a misspelling', async () => {
    const watched = await openTestPage()
    const { page } = watched
    await page.goto('/')
    await page.getByRole('heading', { level: 1, name: 'Causes of restless legs syndrome' }).waitFor()
    const field = page.getByRole('combobox', { name: 'Search' })
    const listbox = page.getByRole('listbox', { name: 'Search results' })
    await field.fill('Tylenol PM')
    const tylenolPm = listbox.getByRole('option', { name: /Tylenol PM/ }).first()
    await tylenolPm.waitFor()
    expect(await tylenolPm.textContent()).toContain('contains Diphenhydramine')
    await tylenolPm.click()
    await expect.poll(() => page.url()).toMatch(/\/medications\?filter=Diphenhydramine$/)
    await page.getByRole('heading', { level: 1, name: 'Medications' }).waitFor()

    await field.fill('metformin')
    const metformin = listbox.getByRole('option', { name: /^Metformin\s*Recognised/ })
    await metformin.waitFor()
    expect(await metformin.textContent()).toContain('Recognised, no known association with RLS in this reference')

    await field.fill('zzqxylotrin')
    await page.getByText('“zzqxylotrin” is not recognised: check the spelling.', { exact: false }).waitFor()
    expect(watched.consoleErrors).toEqual([])
    expect(watched.foreignRequests).toEqual([])
  })

  it('the query travels in ?q= and survives a reload', async () => {
    const watched = await openTestPage()
    const { page } = watched
    await page.goto('/causes')
    await page.getByRole('heading', { level: 1, name: 'Causes' }).waitFor()
    await page.getByRole('combobox', { name: 'Search' }).fill('kidney failure')
    await expect.poll(() => page.url()).toMatch(/q=kidney(\+|%20)failure/)
    await page.reload()
    const field = page.getByRole('combobox', { name: 'Search' })
    await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().waitFor()
    expect(await field.inputValue()).toBe('kidney failure')
    expect(await page.getByRole('option').first().textContent()).toMatch(/kidney/i)
    expect(watched.consoleErrors).toEqual([])
  })

  it('after one visit, works offline: reload, another page and the lookup', async () => {
    const watched = await openTestPage({ serviceWorkers: 'allow' })
    const { page, context } = watched
    await page.goto('/')
    await page.getByRole('heading', { level: 1, name: 'Causes of restless legs syndrome' }).waitFor()
    // The worker precaches everything during install, then claims the page.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 })
    await context.setOffline(true)
    await page.reload()
    await page.getByRole('heading', { level: 1, name: 'Causes of restless legs syndrome' }).waitFor()
    await page.getByText(/Offline — content as reviewed on \d{4}-\d{2}-\d{2}/).waitFor()
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Medications' }).click()
    await page.getByRole('heading', { level: 1, name: 'Medications' }).waitFor()
    await page.getByRole('combobox', { name: 'Search' }).fill('reglan')
    await page.getByRole('option', { name: /Metoclopramide/ }).waitFor()
    // The drug vocabulary was precached by the worker: combination brands are found offline too.
    await page.getByRole('combobox', { name: 'Search' }).fill('night nurse')
    await page.getByRole('option', { name: /Night Nurse/ }).waitFor()
    await page.getByRole('textbox', { name: /medication list/i }).fill('Tylenol PM 2 at night\nMetformin 500 mg bd')
    await page.getByRole('list', { name: 'Recognised, no known association' }).waitFor()
    await context.setOffline(false)
    expect(watched.foreignRequests).toEqual([])
  })
})
