import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assessPatient, PREGNANCY_STAGES, screenedMedicationsFrom, type PatientInput } from '../../../src/features/patient/assess-patient'
import { calculateTsat, readAges } from '../../../src/features/patient/read-patient-values'
import { screenMedicationList } from '../../../src/features/medications/screen-medication-list'
import { DISAGREEMENT_CONFLICT, VIGNETTES, type Vignette } from './vignettes'
import { shippedBundle, shippedVocabulary } from '../../shipped-content'

const bundle = shippedBundle()
const vocabulary = shippedVocabulary()
const rules = bundle.patientWorkup
const everyPatientLabs = bundle.labs.filter((lab) => lab.group === 'all').map((lab) => lab.id)
const GRADES = ['Established', 'Probable', 'Possible', 'Disputed']

/** A vignette as the screen hands it over: the medication list goes through the real screener. */
function inputFor(v: Vignette): PatientInput {
  const screened = screenMedicationList(v.input.medications ?? '', bundle, vocabulary)
  return {
    ...v.input,
    ticked: new Set(v.input.ticked ?? []),
    medications: screenedMedicationsFrom(screened),
    medicationListEntered: (v.input.medications ?? '').trim() !== '',
  }
}

/** The note's "Can trigger or worsen RLS" line, or '' when it has none. */
const triggerLine = (summary: string) => summary.split('\n').find((line) => line.startsWith('Can trigger or worsen RLS:')) ?? ''

describe('assessPatient: the vignettes', () => {
  it.each(VIGNETTES.map((v) => [v.name, v] as const))('%s', (_name, v) => {
    const a = assessPatient(bundle, inputFor(v))
    expect(a.errors).toEqual([])
    expect(a.likelyForm.label.startsWith(v.expect.likelyForm), a.likelyForm.label).toBe(true)
    const causeIds = a.causes.map((c) => c.cause.id)
    for (const id of v.expect.causes) expect(causeIds, id).toContain(id)
    for (const id of v.expect.causesAbsent ?? []) expect(causeIds, id).not.toContain(id)
    const conflictIds = a.causes.flatMap((c) => c.conflicts.map((conflict) => conflict.id))
    for (const id of v.expect.conflicts ?? []) expect(conflictIds, id).toContain(id)
    expect(a.flaggedMedications.map((m) => m.id).sort()).toEqual([...v.expect.flagged].sort())
    const ironText = [a.iron.interpretation.summary, ...a.iron.notes.map((n) => n.text), a.iron.tsat?.text ?? ''].join(' ')
    for (const text of v.expect.iron.filter((t) => !t.includes('reading differs'))) expect(ironText, text).toContain(text)
    const labIds = a.tests.map((t) => t.lab.id)
    for (const id of v.expect.tests) expect(labIds, id).toContain(id)
    for (const id of v.expect.testsAbsent ?? []) expect(labIds, id).not.toContain(id)
    for (const [lab, reason] of v.expect.reasons ?? []) {
      expect(a.tests.find((t) => t.lab.id === lab)?.reasons.join('; '), `${lab}: ${reason}`).toContain(reason)
    }
    for (const text of v.expect.summary) expect(a.summary, text).toContain(text)
    for (const text of v.expect.summaryAbsent ?? []) expect(a.summary, text).not.toContain(text)
    for (const name of v.expect.notInTriggerLine ?? []) expect(triggerLine(a.summary), name).not.toContain(name)
    for (const id of v.expect.findingsAbsent ?? []) expect(a.findings.map((f) => f.id), id).not.toContain(id)
    expect(a.summary).toContain(`content version ${bundle.meta.version}, reviewed ${bundle.meta.reviewed}`)
  })

  it('with nothing entered, gives exactly the all-patient tests and leans neither way', () => {
    const a = assessPatient(bundle, {})
    expect(a.tests.map((t) => t.lab.id)).toEqual(everyPatientLabs)
    expect(a.likelyForm.leaning).toBe('unknown')
    expect(a.causes.map((c) => c.cause.id)).toEqual(rules.everyPatientCauses.map((c) => c.cause))
    expect(a.iron.interpretation.status).toBe('empty')
  })

  it('shows the sources’ disagreement on a cause where the bundle records one', () => {
    const v = VIGNETTES.find((x) => x.name.startsWith('sources disagree'))!
    const a = assessPatient(bundle, inputFor(v))
    expect(a.iron.interpretation.differs).toBe(true)
    const cause = a.causes.find((c) => c.cause.id === 'multiple-sclerosis')!
    expect(cause.conflicts.map((c) => c.id)).toContain(DISAGREEMENT_CONFLICT)
  })

  it('reads the ICD-10-CM and ICD-11 codes from the bundle into the note', () => {
    const a = assessPatient(bundle, {})
    expect(a.summary).toContain('ICD-10-CM G25.81')
    expect(a.summary).toContain('ICD-11 7A80')
  })
})

