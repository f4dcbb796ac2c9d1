import { afterEach, describe, expect, it, vi } from 'vitest'
import { IRON_READING_RULES } from '../../src/data/bundle-schema'
import { describeIronRules } from '../../src/features/workup/interpret-iron-studies'
import { renderRoute, screen, waitFor, within } from '../test-utils'
import { shippedBundle } from '../shipped-content'

// The real bundle the app is served: tests name the labs the content must contain, never copy it.
const bundle = shippedBundle()
const labByLoinc = (code: string) => {
  const lab = bundle.labs.find((l) => l.loinc === code)
  if (!lab) throw new Error(`the bundle has no lab with LOINC ${code}`)
  return lab
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

async function openWorkup() {
  const rendered = renderRoute('/workup')
  await screen.findByRole('heading', { level: 1, name: 'Workup checklist' })
  return rendered
}
const interpretation = () => screen.getByRole('status', { name: 'Interpretation' })
const ferritinInput = () => screen.getByRole('spinbutton', { name: 'Ferritin (ng/mL)' })
const tsatInput = () => screen.getByRole('spinbutton', { name: 'Transferrin saturation (%)' })

afterEach(() => {
  vi.restoreAllMocks()
  localStorage.clear()
  sessionStorage.clear()
})

describe('/workup checklist', () => {
  it('groups every test under All patients, If indicated and Not routine, with LOINC codes and grades', async () => {
    await openWorkup()
    expect(document.title).toBe('Workup checklist · RLS Causes')
    const groups = [
      ['all', /^All patients/],
      ['indicated', /^If indicated/],
      ['not routine', /^Not routine/],
    ] as const
    for (const [group, name] of groups) {
      const region = screen.getByRole('region', { name })
      const labs = bundle.labs.filter((l) => l.group === group)
      expect(labs.length, group).toBeGreaterThan(0)
      for (const lab of labs) {
        const box = within(region).getByRole('checkbox', { name: lab.name })
        expect(box).not.toBeChecked()
        const item = box.closest('li')!
        if (lab.loinc && lab.loincStatus !== 'not applicable') expect(item).toHaveTextContent(`LOINC ${lab.loinc}`)
        if (lab.loincStatus === 'unconfirmed') expect(item).toHaveTextContent('LOINC unconfirmed')
        expect(item).toHaveTextContent(`Evidence grade: ${lab.grade}`)
        expect(item).toHaveTextContent(`${group === 'all' ? 'When' : 'Indication'}: ${lab.when}`)
        // The rest of the entry is folded, one tap away.
        expect(within(item).getByText(lab.why)).not.toBeVisible()
      }
    }
    const allPatients = screen.getByRole('region', { name: /^All patients/ })
    expect(within(allPatients).getByText('LOINC 2276-4')).toBeInTheDocument()
    expect(within(allPatients).getByText('LOINC 2502-3')).toBeInTheDocument()
  })

  it('shows how to draw iron studies and the thresholds with units and linked sources, one tap away', async () => {
    const { user } = await openWorkup()
    const ferritin = labByLoinc('2276-4')
    const item = screen.getByRole('checkbox', { name: ferritin.name }).closest('li')!
    // The summary names what the fold holds (and how many thresholds are unconfirmed).
    const unconfirmed = ferritin.thresholds.filter((t) => t.unconfirmed).length
    const fold = within(item).getByText(`Why, specimen, how to draw, thresholds${unconfirmed ? ` (${unconfirmed} unconfirmed)` : ''} and evidence`)
    expect(within(item).getByText(ferritin.how[0]!)).not.toBeVisible()
    await user.click(fold)
    expect(within(item).getByText(ferritin.how[0]!)).toBeVisible()
    for (const step of ferritin.how) expect(item).toHaveTextContent(step)
    expect(ferritin.thresholds.length).toBeGreaterThan(0)
    for (const t of ferritin.thresholds) expect(item).toHaveTextContent(t.criterion)
    expect(within(item).getAllByRole('link').some((a) => a.getAttribute('href')?.startsWith('/sources#source-'))).toBe(true)
  })

  it('ticks and unticks a test, in the screen list and on the printout', async () => {
    const { user, container } = await openWorkup()
    const ferritin = labByLoinc('2276-4')
    const box = screen.getByRole('checkbox', { name: ferritin.name })
    const printed = () => container.querySelectorAll('[data-print-box="ticked"]')
    expect(printed()).toHaveLength(0)
    await user.click(box)
    expect(box).toBeChecked()
    expect(printed()).toHaveLength(1)
    expect(printed()[0]).toHaveTextContent('✓')
    expect(printed()[0]!.closest('li')).toHaveTextContent(ferritin.name)
    await user.click(screen.getByText(ferritin.name, { selector: 'label' }))
    expect(box).not.toBeChecked()
    expect(printed()).toHaveLength(0)
  })

  it('has a Print checklist button that opens the print dialog', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {})
    const { user } = await openWorkup()
    await user.click(screen.getByRole('button', { name: 'Print checklist' }))
    expect(print).toHaveBeenCalledTimes(1)
  })

  it('has patient lines for the printout', async () => {
    await openWorkup()
    for (const label of ['Patient name', 'Date of birth', 'Record number', 'Date']) {
      expect(screen.getByRole('textbox', { name: label })).toHaveAttribute('autocomplete', 'off')
    }
  })
})

