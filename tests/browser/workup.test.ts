import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readBundleFile } from '../../mocks/handlers/bundle'
import { watchedPages, type WatchedPage } from './browser'

const bundle = readBundleFile() as unknown as { meta: { version: string; reviewed: string }; labs: { name: string; loinc: string | null }[] }
const ferritinLab = bundle.labs.find((lab) => lab.loinc === '2276-4')!
const NAV_LABELS = ['Patient workup', 'Causes', 'Primary vs secondary', 'Medications', 'Workup checklist', 'Sources']

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const openTestPage = watchedPages()
// Set WORKUP_PDF_DIR to keep the printed PDFs for a look.
const keepPdfs = process.env.WORKUP_PDF_DIR
const pdfDir = keepPdfs ?? mkdtempSync(join(tmpdir(), 'rls-workup-pdf-'))
let watched: WatchedPage | undefined
afterAll(() => {
  if (!keepPdfs) rmSync(pdfDir, { recursive: true, force: true })
})

async function openWorkup(options?: Parameters<typeof openTestPage>[0]) {
  watched = await openTestPage(options)
  await watched.page.goto('/workup')
  await watched.page.getByRole('heading', { level: 1, name: 'Workup checklist' }).waitFor()
  return watched.page
}

describe('workup in chromium', () => {
  it('interprets iron studies as you type, and explains impossible or unreadable values', async () => {
    const page = await openWorkup()
    const storageBefore = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }))
    const ferritin = page.getByRole('spinbutton', { name: 'Ferritin (ng/mL)' })
    const tsat = page.getByRole('spinbutton', { name: 'Transferrin saturation (%)' })
    const status = page.getByRole('status', { name: 'Interpretation' })

    await ferritin.fill('30')
    await tsat.fill('15')
    await expect(status.textContent()).resolves.toContain('AASM 2024: Iron therapy indicated (oral or IV)')

    await ferritin.fill('85')
    await tsat.fill('25')
    await expect(status.textContent()).resolves.toContain('AASM 2024: IV iron only')

    await ferritin.fill('100')
    await tsat.fill('30')
    const differs = await status.textContent()
    expect(differs).toContain('AASM 2024: IV iron only')
    expect(differs).toContain('IRLSSG/Mayo 2021 reading differs: Iron therapy not indicated')

    // Safety ceilings: TSAT 44 vs 45%, ferritin 300/301 with TSAT 19%.
    await ferritin.fill('30')
    await tsat.fill('44')
    await expect(status.textContent()).resolves.toContain('AASM 2024: Iron therapy indicated (oral or IV)')
    await tsat.fill('45')
    await expect(status.textContent()).resolves.toContain('AASM 2024: No iron: TSAT at or above the overload ceiling')
    expect(await status.textContent()).not.toMatch(/Iron therapy indicated|IV iron only/)
    await ferritin.fill('301')
    await tsat.fill('19')
    await expect(status.textContent()).resolves.toContain('Outside the iron-treatment evidence: look for inflammation')

    // ESRD on dialysis: ferritin 199 vs 200 ng/mL with TSAT 19%.
    await page.getByRole('checkbox', { name: /dialysis/i }).check()
    await ferritin.fill('199')
    await expect(status.textContent()).resolves.toContain('IV iron sucrose (ESRD on dialysis; conditional)')
    await ferritin.fill('200')
    await expect(status.textContent()).resolves.toContain('AASM 2024, ESRD on dialysis: Iron therapy not indicated')
    await page.getByRole('checkbox', { name: /dialysis/i }).uncheck()

    await tsat.fill('')
    await ferritin.fill('150')
    await expect(status.textContent()).resolves.toContain('Transferrin saturation is needed')

    await ferritin.fill('-3')
    expect(await ferritin.getAttribute('aria-invalid')).toBe('true')
    await expect(status.textContent()).resolves.toContain('No interpretation: Ferritin cannot be negative.')

    // Chromium lets "1e" into a number field and reports it as an empty value with badInput.
    await ferritin.fill('')
    await ferritin.pressSequentially('1e')
    await expect(status.textContent()).resolves.toContain('Ferritin must be a number')
    expect(await status.textContent()).not.toMatch(/AASM 2024: (Iron therapy|IV iron)/)

    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/workup')
    // Nothing typed here is stored: storage is as the app left it before any value was entered.
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }))).toBe(storageBefore)
    expect(watched!.consoleErrors).toEqual([])
    expect(watched!.foreignRequests).toEqual([])
  })

  it('copies the checklist as plain text to the real clipboard', async () => {
    const page = await openWorkup({ permissions: ['clipboard-read', 'clipboard-write'] })
    await page.getByRole('checkbox', { name: ferritinLab.name }).check()
    // The clipboard answers only the focused page: this one, even if another tab of the test browser took the focus.
    await page.bringToFront()
    await page.getByRole('button', { name: 'Copy as text' }).click()
    // Whatever the status says is shown if it is not "Copied" (the fallback names the reason).
    await expect.poll(() => page.getByRole('status', { name: 'Copy status' }).textContent()).toMatch(/Copied/)
    const text = await page.evaluate(() => navigator.clipboard.readText())
    expect(text).toMatch(new RegExp(`^\\[x\\] ${escapeRegExp(ferritinLab.name)}.*LOINC 2276-4$`, 'm'))
    expect(text).toContain('LOINC 2502-3')
    expect(text).toContain(`Content version ${bundle.meta.version}, reviewed ${bundle.meta.reviewed}`)
    expect(text).toContain('ICD-10-CM G25.81')
    expect(text).toContain('ICD-11 7A80')
    expect(text).toContain('no iron if TSAT ≥45% (overload risk)')
    expect(text).toContain('IV iron sucrose if ferritin <200 ng/mL and TSAT <20%')
    expect(watched!.consoleErrors).toEqual([])
  })

  it('is usable at 375 px: nothing overflows sideways and the checkboxes are large enough to tap', async () => {
    const page = await openWorkup({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true })
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
    const box = await page.getByRole('checkbox', { name: ferritinLab.name }).boundingBox()
    expect(box!.width).toBeGreaterThanOrEqual(24)
    await page.getByRole('checkbox', { name: ferritinLab.name }).tap()
    expect(await page.getByRole('checkbox', { name: ferritinLab.name }).isChecked()).toBe(true)
    expect(watched!.consoleErrors).toEqual([])
  })

  it.each([
    ['A4', /^Page size:.*\(A4\)$/m],
    ['Letter', /^Page size:\s+612 x 792 pts \(letter\)$/m],
  ] as const)('prints the checklist on one %s page: patient lines, tests, ticks, thresholds, version; no app chrome', async (format, size) => {
    const page = await openWorkup()
    await page.getByRole('checkbox', { name: ferritinLab.name }).check()
    await page.getByRole('textbox', { name: 'Patient name' }).fill('Ada Example')
    await page.getByRole('spinbutton', { name: 'Ferritin (ng/mL)' }).fill('57.3')

    const path = join(pdfDir, `workup-${format}.pdf`)
    await page.pdf({ path, format })
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' })
    expect(info).toMatch(/^Pages:\s+1$/m)
    expect(info).toMatch(size)

    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
    for (const expected of [
      'Ferritin',
      'Transferrin saturation',
      '2276-4',
      '2502-3',
      'Patient name',
      'Date of birth',
      'Record number',
      'Date:',
      'Ada Example',
      'ng/mL',
      'AASM 2024',
      'G25.81',
      '7A80',
      'no iron if TSAT ≥45%',
      'ESRD on dialysis',
      `Content version ${bundle.meta.version}, reviewed ${bundle.meta.reviewed}`,
      `${new URL(page.url()).origin}/workup`,
      'supports, and does not replace, clinical judgement',
    ]) {
      expect(text, expected).toContain(expected)
    }
    for (const absent of ['Print checklist', 'Copy as text', 'Search', 'Iron-studies interpreter', ...NAV_LABELS]) {
      expect(text, absent).not.toContain(absent)
    }
    // The one ticked test prints its box with a tick; the interpreter's value does not print.
    expect(text).toMatch(new RegExp(`✓\\s*${escapeRegExp(ferritinLab.name)}`))
    expect(text.match(/✓/g)).toHaveLength(1)
    expect(text).not.toContain('57.3')
    expect(watched!.consoleErrors).toEqual([])
    expect(watched!.foreignRequests).toEqual([])
  })

  it('prints black on white, with a drawn box for every test', async () => {
    const page = await openWorkup()
    await page.emulateMedia({ media: 'print' })
    const boxes = page.locator('[data-print-box]')
    expect(await boxes.count()).toBe(bundle.labs.length)
    const style = await boxes.first().evaluate((el) => {
      const s = getComputedStyle(el)
      return { border: `${s.borderTopWidth} ${s.borderTopStyle} ${s.borderTopColor}`, visible: el.getBoundingClientRect().width > 0 }
    })
    expect(style).toEqual({ border: '1px solid rgb(0, 0, 0)', visible: true })
    const colours = await page.evaluate(() => {
      const seen = new Set<string>()
      for (const el of document.querySelectorAll('body *')) {
        const rect = el.getBoundingClientRect()
        if (rect.width === 0 || !el.textContent?.trim()) continue
        seen.add(getComputedStyle(el).color)
      }
      return [...seen]
    })
    expect(colours).toEqual(['rgb(0, 0, 0)'])
    const buttons = page.locator('button, input')
    expect(await buttons.count()).toBeGreaterThan(0)
    for (const control of await buttons.all()) {
      const kind = await control.evaluate((el) => `${el.tagName} ${el.getAttribute('type') ?? ''} ${el.id}`)
      // Only the patient lines print (as underlined blanks); every button, checkbox and interpreter field is hidden.
      const isPatientLine = await control.evaluate((el) => el.matches('input[type="text"]'))
      expect(await control.isVisible(), kind).toBe(isPatientLine)
    }
    expect(watched!.consoleErrors).toEqual([])
  })
})
