/**
 * The medication screener under a long paste, measured inside the page (shared by `npm run bench`
 * and tests/browser/medications-scale.test.ts):
 *  - `chartList(bundle, vocabulary, count)`: a list as charts write them (triggers, brands,
 *    combinations, other drugs, misspellings one letter short, and chart noise);
 *  - `pasteAndTypeIntoScreener(page, list, typed)`: puts the list into the screener, waits for
 *    every line to be drawn, then types `typed` at its end a key at a time. For each keystroke:
 *    `paint`, keydown to the frame after the textarea's input event was handled; `answer`,
 *    keydown to the frame after the results stopped being busy (aria-busy="false");
 *    `longestTask`, the longest main-thread task (long-task observer) in between.
 * Times are milliseconds from performance.now().
 */

/** A list of `count` lines as a chart writes them. */
export function chartList(bundle, vocabulary, count) {
  const doses = ['50 mg PO daily', '10mg bd', '25 mg nocte', '1 tab q6h prn', '2 puffs qds', '5 mg od', '']
  const names = [
    ...bundle.medications.flatMap((m) => [m.name, ...m.brands.us, ...m.brands.uk]),
    ...vocabulary.ingredients.flatMap((i) => [i.name, ...i.brands.us, ...i.brands.uk]),
    ...vocabulary.products.map((p) => p.name),
  ]
  const noise = ['Allergies: NKDA', 'Free T4 1.2', 'Li 0.7 mmol/L', 'lithium battery', 'Alcohol prep pads', 'Non-smoker', '12/03/2024', 'Medications:', 'BP 120/80']
  const lines = []
  for (let i = 0; lines.length < count; i++) {
    const name = names[(i * 37) % names.length]
    if (i % 10 === 7) lines.push(noise[i % noise.length])
    // A misspelling: one letter dropped.
    else if (i % 10 === 3 && name.length > 5) lines.push(`${i + 1}. ${name.slice(0, 2)}${name.slice(3)} ${doses[i % doses.length]}`)
    else lines.push(`${i + 1}. ${name} ${doses[i % doses.length]}`)
  }
  return lines.join('\n')
}

const RESULTS = '[data-testid="screening-results"]'

export async function pasteAndTypeIntoScreener(page, list, typed) {
  const box = page.getByRole('textbox', { name: /medication list/i })
  // Focus loads the list of other drugs, as a clinician clicking into the field would.
  await box.focus()
  await page.waitForLoadState('networkidle')
  // The paste as the app receives it: the whole text, then one input event. (Chromium's own
  // insertion of 2,000 lines into a bare textarea, as page.fill or execCommand('insertText') do it,
  // takes seconds before any script runs, so it is left out of what is timed here.)
  const pasteStart = await page.evaluate((text) => {
    const textarea = document.querySelector('textarea')
    const start = performance.now()
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set.call(textarea, text)
    textarea.dispatchEvent(new Event('input', { bubbles: true }))
    return start
  }, list)
  await page.waitForFunction((selector) => document.querySelector(selector)?.getAttribute('aria-busy') === 'false', RESULTS, { timeout: 60_000 })
  const pasteAnswer = (await page.evaluate(() => performance.now())) - pasteStart
  // Every group drawn, and nothing left waiting for the list of other drugs.
  await page.waitForFunction(
    () => !document.body.textContent.includes('not checked yet'),
    undefined,
    { timeout: 60_000 },
  )
  const pasteDrawn = (await page.evaluate(() => performance.now())) - pasteStart

  await page.evaluate((selector) => {
    const results = document.querySelector(selector)
    const timings = []
    let current
    window.__screenerKeystrokes = timings
    const afterPaint = (record) => requestAnimationFrame(() => setTimeout(record, 0))
    document.addEventListener(
      'keydown',
      () => {
        current = { down: performance.now(), tasks: [] }
        timings.push(current)
      },
      true,
    )
    document.addEventListener(
      'input',
      () => {
        const keystroke = current
        if (keystroke) afterPaint(() => (keystroke.painted = performance.now()))
      },
      true,
    )
    new MutationObserver(() => {
      const keystroke = current
      if (keystroke && keystroke.answered === undefined && keystroke.busySeen && results.getAttribute('aria-busy') === 'false') {
        keystroke.answered = -1
        afterPaint(() => (keystroke.answered = performance.now()))
      }
      if (keystroke && results.getAttribute('aria-busy') === 'true') keystroke.busySeen = true
    }).observe(results, { attributes: true, attributeFilter: ['aria-busy'] })
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) for (const keystroke of timings) {
        if (entry.startTime + entry.duration >= keystroke.down && entry.startTime <= (keystroke.answered > 0 ? keystroke.answered : Infinity)) keystroke.tasks.push(entry.duration)
      }
    }).observe({ type: 'longtask' })
    const box = document.querySelector('textarea')
    box.setSelectionRange(box.value.length, box.value.length)
  }, RESULTS)

  const keys = [...typed].map((char) => (char === '\n' ? 'Enter' : char === ' ' ? 'Space' : char))
  for (const [index, key] of keys.entries()) {
    await page.keyboard.press(key)
    await page.waitForFunction(
      (i) => {
        const keystroke = window.__screenerKeystrokes[i]
        return keystroke && keystroke.painted !== undefined && keystroke.answered > 0
      },
      index,
      { timeout: 30_000 },
    )
    await page.waitForTimeout(60)
  }
  const keystrokes = await page.evaluate(() =>
    window.__screenerKeystrokes.map((k) => ({ paint: k.painted - k.down, answer: k.answered - k.down, longestTask: Math.max(0, ...k.tasks) })),
  )
  return { pasteAnswer, pasteDrawn, keystrokes }
}
