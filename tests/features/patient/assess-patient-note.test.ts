/**
 * The chart note, line by line: what the clinician pastes into the record. Each line is checked
 * whole, on both sides of every condition that changes it (a list entered or not, a line read or
 * not, a role present or not, a TSAT entered or worked out), and the screener's answer as the
 * assessment takes it (a drug named twice, a cream beside a tablet, a combination's other part).
 */
import { describe, expect, it } from 'vitest'
import { NOTE_HEADINGS } from '../../../src/features/medications/drug-roles'
import { screenMedicationList } from '../../../src/features/medications/screen-medication-list'
import {
  assessPatient,
  medicationNoteLines,
  noteCodes,
  planText,
  screenedMedicationsFrom,
  type PatientInput,
  type ScreenedMedications,
  type TestToOrder,
} from '../../../src/features/patient/assess-patient'
import { shippedBundle, shippedVocabulary } from '../../shipped-content'

const bundle = shippedBundle()
const vocabulary = shippedVocabulary()
const rules = bundle.patientWorkup
const className = (id: string) => bundle.medicationClasses.find((c) => c.id === id)!.name
const screened = (list: string) => screenedMedicationsFrom(screenMedicationList(list, bundle, vocabulary))
const withList = (list: string, extra: PatientInput = {}) => assessPatient(bundle, { ...extra, medications: screened(list), medicationListEntered: true })
const noteLine = (summary: string, start: string) => summary.split('\n').find((line) => line.startsWith(start))
const NO_TRIGGER = 'Medications: no drug in the list entered is a known RLS trigger in this reference.'
const noDrugs = (extra: Partial<ScreenedMedications>): ScreenedMedications => ({ drugs: [], recognisedIds: [], unrecognised: [], notChecked: 0, ...extra })

describe('the medication list as the assessment reads it', () => {
  it('a drug taken by mouth on one line counts as a cause even when another line is a cream of it, in either order', () => {
    for (const list of ['Diphenhydramine cream\nDiphenhydramine 25 mg at night', 'Diphenhydramine 25 mg at night\nDiphenhydramine cream']) {
      const drugs = screened(list).drugs
      expect(drugs, list).toHaveLength(1)
      expect(drugs[0]!.littleSystemicExposure, list).toBeUndefined()
      expect(withList(list).findings.map((f) => f.id), list).toContain('trigger-drug')
    }
    const creamOnly = screened('Diphenhydramine cream').drugs
    expect(creamOnly).toMatchObject([{ id: 'diphenhydramine', littleSystemicExposure: true }])
    expect(withList('Diphenhydramine cream').findings.map((f) => f.id)).not.toContain('trigger-drug')
  })

  it('a drug named on two lines is listed once', () => {
    expect(screened('Sertraline 50 mg\nSertraline 100 mg').drugs.map((d) => d.id)).toEqual(['sertraline'])
  })

  it('a drug read by its class name ending keeps the class, its roles and the route', () => {
    expect(screened('Timolol eye drops').drugs).toEqual([
      { name: 'Timolol', classId: 'beta-blockers', className: className('beta-blockers'), roles: ['insufficient evidence'], augmentation: false, littleSystemicExposure: true },
    ])
    expect(screened('Timolol 10 mg').drugs[0]).not.toHaveProperty('littleSystemicExposure')
  })

  it('only a dopaminergic RLS treatment carries the augmentation warning', () => {
    expect(screened('Pramipexole 0.25 mg').drugs).toMatchObject([{ id: 'pramipexole', augmentation: true }])
    expect(screened('Gabapentin 300 mg').drugs).toMatchObject([{ id: 'gabapentin', augmentation: false }])
  })

  it('a dopaminergic drug read by its class name ending carries the augmentation warning', () => {
    const result = screenMedicationList('Timolol 10 mg', bundle, vocabulary)
    const dopaminergic = bundle.medicationClasses.find((c) => c.id === 'dopaminergic-augmentation')!
    const asDopaminergic = {
      ...result,
      flagged: result.flagged.map((line) => ({
        ...line,
        classMatches: line.classMatches.map((match) => ({ ...match, medicationClass: dopaminergic, effect: 'augmentation' as const, roles: ['rls treatment' as const] })),
      })),
    }
    expect(screenedMedicationsFrom(asDopaminergic).drugs).toMatchObject([{ classId: 'dopaminergic-augmentation', augmentation: true }])
  })

  it('the other ingredient of a combination, and a plain recognised drug, are recognised once each', () => {
    expect(screened('Targinact 10/5 mg bd').recognisedIds).toEqual(['naloxone'])
    expect(screened('Metformin 500 mg\nMetformin 1 g').recognisedIds).toEqual(['metformin'])
  })

  it('a misspelt line offers the name to check, with the drug a brand stands for, each once', () => {
    expect(screened('Zolof 50 mg').unrecognised).toEqual([{ line: 'Zolof 50 mg', suggestions: ['Zoloft (Sertraline)'] }])
    expect(screened('sertralene 50 mg').unrecognised).toEqual([{ line: 'sertralene 50 mg', suggestions: ['Sertraline'] }])
    expect(screened('xyz123 5 mg').unrecognised).toEqual([{ line: 'xyz123 5 mg', suggestions: [] }])
  })

  it('counts the lines not yet checked while the list of other drugs loads', () => {
    expect(screenedMedicationsFrom(screenMedicationList('Sertraline 50 mg\nMetformin 500 mg\nZolpidem 5 mg', bundle)).notChecked).toBe(2)
  })
})

