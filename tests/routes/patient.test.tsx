import { afterEach, describe, expect, it } from 'vitest'
import { renderRoute, screen, within, type userEvent } from '../test-utils'
import { VIGNETTES, type Vignette } from '../features/patient/vignettes'
import { shippedBundle } from '../shipped-content'

const bundle = shippedBundle()
const finding = (id: string) => bundle.patientWorkup.findings.find((f) => f.id === id)!
const cause = (id: string) => bundle.causes.find((c) => c.id === id)!
const lab = (id: string) => bundle.labs.find((l) => l.id === id)!
const medication = (id: string) => bundle.medications.find((m) => m.id === id)!
const category = (id: string) => bundle.categories.find((c) => c.id === id)!

type User = ReturnType<typeof userEvent.setup>

async function openPatient() {
  const rendered = renderRoute('/patient')
  await screen.findByRole('heading', { level: 1, name: 'Patient workup' })
  return rendered
}

const region = (name: string) => screen.getByRole('region', { name })

/** Fills the form as a clinician would: typing, ticking by the label the bundle gives, pasting. */
async function fill(user: User, v: Vignette) {
  const i = v.input
  const type = async (name: string | RegExp, value: string | undefined) => {
    if (value === undefined) return
    await user.type(screen.getByRole('spinbutton', { name }), value)
  }
  await type('Age (years)', i.age)
  await type('Age at onset (years)', i.ageAtOnset)
  if (i.sex) await user.click(screen.getByRole('radio', { name: i.sex === 'female' ? 'Female' : 'Male' }))
  for (const id of i.ticked ?? []) {
    const f = finding(id)
    if (!f.prominent) {
      const details = screen.getByText(category(f.category).name, { selector: 'summary' }).closest('details')!
      if (!details.open) await user.click(within(details).getByText(category(f.category).name))
    }
    await user.click(screen.getByRole('checkbox', { name: f.label }))
  }
  if (i.pregnancyStage) await user.click(screen.getByRole('radio', { name: new RegExp(`^${i.pregnancyStage}$`, 'i') }))
  if (i.medications) {
    await user.click(screen.getByRole('textbox', { name: 'Medication list' }))
    await user.paste(i.medications)
  }
  if (i.ironUnit === 'µg/dL') await user.click(screen.getByRole('radio', { name: 'µg/dL' }))
  await type('Ferritin (ng/mL)', i.ferritin)
  await type('Transferrin saturation (%)', i.tsat)
  await type(/^Serum iron/, i.serumIron)
  await type(/^TIBC/, i.tibc)
}

