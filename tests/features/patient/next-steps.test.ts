/**
 * The next clinical steps, each on both sides of its condition, through `assessPatient` with
 * the real bundle and the real medication screener; and the rules are data: an edited bundle
 * changes the answer without code.
 */
import { describe, expect, it } from 'vitest'
import { readBundleFile } from '../../../mocks/handlers/bundle'
import { parseBundle } from '../../../src/data/parse-bundle'
import { screenMedicationList } from '../../../src/features/medications/screen-medication-list'
import { assessPatient, screenedMedicationsFrom, type PatientInput } from '../../../src/features/patient/assess-patient'
import type { NextStepsResult } from '../../../src/features/patient/next-steps'
import { bundleErrorMessageOf } from '../../data/bundle-error-message'
import { shippedBundle, shippedVocabulary } from '../../shipped-content'

const bundle = shippedBundle()
const vocabulary = shippedVocabulary()
type NextStepRules = NonNullable<typeof bundle.patientWorkup.nextSteps>

function assess(input: PatientInput & { medicationList?: string }, edited = bundle) {
  const { medicationList, ...rest } = input
  const medications = medicationList === undefined ? {} : { medications: screenedMedicationsFrom(screenMedicationList(medicationList, edited, vocabulary)), medicationListEntered: true }
  return assessPatient(edited, { ...rest, ...medications })
}
const stepsOf = (input: PatientInput & { medicationList?: string }, edited = bundle): NextStepsResult => {
  const steps = assess(input, edited).nextSteps
  expect(steps).toBeDefined()
  return steps!
}
const noteOf = (input: PatientInput & { medicationList?: string }) => assess(input).summary

describe('the augmentation check', () => {
  it('a patient on pramipexole whose symptoms now start at 2 pm and reach the arms: possible augmentation, with the IRLSSG/AASM steps', () => {
    const steps = stepsOf({ medicationList: 'pramipexole 0.25 mg at night', nextStepAnswers: { augmentationAnswers: ['earlier-4h', 'spread'] } })
    expect(steps.augmentation.status).toBe('possible')
    if (steps.augmentation.status === 'not-applicable') throw new Error('unreachable')
    expect(steps.augmentation.because.join(' ')).toMatch(/pramipexole/i)
    expect(steps.augmentation.line.sources).toContain('garcia-borreguero-2016')
    const management = steps.augmentation.management.map((m) => m.text).join(' ')
    expect(management).toMatch(/iron/i)
    expect(management).toMatch(/alpha-2-delta ligand or an opioid/)
    expect(steps.referral.now.map((r) => r.text).join(' ')).toMatch(/Possible augmentation/)
    const note = noteOf({ medicationList: 'pramipexole 0.25 mg at night', nextStepAnswers: { augmentationAnswers: ['earlier-4h', 'spread'] } })
    expect(note).toMatch(/Augmentation: possible augmentation on Pramipexole/i)
  })

  it('2 to 4 hours earlier needs a companion feature; spread alone is not enough', () => {
    expect(stepsOf({ medicationList: 'ropinirole', nextStepAnswers: { augmentationAnswers: ['earlier-2-4h'] } }).augmentation.status).toBe('not-met')
    expect(stepsOf({ medicationList: 'ropinirole', nextStepAnswers: { augmentationAnswers: ['spread'] } }).augmentation.status).toBe('not-met')
    expect(stepsOf({ medicationList: 'ropinirole', nextStepAnswers: { augmentationAnswers: ['earlier-2-4h', 'shorter-rest'] } }).augmentation.status).toBe('possible')
    expect(stepsOf({ medicationList: 'ropinirole', nextStepAnswers: { augmentationAnswers: ['worse-after-increase'] } }).augmentation.status).toBe('possible')
  })

  it('a dopaminergic drug without answers stays "augmentation risk: check these"', () => {
    const steps = stepsOf({ medicationList: 'pramipexole' })
    expect(steps.augmentation.status).toBe('unanswered')
    if (steps.augmentation.status === 'not-applicable') throw new Error('unreachable')
    expect(steps.augmentation.line.text).toMatch(/^Augmentation risk: check these/)
    expect(steps.referral.now).toEqual([])
    expect(noteOf({ medicationList: 'pramipexole' })).toMatch(/Augmentation risk on Pramipexole/i)
  })

  it('ticking the dopaminergic finding asks too; no dopaminergic drug asks nothing, whatever the answers', () => {
    expect(stepsOf({ ticked: ['dopaminergic-treatment'] }).augmentation.status).toBe('unanswered')
    expect(stepsOf({ medicationList: 'sertraline 50 mg', nextStepAnswers: { augmentationAnswers: ['earlier-4h'] } }).augmentation.status).toBe('not-applicable')
    expect(noteOf({ medicationList: 'sertraline 50 mg' })).not.toMatch(/Augmentation/)
  })
})

