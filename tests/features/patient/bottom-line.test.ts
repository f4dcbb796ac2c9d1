import { describe, expect, it } from 'vitest'
import { screenMedicationList } from '../../../src/features/medications/screen-medication-list'
import { assessPatient, planText, screenedMedicationsFrom } from '../../../src/features/patient/assess-patient'
import { bottomLineOf } from '../../../src/features/patient/bottom-line'
import { shippedBundle, shippedVocabulary } from '../../shipped-content'

const bundle = shippedBundle()
const vocabulary = shippedVocabulary()
const screened = (list: string) => ({ medications: screenedMedicationsFrom(screenMedicationList(list, bundle, vocabulary)), medicationListEntered: true })

describe('the bottom line', () => {
  it('says what is missing when nothing is entered', () => {
    const line = bottomLineOf(assessPatient(bundle, {}), false)
    expect(line).toEqual({
      leaning: 'Not enough entered to lean either way',
      medications: 'Medication list not entered',
      iron: 'Iron studies: not entered',
      tests: '4 tests to order',
      nextSteps: 'Frequency and distress not asked',
    })
  })

  it('gives the leaning, the drugs to review, the iron verdict and the tests to order and repeat', () => {
    const a = assessPatient(bundle, {
      age: '52',
      sex: 'male',
      ...screened('sertraline 50 mg\nmetoclopramide 10 mg'),
      ferritin: '20',
      tsat: '15',
    })
    const line = bottomLineOf(a, true)
    expect(line.leaning).toBe(a.likelyForm.label)
    expect(line.medications).toBe('2 drugs that can trigger or worsen RLS to review')
    expect(line.iron).toBe('Iron: Iron therapy indicated (oral or IV) (AASM 2024)')
    const toOrder = a.tests.filter((t) => !t.resultEntered).length
    expect(line.tests).toBe(`${toOrder} test${toOrder === 1 ? '' : 's'} to order, 4 to repeat`)
  })

  it('names the drugs by role: one to review in the singular, one not to stop abruptly, a line to re-read', () => {
    expect(bottomLineOf(assessPatient(bundle, screened('sertraline 50 mg')), true).medications).toBe('1 drug that can trigger or worsen RLS to review')
    expect(bottomLineOf(assessPatient(bundle, screened('Targinact 10/5 mg bd')), true).medications).toBe('1 drug not to stop abruptly')
    expect(bottomLineOf(assessPatient(bundle, screened('sertralene 50 mg')), true).medications).toBe('1 line not recognised')
    expect(bottomLineOf(assessPatient(bundle, screened('amlodipine 5 mg\nmetformin 500 mg')), true).medications).toBe('No drug that can trigger or worsen RLS')
  })

  it('asks for the missing value, and to check an impossible one', () => {
    expect(bottomLineOf(assessPatient(bundle, { ferritin: '20' }), false).iron).toBe('Iron: no verdict yet, a value is missing')
    expect(bottomLineOf(assessPatient(bundle, { ferritin: '-3' }), false).iron).toBe('Iron studies: check the values entered')
  })
})

describe('the plan', () => {
  const ids = (a: ReturnType<typeof assessPatient>, entered: boolean) => a.tests.filter((t) => t.resultEntered === entered).map((t) => t.lab.id)

  it('orders every patient’s iron studies when none are entered', () => {
    const a = assessPatient(bundle, {})
    expect(ids(a, true)).toEqual([])
    expect(a.summary).toMatch(/^Plan: order Serum ferritin; Serum iron; Total iron-binding capacity; Transferrin saturation\. /m)
    expect(a.summary).not.toContain('Repeat')
  })

  it('repeats, rather than orders, the results entered: a lab TSAT stands for the serum iron and TIBC behind it', () => {
    const a = assessPatient(bundle, { ferritin: '140', tsat: '30' })
    expect(ids(a, true).sort()).toEqual(['ferritin', 'serum-iron', 'tibc', 'tsat'])
    // Normal iron studies add a creatinine (kidney disease is among the next causes), ordered first.
    expect(a.summary).toMatch(/^Plan: order Serum creatinine with eGFR \([^)]*\)\. Repeat when due \(results already available\): Serum ferritin; Serum iron; Total iron-binding capacity; Transferrin saturation\. /m)
    expect(a.summary).not.toMatch(/order Serum ferritin/)
  })

  it('repeats only the ferritin when only the ferritin is entered', () => {
    const a = assessPatient(bundle, { ferritin: '40' })
    expect(ids(a, true)).toEqual(['ferritin'])
    expect(a.summary).toMatch(/^Plan: order Serum iron; Total iron-binding capacity; Transferrin saturation\. Repeat when due \(results already available\): Serum ferritin\./m)
  })

  it('keeps a repeated test’s reason: TSAT at the overload ceiling is repeated fasting, then HFE', () => {
    const a = assessPatient(bundle, { ferritin: '300', tsat: '55' })
    expect(a.summary).toMatch(/repeat when due \(results already available\): [^\n]*Transferrin saturation \([^)]*fasting[^)]*HFE genotype/i)
  })

  it('does not count an unreadable value as entered', () => {
    expect(ids(assessPatient(bundle, { ferritin: Number.NaN }), true)).toEqual([])
  })

  it('writes the two parts in order', () => {
    const a = assessPatient(bundle, { age: '70', ferritin: '40' })
    const text = planText(a.tests)
    expect(text.indexOf('order ')).toBeLessThan(text.indexOf('Repeat when due'))
  })
})