describe('/workup iron-studies interpreter', () => {
  it('labels the inputs and explains the units', async () => {
    await openWorkup()
    expect(ferritinInput()).toHaveAccessibleDescription('µg/L equals ng/mL')
    expect(tsatInput()).toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: 'Child (under 18)' })).not.toBeChecked()
    expect(screen.getByRole('checkbox', { name: 'Inflammation, infection or malignancy present' })).not.toBeChecked()
    expect(interpretation()).toHaveTextContent('Enter ferritin, transferrin saturation or both')
  })

  it.each([
    [30, 15, 'AASM 2024: Iron therapy indicated (oral or IV)'],
    [85, 25, 'AASM 2024: IV iron only'],
    [150, 30, 'AASM 2024: Iron therapy not indicated'],
  ])('ferritin %s, TSAT %s → %s', async (ferritin, tsat, verdict) => {
    const { user } = await openWorkup()
    await user.type(ferritinInput(), String(ferritin))
    await user.type(tsatInput(), String(tsat))
    expect(interpretation()).toHaveTextContent(verdict)
    expect(interpretation()).not.toHaveTextContent('differs')
  })

  it('ferritin 100, TSAT 30: shows the IRLSSG/Mayo 2021 reading beside AASM because they differ', async () => {
    const { user } = await openWorkup()
    await user.type(ferritinInput(), '100')
    await user.type(tsatInput(), '30')
    const status = interpretation()
    expect(status).toHaveTextContent('AASM 2024: IV iron only')
    expect(status).toHaveTextContent('IRLSSG/Mayo 2021 reading differs: Iron therapy not indicated')
  })

  it.each([
    ['30', '44', 'AASM 2024: Iron therapy indicated (oral or IV)'],
    ['30', '45', 'AASM 2024: No iron: TSAT at or above the overload ceiling'],
    ['299', '19', 'AASM 2024: Iron therapy indicated (oral or IV)'],
    ['300', '19', 'AASM 2024: Outside the iron-treatment evidence: look for inflammation'],
    ['301', '19', 'AASM 2024: Outside the iron-treatment evidence: look for inflammation'],
  ])('iron ceilings: ferritin %s ng/mL, TSAT %s%% reads "%s"', async (ferritin, tsat, expected) => {
    const { user } = await openWorkup()
    await user.type(ferritinInput(), ferritin)
    await user.type(tsatInput(), tsat)
    expect(interpretation()).toHaveTextContent(expected)
    if (Number(tsat) >= 45) expect(interpretation()).not.toHaveTextContent(/Iron therapy indicated|IV iron only/)
  })

  it('ESRD on dialysis: the checkbox applies the iron sucrose rule (ferritin 199 vs 200 ng/mL, TSAT 19%)', async () => {
    const { user } = await openWorkup()
    await user.type(ferritinInput(), '199')
    await user.type(tsatInput(), '19')
    expect(interpretation()).toHaveTextContent('AASM 2024: Iron therapy indicated (oral or IV)')
    await user.click(screen.getByRole('checkbox', { name: /dialysis/i }))
    expect(interpretation()).toHaveTextContent('AASM 2024, ESRD on dialysis: IV iron sucrose (ESRD on dialysis; conditional)')
    expect(interpretation()).not.toHaveTextContent('IRLSSG/Mayo')
    await user.clear(ferritinInput())
    await user.type(ferritinInput(), '200')
    expect(interpretation()).toHaveTextContent('AASM 2024, ESRD on dialysis: Iron therapy not indicated')
  })

  it('shows the safety cautions with the reading: overload always, IV iron cautions, pregnancy when ticked', async () => {
    const { user } = await openWorkup()
    await user.type(ferritinInput(), '30')
    await user.type(tsatInput(), '15')
    const cautions = within(interpretation()).getByRole('list', { name: 'Safety cautions' })
    for (const caution of bundle.ironRules.cautions.filter((c) => c.when !== 'pregnant')) expect(cautions).toHaveTextContent(caution.text)
    expect(cautions).toHaveTextContent(/haemochromatosis/i)
    expect(cautions).toHaveTextContent(/hypophosphataemia/i)
    expect(cautions).not.toHaveTextContent(/first trimester/i)
    await user.click(screen.getByRole('checkbox', { name: 'Pregnant' }))
    expect(within(interpretation()).getByRole('list', { name: 'Safety cautions' })).toHaveTextContent(/first trimester/i)
  })

  it('in pregnancy reads by trimester: oral iron, no IV iron in the first trimester, a specialist decision later', async () => {
    const { user } = await openWorkup()
    await user.type(ferritinInput(), '18')
    await user.type(tsatInput(), '12')
    expect(screen.queryByRole('combobox', { name: 'Trimester' })).toBeNull()
    await user.click(screen.getByRole('checkbox', { name: 'Pregnant' }))
    expect(interpretation()).toHaveTextContent('IRLSSG 2015, pregnancy: Oral iron first (pregnancy)')
    expect(interpretation()).toHaveTextContent('Trimester not entered: avoid IV iron in the first trimester')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Trimester' }), 'First trimester')
    expect(interpretation()).toHaveTextContent('Oral iron; avoid IV iron (pregnancy, first trimester)')
    expect(interpretation()).toHaveTextContent('First trimester: avoid IV iron.')
    expect(within(interpretation()).getByRole('list', { name: 'Safety cautions' })).not.toHaveTextContent(/hypophosphataemia/i)
    await user.selectOptions(screen.getByRole('combobox', { name: 'Trimester' }), 'Third trimester')
    expect(interpretation()).toHaveTextContent('Third trimester: IV iron only as a specialist decision if oral iron fails or is not tolerated.')
    expect(interpretation()).not.toHaveTextContent('avoid IV iron.')
    expect(interpretation()).not.toHaveTextContent('IRLSSG/Mayo')
  })

  it('never reads "IV iron only" in pregnancy: ferritin 85 with TSAT 25%', async () => {
    const { user } = await openWorkup()
    await user.type(ferritinInput(), '85')
    await user.type(tsatInput(), '25')
    expect(interpretation()).toHaveTextContent('AASM 2024: IV iron only')
    await user.click(screen.getByRole('checkbox', { name: 'Pregnant' }))
    expect(interpretation()).not.toHaveTextContent('IV iron only')
    expect(interpretation()).toHaveTextContent('IRLSSG 2015, pregnancy: Iron therapy not indicated')
  })

  it('TSAT at or above 45% adds the iron overload work-up, with its source', async () => {
    const { user } = await openWorkup()
    await user.type(ferritinInput(), '120')
    await user.type(tsatInput(), '44')
    expect(interpretation()).not.toHaveTextContent('HFE')
    await user.clear(tsatInput())
    await user.type(tsatInput(), '45')
    expect(interpretation()).toHaveTextContent(`Tests to add: ${bundle.ironRules.ceilings.overloadWorkup.text}`)
    expect(within(interpretation()).getByRole('link', { name: /EASL 2022/ })).toHaveAttribute('href', '/sources#source-easl-2022-haemochromatosis')
  })

  it('ferritin above 100 with TSAT below 20%: check CRP and inflammation first', async () => {
    const { user } = await openWorkup()
    await user.type(ferritinInput(), '250')
    await user.type(tsatInput(), '18')
    expect(interpretation()).toHaveTextContent('AASM 2024: Iron therapy indicated (oral or IV)')
    expect(interpretation()).toHaveTextContent('check CRP and look for inflammation, infection or malignancy first')
  })

  it('shows the SNOMED CT code with the ICD codes', async () => {
    await openWorkup()
    expect(screen.getByRole('region', { name: 'Diagnosis codes' })).toHaveTextContent('SNOMED CT 32914008')
  })

  it('updates as you type', async () => {
    const { user } = await openWorkup()
    await user.type(tsatInput(), '30')
    await user.type(ferritinInput(), '1')
    expect(interpretation()).toHaveTextContent('Iron therapy indicated (oral or IV)')
    await user.type(ferritinInput(), '50')
    expect(interpretation()).toHaveTextContent('Iron therapy not indicated')
  })

  it('an impossible value gives an inline message tied to the field, and no verdict', async () => {
    const { user } = await openWorkup()
    await user.type(ferritinInput(), '-5')
    await user.type(tsatInput(), '30')
    expect(ferritinInput()).toHaveAttribute('aria-invalid', 'true')
    expect(ferritinInput()).toHaveAccessibleDescription('µg/L equals ng/mL Ferritin cannot be negative.')
    expect(interpretation()).toHaveTextContent('No interpretation: Ferritin cannot be negative.')
    expect(interpretation()).not.toHaveTextContent(/Iron therapy|IV iron/)

    await user.clear(ferritinInput())
    await user.type(ferritinInput(), '30')
    await user.clear(tsatInput())
    await user.type(tsatInput(), '101')
    expect(tsatInput()).toHaveAttribute('aria-invalid', 'true')
    expect(tsatInput()).toHaveAccessibleDescription('Transferrin saturation cannot be over 100%.')
    expect(ferritinInput()).not.toHaveAttribute('aria-invalid')
    expect(interpretation()).not.toHaveTextContent(/Iron therapy|IV iron/)
  })

  it('one value alone says which other value is needed', async () => {
    const { user } = await openWorkup()
    await user.type(ferritinInput(), '85')
    expect(interpretation()).toHaveTextContent('AASM 2024: no verdict yet. Transferrin saturation is needed')
    expect(interpretation()).not.toHaveTextContent(/AASM 2024: (Iron therapy|IV iron only)/)
    await user.clear(ferritinInput())
    await user.type(tsatInput(), '30')
    expect(interpretation()).toHaveTextContent('AASM 2024: no verdict yet. Ferritin is needed')
  })

  it('applies the children’s threshold when Child is ticked', async () => {
    const { user } = await openWorkup()
    await user.type(ferritinInput(), '60')
    await user.type(tsatInput(), '30')
    expect(interpretation()).toHaveTextContent('AASM 2024: Iron therapy indicated (oral or IV)')
    await user.click(screen.getByRole('checkbox', { name: 'Child (under 18)' }))
    expect(interpretation()).toHaveTextContent('AASM 2024, children: Iron therapy not indicated')
    expect(interpretation()).not.toHaveTextContent('IRLSSG/Mayo')
  })

  it('shows the caveats under the reading, and the thresholds applied and their notes one tap away', async () => {
    const { user } = await openWorkup()
    expect(bundle.ironRules.caveats.length).toBeGreaterThan(0)
    const rules = describeIronRules(bundle.ironRules)
    const notes = IRON_READING_RULES.map((key) => bundle.ironRules[key].note)
    const interpreter = within(screen.getByRole('region', { name: 'Iron-studies interpreter' }))
    for (const caveat of bundle.ironRules.caveats) expect(interpreter.getByText(caveat.text, { exact: false })).toBeVisible()
    const shown = () => [...rules.map((rule) => interpreter.getByText(rule.text, { exact: false })), ...notes.map((note) => interpreter.getByText(note, { exact: false }))]
    for (const element of shown()) expect(element).not.toBeVisible()
    await user.click(interpreter.getByText('Thresholds applied, and where each comes from'))
    for (const element of shown()) expect(element).toBeVisible()
  })
})

