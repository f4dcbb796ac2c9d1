import { describe, expect, it } from 'vitest'
import { watchedPages } from './browser'

const openTestPage = watchedPages()

describe('causes in chromium', () => {
  it('keeps the category filter in the URL through reload, back and forward', async () => {
    const watched = await openTestPage()
    const { page } = watched
    await page.goto('/causes')
    await page.getByRole('heading', { level: 1, name: 'Causes' }).waitFor()
    const all = await page.locator('main a[href^="/causes/"]').count()
    await page.getByRole('button', { name: /^Medications and substances/ }).click()
    await page.waitForURL(/category=medications/)
    const filtered = await page.locator('main a[href^="/causes/"]').count()
    expect(filtered).toBeLessThan(all)
    expect(filtered).toBeGreaterThan(0)

    await page.reload()
    await page.getByRole('heading', { level: 1, name: 'Causes' }).waitFor()
    expect(await page.getByRole('button', { name: /^Medications and substances/ }).getAttribute('aria-pressed')).toBe('true')
    expect(await page.locator('main a[href^="/causes/"]').count()).toBe(filtered)

    await page.goBack()
    await page.waitForURL((url) => !url.search.includes('category'))
    await expect.poll(() => page.locator('main a[href^="/causes/"]').count()).toBe(all)
    await page.goForward()
    await expect.poll(() => page.locator('main a[href^="/causes/"]').count()).toBe(filtered)

    await page.locator('main a[href^="/causes/"]').first().click()
    await page.getByRole('heading', { level: 2, name: 'Sources', exact: true }).waitFor()
    expect(watched.consoleErrors).toEqual([])
    expect(watched.foreignRequests).toEqual([])
  })

  it('a shared link with a malformed filter shows everything', async () => {
    const watched = await openTestPage()
    const { page } = watched
    await page.goto('/causes?category=%7B%22x&grade=99')
    await page.getByRole('heading', { level: 1, name: 'Causes' }).waitFor()
    expect(await page.getByRole('button', { pressed: true }).count()).toBe(0)
    expect(watched.consoleErrors).toEqual([])
  })
})
