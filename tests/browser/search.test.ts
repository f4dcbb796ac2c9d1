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
    await context.setOffline(false)
    expect(watched.foreignRequests).toEqual([])
  })
})