describe('reasons that fit the patient', () => {
  const reasonsFor = (a: ReturnType<typeof assessPatient>, lab: string) => a.tests.find((t) => t.lab.id === lab)?.reasons
  it('never tells a dialysis patient to order creatinine because of age, onset or diabetes', () => {
    const withoutDialysis = assessPatient(bundle, { age: '70', ageAtOnset: '60', ticked: ['diabetes'] })
    expect(reasonsFor(withoutDialysis, 'creatinine-egfr')).toEqual(expect.arrayContaining(['older adult']))
    const onDialysis = assessPatient(bundle, { age: '70', ageAtOnset: '60', ticked: ['diabetes', 'dialysis'] })
    expect(reasonsFor(onDialysis, 'creatinine-egfr')).toBeUndefined()
    expect(reasonsFor(onDialysis, 'bun')).toBeUndefined()
  })

  it('brings the next commonest causes forward when the iron studies do not call for iron', () => {
    const normal = assessPatient(bundle, { age: '50', ferritin: '140', tsat: '30' })
    expect(normal.iron.interpretation.primary).toMatchObject({ verdict: 'not-indicated' })
    const causes = normal.causes.map((c) => c.cause.id)
    for (const id of ['drug-antidepressants', 'ckd-esrd-dialysis', 'peripheral-neuropathy', 'obstructive-sleep-apnoea']) expect(causes).toContain(id)
    expect(normal.causes.find((c) => c.cause.id === 'ckd-esrd-dialysis')!.because[0]).toMatch(/above the RLS treatment threshold/)
    expect(reasonsFor(normal, 'creatinine-egfr')?.[0]).toMatch(/kidney disease/)
    const low = assessPatient(bundle, { age: '50', ferritin: '20', tsat: '15' })
    expect(low.causes.map((c) => c.cause.id)).not.toContain('obstructive-sleep-apnoea')
  })
})

describe('the bottom line, part by part', () => {
  it('counts each kind of drug and each unread line, in the plural, in one line', () => {
    const a = assessPatient(bundle, screened('Sertraline 50 mg\nMetoclopramide 10 mg\nOxycodone 5 mg\nCodeine 30 mg\nsertralene 50 mg\nZolof 50 mg'))
    expect(bottomLineOf(a, true).medications).toBe('2 drugs that can trigger or worsen RLS to review; 2 drugs not to stop abruptly; 2 lines not recognised')
  })

  it('a cream of a drug that can worsen RLS is not a drug to review', () => {
    expect(bottomLineOf(assessPatient(bundle, screened('Diphenhydramine cream')), true).medications).toBe('No drug that can trigger or worsen RLS')
  })

  it('one test to order in the singular, beside the results to repeat', () => {
    const a = assessPatient(bundle, { ferritin: '140', tsat: '30' })
    expect(a.tests.filter((t) => !t.resultEntered).map((t) => t.lab.id)).toEqual(['creatinine-egfr'])
    expect(bottomLineOf(a, false).tests).toBe('1 test to order, 4 to repeat')
  })

  it('how significant the RLS is, whether augmentation is possible or to check, and when to refer', () => {
    const next = (input: Parameters<typeof assessPatient>[1]) => bottomLineOf(assessPatient(bundle, input), false).nextSteps
    expect(next({ nextStepAnswers: { rlsFrequency: 'more-than-twice-weekly', rlsDistress: 'moderate' } })).toBe('Clinically significant RLS')
    expect(next({ nextStepAnswers: { rlsFrequency: 'once-or-twice-weekly', rlsDistress: 'severe' } })).toBe('Not clinically significant by the answers')
    expect(next({ nextStepAnswers: { rlsFrequency: 'more-than-twice-weekly' } })).toBe('Frequency and distress not asked')
    expect(next({ ...screened('Pramipexole 0.25 mg'), nextStepAnswers: { augmentationAnswers: ['earlier-4h', 'spread'] } })).toBe(
      'Frequency and distress not asked; possible augmentation; consider referral',
    )
    expect(next(screened('Pramipexole 0.25 mg'))).toBe('Frequency and distress not asked; augmentation risk: check')
    expect(next({ ...screened('Ropinirole 1 mg'), nextStepAnswers: { augmentationAnswers: ['spread'] } })).toBe('Frequency and distress not asked')
    expect(next({ age: '10' })).toBe('Frequency and distress not asked; consider referral')
  })

  it('says nothing of next steps when the bundle has no rules for them', () => {
    const { nextSteps: _none, ...withoutNextSteps } = bundle.patientWorkup
    const a = assessPatient({ ...bundle, patientWorkup: withoutNextSteps }, {})
    expect(a.nextSteps).toBeUndefined()
    expect(bottomLineOf(a, false).nextSteps).toBe('')
  })
})