describe('assessPatient: the rules are data', () => {
  it('a rule added to the bundle changes the result with no code change', () => {
    const a = assessPatient(bundle, { ticked: ['migraine'] })
    expect(a.tests.map((t) => t.lab.id)).not.toContain('magnesium')
    const edited = { ...bundle, patientWorkup: { ...rules, labRules: [...rules.labRules, { finding: 'migraine', lab: 'magnesium', reason: 'migraine' }] } }
    const b = assessPatient(edited, { ticked: ['migraine'] })
    expect(b.tests.find((t) => t.lab.id === 'magnesium')?.reasons).toEqual(['migraine'])
  })

  it('derives metformin use from a drug id the screener reports', () => {
    const a = assessPatient(bundle, { medications: { drugs: [], recognisedIds: ['metformin'], unrecognised: [], notChecked: 0 } })
    expect(a.findings.map((f) => f.id)).toContain('metformin')
    expect(a.tests.find((t) => t.lab.id === 'vitamin-b12')?.reasons).toEqual(['metformin use'])
  })

  it('a substance flagged in the list reaches its own cause, not every substance', () => {
    const a = assessPatient(bundle, { medications: screenedMedicationsFrom(screenMedicationList('coffee 3 cups a day', bundle, vocabulary)) })
    const ids = a.causes.map((c) => c.cause.id)
    expect(ids).toContain('caffeine')
    expect(ids).not.toContain('alcohol')
  })
})