describe('where the iron went', () => {
  it('a man of 70 with ferritin 20: look for blood loss and test for coeliac disease (BSG 2021)', () => {
    const steps = stepsOf({ age: '70', sex: 'male', ferritin: '20', tsat: '12' })
    expect(steps.ironLoss).toBeDefined()
    const text = steps.ironLoss!.steps.map((s) => s.text).join(' ')
    expect(text).toMatch(/gastrointestinal investigation/)
    expect(text).toMatch(/coeliac/i)
    expect(steps.ironLoss!.steps.every((s) => s.sources.includes('snook-2021-bsg'))).toBe(true)
    expect(steps.ironLoss!.proxyNote).toBeUndefined()
    expect(noteOf({ age: '70', sex: 'male', ferritin: '20', tsat: '12' })).toMatch(/Source of iron loss: Where did the iron go\?/)
  })

  it('a woman of 30 with the same iron: not shown; a woman of 55: shown, saying age stands in for the menopause', () => {
    expect(stepsOf({ age: '30', sex: 'female', ferritin: '20', tsat: '12' }).ironLoss).toBeUndefined()
    const older = stepsOf({ age: '55', sex: 'female', ferritin: '20', tsat: '12' })
    expect(older.ironLoss?.proxyNote).toMatch(/Age 50 or over stands in for post-menopausal/)
  })

  it('never when iron is not deficient, in pregnancy, or when age or sex is unknown', () => {
    expect(stepsOf({ age: '70', sex: 'male', ferritin: '250', tsat: '30' }).ironLoss).toBeUndefined()
    expect(stepsOf({ age: '70', sex: 'male', ferritin: '20', tsat: '50' }).ironLoss).toBeUndefined()
    expect(stepsOf({ sex: 'male', ferritin: '20', tsat: '12' }).ironLoss).toBeUndefined()
    expect(stepsOf({ age: '70', ferritin: '20', tsat: '12' }).ironLoss).toBeUndefined()
    expect(stepsOf({ age: '52', sex: 'female', ticked: ['pregnant'], ferritin: '20', tsat: '12' }).ironLoss).toBeUndefined()
  })
})

describe('which iron, and when to recheck', () => {
  it('ferritin 20, TSAT 12: oral ferrous sulfate (conditional) or IV ferric carboxymaltose (strong), a recheck and a target', () => {
    const steps = stepsOf({ age: '45', ferritin: '20', tsat: '12' })
    const oral = steps.ironProducts.find((p) => p.route === 'oral')
    const iv = steps.ironProducts.find((p) => p.route === 'IV')
    expect(oral?.product).toMatch(/ferrous sulfate/)
    expect(oral?.strength).toMatch(/AASM 2024: conditional/)
    expect(iv?.product).toMatch(/ferric carboxymaltose/)
    expect(iv?.strength).toMatch(/AASM 2024: strong/)
    // The AASM strengths were read in secondary reports: the bundle says so.
    expect(oral?.unconfirmed?.length).toBeGreaterThan(0)
    const recheck = steps.ironRecheck.map((r) => r.text).join(' ')
    expect(recheck).toMatch(/3 months/)
    expect(recheck).toMatch(/above 100 ng\/mL/)
    const note = noteOf({ age: '45', ferritin: '20', tsat: '12' })
    expect(note).toMatch(/^Iron: Oral ferrous sulfate.*; or IV ferric carboxymaltose/m)
    expect(note).toMatch(/^Recheck ferritin and TSAT after about 3 months/m)
  })

  it('TSAT 50 (at or above the 45% ceiling): no product, no recheck line', () => {
    const steps = stepsOf({ age: '45', ferritin: '20', tsat: '50' })
    expect(steps.ironProducts).toEqual([])
    expect(steps.ironRecheck).toEqual([])
    expect(noteOf({ age: '45', ferritin: '20', tsat: '50' })).not.toMatch(/^Iron: /m)
  })

  it('ferritin 90: IV ferric carboxymaltose only, and the IV-iron referral line', () => {
    const steps = stepsOf({ age: '45', ferritin: '90', tsat: '25' })
    expect(steps.ironProducts.map((p) => p.route)).toEqual(['IV'])
    expect(steps.referral.now.map((r) => r.text).join(' ')).toMatch(/IV iron is needed/)
  })

  it('pregnancy follows the pregnancy rules: oral iron, no IV in the first trimester, unconfirmed', () => {
    const steps = stepsOf({ age: '30', sex: 'female', ticked: ['pregnant'], pregnancyStage: 'first trimester', ferritin: '20', tsat: '12' })
    expect(steps.ironProducts.map((p) => p.route)).toEqual(['oral'])
    expect(steps.ironProducts[0]!.product).toMatch(/no IV iron in the first trimester/)
    expect(steps.ironProducts[0]!.unconfirmed?.length).toBeGreaterThan(0)
  })

  it('a child: the children’s reading names oral iron with the children’s strength, never the adult products or the adult target', () => {
    const steps = stepsOf({ age: '10', ferritin: '30', tsat: '15' })
    expect(steps.ironProducts).toHaveLength(1)
    expect(steps.ironProducts[0]!.strength).toMatch(/in children \(very low certainty\)/)
    expect(steps.ironProducts[0]!.unconfirmed?.length).toBeGreaterThan(0)
    expect(steps.ironRecheck).toEqual([])
    // Pregnancy has no adult target either.
    expect(stepsOf({ age: '30', sex: 'female', ticked: ['pregnant'], pregnancyStage: 'second trimester', ferritin: '20', tsat: '12' }).ironRecheck).toEqual([])
  })

  it('dialysis: IV iron sucrose, conditional', () => {
    const steps = stepsOf({ age: '60', ticked: ['dialysis'], ferritin: '150', tsat: '15' })
    expect(steps.ironProducts.map((p) => p.product).join(' ')).toMatch(/iron sucrose/)
    expect(steps.ironProducts[0]!.strength).toMatch(/conditional/)
  })

  it('no iron entered: no product', () => {
    expect(stepsOf({ age: '45' }).ironProducts).toEqual([])
  })
})