describe('the note’s medication lines', () => {
  it('one line per role, in the order to act on, each drug with its class', () => {
    const a = withList('Sertraline 50 mg\nOxycodone 5 mg\nPramipexole 0.25 mg\nPropranolol 40 mg')
    expect(a.medicationNote).toEqual([
      `${NOTE_HEADINGS['trigger or worsen']}: Sertraline — ${className('ssris')}. ${rules.notes.weakTrigger}`,
      `${NOTE_HEADINGS['withdrawal risk']}: Oxycodone — ${className('opioid-withdrawal')} (may be treating RLS).`,
      `${NOTE_HEADINGS['rls treatment']}: Oxycodone — ${className('opioid-withdrawal')}; Pramipexole — ${className('dopaminergic-augmentation')}. Dopaminergic: augmentation applies only when used to treat RLS.`,
      `${NOTE_HEADINGS['insufficient evidence']}: Propranolol — ${className('beta-blockers')}.`,
    ])
    expect(a.summary.split('\n')).toEqual(expect.arrayContaining(a.medicationNote))
  })

  it('an opioid that is not an RLS treatment is not said to be treating RLS; a list with no trigger says so', () => {
    expect(withList('Codeine 30 mg qds').medicationNote).toEqual([
      `${NOTE_HEADINGS['withdrawal risk']}: Codeine — ${className('opioid-withdrawal')}.`,
      NO_TRIGGER,
    ])
  })

  it('a dopamine agonist with a second role carries the augmentation remark on the RLS-treatment line only', () => {
    const pramipexole = { name: 'Pramipexole', classId: 'dopaminergic-augmentation', className: 'Dopamine agonists', roles: ['withdrawal risk', 'rls treatment'] as const, augmentation: true }
    expect(medicationNoteLines(bundle, { medicationListEntered: true }, [{ ...pramipexole, roles: [...pramipexole.roles] }])).toEqual([
      `${NOTE_HEADINGS['withdrawal risk']}: Pramipexole — Dopamine agonists (may be treating RLS).`,
      `${NOTE_HEADINGS['rls treatment']}: Pramipexole — Dopamine agonists. Dopaminergic: augmentation applies only when used to treat RLS.`,
      NO_TRIGGER,
    ])
  })

  it('a non-dopaminergic RLS treatment carries no augmentation warning', () => {
    expect(withList('Gabapentin 300 mg').medicationNote).toEqual([`${NOTE_HEADINGS['rls treatment']}: Gabapentin — ${className('alpha-2-delta-ligands')}.`, NO_TRIGGER])
  })

  it('iron written without its salt reaches the note as an RLS treatment, never as a cause', () => {
    expect(withList('Iron 200 mg od').medicationNote).toEqual([`${NOTE_HEADINGS['rls treatment']}: Oral iron (salt not stated) — ${className('iron-preparations')}.`, NO_TRIGGER])
  })

  it('a cream is marked as reaching little of the blood, and does not stop the note saying no drug is a trigger', () => {
    expect(withList('Diphenhydramine cream').medicationNote).toEqual([
      `${NOTE_HEADINGS['trigger or worsen']}: Diphenhydramine — ${className('sedating-antihistamines')} (topical: little systemic exposure). ${rules.notes.weakTrigger}`,
      NO_TRIGGER,
    ])
  })

  it('an unread line is listed with the names to check, and the note never reassures while one is unread', () => {
    const a = assessPatient(bundle, {
      medications: noDrugs({ unrecognised: [{ line: 'Zolof 50 mg', suggestions: ['Zoloft (Sertraline)', 'Zofran (Ondansetron)'] }, { line: 'xyz123', suggestions: [] }] }),
      medicationListEntered: true,
    })
    expect(a.medicationNote).toEqual(['Not recognised: check these lines: Zolof 50 mg (did you mean Zoloft (Sertraline) or Zofran (Ondansetron)?); xyz123.'])
    expect(a.unrecognisedLines).toBe(2)
  })

  it('lines not yet checked are counted, in the singular for one, and the note does not reassure', () => {
    expect(assessPatient(bundle, { medications: noDrugs({ notChecked: 1 }), medicationListEntered: true }).medicationNote).toEqual([
      'Not yet checked: 1 line has not been checked against the list of other drugs.',
    ])
    expect(assessPatient(bundle, { medications: noDrugs({ notChecked: 2 }), medicationListEntered: true }).medicationNote).toEqual([
      'Not yet checked: 2 lines have not been checked against the list of other drugs.',
    ])
  })

  it('a list never entered is "not reviewed", whatever the screener holds', () => {
    const a = assessPatient(bundle, { medications: screened('Sertraline 50 mg'), medicationListEntered: false })
    expect(a.medicationNote).toEqual(['Medications: not reviewed here.'])
    expect(a.unrecognisedLines).toBe(0)
  })
})