describe('assessPatient: properties', () => {
  const checkboxIds = rules.findings.filter((f) => f.input === 'checkbox').map((f) => f.id)
  const medicationNames = bundle.medications.map((m) => m.name)
  const numberText = fc.oneof(fc.constant(''), fc.integer({ min: -5, max: 130 }).map(String), fc.constantFrom('abc', '1e', '7,5'))
  const patient = fc.record(
    {
      age: numberText,
      ageAtOnset: numberText,
      sex: fc.constantFrom('female' as const, 'male' as const),
      ticked: fc.subarray(checkboxIds),
      pregnancyStage: fc.constantFrom(...PREGNANCY_STAGES),
      medications: fc.subarray(medicationNames, { maxLength: 5 }).map((names) => screenedMedicationsFrom(screenMedicationList(names.join('\n'), bundle, vocabulary))),
      ferritin: numberText,
      tsat: fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 100 }).map(String)),
      serumIron: numberText,
      tibc: numberText,
    },
    { requiredKeys: [] },
  )

  it('every patient’s tests are always ordered, whatever is entered', () => {
    fc.assert(
      fc.property(patient, (input) => {
        const ids = assessPatient(bundle, input).tests.map((t) => t.lab.id)
        for (const id of everyPatientLabs) expect(ids).toContain(id)
      }),
    )
  })

  // Only a finding that answers a question can drop the test that asked it (pregnant → no pregnancy test).
  // And a finding a rule excepts (`unless`) drops that rule's test (dialysis → no creatinine "because of age").
  const answeredBy = (extra: string) =>
    new Set(
      rules.labRules
        .filter((r) => r.unless === extra || rules.findings.find((f) => f.id === r.finding)?.derived?.unless === extra)
        .map((r) => r.lab),
    )
  // A finding that changes the iron reading (dialysis, a child, inflammation) may drop what the old reading led to.
  const ironReadingFindings = new Set(rules.findings.filter((f) => f.derived?.field === 'ironReading').map((f) => f.id))
  const fromIronReading = (a: ReturnType<typeof assessPatient>) =>
    new Set(rules.causeRules.filter((r) => ironReadingFindings.has(r.finding) && a.findings.some((f) => f.id === r.finding)).flatMap((r) => r.causes))
  const fromIronReadingLabs = (a: ReturnType<typeof assessPatient>) =>
    new Set(rules.labRules.filter((r) => ironReadingFindings.has(r.finding) && a.findings.some((f) => f.id === r.finding)).map((r) => r.lab))

  it('ticking one more finding never removes an every-patient test or a cause, nor a test it does not answer', () => {
    fc.assert(
      fc.property(patient, fc.constantFrom(...checkboxIds), (input, extra) => {
        const before = assessPatient(bundle, input)
        const after = assessPatient(bundle, { ...input, ticked: [...(input.ticked ?? []), extra] })
        const afterLabs = after.tests.map((t) => t.lab.id)
        for (const id of everyPatientLabs) expect(afterLabs).toContain(id)
        const removed = before.tests.map((t) => t.lab.id).filter((id) => !afterLabs.includes(id))
        // A verdict that changes, or becomes "TSAT is needed" (a child with ferritin 50 read as normal iron, then pregnant: the pregnancy rule needs TSAT).
        const [was, now] = [before.iron.interpretation.primary, after.iron.interpretation.primary]
        const readingChanged = was?.status === 'verdict' && (now?.status !== 'verdict' || was.verdict !== now.verdict)
        const droppable = new Set([...answeredBy(extra), ...(readingChanged ? fromIronReadingLabs(before) : [])])
        for (const id of removed) expect(droppable, `${extra} removed ${id}`).toContain(id)
        const afterCauses = after.causes.map((c) => c.cause.id)
        const droppableCauses = readingChanged ? fromIronReading(before) : new Set<string>()
        for (const c of before.causes) if (!droppableCauses.has(c.cause.id)) expect(afterCauses).toContain(c.cause.id)
      }),
    )
  })

  it('lists causes strongest first, and every reason-bearing test is tied to something entered', () => {
    fc.assert(
      fc.property(patient, (input) => {
        const a = assessPatient(bundle, input)
        const ranks = a.causes.map((c) => GRADES.indexOf(c.cause.grade))
        expect(ranks).toEqual([...ranks].sort((x, y) => x - y))
        for (const test of a.tests) if (!test.everyPatient) expect(test.reasons.length).toBeGreaterThan(0)
      }),
    )
  })

  it('an unknown field is never read as "no": leaving a field empty adds nothing and removes nothing', () => {
    fc.assert(
      fc.property(patient, (input) => {
        const withEmptyAge = assessPatient(bundle, { ...input, age: '' })
        const withoutAge = assessPatient(bundle, { ...input, age: undefined })
        expect(withEmptyAge.tests.map((t) => t.lab.id)).toEqual(withoutAge.tests.map((t) => t.lab.id))
        expect(withEmptyAge.summary).toEqual(withoutAge.summary)
      }),
    )
  })
})

