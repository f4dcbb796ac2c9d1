/**
 * A 2,000-line paste in the medications screener, in Chromium against the production build: a
 * later keystroke paints within 100 ms and the answer follows within 500 ms of it. Measured in the
 * page (keydown to the frame after the input was handled; keydown to the frame after the results
 * stopped being busy; the long-task observer for the longest task between) and printed. Judged on
 * the median and on four keystrokes in five for the paint, on all but the slowest for the answer:
 * on a loaded two-core machine even a bare textarea holding the same 2,000 lines has keystrokes
 * past 100 ms now and then (Chromium's own text editing), so one hiccup does not decide it; the
 * slowest are printed. The list of other drugs is precached for offline use.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { chartList, pasteAndTypeIntoScreener } from '../../scripts/screener-keystroke.mjs'
import { watchedPages } from './browser'

const read = (path: string) => JSON.parse(readFileSync(resolve(process.cwd(), path), 'utf8')) as unknown
const LIST = chartList(read('public/data/rls.json'), read('public/data/drug-vocabulary.json'), 2000)
/** Appended as a clinician would: a new line, a drug, a dose. */
const TYPED = '\nSertraline 50 mg od'

const PAINT_LIMIT = 100
const ANSWER_LIMIT = 500

const openTestPage = watchedPages()

const ms = (n: number) => `${n.toFixed(1)} ms`
const sorted = (values: number[]) => [...values].sort((a, b) => a - b)

describe('the medications screener with a 2,000-line paste', () => {
  it('paints each keystroke within 100 ms and answers within 500 ms', { timeout: 180_000 }, async () => {
    const watched = await openTestPage()
    const { page } = watched
    page.setDefaultTimeout(60_000)
    await page.goto('/medications')
    await page.getByRole('heading', { level: 1, name: 'Medications' }).waitFor()
    expect(LIST.split('\n')).toHaveLength(2000)

    const { pasteAnswer, pasteDrawn, keystrokes } = await pasteAndTypeIntoScreener(page, LIST, TYPED)
    expect(keystrokes).toHaveLength(TYPED.length)
    const paints = sorted(keystrokes.map((k) => k.paint))
    const answers = sorted(keystrokes.map((k) => k.answer))
    const tasks = sorted(keystrokes.map((k) => k.longestTask))
    const median = (values: number[]) => values[Math.floor(values.length / 2)]!
    const allButSlowest = (values: number[]) => values[values.length - 2]!
    const fourInFive = (values: number[]) => values[Math.ceil(values.length * 0.8) - 1]!
    console.log(
      [
        `2,000-line paste: answered in ${ms(pasteAnswer)}, every line drawn in ${ms(pasteDrawn)}`,
        `${keystrokes.length} keystrokes after it: paint median ${ms(median(paints))}, four in five ≤ ${ms(fourInFive(paints))}, slowest ${ms(paints.at(-1)!)} (limit ${PAINT_LIMIT} ms)`,
        `  answer median ${ms(median(answers))}, all but the slowest ≤ ${ms(allButSlowest(answers))}, slowest ${ms(answers.at(-1)!)} (limit ${ANSWER_LIMIT} ms)`,
        `  longest main-thread task per keystroke: median ${ms(median(tasks))}, slowest ${ms(tasks.at(-1)!)}`,
      ].join('\n'),
    )
    expect(median(paints)).toBeLessThanOrEqual(PAINT_LIMIT)
    expect(fourInFive(paints)).toBeLessThanOrEqual(PAINT_LIMIT)
    expect(median(answers)).toBeLessThanOrEqual(ANSWER_LIMIT)
    expect(allButSlowest(answers)).toBeLessThanOrEqual(ANSWER_LIMIT)

    // The new line is screened: the answer is the real one, not a stale list.
    await expect.poll(() => page.getByRole('status', { name: 'Screening summary' }).textContent()).toMatch(/^2001 lines: /)
    // Long groups are cut short with "Show all"; asked, the flagged group shows the new line too.
    await page.getByRole('button', { name: /^Show all \d+$/ }).first().click()
    await expect
      .poll(() => page.getByRole('list', { name: 'Flagged medications' }).getByText('Sertraline 50 mg od', { exact: true }).count())
      .toBe(1)
    expect(watched.consoleErrors).toEqual([])
  })

  it('precaches the list of other drugs for offline use', async () => {
    const watched = await openTestPage()
    const worker = await watched.page.request.get('/sw.js')
    expect(worker.ok()).toBe(true)
    expect(await worker.text()).toContain('data/drug-vocabulary.json')
  })
})