describe('/workup copy as text', () => {
  it('puts the checklist with LOINC codes and tick states on the clipboard and says "Copied"', async () => {
    const { user } = await openWorkup()
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue()
    const ferritin = labByLoinc('2276-4')
    await user.click(screen.getByRole('checkbox', { name: ferritin.name }))
    await user.click(screen.getByRole('button', { name: 'Copy as text' }))
    expect(writeText).toHaveBeenCalledTimes(1)
    const text = writeText.mock.calls[0]![0]
    expect(text).toContain('LOINC 2276-4')
    expect(text).toContain('LOINC 2502-3')
    expect(text).toMatch(new RegExp(`^\\[x\\] ${escapeRegExp(ferritin.name)}`, 'm'))
    expect(text).toMatch(new RegExp(`^\\[ \\] ${escapeRegExp(labByLoinc('2502-3').name)}`, 'm'))
    expect(text).toContain(`Content version ${bundle.meta.version}, reviewed ${bundle.meta.reviewed}`)
    expect(text).toContain(`${window.location.origin}/workup`)
    expect(await screen.findByRole('status', { name: 'Copy status' })).toHaveTextContent('Copied')
  })

  it('the copied text, the on-screen checklist and the interpreter carry the same ICD codes and iron ceilings', async () => {
    const { user } = await openWorkup()
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue()
    await user.click(screen.getByRole('button', { name: 'Copy as text' }))
    const text = writeText.mock.calls[0]![0]
    expect(text).toMatch(/ICD-10-CM G25\.81/)
    expect(text).toMatch(/ICD-11 7A80/)
    const codes = within(screen.getByRole('region', { name: 'Diagnosis codes' }))
    expect(codes.getByText('G25.81')).toBeInTheDocument()
    expect(codes.getByText('7A80')).toBeInTheDocument()
    const { noIronIfTsatAtLeast, trialEvidenceFerritinBelow } = bundle.ironRules.ceilings
    const ceilingLine = `no iron if TSAT ≥${noIronIfTsatAtLeast}% (overload risk)`
    expect(text).toContain(ceilingLine)
    expect(text).toContain(`ferritin ≥${trialEvidenceFerritinBelow} ng/mL is outside the treatment evidence`)
    expect(text).toContain(`IV iron sucrose if ferritin <${bundle.ironRules.dialysis.ivIronSucroseIfFerritinBelow} ng/mL and TSAT <${bundle.ironRules.dialysis.ivIronSucroseIfTsatBelow}%`)
    expect(text).not.toContain('whatever the ferritin)')
    // The interpreter lists the same lines it applies.
    expect(screen.getByRole('region', { name: 'Iron-studies interpreter' })).toHaveTextContent(ceilingLine)
    // Ferritin shown in ng/mL only; the µg/L equivalence is stated once, not as a second unit.
    expect(text).not.toMatch(/Ferritin [<≤>][^\n]*µg\/L/)
  })

  it('shows the text to copy by hand when the clipboard refuses', async () => {
    const { user } = await openWorkup()
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'))
    await user.click(screen.getByRole('button', { name: 'Copy as text' }))
    const status = await screen.findByRole('status', { name: 'Copy status' })
    // The copy attempt settles after the click: wait for its answer.
    await waitFor(() => expect(status).toHaveTextContent('The clipboard is not available here'))
    const box = screen.getByRole('textbox', { name: 'Checklist as text' })
    expect(box).toHaveAttribute('readonly')
    expect((box as HTMLTextAreaElement).value).toContain('LOINC 2276-4')
    expect(screen.getByRole('status', { name: 'Copy status' })).not.toHaveTextContent('Copied')
  })

  it('falls back the same way when there is no clipboard at all', async () => {
    const { user } = await openWorkup()
    const original = Object.getOwnPropertyDescriptor(window.navigator, 'clipboard')
    Object.defineProperty(window.navigator, 'clipboard', { value: undefined, configurable: true })
    try {
      await user.click(screen.getByRole('button', { name: 'Copy as text' }))
      expect(await screen.findByRole('textbox', { name: 'Checklist as text' })).toBeInTheDocument()
    } finally {
      if (original) Object.defineProperty(window.navigator, 'clipboard', original)
      else delete (window.navigator as { clipboard?: unknown }).clipboard
    }
  })
})