/** Every section says what the vignette expects. */
async function expectSections(v: Vignette) {
  const e = v.expect
  expect(await within(region('Likely form')).findByText((_, el) => el?.getAttribute('aria-label') === 'Likely form' && el.textContent!.startsWith(e.likelyForm))).toBeInTheDocument()
  const causes = region('Causes to look for')
  for (const id of e.causes) {
    expect(within(causes).getByRole('link', { name: cause(id).name })).toHaveAttribute('href', `/causes/${id}`)
  }
  for (const id of e.causesAbsent ?? []) expect(within(causes).queryByRole('link', { name: cause(id).name })).toBeNull()
  for (const id of e.conflicts ?? []) {
    expect(causes).toHaveTextContent(`Sources disagree: ${bundle.conflicts.find((c) => c.id === id)!.topic}`)
  }
  const flagged = region('Flagged medications')
  if (!v.input.medications) expect(flagged).toHaveTextContent('No medication list entered')
  else if (e.flagged.length === 0) expect((await within(flagged).findAllByText(/No line names a drug/))[0]).toBeInTheDocument()
  for (const id of e.flagged) expect(await within(flagged).findByText(medication(id).name)).toBeInTheDocument()
  // The "do not stop a needed drug" line comes with a drug that can trigger or worsen RLS, or a weak report.
  const weighed = e.flagged.some((id) => medication(id).roles.some((role) => ['triggers', 'worsens', 'insufficient evidence'].includes(role)))
  if (weighed) expect(flagged).toHaveTextContent('Do not stop a needed drug')
  const iron = region('Iron studies')
  for (const text of e.iron) expect(iron).toHaveTextContent(text)
  const tests = within(region('Tests to order')).getByRole('list', { name: 'Tests to order' })
  const items = within(tests).getAllByRole('listitem')
  const itemFor = (id: string) => items.find((item) => within(item).queryByRole('link', { name: lab(id).name }))
  for (const id of e.tests) expect(itemFor(id), id).toBeDefined()
  for (const id of e.testsAbsent ?? []) expect(itemFor(id), id).toBeUndefined()
  for (const [id, reason] of e.reasons ?? []) expect(itemFor(id)).toHaveTextContent(reason)
  const note = screen.getByTestId('summary-note')
  for (const text of e.summary) expect(note).toHaveTextContent(text)
  for (const text of e.summaryAbsent ?? []) expect(note).not.toHaveTextContent(text)
  const triggerLine = note.textContent!.split('\n').find((line) => line.startsWith('Can trigger or worsen RLS:')) ?? ''
  for (const name of e.notInTriggerLine ?? []) expect(triggerLine, name).not.toContain(name)
  // The leaning never cites a drug that neither triggers nor worsens RLS.
  if (e.findingsAbsent?.includes('trigger-drug')) expect(region('Likely form')).not.toHaveTextContent(/drug that can trigger or worsen/i)
  // Badges name the role, never "known trigger".
  expect(flagged).not.toHaveTextContent(/known trigger/i)
  expect(note).toHaveTextContent('ICD-10-CM G25.81')
}

afterEach(() => {
  localStorage.clear()
  sessionStorage.clear()
})

