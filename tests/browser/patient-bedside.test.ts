/**
 * The patient workup at the bedside: the patient stays in memory while the clinician moves
 * around the app (and only in memory), the printout holds long identifiers whole on A4 and
 * Letter in at most two pages, and the answer comes first on a phone.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import { watchedPages, type WatchedPage } from './browser'
import { shippedBundle } from '../shipped-content'

const bundle = shippedBundle()
const findingLabel = (id: string) => bundle.patientWorkup.findings.find((f) => f.id === id)!.label

const openTestPage = watchedPages()
const keepPdfs = process.env.PATIENT_PDF_DIR
const pdfDir = keepPdfs ?? mkdtempSync(join(tmpdir(), 'rls-bedside-pdf-'))
afterAll(() => {
  if (!keepPdfs) rmSync(pdfDir, { recursive: true, force: true })
})

let watched: WatchedPage | undefined
async function openPatient(options?: Parameters<typeof openTestPage>[0], before?: (w: WatchedPage) => Promise<void>) {
  watched = await openTestPage(options)
  if (before) await before(watched)
  await watched.page.goto('/patient')
  await heading(watched.page)
  return watched.page
}
const heading = (page: Page) => page.getByRole('heading', { level: 1, name: 'Patient workup' }).waitFor()

const PATIENT = {
  name: 'Ada Example-Longbottom',
  record: 'MRN 1234567890123',
  age: '70',
  onset: '50',
  medications: 'Stemetil 5mg tds\nMetformin 500 mg bd',
  ferritin: '20',
  serumIron: '8',
  tibc: '60',
}

async function fillPatient(page: Page) {
  await page.getByRole('textbox', { name: 'Patient name' }).fill(PATIENT.name)
  await page.getByRole('textbox', { name: 'Record number' }).fill(PATIENT.record)
  await page.getByRole('spinbutton', { name: 'Age (years)' }).fill(PATIENT.age)
  await page.getByRole('spinbutton', { name: 'Age at onset (years)' }).fill(PATIENT.onset)
  await page.getByRole('radio', { name: 'Male', exact: true }).check()
  await page.getByRole('checkbox', { name: findingLabel('chronic-kidney-disease'), exact: true }).check()
  await page.getByRole('textbox', { name: 'Medication list' }).fill(PATIENT.medications)
  await page.getByRole('radio', { name: 'µg/dL' }).check()
  await page.getByRole('spinbutton', { name: 'Ferritin (ng/mL)' }).fill(PATIENT.ferritin)
  await page.getByRole('spinbutton', { name: /^Serum iron/ }).fill(PATIENT.serumIron)
  await page.getByRole('spinbutton', { name: /^TIBC/ }).fill(PATIENT.tibc)
  await page.getByRole('list', { name: 'Flagged medications' }).waitFor()
}

async function fieldsOf(page: Page) {
  return {
    name: await page.getByRole('textbox', { name: 'Patient name' }).inputValue(),
    record: await page.getByRole('textbox', { name: 'Record number' }).inputValue(),
    age: await page.getByRole('spinbutton', { name: 'Age (years)' }).inputValue(),
    onset: await page.getByRole('spinbutton', { name: 'Age at onset (years)' }).inputValue(),
    male: await page.getByRole('radio', { name: 'Male', exact: true }).isChecked(),
    ckd: await page.getByRole('checkbox', { name: findingLabel('chronic-kidney-disease'), exact: true }).isChecked(),
    medications: await page.getByRole('textbox', { name: 'Medication list' }).inputValue(),
    ugdl: await page.getByRole('radio', { name: 'µg/dL' }).isChecked(),
    ferritin: await page.getByRole('spinbutton', { name: 'Ferritin (ng/mL)' }).inputValue(),
    serumIron: await page.getByRole('spinbutton', { name: /^Serum iron/ }).inputValue(),
    tibc: await page.getByRole('spinbutton', { name: /^TIBC/ }).inputValue(),
  }
}

const FILLED = {
  name: PATIENT.name,
  record: PATIENT.record,
  age: PATIENT.age,
  onset: PATIENT.onset,
  male: true,
  ckd: true,
  medications: PATIENT.medications,
  ugdl: true,
  ferritin: PATIENT.ferritin,
  serumIron: PATIENT.serumIron,
  tibc: PATIENT.tibc,
}
const EMPTY = { name: '', record: '', age: '', onset: '', male: false, ckd: false, medications: '', ugdl: false, ferritin: '', serumIron: '', tibc: '' }

/** Nothing typed is anywhere the browser keeps, nor in the address. */
async function expectNothingStored(page: Page) {
  const kept = await page.evaluate(async () => ({
    storage: JSON.stringify({ ...localStorage, ...sessionStorage }),
    cookies: document.cookie,
    databases: indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [],
    url: location.href,
  }))
  for (const typed of [PATIENT.name, PATIENT.record, 'Stemetil', 'Longbottom']) {
    expect(kept.storage).not.toContain(typed)
    expect(decodeURIComponent(kept.url)).not.toContain(typed)
  }
  expect(kept.cookies).toBe('')
  expect(kept.databases).toEqual([])
}

