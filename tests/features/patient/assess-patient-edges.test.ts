/**
 * assessPatient at the edges of its rules: each age cut-off on both sides, the sex and
 * "unless" conditions of the pregnancy test, a drug class shared by several causes, and the
 * order of what it returns. The vignettes (assess-patient.test.ts) cover whole patients.
 */
import { describe, expect, it } from 'vitest'
import { screenMedicationList } from '../../../src/features/medications/screen-medication-list'
import { assessPatient, LEANING_LABEL, screenedMedicationsFrom, type PatientInput } from '../../../src/features/patient/assess-patient'
import { shippedBundle } from '../../shipped-content'

const bundle = shippedBundle()
const findingIds = (input: PatientInput) => assessPatient(bundle, input).findings.map((f) => f.id)
const derivedRule = (id: string) => bundle.patientWorkup.findings.find((f) => f.id === id)?.derived

describe('the bundle carries the cut-offs these tests pin', () => {
  it('child <18, older adult ≥65, onset <45 / ≥45, child-bearing age 12 to under 56', () => {
    expect(derivedRule('child')).toEqual({ field: 'age', below: 18 })
    expect(derivedRule('older-adult')).toEqual({ field: 'age', atLeast: 65 })
    expect(derivedRule('early-onset')).toEqual({ field: 'ageAtOnset', below: 45 })
    expect(derivedRule('late-onset')).toEqual({ field: 'ageAtOnset', atLeast: 45 })
    expect(derivedRule('could-be-pregnant')).toEqual({ field: 'age', atLeast: 12, below: 56, sex: 'female', unless: 'pregnant' })
  })
})

describe('assessPatient: age edges', () => {
  it('17 is a child, with the children’s iron rule; 18 is an adult, with the AASM adult rule and the Mayo comparison', () => {
    const child = assessPatient(bundle, { age: 17, ferritin: 60, tsat: 25 })
    expect(child.findings.map((f) => f.id)).toContain('child')
    expect(child.iron.contexts).toContain('child')
    expect(child.iron.interpretation.primary).toMatchObject({ rule: 'children', verdict: 'not-indicated' })
    expect(child.iron.interpretation.comparison).toBeUndefined()
    expect(child.tests.map((t) => t.lab.id)).toContain('polysomnography')

    const adult = assessPatient(bundle, { age: 18, ferritin: 60, tsat: 25 })
    expect(adult.findings.map((f) => f.id)).not.toContain('child')
    expect(adult.iron.contexts).not.toContain('child')
    expect(adult.iron.interpretation.primary).toMatchObject({ rule: 'aasm2024', verdict: 'indicated' })
    expect(adult.iron.interpretation.comparison).toMatchObject({ rule: 'irlssgMayo2021' })
    expect(adult.tests.map((t) => t.lab.id)).not.toContain('polysomnography')
  })

  it('64 is not an older adult; 65 is, and adds the older-age cause and its tests', () => {
    expect(findingIds({ age: 64 })).not.toContain('older-adult')
    const older = assessPatient(bundle, { age: 65 })
    expect(older.findings.map((f) => f.id)).toContain('older-adult')
    expect(older.causes.map((c) => c.cause.id)).toContain('older-age')
    expect(older.causes.find((c) => c.cause.id === 'older-age')?.because).toEqual(['Older adult (65 or over)'])
    expect(older.tests.find((t) => t.lab.id === 'creatinine-egfr')?.reasons.length).toBeGreaterThan(0)
    expect(assessPatient(bundle, { age: 64 }).causes.map((c) => c.cause.id)).not.toContain('older-age')
  })

  it('onset at 44 is early (leans primary); at 45 it is late (leans secondary)', () => {
    const early = assessPatient(bundle, { age: 60, ageAtOnset: 44 })
    expect(early.findings.map((f) => f.id)).toEqual(expect.arrayContaining(['early-onset']))
    expect(early.findings.map((f) => f.id)).not.toContain('late-onset')
    expect(early.likelyForm.leaning).toBe('primary')
    expect(early.likelyForm.label).toBe(LEANING_LABEL.primary)

    const late = assessPatient(bundle, { age: 60, ageAtOnset: 45 })
    expect(late.findings.map((f) => f.id)).toContain('late-onset')
    expect(late.findings.map((f) => f.id)).not.toContain('early-onset')
    expect(late.likelyForm.leaning).toBe('secondary')
    expect(late.summary).toContain('onset at age 45')
  })

  it('an unknown age or onset is neither side of any cut-off', () => {
    const ids = findingIds({ sex: 'female' })
    for (const id of ['child', 'older-adult', 'early-onset', 'late-onset', 'could-be-pregnant']) expect(ids).not.toContain(id)
    expect(assessPatient(bundle, {}).likelyForm.leaning).toBe('unknown')
  })
})