describe('reading the typed values', () => {
  it('calculates TSAT from serum iron and TIBC in either unit, and says what is wrong otherwise', () => {
    expect(calculateTsat('8', '45', 'µmol/L')).toMatchObject({ status: 'calculated', tsat: 17.8 })
    expect(calculateTsat('60', '300', 'µg/dL')).toMatchObject({ status: 'calculated', tsat: 20 })
    expect(calculateTsat('60', '', 'µg/dL')).toMatchObject({ status: 'incomplete' })
    expect(calculateTsat('', '', 'µg/dL')).toEqual({ status: 'none' })
    const wrongUnit = calculateTsat('60', '350', 'µmol/L')
    expect(wrongUnit.status === 'invalid' && wrongUnit.errors[0]!.message).toMatch(/is it in µg\/dL/)
    const ironAboveTibc = calculateTsat('50', '40', 'µmol/L')
    expect(ironAboveTibc.status === 'invalid' && ironAboveTibc.errors[0]!.message).toMatch(/cannot be higher than TIBC/)
    expect(calculateTsat('abc', '40', 'µmol/L')).toMatchObject({ status: 'invalid' })
  })

  it('rejects impossible ages with a message naming the field', () => {
    expect(readAges('-1', '').errors[0]!.message).toBe('Age cannot be negative.')
    expect(readAges('40', '50').errors[0]!.message).toBe('Age at onset cannot be later than the current age.')
    expect(readAges('200', '').errors[0]!.field).toBe('age')
    expect(readAges('40', '30')).toEqual({ age: 40, ageAtOnset: 30, errors: [] })
  })

  it('a TSAT the laboratory reported wins over the calculated one', () => {
    const a = assessPatient(bundle, { ferritin: '150', tsat: '30', serumIron: '8', tibc: '45', ironUnit: 'µmol/L' })
    expect(a.iron.tsat).toEqual({ value: 30, source: 'entered' })
  })
})

describe('assessPatient: pregnancy iron reading and the iron overload work-up (issue 16)', () => {
  const pregnant = (stage: PatientInput['pregnancyStage'], ferritin: string, tsat: string): PatientInput => ({
    age: '30',
    sex: 'female',
    ticked: new Set(['pregnant']),
    ...(stage ? { pregnancyStage: stage } : {}),
    ferritin,
    tsat,
  })

  it('first trimester, ferritin 18 and TSAT 12%: oral iron, avoid IV iron, in the reading and the note; CBC still ordered', () => {
    const a = assessPatient(bundle, pregnant('first trimester', '18', '12'))
    const primary = a.iron.interpretation.primary
    expect(primary?.status === 'verdict' && primary.verdict).toBe('oral-iron-avoid-iv')
    expect(a.summary).toContain('Oral iron; avoid IV iron (pregnancy, first trimester)')
    expect(a.summary).not.toContain('oral or IV')
    expect(a.findings.map((f) => f.id)).toContain('low-iron')
  })

  it('the trimester entered changes the note for the same values', () => {
    const first = assessPatient(bundle, pregnant('first trimester', '40', '25')).summary
    const second = assessPatient(bundle, pregnant('second trimester', '40', '25')).summary
    expect(first).toContain('First trimester: avoid IV iron.')
    expect(second).toContain('Second trimester: IV iron only as a specialist decision if oral iron fails or is not tolerated.')
    expect(second).not.toContain('avoid IV iron.')
  })

  it.each([...PREGNANCY_STAGES, undefined])('ferritin 85 and TSAT 25%% in pregnancy (%s) never reads "IV iron only"', (stage) => {
    const a = assessPatient(bundle, pregnant(stage, '85', '25'))
    expect(a.summary).not.toContain('IV iron only')
    expect(a.iron.interpretation.comparison).toBeUndefined()
  })

  it('TSAT at or above 45% adds the overload work-up to the TSAT test, with its source', () => {
    const a = assessPatient(bundle, { age: '50', sex: 'male', ferritin: '400', tsat: '52' })
    expect(a.findings.map((f) => f.id)).toContain('iron-overload-possible')
    const tsat = a.tests.find((t) => t.lab.id === 'tsat')
    expect(tsat?.reasons.join(' ')).toMatch(/fasting morning sample.*HFE genotype/)
    expect(tsat?.sources).toContain('easl-2022-haemochromatosis')
    expect(a.summary).toContain('HFE genotype')
  })

  it('below the ceiling there is no overload work-up', () => {
    const a = assessPatient(bundle, { age: '50', sex: 'male', ferritin: '400', tsat: '44' })
    expect(a.findings.map((f) => f.id)).not.toContain('iron-overload-possible')
    expect(a.summary).not.toContain('HFE')
  })
})