describe('the patient stays in the tab, and only there', () => {
  it('keeps every field after opening a cause from the results and coming Back', async () => {
    const page = await openPatient()
    await fillPatient(page)
    const causes = page.getByRole('region', { name: 'Causes to look for' })
    await causes.getByRole('link').first().click()
    await page.waitForURL(/\/causes\//)
    await page.getByRole('link', { name: 'Patient in progress' }).waitFor()
    await page.goBack()
    await heading(page)
    expect(await fieldsOf(page)).toEqual(FILLED)
    // The answer is worked out again from what was kept.
    await page.getByRole('list', { name: 'Flagged medications' }).getByText(/Prochlorperazine/i).first().waitFor()
    expect(await page.getByTestId('summary-note').textContent()).toContain('age 70')
    await expectNothingStored(page)
    expect(watched!.consoleErrors).toEqual([])
  })

  it('keeps every field through the navigation, and the header leads back to the patient', async () => {
    const page = await openPatient()
    await fillPatient(page)
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Medications' }).click()
    await page.waitForURL(/\/medications$/)
    await page.getByRole('link', { name: 'Patient in progress' }).click()
    await heading(page)
    expect(await fieldsOf(page)).toEqual(FILLED)
    // On the patient page itself the header needs no way back.
    expect(await page.getByRole('link', { name: 'Patient in progress' }).count()).toBe(0)
    await page.getByRole('region', { name: 'Tests to order' }).getByRole('link').first().click()
    await page.waitForURL(/\/workup/)
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Patient workup' }).click()
    await heading(page)
    expect(await fieldsOf(page)).toEqual(FILLED)
    await expectNothingStored(page)
    expect(watched!.consoleErrors).toEqual([])
  })

  it('forgets the patient on reload and on "Start a new patient"', async () => {
    const page = await openPatient()
    await fillPatient(page)
    await page.reload()
    await heading(page)
    expect(await fieldsOf(page)).toEqual(EMPTY)
    expect(await page.getByRole('link', { name: 'Patient in progress' }).count()).toBe(0)

    await fillPatient(page)
    await page.getByRole('button', { name: 'Start a new patient' }).click()
    expect(await fieldsOf(page)).toEqual(EMPTY)
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Causes', exact: true }).click()
    await page.waitForURL(/\/causes$/)
    expect(await page.getByRole('link', { name: 'Patient in progress' }).count()).toBe(0)
    await page.goBack()
    await heading(page)
    expect(await fieldsOf(page)).toEqual(EMPTY)
    expect(watched!.consoleErrors).toEqual([])
  })

  it('forgets the patient after 30 minutes without input, and says so', async () => {
    const page = await openPatient(undefined, (w) => w.page.clock.install())
    await fillPatient(page)
    await page.clock.fastForward('29:00')
    expect(await fieldsOf(page)).toEqual(FILLED)
    // Input restarts the count.
    await page.getByRole('spinbutton', { name: 'Age (years)' }).fill('71')
    await page.clock.fastForward('29:00')
    expect((await fieldsOf(page)).age).toBe('71')
    await page.clock.fastForward('01:30')
    await page.getByText('The last patient was forgotten after 30 minutes without input').waitFor()
    expect(await fieldsOf(page)).toEqual(EMPTY)
    await expectNothingStored(page)
    expect(watched!.consoleErrors).toEqual([])
  })

  it('forgets it while the clinician is on another page too', async () => {
    const page = await openPatient(undefined, (w) => w.page.clock.install())
    await fillPatient(page)
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Causes', exact: true }).click()
    await page.getByRole('link', { name: 'Patient in progress' }).waitFor()
    await page.clock.fastForward('30:30')
    await page.getByRole('link', { name: 'Patient in progress' }).waitFor({ state: 'detached' })
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Patient workup' }).click()
    await heading(page)
    await page.getByText('The last patient was forgotten after 30 minutes without input').waitFor()
    expect(await fieldsOf(page)).toEqual(EMPTY)
  })
})

describe('the printout', () => {
  it.each([
    ['A4', /\(A4\)$/m],
    ['Letter', /612 x 792 pts \(letter\)$/m],
  ] as const)('prints long identifiers whole, the chart lines as written and the cautions, in at most two %s pages', async (format, size) => {
    const page = await openPatient()
    await fillPatient(page)
    const longName = 'Maximilianus Bartholomew Featherstonehaugh-Cholmondeley'
    await page.getByRole('textbox', { name: 'Patient name' }).fill(longName)
    await page.getByRole('textbox', { name: 'Date of birth' }).fill('1956-03-14')
    await page.getByRole('textbox', { name: 'Record number' }).fill('NHS 943 476 5919 / MRN 1234567890123')
    const path = join(pdfDir, `bedside-${format}.pdf`)
    await page.pdf({ path, format })
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' })
    expect(info).toMatch(size)
    expect(Number(/^Pages:\s+(\d+)$/m.exec(info)![1])).toBeLessThanOrEqual(2)
    const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' })
    const [chart = ''] = text.split('\f')
    // A wrapped line breaks at a space or after a hyphen (which pdftotext drops at a line end): compare without either.
    const squeezed = chart.replace(/[\s-]+/g, '')
    for (const identifier of [longName, '1956-03-14', 'NHS 943 476 5919 / MRN 1234567890123']) {
      expect(squeezed, identifier).toContain(identifier.replace(/[\s-]+/g, ''))
    }
    expect(chart.replace(/\s+/g, ' ')).toMatch(/Stemetil 5mg tds: prochlorperazine/i)
    expect(chart).toContain('Caution:')
    // A ferritin and iron studies typed are to repeat, not to order.
    expect(chart.replace(/\s+/g, ' ')).toContain('result entered: repeat when due')
    expect(watched!.consoleErrors).toEqual([])
  })
})

describe('the answer first on a phone', () => {
  const phone = { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true }

  it('shows the bottom line within the first two screens of /patient, and it follows the form', async () => {
    const page = await openPatient(phone)
    const bottomLine = page.getByRole('region', { name: 'Bottom line' })
    const box = await bottomLine.boundingBox()
    expect(box).not.toBeNull()
    expect(box!.y + box!.height).toBeLessThanOrEqual(2 * 667)
    await bottomLine.getByText('Iron studies: not entered').waitFor()
    await page.getByRole('spinbutton', { name: 'Ferritin (ng/mL)' }).fill('20')
    await page.getByRole('spinbutton', { name: 'Transferrin saturation (%)' }).fill('15')
    await bottomLine.getByText(/Iron: Iron therapy indicated/).waitFor()
    await page.getByRole('textbox', { name: 'Medication list' }).fill('Sertraline 50 mg daily')
    await bottomLine.getByText('1 drug that can trigger or worsen RLS to review').waitFor()
    expect(await bottomLine.textContent()).toMatch(/\d+ tests? to order, 4 to repeat/)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
    expect(watched!.consoleErrors).toEqual([])
  })

  it('shows the iron-studies interpreter within the first two screens of /workup', async () => {
    watched = await openTestPage(phone)
    await watched.page.goto('/workup')
    const interpreter = watched.page.locator('#iron-studies')
    await interpreter.waitFor()
    const box = await interpreter.boundingBox()
    expect(box!.y).toBeLessThan(2 * 667)
    expect(await watched.page.getByRole('spinbutton', { name: 'Ferritin (ng/mL)' }).boundingBox().then((b) => b!.y)).toBeLessThan(2 * 667)
  })
})
