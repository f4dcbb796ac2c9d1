import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import { VIGNETTES, type Vignette } from '../features/patient/vignettes'
import { watchedPages, type WatchedPage } from './browser'
import { shippedBundle } from '../shipped-content'

const bundle = shippedBundle()
const rules = bundle.patientWorkup
const finding = (id: string) => rules.findings.find((f) => f.id === id)!
const causeName = (id: string) => bundle.causes.find((c) => c.id === id)!.name
const labName = (id: string) => bundle.labs.find((l) => l.id === id)!.name
const drugName = (id: string) => bundle.medications.find((m) => m.id === id)!.name
const categoryName = (id: string) => bundle.categories.find((c) => c.id === id)!.name

const openTestPage = watchedPages()
// Set PATIENT_PDF_DIR to keep the printed PDFs for a look.
const keepPdfs = process.env.PATIENT_PDF_DIR
const pdfDir = keepPdfs ?? mkdtempSync(join(tmpdir(), 'rls-patient-pdf-'))
afterAll(() => {
  if (!keepPdfs) rmSync(pdfDir, { recursive: true, force: true })
})

let watched: WatchedPage | undefined
async function openPatient(options?: Parameters<typeof openTestPage>[0]) {
  watched = await openTestPage(options)
  await watched.page.goto('/patient')
  await watched.page.getByRole('heading', { level: 1, name: 'Patient workup' }).waitFor()
  return watched.page
}

async function fill(page: Page, v: Vignette) {
  const i = v.input
  const type = async (name: string | RegExp, value: string | undefined) => {
    if (value !== undefined) await page.getByRole('spinbutton', { name }).fill(value)
  }
  await type('Age (years)', i.age)
  await type('Age at onset (years)', i.ageAtOnset)
  if (i.sex) await page.getByRole('radio', { name: i.sex === 'female' ? 'Female' : 'Male', exact: true }).check()
  for (const id of i.ticked ?? []) {
    const f = finding(id)
    if (!f.prominent) {
      const details = page.locator('details').filter({ has: page.locator('summary', { hasText: categoryName(f.category) }) })
      if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open))) await details.locator('summary').click()
    }
    await page.getByRole('checkbox', { name: f.label, exact: true }).check()
  }
  if (i.pregnancyStage) await page.getByRole('radio', { name: new RegExp(`^${i.pregnancyStage}$`, 'i') }).check()
  if (i.medications) await page.getByRole('textbox', { name: 'Medication list' }).fill(i.medications)
  if (i.ironUnit === 'µg/dL') await page.getByRole('radio', { name: 'µg/dL' }).check()
  await type('Ferritin (ng/mL)', i.ferritin)
  await type('Transferrin saturation (%)', i.tsat)
  await type(/^Serum iron/, i.serumIron)
  await type(/^TIBC/, i.tibc)
}

const sectionText = (page: Page, name: string) => page.getByRole('region', { name }).textContent().then((t) => t ?? '')

async function expectSections(page: Page, v: Vignette) {
  const e = v.expect
  await page.getByRole('status', { name: 'Likely form' }).getByText(e.likelyForm).waitFor()
  const causes = await sectionText(page, 'Causes to look for')
  for (const id of e.causes) expect(causes, id).toContain(causeName(id))
  for (const id of e.causesAbsent ?? []) expect(causes, id).not.toContain(causeName(id))
  for (const id of e.conflicts ?? []) expect(causes, id).toContain(`Sources disagree: ${bundle.conflicts.find((c) => c.id === id)!.topic}`)
  const flaggedRegion = page.getByRole('region', { name: 'Flagged medications' })
  if (!v.input.medications) await flaggedRegion.getByText('No medication list entered').waitFor()
  else if (e.flagged.length === 0) await flaggedRegion.getByText(/No line names a drug/).first().waitFor()
  else await flaggedRegion.getByRole('list', { name: 'Flagged medications' }).waitFor()
  const flagged = await sectionText(page, 'Flagged medications')
  for (const id of e.flagged) expect(flagged, id).toContain(drugName(id))
  const iron = await sectionText(page, 'Iron studies')
  for (const text of e.iron) expect(iron, text).toContain(text)
  const items = await page.getByRole('list', { name: 'Tests to order' }).getByRole('listitem').allTextContents()
  const itemFor = (id: string) => items.find((item) => item.startsWith(labName(id)))
  for (const id of e.tests) expect(itemFor(id), id).toBeDefined()
  for (const id of e.testsAbsent ?? []) expect(itemFor(id), id).toBeUndefined()
  for (const [id, reason] of e.reasons ?? []) expect(itemFor(id), id).toContain(reason)
  // The list of other drugs arrives after the page: read the note once every line has been checked.
  if (v.input.medications) await expect.poll(() => page.getByTestId('summary-note').textContent()).not.toContain('Not yet checked:')
  const note = (await page.getByTestId('summary-note').textContent()) ?? ''
  for (const text of e.summary) expect(note, text).toContain(text)
  for (const text of e.summaryAbsent ?? []) expect(note, text).not.toContain(text)
  const triggerLine = note.split('\n').find((line) => line.startsWith('Can trigger or worsen RLS:')) ?? ''
  for (const name of e.notInTriggerLine ?? []) expect(triggerLine, name).not.toContain(name)
  expect(flagged).not.toMatch(/known trigger/i)
}

