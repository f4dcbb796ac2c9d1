/**
 * Keystroke to results in the lookup, measured inside the page: each prefix of each query is
 * typed, and the time runs until the listbox says it shows that text's results and the next
 * frame is painted. Warm-up queries come first and are returned marked as such, so the first
 * render of each kind of result (code compiled, styles resolved) can be reported apart.
 * Returns [milliseconds, text, 'warm-up' | 'timed'] for every keystroke.
 */
export function typeIntoLookup(page, typed, warmUp = []) {
  return page.evaluate(async ([typedQueries, warmUpQueries]) => {
    const input = document.querySelector('input[type="search"]')
    const listbox = document.getElementById(input.getAttribute('aria-controls'))
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set
    const pause = (t) => new Promise((r) => setTimeout(r, t))
    const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r()))
    const answered = (text) =>
      new Promise((resolve) => {
        const check = () => listbox.dataset.resultsFor === text
        if (check()) return resolve()
        const observer = new MutationObserver(() => check() && (observer.disconnect(), resolve()))
        observer.observe(listbox, { attributes: true, childList: true, subtree: true })
      })
    // A clinician clicks into the field, then types: the index loads on focus.
    input.focus()
    await pause(1000)
    const times = []
    for (const [pass, query] of [...warmUpQueries.map((q) => ['warm-up', q]), ...typedQueries.map((q) => ['timed', q])]) {
      setValue.call(input, '')
      input.dispatchEvent(new Event('input', { bubbles: true }))
      await pause(50)
      for (let i = 1; i <= query.length; i++) {
        const text = query.slice(0, i)
        const start = performance.now()
        setValue.call(input, text)
        input.dispatchEvent(new Event('input', { bubbles: true }))
        await answered(text)
        await nextFrame()
        times.push([performance.now() - start, text, pass])
        await pause(40)
      }
    }
    return times
  }, [typed, warmUp])
}

/**
 * A prerendered page starts the app at its first use (src/main.tsx): press a key that does
 * nothing (Shift), as a clinician's first touch would, and wait until the app marks the page ready.
 */
export async function startAppByFirstUse(page) {
  await page.keyboard.press('Shift')
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' })
}

/**
 * From the first use of a page left alone (a key press, its code and content already fetched
 * after the first paint) to the app in charge (`data-app-ready`), inside the page, with the
 * longest main-thread task in between. Returns { ready, longestTask } in milliseconds.
 */
export async function firstUseToReady(page) {
  await page.evaluate(() => {
    const timing = { pressed: 0, ready: 0, longestTask: 0 }
    window.__firstUse = timing
    window.addEventListener('keydown', () => (timing.pressed = performance.now()), { capture: true, once: true })
    new PerformanceObserver((list) => {
      for (const task of list.getEntries()) if (timing.pressed && !timing.ready) timing.longestTask = Math.max(timing.longestTask, task.duration)
    }).observe({ type: 'longtask' })
    new MutationObserver((_, observer) => {
      if (!document.documentElement.dataset.appReady) return
      timing.ready = performance.now()
      observer.disconnect()
    }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-app-ready'] })
  })
  await startAppByFirstUse(page)
  // The longest-task observer reports after the task: give it a frame.
  await page.waitForTimeout(100)
  return page.evaluate(() => ({ ready: window.__firstUse.ready - window.__firstUse.pressed, longestTask: window.__firstUse.longestTask }))
}
