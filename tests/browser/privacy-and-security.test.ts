import { describe, expect, it } from 'vitest'
import { watchedPages } from './browser'

const openTestPage = watchedPages()

const HOSTILE = [
  '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">',
  '(.*+?[]{}|\\^$ ${alert(1)} \u0000 NUL',
  '🦵💊 emoji ‮ right-to-left override متلازمة تململ الساقين',
  'x'.repeat(10_000),
]

describe('privacy in chromium', () => {
  it('stores nothing typed, and sends nothing: medication list, lab values, patient lines, lookup', async () => {
    const watched = await openTestPage()
    const { page, context } = watched
    const sent: string[] = []
    page.on('request', (request) => sent.push(`${request.method()} ${request.url()} ${request.postData() ?? ''}`))
    const secret = 'Zebedee Quibbleworth'
    await page.goto('/medications')
    await page.getByRole('textbox', { name: /medication list/i }).fill(`Sertraline 50 mg daily\n${secret} 10 mg`)
    await page.getByRole('list', { name: 'Flagged medications' }).waitFor()
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Workup checklist' }).click()
    await page.getByLabel('Ferritin (ng/mL)').fill('61.7')
    await page.getByLabel('Transferrin saturation (%)').fill('17.3')
    await page.getByLabel('Patient name').fill(secret)
    await page.getByLabel('Record number').fill('MRN-99887766')

    const stored = await page.evaluate(async () => ({
      local: JSON.stringify({ ...localStorage }),
      session: JSON.stringify({ ...sessionStorage }),
      cookies: document.cookie,
      databases: indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [],
      url: location.href,
    }))
    for (const typed of [secret, 'Sertraline 50', '61.7', '17.3', 'MRN-99887766']) {
      expect(stored.local).not.toContain(typed)
      expect(stored.session).not.toContain(typed)
      expect(stored.url).not.toContain(encodeURIComponent(typed))
      expect(sent.join('\n')).not.toContain(typed)
      expect(sent.join('\n')).not.toContain(encodeURIComponent(typed))
    }
    expect(stored.cookies).toBe('')
    expect(stored.databases).toEqual([])
    expect((await context.cookies()).length).toBe(0)
    expect(sent.every((line) => line.startsWith('GET '))).toBe(true)
    expect(watched.foreignRequests).toEqual([])
  })

  it('makes no request off 127.0.0.1 on a walk through every page, a cause page and the sources', async () => {
    const watched = await openTestPage()
    const { page } = watched
    for (const path of ['/', '/patient', '/causes', '/causes/ckd-esrd-dialysis', '/primary-vs-secondary', '/medications', '/workup', '/sources']) {
      await page.goto(path)
      await page.getByRole('heading', { level: 1 }).first().waitFor()
    }
    expect(watched.foreignRequests).toEqual([])
    expect(watched.consoleErrors).toEqual([])
  })

  it('opens every external link apart from the app, telling it nothing', async () => {
    const watched = await openTestPage()
    const { page } = watched
    await page.goto('/sources')
    await page.getByRole('heading', { level: 1, name: 'Sources' }).waitFor()
    const external = await page.locator('a[href^="http"]').evaluateAll((links) =>
      links.map((a) => ({ href: a.getAttribute('href'), target: a.getAttribute('target'), rel: a.getAttribute('rel') ?? '' })),
    )
    expect(external.length).toBeGreaterThan(50)
    for (const link of external) {
      expect(link.target, link.href ?? '').toBe('_blank')
      expect(link.rel.split(' ')).toEqual(expect.arrayContaining(['noopener', 'noreferrer']))
    }
  })
})

describe('security in chromium', () => {
  it('ships a Content-Security-Policy that forbids eval and blocks inline script', async () => {
    const watched = await openTestPage()
    const { page } = watched
    await page.goto('/')
    await page.getByRole('heading', { level: 1 }).first().waitFor()
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    expect(csp).toContain("default-src 'self'")
    expect(csp).not.toContain('unsafe-eval')
    expect(csp).not.toContain('unsafe-inline')
    // (The policy's ban on eval is asserted from its text: the test harness's own evaluation is exempt from it.)
    const blocked = await page.evaluate(async () => {
      const violation = new Promise<string>((resolve) =>
        document.addEventListener('securitypolicyviolation', (event) => resolve(event.violatedDirective), { once: true }),
      )
      const script = document.createElement('script')
      script.textContent = 'window.__inline = true'
      document.body.append(script)
      return { directive: await violation, inlineRan: (window as unknown as { __inline?: boolean }).__inline === true }
    })
    expect(blocked).toEqual({ directive: expect.stringMatching(/^script-src/), inlineRan: false })
  })
})