describe('/workup privacy', () => {
  it('stores nothing and keeps values out of the address', async () => {
    const { user, router } = await openWorkup()
    const snapshot = () => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } })
    const before = snapshot()
    const setItem = vi.spyOn(Storage.prototype, 'setItem')
    await user.type(screen.getByRole('textbox', { name: 'Patient name' }), 'Zebedee Quill')
    await user.type(screen.getByRole('textbox', { name: 'Record number' }), 'MRN-99173')
    await user.click(screen.getByRole('checkbox', { name: labByLoinc('2276-4').name }))
    await user.type(ferritinInput(), '31')
    await user.type(tsatInput(), '17')
    await waitFor(() => expect(interpretation()).toHaveTextContent('Iron therapy indicated'))
    await user.click(screen.getByRole('checkbox', { name: 'Child (under 18)' }))
    expect(setItem).not.toHaveBeenCalled()
    expect(snapshot()).toBe(before)
    expect(router.state.location.href).toBe('/workup')
  })
})

describe('links into the workup', () => {
  it('every lab has the lab-<id> anchor that cause pages and the lookup link to', async () => {
    const { container } = renderRoute('/workup')
    await screen.findByRole('heading', { level: 1, name: 'Workup checklist' })
    for (const lab of bundle.labs) {
      expect(container.querySelector(`#lab-${lab.id}`), lab.id).toHaveTextContent(lab.name)
    }
  })

  const foldOf = (labId: string) => document.querySelector(`#lab-${labId} details`)!

  it('an address to one test opens that test’s detail, and only that one', async () => {
    const ferritin = labByLoinc('2276-4')
    renderRoute(`/workup#lab-${ferritin.id}`)
    await screen.findByRole('heading', { level: 1, name: 'Workup checklist' })
    await waitFor(() => expect(foldOf(ferritin.id)).toHaveAttribute('open'))
    expect(within(foldOf(ferritin.id) as HTMLElement).getByText(ferritin.how[0]!)).toBeVisible()
    const others = bundle.labs.filter((lab) => lab.id !== ferritin.id)
    expect(others.filter((lab) => foldOf(lab.id).hasAttribute('open'))).toEqual([])
  })

  it('a cause’s test link opens that test on the checklist', async () => {
    const cause = bundle.causes.find((c) => c.id === 'pregnancy')!
    const lab = bundle.labs.find((l) => l.id === cause.checks[0])!
    const { user } = renderRoute('/causes/pregnancy')
    await screen.findByRole('heading', { level: 1, name: cause.name })
    await user.click(within(screen.getByRole('region', { name: 'What to check' })).getByRole('link', { name: lab.name }))
    await screen.findByRole('heading', { level: 1, name: 'Workup checklist' })
    await waitFor(() => expect(foldOf(lab.id)).toHaveAttribute('open'))
    expect(screen.getByText(lab.why)).toBeVisible()
  })
})

describe('unconfirmed thresholds in the interpreter', () => {
  it('labels an IV-only verdict as resting on an unconfirmed upper bound', async () => {
    const { user } = renderRoute('/workup')
    await screen.findByRole('heading', { level: 1, name: 'Workup checklist' })
    await user.type(screen.getByLabelText('Ferritin (ng/mL)'), '85')
    await user.type(screen.getByLabelText('Transferrin saturation (%)'), '25')
    const status = screen.getByRole('status', { name: 'Interpretation' })
    await waitFor(() => expect(status).toHaveTextContent(/IV iron only/i))
    expect(within(status).getAllByText('Unconfirmed').length).toBeGreaterThan(0)
    expect(status).toHaveTextContent('seen only in secondary reports')
  })
})