describe('/patient', () => {
  it.each(VIGNETTES.map((v) => [v.name, v] as const))('vignette: %s', async (_name, v) => {
    const { user, router } = await openPatient()
    const storageBefore = JSON.stringify({ ...localStorage, ...sessionStorage })
    await fill(user, v)
    await expectSections(v)
    // Nothing typed goes into the address or storage.
    expect(router.state.location.href).toBe('/patient')
    expect(JSON.stringify({ ...localStorage, ...sessionStorage })).toBe(storageBefore)
  })

  it('reads metformin use from the pasted list, with no box ticked, and asks for vitamin B12 for it', async () => {
    const { user } = await openPatient()
    await user.click(screen.getByRole('textbox', { name: 'Medication list' }))
    await user.paste('Glucophage 500 mg bd\nAtorvastatin 20 mg nocte')
    const flagged = region('Flagged medications')
    expect(await within(flagged).findByRole('heading', { name: /recognised, no known association/i })).toBeInTheDocument()
    const tests = within(region('Tests to order')).getByRole('list', { name: 'Tests to order' })
    const b12 = within(tests)
      .getAllByRole('listitem')
      .find((item) => within(item).queryByRole('link', { name: lab('vitamin-b12').name }))
    expect(b12).toHaveTextContent('metformin use')
    expect(screen.getByRole('checkbox', { name: finding('metformin').label })).not.toBeChecked()
  })

  it('shows every input the issue names, with the other conditions collapsed by category', async () => {
    await openPatient()
    for (const name of ['Age (years)', 'Age at onset (years)', 'Ferritin (ng/mL)', 'Transferrin saturation (%)']) {
      expect(screen.getByRole('spinbutton', { name })).toBeInTheDocument()
    }
    expect(screen.getByRole('group', { name: 'Sex' })).toBeInTheDocument()
    for (const text of ['Pregnant', 'dialysis', 'Chronic kidney disease', 'Diabetes', 'Numbness, tingling or burning in the feet', 'A parent, sibling or child has RLS']) {
      expect(screen.getByRole('checkbox', { name: new RegExp(text) })).toBeInTheDocument()
    }
    expect(screen.getByRole('textbox', { name: 'Medication list' })).toBeInTheDocument()
    expect(screen.getByRole('group', { name: 'Unit for serum iron and TIBC' })).toBeInTheDocument()
    const groups = document.querySelectorAll('details')
    expect(groups.length).toBeGreaterThan(2)
    for (const details of groups) expect(details.open).toBe(false)
    for (const heading of ['Likely form', 'Causes to look for', 'Flagged medications', 'Iron studies', 'Tests to order', 'Summary note']) {
      expect(screen.getByRole('heading', { level: 2, name: heading })).toBeInTheDocument()
    }
    expect(screen.getByText(/nothing you enter here is stored, sent or put in the address/)).toBeInTheDocument()
  })

  it('asks for the stage once Pregnant is ticked', async () => {
    const { user } = await openPatient()
    expect(screen.queryByRole('group', { name: 'Stage of pregnancy' })).toBeNull()
    await user.click(screen.getByRole('checkbox', { name: /Pregnant/ }))
    const stage = screen.getByRole('group', { name: 'Stage of pregnancy' })
    for (const name of ['First trimester', 'Second trimester', 'Third trimester', 'Postpartum']) {
      expect(within(stage).getByRole('radio', { name })).toBeInTheDocument()
    }
  })

  it('reads iron in pregnancy by the trimester entered: on screen, in the note and on the printout', async () => {
    const { user } = await openPatient()
    await user.click(screen.getByRole('radio', { name: 'Female' }))
    await user.click(screen.getByRole('checkbox', { name: /Pregnant/ }))
    await user.type(screen.getByRole('spinbutton', { name: 'Ferritin (ng/mL)' }), '18')
    await user.type(screen.getByRole('spinbutton', { name: 'Transferrin saturation (%)' }), '12')
    const stage = screen.getByRole('group', { name: 'Stage of pregnancy' })
    await user.click(within(stage).getByRole('radio', { name: 'First trimester' }))
    const chartPage = () => screen.getByRole('region', { name: 'Chart page' })
    for (const place of [region('Iron studies'), screen.getByTestId('summary-note'), chartPage()]) {
      expect(place).toHaveTextContent('Oral iron; avoid IV iron (pregnancy, first trimester)')
      expect(place).toHaveTextContent('First trimester: avoid IV iron.')
      expect(place).not.toHaveTextContent('Iron therapy indicated (oral or IV)')
    }
    await user.click(within(stage).getByRole('radio', { name: 'Second trimester' }))
    for (const place of [region('Iron studies'), screen.getByTestId('summary-note'), chartPage()]) {
      expect(place).toHaveTextContent('Oral iron first (pregnancy)')
      expect(place).toHaveTextContent('Second trimester: IV iron only as a specialist decision if oral iron fails or is not tolerated.')
      expect(place).not.toHaveTextContent('avoid IV iron.')
    }
  })

  it('never reads "IV iron only" in pregnancy: ferritin 85 with TSAT 25%', async () => {
    const { user } = await openPatient()
    await user.type(screen.getByRole('spinbutton', { name: 'Ferritin (ng/mL)' }), '85')
    await user.type(screen.getByRole('spinbutton', { name: 'Transferrin saturation (%)' }), '25')
    expect(region('Iron studies')).toHaveTextContent('AASM 2024: IV iron only')
    await user.click(screen.getByRole('checkbox', { name: /Pregnant/ }))
    await user.click(within(screen.getByRole('group', { name: 'Stage of pregnancy' })).getByRole('radio', { name: 'Third trimester' }))
    expect(region('Iron studies')).not.toHaveTextContent('IV iron only')
    expect(screen.getByTestId('summary-note')).not.toHaveTextContent('IV iron only')
  })

  it('TSAT at or above 45% adds the iron overload work-up to the tests to order', async () => {
    const { user } = await openPatient()
    await user.type(screen.getByRole('spinbutton', { name: 'Ferritin (ng/mL)' }), '400')
    await user.type(screen.getByRole('spinbutton', { name: 'Transferrin saturation (%)' }), '44')
    const tests = () => within(region('Tests to order')).getByRole('list', { name: 'Tests to order' })
    expect(tests()).not.toHaveTextContent('HFE')
    await user.clear(screen.getByRole('spinbutton', { name: 'Transferrin saturation (%)' }))
    await user.type(screen.getByRole('spinbutton', { name: 'Transferrin saturation (%)' }), '52')
    expect(tests()).toHaveTextContent(/repeat TSAT with ferritin on a fasting morning sample, then HFE genotype/)
    expect(screen.getByTestId('summary-note')).toHaveTextContent('HFE genotype')
  })

  it('explains bad input in the field and gives no reading from it', async () => {
    const { user } = await openPatient()
    await user.type(screen.getByRole('spinbutton', { name: 'Age (years)' }), '40')
    await user.type(screen.getByRole('spinbutton', { name: 'Age at onset (years)' }), '50')
    expect(screen.getByRole('spinbutton', { name: 'Age at onset (years)' })).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByText('Age at onset cannot be later than the current age.')).toBeInTheDocument()
    await user.type(screen.getByRole('spinbutton', { name: /^Serum iron/ }), '60')
    await user.type(screen.getByRole('spinbutton', { name: /^TIBC/ }), '350')
    expect(screen.getByText(/TIBC of 350 µmol\/L is not plausible: is it in µg\/dL\?/)).toBeInTheDocument()
    await user.click(screen.getByRole('radio', { name: 'µg/dL' }))
    expect(region('Iron studies')).toHaveTextContent('TSAT 17.1% calculated from serum iron 60 ÷ TIBC 350 µg/dL × 100')
    await user.type(screen.getByRole('spinbutton', { name: 'Transferrin saturation (%)' }), '150')
    expect(region('Iron studies')).toHaveTextContent('Transferrin saturation cannot be over 100%.')
  })

  it('copies the summary note to the clipboard', async () => {
    const { user } = await openPatient()
    await fill(user, VIGNETTES[0]!)
    await user.click(screen.getByRole('button', { name: 'Copy summary' }))
    expect(await screen.findByText(/Copied: the summary is on the clipboard/)).toBeInTheDocument()
    const copied = await navigator.clipboard.readText()
    expect(copied).toBe(screen.getByTestId('summary-note').textContent)
    expect(copied).toContain('ICD-10-CM G25.81')
  })

  it('starts empty again after "Start a new patient" and after a reload', async () => {
    const { user, unmount } = await openPatient()
    await fill(user, VIGNETTES[5]!)
    expect(region('Flagged medications')).toHaveTextContent('Sertraline')
    // The section's heading names the list; the screener does not repeat it.
    expect(within(region('Flagged medications')).getAllByRole('heading', { name: 'Flagged medications' })).toHaveLength(1)
    expect(within(region('Flagged medications')).getByRole('list', { name: 'Flagged medications' })).toHaveTextContent('Sertraline')
    await user.click(screen.getByRole('button', { name: 'Start a new patient' }))
    expect(screen.getByRole('spinbutton', { name: 'Age (years)' })).toHaveValue(null)
    expect(screen.getByRole('textbox', { name: 'Medication list' })).toHaveValue('')
    expect(region('Flagged medications')).toHaveTextContent('No medication list entered')
    unmount()
    await openPatient()
    expect(screen.getByRole('textbox', { name: 'Medication list' })).toHaveValue('')
    expect(screen.getByTestId('summary-note')).toHaveTextContent('Iron studies: not yet available')
  })

  it.each([
    ['a cause page', '/causes/iron-deficiency', 'Apply this to a patient'],
    ['the workup checklist', '/workup', 'patient workup'],
    ['the medications page', '/medications', 'patient workup'],
  ])('is linked from %s, where a clinician applies what they read', async (_page, url, name) => {
    const { user } = renderRoute(url)
    const link = await screen.findByRole('link', { name })
    expect(link).toHaveAttribute('href', '/patient')
    await user.click(link)
    // The first open loads the page's code: give a cold start room, as the other /patient tests do.
    expect(await screen.findByRole('heading', { level: 1, name: 'Patient workup' }, { timeout: 30_000 })).toBeInTheDocument()
  })

  it('is reached from the start page', async () => {
    const { user } = renderRoute('/')
    await user.click(await screen.findByRole('link', { name: 'Start a patient workup' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Patient workup' })).toBeInTheDocument()
  })
})
