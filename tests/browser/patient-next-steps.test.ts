/**
 * The next clinical steps on a 375-px phone, in the production build: the augmentation
 * vignette, the source of iron loss, the product and recheck, frequency and distress, and
 * referral; nothing wider than the screen, no console errors, nothing stored.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { watchedPages, type WatchedPage } from './browser'

const openTestPage = watchedPages()
const phone = { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true }

async function openPatient(): Promise<WatchedPage> {
  const watched = await openTestPage(phone)
  await watched.page.goto('/patient')
  await watched.page.getByRole('heading', { level: 1, name: 'Patient workup' }).waitFor()
  return watched
}
const nextSteps = (page: Page) => page.getByRole('region', { name: 'Next steps' })
const note = (page: Page) => page.getByTestId('summary-note')

async function expectFitsAndClean(watched: WatchedPage) {
  expect(await watched.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
  // Only the app's note of the content version seen may be stored; nothing of the patient.
  const stored = await watched.page.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)])
  expect(stored.filter((key) => key !== 'rls-causes:content-version-seen')).toEqual([])
  expect(watched.consoleErrors).toEqual([])
}

describe('/patient next steps on a phone (375 px)', () => {
  it('pramipexole, symptoms now at 2 pm and in the arms: possible augmentation with its next steps and referral', async () => {
    const watched = await openPatient()
    const { page } = watched
    await page.getByRole('textbox', { name: 'Medication list' }).fill('pramipexole 0.25 mg nocte')
    const questions = page.getByRole('group', { name: 'Augmentation' })
    await questions.waitFor()
    const check = nextSteps(page).getByRole('status', { name: 'Augmentation check' })
    await expect.poll(() => check.textContent()).toMatch(/Augmentation risk: check these/)
    await questions.getByRole('checkbox', { name: /at least 4 hours earlier/ }).check()
    await questions.getByRole('checkbox', { name: /spread to the arms or trunk/ }).check()
    await expect.poll(() => check.textContent()).toMatch(/Possible augmentation\./)
    expect(await nextSteps(page).getByRole('list', { name: 'Augmentation next steps' }).textContent()).toMatch(/alpha-2-delta ligand or an opioid/)
    expect(await nextSteps(page).getByRole('list', { name: 'Referral for this patient' }).textContent()).toMatch(/Possible augmentation/)
    expect(await page.getByRole('region', { name: 'Bottom line' }).textContent()).toMatch(/possible augmentation/)
    expect(await note(page).textContent()).toMatch(/Augmentation: possible augmentation on Pramipexole/i)
    await expectFitsAndClean(watched)
  }, 60_000)

  it('a man of 70 with ferritin 20 and TSAT 12: where the iron went, product, strength and recheck; TSAT 50 withholds them', async () => {
    const watched = await openPatient()
    const { page } = watched
    await page.getByRole('spinbutton', { name: 'Age (years)' }).fill('70')
    await page.getByRole('radio', { name: 'Male', exact: true }).check()
    await page.getByRole('spinbutton', { name: 'Ferritin (ng/mL)' }).fill('20')
    await page.getByRole('spinbutton', { name: 'Transferrin saturation (%)' }).fill('12')
    const loss = nextSteps(page).getByRole('list', { name: 'Source of iron loss' })
    await loss.waitFor()
    expect(await loss.textContent()).toMatch(/gastrointestinal investigation[\s\S]*coeliac/)
    const products = await nextSteps(page).getByRole('list', { name: 'Iron product' }).textContent()
    expect(products).toMatch(/Oral ferrous sulfate[\s\S]*AASM 2024: conditional/)
    expect(products).toMatch(/IV ferric carboxymaltose[\s\S]*AASM 2024: strong/)
    expect(await nextSteps(page).textContent()).toMatch(/Recheck ferritin and TSAT after about 3 months/)
    await expectFitsAndClean(watched)

    await page.getByRole('spinbutton', { name: 'Transferrin saturation (%)' }).fill('50')
    await nextSteps(page).getByRole('list', { name: 'Iron product' }).waitFor({ state: 'detached' })
    expect(await nextSteps(page).getByRole('list', { name: 'Source of iron loss' }).count()).toBe(0)
  }, 60_000)

  it('a woman of 30 with ferritin 20: iron, no search for blood loss', async () => {
    const watched = await openPatient()
    const { page } = watched
    await page.getByRole('spinbutton', { name: 'Age (years)' }).fill('30')
    await page.getByRole('radio', { name: 'Female', exact: true }).check()
    await page.getByRole('spinbutton', { name: 'Ferritin (ng/mL)' }).fill('20')
    await page.getByRole('spinbutton', { name: 'Transferrin saturation (%)' }).fill('12')
    await nextSteps(page).getByRole('list', { name: 'Iron product' }).waitFor()
    expect(await nextSteps(page).getByRole('list', { name: 'Source of iron loss' }).count()).toBe(0)
    await expectFitsAndClean(watched)
  }, 60_000)

  it('frequency and distress set the treatment gate in the bottom line; pregnancy with severe symptoms is a referral now', async () => {
    const watched = await openPatient()
    const { page } = watched
    await page.getByRole('radio', { name: 'Female', exact: true }).check()
    await page.getByRole('checkbox', { name: /^Pregnant/ }).check()
    await page.getByRole('group', { name: 'How often do the symptoms come?' }).getByRole('radio', { name: 'More than twice a week' }).check()
    await page.getByRole('group', { name: 'How much do they disturb sleep or daytime life?' }).getByRole('radio', { name: 'Severely' }).check()
    await expect.poll(() => page.getByRole('region', { name: 'Bottom line' }).textContent()).toMatch(/Clinically significant RLS/)
    expect(await nextSteps(page).getByRole('list', { name: 'Referral for this patient' }).textContent()).toMatch(/Pregnancy with clinically significant symptoms/)
    expect(await nextSteps(page).getByRole('list', { name: 'Referral criteria' }).textContent()).toMatch(/Refractory RLS/)
    expect(await note(page).textContent()).toMatch(/clinically significant RLS \(AASM 2024 treatment gate met\)/)
    await expectFitsAndClean(watched)
  }, 60_000)
})