describe('hostile input in chromium', () => {
  it('the lookup, the screener and the interpreter take anything without throwing or running it', async () => {
    const watched = await openTestPage()
    const { page } = watched
    let dialogs = 0
    page.on('dialog', (dialog) => {
      dialogs += 1
      void dialog.dismiss()
    })
    await page.goto('/medications')
    await page.getByRole('heading', { level: 1, name: 'Medications' }).waitFor()
    const lookup = page.getByRole('combobox', { name: 'Search' })
    const list = page.getByRole('textbox', { name: /medication list/i })
    const flagged = page.getByRole('list', { name: 'Flagged medications' })
    for (const text of HOSTILE) {
      // Start each text from an empty list, so the flagged line waited for below is this text's
      // result and not the previous one's (the screener shows its last result while it works).
      await list.fill('')
      await flagged.waitFor({ state: 'detached' })
      await lookup.fill(text)
      await list.fill(`${text}\nquetiapine 25mg nocte`)
      await flagged.getByText(/quetiapine/i).first().waitFor()
      expect(await list.inputValue()).toBe(`${text}\nquetiapine 25mg nocte`)
    }
    // The lookup mirrors itself into ?q= after a pause: let that write land, then empty the
    // lookup and wait for the address to drop it, so no write is pending when the menu is used.
    await page.waitForURL((url) => (url.searchParams.get('q') ?? '').includes('x'.repeat(100)))
    await lookup.fill('')
    await page.waitForURL((url) => !url.searchParams.has('q'))
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Workup checklist' }).click()
    await page.waitForURL(/\/workup$/)
    const interpretation = page.getByRole('status', { name: 'Interpretation' })
    for (const value of ['-5', '1e999', '101', 'abc']) {
      await page.getByLabel('Transferrin saturation (%)').fill('')
      await page.getByLabel('Ferritin (ng/mL)').fill('')
      await page.getByLabel('Ferritin (ng/mL)').pressSequentially(value)
      await page.getByLabel('Transferrin saturation (%)').pressSequentially(value)
      await expect.poll(() => interpretation.textContent(), { timeout: 10_000 }).toMatch(/No interpretation|needed|Enter/i)
    }
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
    expect(dialogs).toBe(0)
    expect(watched.consoleErrors).toEqual([])
  })

  it('a 10,000-letter word typed in the lookup or the filter, or arriving in the address, never blocks the page for 200 ms', async () => {
    const { page, consoleErrors } = await openTestPage()
    const word = 'x'.repeat(10_000)
    await page.goto('/medications')
    const lookup = page.getByRole('combobox', { name: 'Search' })
    const filter = page.getByRole('searchbox', { name: 'Filter medications' })
    // The lookup's index and vocabulary load on first use: let that happen before measuring.
    await lookup.fill('ferritin')
    await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().waitFor()
    await page.waitForURL((url) => url.searchParams.get('q') !== null)
    const longestTaskDuring = async (action: () => Promise<void>) => {
      await page.evaluate(() => {
        const w = window as unknown as { __longest: number; __observer?: PerformanceObserver }
        w.__longest = 0
        w.__observer?.disconnect()
        w.__observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration)
        })
        w.__observer.observe({ type: 'longtask' })
      })
      await action()
      // Two animation frames: whatever the action started has rendered.
      return page.evaluate(
        () =>
          new Promise<number>((resolve) =>
            requestAnimationFrame(() => requestAnimationFrame(() => resolve((window as unknown as { __longest: number }).__longest))),
          ),
      )
    }
    // Typed (filled) into the lookup, which keeps the first 200 letters: searched at once, then written to ?q=.
    expect(
      await longestTaskDuring(async () => {
        await lookup.fill(word)
        await page.waitForURL((url) => (url.searchParams.get('q') ?? '').includes('x'.repeat(200)))
      }),
    ).toBeLessThan(200)
    // Into the medications filter (which keeps the first 100 letters): nothing matches. Emptying the
    // list is itself a render whose time depends on the machine's load, so the long word is compared
    // with a short word that matches nothing too: it may add nothing of its own.
    const filterBy = (text: string) =>
      longestTaskDuring(async () => {
        await filter.fill(text)
        await page.getByText(/No medication or class in this reference matches/).first().waitFor()
      })
    const reset = async () => {
      await filter.fill('')
      await page.getByText(/No medication or class in this reference matches/).waitFor({ state: 'detached' })
    }
    // Three times each, in turns, judged on the fastest of each: a moment when another process holds the core (a
    // second browser test file runs beside this one) counts for neither (twice was not always enough).
    const fasterOfEach = async (measure: (text: string) => Promise<number>, between: () => Promise<void>) => {
      const times = { short: Infinity, long: Infinity }
      for (let i = 0; i < 3; i++) {
        times.short = Math.min(times.short, await measure('zzqq'))
        await between()
        times.long = Math.min(times.long, await measure(word))
        await between()
      }
      return times
    }
    const filtered = await fasterOfEach(filterBy, reset)
    expect(filtered.long).toBeLessThan(Math.max(200, filtered.short + 100))
    // A shared address (?q=) reaching the running app, as back/forward or a link would: the whole word.
    // Opening the causes page is itself a render whose time depends on the machine's load: as with the
    // filter, the long word is compared with a short one arriving the same way.
    await filter.fill('')
    await lookup.fill('')
    await page.waitForURL((url) => !url.searchParams.has('q'))
    const goTo = (address: string) =>
      page.evaluate((to) => {
        history.pushState(history.state, '', to)
        dispatchEvent(new PopStateEvent('popstate', { state: history.state }))
      }, address)
    const arriveWith = (q: string) =>
      longestTaskDuring(async () => {
        await goTo(`/causes?q=${q}`)
        await expect.poll(() => lookup.inputValue()).toBe(q)
      })
    const leave = async () => {
      await goTo('/medications')
      await filter.waitFor()
      await expect.poll(() => lookup.inputValue()).toBe('')
    }
    const arrived = await fasterOfEach(arriveWith, leave)
    expect(arrived.long).toBeLessThan(Math.max(200, arrived.short + 100))
    expect(consoleErrors).toEqual([])
  })

  it('URL params of the wrong type or shape fall back', async () => {
    const watched = await openTestPage()
    const { page } = watched
    for (const path of [
      '/causes?category=%5B1%2C2%5D&grade=%7B%7D&q=%7B%22a%22%3A1%7D',
      '/medications?filter=%5B%22x%22%5D&q=12',
      '/workup?q=null',
      '/?q=%22%3Cscript%3Ealert(1)%3C%2Fscript%3E%22',
    ]) {
      await page.goto(path)
      await page.getByRole('heading', { level: 1 }).first().waitFor()
      expect(await page.getByRole('alert').count(), path).toBe(0)
    }
    expect(watched.consoleErrors).toEqual([])
  })
})