describe('assessPatient: the pregnancy test for a woman of child-bearing age', () => {
  it.each([
    [11, false],
    [12, true],
    [55, true],
    [56, false],
  ] as const)('female aged %s → pregnancy test %s', (age, expected) => {
    const a = assessPatient(bundle, { age, sex: 'female' })
    expect(a.findings.some((f) => f.id === 'could-be-pregnant')).toBe(expected)
    expect(a.tests.some((t) => t.lab.id === 'pregnancy-test')).toBe(expected)
  })

  it('not for a man, nor for a woman whose pregnancy is already recorded', () => {
    expect(findingIds({ age: 30, sex: 'male' })).not.toContain('could-be-pregnant')
    expect(findingIds({ age: 30 })).not.toContain('could-be-pregnant')
    const pregnant = assessPatient(bundle, { age: 30, sex: 'female', ticked: ['pregnant'] })
    expect(pregnant.findings.map((f) => f.id)).toContain('pregnant')
    expect(pregnant.findings.map((f) => f.id)).not.toContain('could-be-pregnant')
    expect(pregnant.tests.map((t) => t.lab.id)).not.toContain('pregnancy-test')
  })

  it('pregnancy ticked for a man is an error naming the field', () => {
    expect(assessPatient(bundle, { age: 30, sex: 'male', ticked: ['pregnant'] }).errors).toEqual([
      { field: 'pregnant', message: 'Pregnancy is ticked but sex is Male: check both.' },
    ])
    expect(assessPatient(bundle, { age: 30, sex: 'female', ticked: ['pregnant'] }).errors).toEqual([])
  })
})

describe('assessPatient: a drug class shared by several causes', () => {
  it('flagged alcohol alone adds the alcohol cause, never caffeine or nicotine', () => {
    const screened = screenedMedicationsFrom(screenMedicationList('alcohol: 3 units a day', bundle))
    expect(screened.drugs.map((d) => d.id)).toEqual(['alcohol-substance'])
    const a = assessPatient(bundle, { medications: screened, medicationListEntered: true })
    const causeIds = a.causes.map((c) => c.cause.id)
    expect(causeIds).toContain('alcohol')
    expect(causeIds).not.toContain('caffeine')
    expect(causeIds).not.toContain('smoking-nicotine')
    expect(a.findings.map((f) => f.id)).toContain('alcohol')
    expect(a.findings.map((f) => f.id)).not.toContain('caffeine')
  })
})

describe('assessPatient: order of what it returns', () => {
  it('the tests every patient needs come first, whatever the order of the labs in the bundle', () => {
    const reordered = { ...bundle, labs: [...bundle.labs].reverse() }
    const a = assessPatient(reordered, { age: 70, ticked: ['diabetes'] })
    const flags = a.tests.map((t) => t.everyPatient)
    const firstOther = flags.indexOf(false)
    expect(firstOther).toBeGreaterThan(0)
    expect(flags.slice(0, firstOther).every(Boolean)).toBe(true)
    expect(flags.slice(firstOther).some(Boolean)).toBe(false)
    expect(a.tests.filter((t) => t.everyPatient).map((t) => t.lab.id).sort()).toEqual(
      bundle.labs.filter((lab) => lab.group === 'all').map((lab) => lab.id).sort(),
    )
    expect(a.tests.find((t) => t.lab.id === 'hba1c')).toMatchObject({ everyPatient: false, reasons: [expect.any(String)] })
  })

  it('causes are ordered by evidence grade, then as in the bundle', () => {
    const a = assessPatient(bundle, { age: 70, ageAtOnset: 68, ticked: ['diabetes', 'migraine', 'thyroid-disease', 'fibromyalgia'] })
    const grades = ['Established', 'Probable', 'Possible', 'Disputed']
    const keys = a.causes.map((c) => [grades.indexOf(c.cause.grade), bundle.causes.indexOf(c.cause)] as const)
    expect(new Set(a.causes.map((c) => c.cause.grade)).size).toBeGreaterThan(1)
    const sorted = [...keys].sort((x, y) => x[0] - y[0] || x[1] - y[1])
    expect(keys).toEqual(sorted)
  })

  it('a finding leaning each way gives "both"', () => {
    const a = assessPatient(bundle, { ticked: ['family-history', 'diabetes'] })
    expect(a.likelyForm.leaning).toBe('both')
    expect(a.likelyForm.primary.map((f) => f.finding)).toEqual(['family-history'])
    expect(a.likelyForm.secondary.map((f) => f.finding)).toEqual(['diabetes'])
  })
})

describe('assessPatient: the note on medications', () => {
  it('a list entered with no trigger says so; no list says it was not reviewed', () => {
    expect(assessPatient(bundle, { medicationListEntered: true }).summary).toContain(
      'Medications: no drug in the list entered is a known RLS trigger in this reference.',
    )
    expect(assessPatient(bundle, {}).summary).toContain('Medications: not reviewed here.')
  })
})