describe('the note’s plan', () => {
  const lab = (id: string) => bundle.labs.find((l) => l.id === id)!
  const test = (id: string, resultEntered: boolean, reasons: string[] = []): TestToOrder => ({ lab: lab(id), everyPatient: false, reasons, sources: [], resultEntered })

  it('orders what is not done with its reasons, then repeats what was entered', () => {
    expect(planText([test('cbc', false, ['pregnancy', 'blood loss']), test('ferritin', true)])).toBe(
      `order ${lab('cbc').name} (pregnancy; blood loss). Repeat when due (results already available): ${lab('ferritin').name}.`,
    )
  })

  it('with only results to repeat, the plan starts with them', () => {
    expect(planText([test('ferritin', true), test('tsat', true, ['fasting'])])).toBe(
      `repeat when due (results already available): ${lab('ferritin').name}; ${lab('tsat').name} (fasting).`,
    )
  })

  it('with nothing to order or repeat, the plan is empty', () => {
    expect(planText([])).toBe('')
  })
})

describe('the note, line by line', () => {
  const lines = (input: PatientInput) => assessPatient(bundle, input).summary.split('\n')
  const cause = (id: string) => bundle.causes.find((c) => c.id === id)!

  it('nothing entered: the codes, no patient details, no leaning, the every-patient cause, iron not yet available', () => {
    const note = lines({})
    expect(note[0]).toBe(`Assessment: restless legs syndrome (${noteCodes(bundle)}).`)
    expect(note[1]).toBe('Likely form: not enough information to lean either way. A leaning, not a diagnosis.')
    expect(note[2]).toBe(`Causes to look for: ${cause('iron-deficiency').name} (${cause('iron-deficiency').grade}).`)
    expect(note).toContain('Iron studies: not yet available.')
    expect(note.find((l) => l.startsWith('Plan: '))).toBe(`Plan: ${planText(assessPatient(bundle, {}).tests)} ${rules.notes.drawIron}`)
    expect(note.at(-1)).toBe(`Per RLS Causes content version ${bundle.meta.version}, reviewed ${bundle.meta.reviewed}; supports, and does not replace, clinical judgement.`)
  })

  it('the patient: age, sex, pregnancy with its stage, onset; conditions ticked, not those worked out', () => {
    const note = lines({ age: '30', ageAtOnset: '28', sex: 'female', ticked: ['pregnant', 'migraine'], pregnancyStage: 'second trimester' })
    expect(note[0]).toBe(`Assessment: restless legs syndrome (${noteCodes(bundle)}); age 30, female, pregnant (second trimester), onset at age 28. Recorded: migraine.`)
    expect(lines({ sex: 'female', ticked: ['pregnant'] })[0]).toBe(`Assessment: restless legs syndrome (${noteCodes(bundle)}); female, pregnant.`)
  })

  it('a man with two conditions: both recorded, separated by a semicolon, and no word of pregnancy', () => {
    expect(lines({ sex: 'male', ticked: ['migraine', 'diabetes'] })[0]).toBe(`Assessment: restless legs syndrome (${noteCodes(bundle)}); male. Recorded: diabetes; migraine.`)
  })

  it('the leaning with the features behind it, each marked primary or secondary', () => {
    const text = (id: string) => {
      const t = rules.formRules.find((r) => r.finding === id)!.text
      return t.charAt(0).toLowerCase() + t.slice(1)
    }
    expect(lines({ ticked: ['family-history'] })[1]).toBe(`Likely form: leaning primary (idiopathic): ${text('family-history')} (primary). A leaning, not a diagnosis.`)
    expect(lines({ ticked: ['diabetes'] })[1]).toBe(`Likely form: leaning secondary: ${text('diabetes')} (secondary). A leaning, not a diagnosis.`)
    expect(lines({ ticked: ['family-history', 'diabetes'] })[1]).toBe(
      `Likely form: features point both ways: ${text('family-history')} (primary); ${text('diabetes')} (secondary). A leaning, not a diagnosis.`,
    )
  })

  it('iron: values to check; a TSAT worked out here shows its working; a laboratory TSAT does not', () => {
    expect(lines({ ferritin: '-3' })).toContain('Iron studies: the values entered need checking.')
    const calculated = assessPatient(bundle, { ferritin: '40', serumIron: '8', tibc: '45', ironUnit: 'µmol/L' })
    expect(calculated.iron.tsat).toMatchObject({ source: 'calculated', value: 17.8, text: expect.stringContaining('17.8') })
    expect(noteLine(calculated.summary, 'Iron studies: ')).toBe(`Iron studies: ${calculated.iron.interpretation.summary} (${calculated.iron.tsat!.text})`)
    const entered = assessPatient(bundle, { ferritin: '40', tsat: '18' })
    expect(noteLine(entered.summary, 'Iron studies: ')).toBe(`Iron studies: ${entered.iron.interpretation.summary}`)
  })

  it('a drug that can trigger or worsen RLS is named as the reason for its cause', () => {
    const a = withList('Sertraline 50 mg')
    const drugCause = a.causes.find((c) => c.because.includes('Sertraline in the medication list'))
    expect(drugCause?.cause.medicationClasses).toContain('ssris')
    expect(noteLine(a.summary, 'Causes to look for: ')).toContain(`${drugCause!.cause.name} (${drugCause!.cause.grade})`)
  })

  it('several causes are listed strongest first, each with its grade, separated by semicolons', () => {
    const a = assessPatient(bundle, { ticked: ['migraine'] })
    const [first, second] = a.causes.map((c) => `${c.cause.name} (${c.cause.grade})`)
    expect(a.causes).toHaveLength(2)
    expect(noteLine(a.summary, 'Causes to look for: ')).toBe(`Causes to look for: ${first}; ${second}.`)
  })
})