describe('patient workup in chromium', () => {
  it.each(VIGNETTES.map((v) => [v.name, v] as const))('vignette: %s', async (_name, v) => {
    const page = await openPatient()
    const storageBefore = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }))
    await fill(page, v)
    await expectSections(page, v)
    expect(new URL(page.url()).pathname + new URL(page.url()).search + new URL(page.url()).hash).toBe('/patient')
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }))).toBe(storageBefore)
    expect(watched!.consoleErrors).toEqual([])
    expect(watched!.foreignRequests).toEqual([])
  })

  it('copies the summary note to the real clipboard', async () => {
    const page = await openPatient({ permissions: ['clipboard-read', 'clipboard-write'] })
    const v = VIGNETTES.find((x) => x.name.startsWith('drug-induced'))!
    await fill(page, v)
    await page.getByRole('list', { name: 'Flagged medications' }).waitFor()
    // The clipboard answers only the focused page: this one, even if another tab of the test browser took the focus.
    await page.bringToFront()
    await page.getByRole('button', { name: 'Copy summary' }).click()
    // Whatever the status says is shown if it is not "Copied" (the fallback names the reason).
    await expect.poll(() => page.getByRole('status', { name: 'Copy status' }).textContent()).toMatch(/Copied/)
    const text = await page.evaluate(() => navigator.clipboard.readText())
    expect(text).toContain('ICD-10-CM G25.81')
    expect(text).toContain('Sertraline')
    expect(text).toContain('Do not stop a needed drug')
    expect(text).toMatch(/^Plan: order /m)
    // The ferritin and TSAT typed (and the serum iron and TIBC behind a TSAT) are repeated, not ordered again.
    expect(text).toContain('Repeat when due (results already available): Serum ferritin; Serum iron; Total iron-binding capacity')
    expect(text).toContain(`content version ${bundle.meta.version}, reviewed ${bundle.meta.reviewed}`)
    expect(watched!.consoleErrors).toEqual([])
  })

  it.each([
    ['A4', /\(A4\)$/m],
    ['Letter', /612 x 792 pts \(letter\)$/m],
  ] as const)('prints a chart page then the patient handout on at most two %s pages', async (format, size) => {
    const page = await openPatient()
    const v = VIGNETTES.find((x) => x.name.startsWith('an older adult'))!
    await fill(page, v)
    await page.getByRole('list', { name: 'Flagged medications' }).waitFor()
    // Lines are screened again once the list of other drugs arrives (later on a busy machine):
    // print the finished answer, not the one still waiting for it.
    await expect.poll(() => page.getByText(/Not yet checked:/).count()).toBe(0)
    await page.getByRole('textbox', { name: 'Patient name' }).fill('Ada Example')
    const path = join(pdfDir, `patient-${format}.pdf`)
    await page.pdf({ path, format })
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' })
    expect(info).toMatch(size)
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)![1])
    expect(pages).toBeGreaterThanOrEqual(2)
    expect(pages).toBeLessThanOrEqual(2)
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
    const [chart, ...rest] = text.split('\f')
    const handout = rest.join('\n')
    for (const expected of [
      'Ada Example',
      'Patient name',
      'Date of birth',
      'patient workup',
      'Likely form',
      'Causes to look for',
      'Medications',
      'Can trigger or worsen RLS',
      'Amitriptyline',
      'Reported without adequate evidence',
      'Iron studies',
      'AASM 2024',
      'Tests to order',
      labName('creatinine-egfr'),
      'chronic kidney disease',
      'G25.81',
      `Content version ${bundle.meta.version}, reviewed ${bundle.meta.reviewed}`,
      'supports, and does not replace, clinical judgement',
    ]) {
      expect(chart, expected).toContain(expected)
    }
    for (const expected of [rules.handout.title, rules.handout.testsHeading, rules.handout.changeHeading, 'Do not stop a medicine on your own', 'coffee', 'alcohol']) {
      expect(handout.replace(/\s+/g, ' '), expected).toContain(expected)
    }
    expect(handout).not.toContain('Ada Example')
    // No screen controls print.
    for (const absent of ['Start a new patient', 'Copy summary', 'Print chart page', 'About the patient', 'Search']) expect(text).not.toContain(absent)
    expect(watched!.consoleErrors).toEqual([])
  })

  it('works at 320 px: nothing overflows sideways, even with results and every group open', async () => {
    const page = await openPatient({ viewport: { width: 320, height: 700 }, isMobile: true, hasTouch: true })
    await fill(page, VIGNETTES.find((x) => x.name.startsWith('an older adult'))!)
    await page.getByRole('list', { name: 'Flagged medications' }).waitFor()
    for (const summary of await page.locator('details summary').all()) await summary.click()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
    expect(watched!.consoleErrors).toEqual([])
  })

  it('works from the keyboard alone', async () => {
    const page = await openPatient()
    await page.getByRole('spinbutton', { name: 'Age (years)' }).focus()
    await page.keyboard.type('70')
    await page.keyboard.press('Tab')
    await page.keyboard.type('66')
    // Tab to the sex radios, choose with the arrow keys.
    await page.keyboard.press('Tab')
    await page.keyboard.press('ArrowRight')
    expect(await page.getByRole('radio', { name: 'Male', exact: true }).isChecked()).toBe(true)
    await page.keyboard.press('Tab')
    await page.keyboard.press('Space')
    expect(await page.getByRole('checkbox', { name: /Pregnant/ }).isChecked()).toBe(true)
    // Tab on to the first collapsed group, open it with Enter.
    const firstSummary = page.locator('details summary').first()
    for (let i = 0; i < 20 && !(await firstSummary.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    expect(await page.locator('details').first().evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true)
    expect(await sectionText(page, 'Likely form')).toContain('Leaning secondary')
    expect(await page.getByRole('region', { name: 'Likely form' }).getByText('Pregnancy is ticked but sex is Male').count()).toBe(0)
    expect(await page.getByText('Pregnancy is ticked but sex is Male: check both.').isVisible()).toBe(true)
    expect(watched!.consoleErrors).toEqual([])
  })

  it('stores and sends nothing typed, and shows hostile text as text', async () => {
    const page = await openPatient()
    const sent: string[] = []
    page.on('request', (request) => sent.push(`${request.method()} ${request.url()} ${request.postData() ?? ''}`))
    const secret = 'Zebedee Quibbleworth'
    const hostile = '<img src=x onerror="window.__pwned = 1">'
    await page.getByRole('textbox', { name: 'Patient name' }).fill(secret)
    await page.getByRole('textbox', { name: 'Medication list' }).fill(`Sertraline 50 mg daily\n${secret} 10 mg\n${hostile}`)
    await page.getByRole('spinbutton', { name: 'Age (years)' }).fill('47')
    await page.getByRole('spinbutton', { name: 'Ferritin (ng/mL)' }).fill('61.7')
    await page.getByRole('list', { name: 'Flagged medications' }).waitFor()
    expect(await page.getByRole('region', { name: 'Flagged medications' }).textContent()).toContain(hostile)
    const stored = await page.evaluate(async () => ({
      storage: JSON.stringify({ ...localStorage, ...sessionStorage }),
      cookies: document.cookie,
      databases: indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [],
      url: location.href,
      pwned: (window as unknown as { __pwned?: number }).__pwned,
    }))
    for (const typed of [secret, 'Sertraline 50', '61.7']) {
      expect(stored.storage).not.toContain(typed)
      expect(stored.url).not.toContain(encodeURIComponent(typed))
      expect(sent.join('\n')).not.toContain(typed)
    }
    expect(stored.url).toMatch(/\/patient$/)
    expect(stored.cookies).toBe('')
    expect(stored.databases).toEqual([])
    expect(stored.pwned).toBeUndefined()
    expect(sent.every((line) => line.startsWith('GET '))).toBe(true)
    expect(watched!.foreignRequests).toEqual([])
  })

  it('starts empty after a reload', async () => {
    const page = await openPatient()
    await fill(page, VIGNETTES[0]!)
    await page.getByRole('status', { name: 'Likely form' }).getByText('Features point both ways').waitFor()
    await page.reload()
    await page.getByRole('heading', { level: 1, name: 'Patient workup' }).waitFor()
    expect(await page.getByRole('spinbutton', { name: 'Age (years)' }).inputValue()).toBe('')
    expect(await page.getByRole('textbox', { name: 'Medication list' }).inputValue()).toBe('')
    expect(await page.getByRole('checkbox', { name: /Pregnant/ }).isChecked()).toBe(false)
    expect(await page.getByTestId('summary-note').textContent()).toContain('Iron studies: not yet available')
  })

  it('loads its own code only when opened, not on the start page', async () => {
    watched = await openTestPage()
    const scripts: string[] = []
    watched.page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname)
    })
    await watched.page.goto('/')
    await watched.page.getByRole('heading', { level: 1, name: 'Causes of restless legs syndrome' }).waitFor()
    await watched.page.waitForLoadState('networkidle')
    expect(scripts.filter((path) => /\/patient-[\w-]+\.js$/.test(path))).toEqual([])
    await watched.page.getByRole('link', { name: 'Start a patient workup' }).click()
    await watched.page.getByRole('heading', { level: 1, name: 'Patient workup' }).waitFor()
    expect(scripts.filter((path) => /\/patient-[\w-]+\.js$/.test(path)).length).toBe(1)
  })
})