describe('clinically significant RLS: how often and how distressing', () => {
  it('more than twice a week with moderate distress: the AASM treatment gate is met, in the note and the bottom line', () => {
    const steps = stepsOf({ nextStepAnswers: { rlsFrequency: 'more-than-twice-weekly', rlsDistress: 'moderate' } })
    expect(steps.severity.status).toBe('significant')
    if (!('line' in steps.severity)) throw new Error('unreachable')
    expect(steps.severity.line.sources).toContain('aasm-2024')
    expect(noteOf({ nextStepAnswers: { rlsFrequency: 'more-than-twice-weekly', rlsDistress: 'moderate' } })).toMatch(
      /Frequency and distress: more than twice a week; moderately: .*clinically significant RLS \(AASM 2024 treatment gate met\)/,
    )
  })

  it('once or twice a week, or mild distress: not clinically significant; nothing asked: says to ask', () => {
    expect(stepsOf({ nextStepAnswers: { rlsFrequency: 'once-or-twice-weekly', rlsDistress: 'severe' } }).severity.status).toBe('not-significant')
    expect(stepsOf({ nextStepAnswers: { rlsFrequency: 'more-than-twice-weekly', rlsDistress: 'mild' } }).severity.status).toBe('not-significant')
    expect(stepsOf({ nextStepAnswers: { rlsFrequency: 'more-than-twice-weekly' } }).severity.status).toBe('partial')
    expect(stepsOf({}).severity.status).toBe('unanswered')
    expect(noteOf({})).toMatch(/Frequency and distress: not yet asked/)
  })
})

describe('referral', () => {
  it('always lists refractory RLS and doubt about the diagnosis, cited to the UK pathways', () => {
    const steps = stepsOf({})
    expect(steps.referral.general.map((r) => r.text).join(' ')).toMatch(/Refractory RLS/)
    expect(steps.referral.general.map((r) => r.text).join(' ')).toMatch(/Doubt about the diagnosis/)
    expect(steps.referral.general.find((r) => /Refractory/.test(r.text))?.sources).toContain('nhs-borders')
    expect(steps.referral.now).toEqual([])
  })

  it('pregnancy with clinically significant symptoms, and a child, are referral reasons now; pregnancy with mild symptoms is not', () => {
    const pregnant = { age: '30', sex: 'female' as const, ticked: ['pregnant'] }
    expect(stepsOf({ ...pregnant, nextStepAnswers: { rlsFrequency: 'more-than-twice-weekly', rlsDistress: 'severe' } }).referral.now.map((r) => r.text).join(' ')).toMatch(/^Pregnancy/)
    expect(stepsOf({ ...pregnant, nextStepAnswers: { rlsFrequency: 'less-than-weekly', rlsDistress: 'mild' } }).referral.now).toEqual([])
    expect(stepsOf({ age: '10' }).referral.now.map((r) => r.text).join(' ')).toMatch(/child/)
  })
})

describe('the rules are data', () => {
  it('an editor who lowers the women’s age proxy to 30 changes the answer without code', () => {
    const edited = structuredClone(bundle)
    edited.patientWorkup.nextSteps!.ironLoss.womenAgeAtLeast = 30
    expect(stepsOf({ age: '30', sex: 'female', ferritin: '20', tsat: '12' }, edited).ironLoss).toBeDefined()
  })

  it('the schema refuses a rule naming an unknown question, finding, class or source', () => {
    const raw = readBundleFile() as unknown as { patientWorkup: { nextSteps: NextStepRules } }
    raw.patientWorkup.nextSteps.augmentation.possibleWhen.push(['no-such-question'])
    raw.patientWorkup.nextSteps.ironLoss.whenFinding = 'no-such-finding'
    raw.patientWorkup.nextSteps.referral.criteria[0]!.sources = ['no-such-source']
    const message = bundleErrorMessageOf(() => parseBundle(raw))
    expect(message).toContain('unknown question id "no-such-question"')
    expect(message).toContain('unknown finding id "no-such-finding"')
    expect(message).toContain('unknown source id "no-such-source"')
    const withClass = readBundleFile() as unknown as { patientWorkup: { nextSteps: NextStepRules } }
    withClass.patientWorkup.nextSteps.augmentation.medicationClasses.push('no-such-class')
    expect(bundleErrorMessageOf(() => parseBundle(withClass))).toContain('"no-such-class"')
  })
})
