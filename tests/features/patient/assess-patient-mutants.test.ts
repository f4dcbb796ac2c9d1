/**
 * assessPatient on the far side of each of its rules: what a form cannot tick, what the bundle's
 * roles override, how reasons and sources are gathered, and what shaped the iron reading. Written
 * against the small plausible bugs mutation testing put into assess-patient.ts (README,
 * "Mutation testing"); each test is named by what the clinician would see go wrong.
 */
import { describe, expect, it } from 'vitest'
import { assessPatient, ironStudiesInputFor, type ScreenedMedication, type ScreenedMedications } from '../../../src/features/patient/assess-patient'
import { shippedBundle } from '../../shipped-content'

const bundle = shippedBundle()
const rules = bundle.patientWorkup
const findingIds = (a: ReturnType<typeof assessPatient>) => a.findings.map((f) => f.id)
const drugsOnly = (drugs: ScreenedMedication[]): ScreenedMedications => ({ drugs, recognisedIds: [], unrecognised: [], notChecked: 0 })
const withRules = (edit: Partial<typeof rules>) => ({ ...bundle, patientWorkup: { ...rules, ...edit } })

describe('what the form can tick', () => {
  it('a worked-out finding cannot be ticked: "child" sent for a 40-year-old keeps the adult iron rule', () => {
    const a = assessPatient(bundle, { age: 40, ticked: ['child', 'low-iron', 'trigger-drug'], ferritin: 60, tsat: 25 })
    expect(findingIds(a)).not.toContain('child')
    expect(findingIds(a)).not.toContain('trigger-drug')
    expect(a.iron.interpretation.primary).toMatchObject({ rule: 'aasm2024' })
    expect(a.likelyForm.leaning).toBe('secondary')
    expect(a.likelyForm.secondary.map((f) => f.finding)).toEqual(['low-iron'])
  })

  it('an age or onset not entered is not recorded as one', () => {
    const a = assessPatient(bundle, { sex: 'female' })
    expect(a).not.toHaveProperty('age')
    expect(a).not.toHaveProperty('ageAtOnset')
    expect(assessPatient(bundle, { age: '50', ageAtOnset: '40' })).toMatchObject({ age: 50, ageAtOnset: 40 })
  })

  it('an id that is not a finding is ignored', () => {
    expect(findingIds(assessPatient(bundle, { ticked: ['no-such-finding', 'migraine'] }))).toEqual(['migraine'])
  })
})

describe('a rule on an age: unknown stays unknown', () => {
  it('a rule on the age at onset with no cut-off is met by any onset entered, never by one left empty', () => {
    const findings = rules.findings.map((f) => (f.id === 'late-onset' ? { ...f, derived: { field: 'ageAtOnset' as const } } : f))
    const edited = withRules({ findings })
    expect(findingIds(assessPatient(edited, { age: 50, ageAtOnset: 20 }))).toContain('late-onset')
    expect(findingIds(assessPatient(edited, { age: 50 }))).not.toContain('late-onset')
  })
})

describe('a drug’s roles come from the bundle', () => {
  const drug = (extra: Partial<ScreenedMedication>): ScreenedMedication => ({ name: 'x', classId: 'x', className: 'x', roles: [], augmentation: false, ...extra })

  it('whatever the caller says, sertraline is an SSRI that can worsen RLS, and a cause', () => {
    const a = assessPatient(bundle, {
      medications: drugsOnly([drug({ id: 'sertraline', name: 'Sertraline', roles: ['rls treatment'], augmentation: true })]),
      medicationListEntered: true,
    })
    const ssris = bundle.medicationClasses.find((c) => c.id === 'ssris')!
    expect(a.flaggedMedications).toEqual([{ id: 'sertraline', name: 'Sertraline', classId: 'ssris', className: ssris.name, roles: ['worsens'], augmentation: false }])
    expect(findingIds(a)).toContain('trigger-drug')
    expect(a.likelyForm.secondary.map((f) => f.finding)).toEqual(['trigger-drug'])
  })

  it('a drug id the bundle does not list is dropped, never guessed at', () => {
    const a = assessPatient(bundle, { medications: drugsOnly([drug({ id: 'no-such-drug', roles: ['triggers'] })]), medicationListEntered: true })
    expect(a.flaggedMedications).toEqual([])
    expect(findingIds(a)).not.toContain('trigger-drug')
  })

  it('a drug read by its class keeps its roles, put in the order to act on', () => {
    const a = assessPatient(bundle, {
      medications: drugsOnly([drug({ name: 'newopioid', classId: 'opioid-withdrawal', roles: ['rls treatment', 'withdrawal risk'] })]),
      medicationListEntered: true,
    })
    expect(a.flaggedMedications.map((d) => d.roles)).toEqual([['withdrawal risk', 'rls treatment']])
  })

  it('a weak-evidence drug alone (propranolol) neither leans the form secondary nor adds a cause', () => {
    const a = assessPatient(bundle, { medications: drugsOnly([drug({ id: 'propranolol' })]), medicationListEntered: true })
    expect(a.flaggedMedications.map((d) => d.id)).toEqual(['propranolol'])
    expect(findingIds(a)).not.toContain('trigger-drug')
    expect(a.likelyForm.leaning).toBe('unknown')
    expect(a.causes.map((c) => c.cause.id)).toEqual(rules.everyPatientCauses.map((c) => c.cause))
  })
})

describe('drugs that lead to a finding', () => {
  it('a finding any one of several drugs points to is found when the list holds only one of them', () => {
    const edited = withRules({
      medicationFindings: rules.medicationFindings.map((rule) => (rule.finding === 'caffeine' ? { ...rule, medicationIds: ['nicotine-substance', ...rule.medicationIds] } : rule)),
    })
    const caffeine = bundle.medications.find((m) => m.id === 'caffeine-substance')!
    const a = assessPatient(edited, { medications: drugsOnly([{ id: caffeine.id, name: caffeine.name, classId: caffeine.class, className: '', roles: caffeine.roles, augmentation: false }]) })
    expect(findingIds(a)).toContain('caffeine')
    expect(findingIds(a)).not.toContain('smoking')
  })
})

describe('causes: reasons and disagreements', () => {
  it('a cause reached by two findings gives both, each once, and a cause with no recorded disagreement shows none', () => {
    const a = assessPatient(bundle, { age: 70, ageAtOnset: 60 })
    const iron = a.causes.find((c) => c.cause.id === 'iron-deficiency')!
    const label = (id: string) => rules.findings.find((f) => f.id === id)!.label
    expect(iron.because).toEqual([rules.everyPatientCauses[0]!.reason, label('late-onset'), label('older-adult')])
    for (const c of a.causes) expect(c.conflicts.every((conflict) => conflict.relatedCauses.includes(c.cause.id))).toBe(true)
    const without = a.causes.filter((c) => !bundle.conflicts.some((conflict) => conflict.relatedCauses.includes(c.cause.id)))
    expect(without.length).toBeGreaterThan(0)
    for (const c of without) expect(c.conflicts).toEqual([])
  })

  it('the same finding pointing twice to a cause gives its reason once', () => {
    const edited = withRules({ causeRules: [...rules.causeRules, { finding: 'migraine', causes: ['migraine'] }] })
    expect(assessPatient(edited, { ticked: ['migraine'] }).causes.find((c) => c.cause.id === 'migraine')?.because).toEqual([
      rules.findings.find((f) => f.id === 'migraine')!.label,
    ])
  })

  it('a rule naming a cause the bundle does not have lists nothing for it', () => {
    const edited = withRules({ everyPatientCauses: [...rules.everyPatientCauses, { cause: 'no-such-cause', reason: 'x', sources: [] }] })
    expect(assessPatient(edited, {}).causes.map((c) => c.cause.id)).toEqual(rules.everyPatientCauses.map((c) => c.cause))
  })
})

describe('tests: reasons and sources', () => {
  it('a test asked for by several findings lists each reason once and each source once', () => {
    const a = assessPatient(bundle, { age: 70, ageAtOnset: 60, ticked: ['chronic-kidney-disease'] })
    const creatinine = a.tests.find((t) => t.lab.id === 'creatinine-egfr')!
    const reasonsFor = (finding: string) => rules.labRules.filter((r) => r.lab === 'creatinine-egfr' && r.finding === finding).map((r) => r.reason)
    expect(creatinine.reasons).toEqual([...reasonsFor('chronic-kidney-disease'), ...reasonsFor('late-onset'), ...reasonsFor('older-adult')])
    expect(creatinine.sources).toEqual(['medscape-workup'])
  })

  it('the tests every patient needs carry no rule’s reason or source; a finding’s test carries only its own rules’ sources', () => {
    const a = assessPatient(bundle, { ticked: ['diabetes'] })
    for (const t of a.tests.filter((x) => x.everyPatient)) expect(t, t.lab.id).toMatchObject({ reasons: [], sources: [] })
    expect(a.tests.find((t) => t.lab.id === 'hba1c')).toMatchObject({ reasons: ['diabetes'], sources: [] })
  })

  it('the list shows the tests to order before those whose results are in', () => {
    const a = assessPatient(bundle, { age: 70, ferritin: '140', tsat: '30', ticked: ['diabetes'] })
    const entered = a.tests.map((t) => t.resultEntered)
    expect(entered.filter(Boolean)).toHaveLength(4)
    expect(entered).toEqual([...entered].sort((x, y) => Number(x) - Number(y)))
  })

  it('two rules giving the same reason for a test show it once', () => {
    const edited = withRules({ labRules: [...rules.labRules, { finding: 'migraine', lab: 'cbc', reason: 'blood loss' }] })
    expect(assessPatient(edited, { ticked: ['migraine', 'heavy-periods'] }).tests.find((t) => t.lab.id === 'cbc')?.reasons).toEqual(['blood loss'])
  })

  it('a bundle without result rules marks nothing as already done', () => {
    const { resultLabs: _unused, ...withoutResultLabs } = rules
    const a = assessPatient({ ...bundle, patientWorkup: withoutResultLabs }, { ferritin: '40', tsat: '20' })
    expect(a.tests.filter((t) => t.resultEntered)).toEqual([])
  })

  it('a ferritin that is not a readable, non-negative number is ordered, not repeated', () => {
    for (const ferritin of ['-3', 'abc', '']) {
      expect(assessPatient(bundle, { ferritin }).tests.find((t) => t.lab.id === 'ferritin')?.resultEntered, ferritin).toBe(false)
    }
    expect(assessPatient(bundle, { ferritin: '0' }).tests.find((t) => t.lab.id === 'ferritin')?.resultEntered).toBe(true)
  })

  it('serum iron and TIBC entered without a TSAT are repeated; the TSAT worked out from them is too', () => {
    const a = assessPatient(bundle, { serumIron: '8', tibc: '45' })
    expect(a.tests.filter((t) => t.resultEntered).map((t) => t.lab.id).sort()).toEqual(['serum-iron', 'tibc', 'tsat'])
    const onlyIron = assessPatient(bundle, { serumIron: '8' })
    expect(onlyIron.tests.filter((t) => t.resultEntered).map((t) => t.lab.id)).toEqual(['serum-iron'])
  })
})

describe('what shaped the iron reading', () => {
  it('a pregnant teenager on dialysis with inflammation: every context named, with the pregnancy note and its sources', () => {
    const a = assessPatient(bundle, { age: 16, sex: 'female', ticked: ['pregnant', 'dialysis', 'inflammation'] })
    expect(a.iron.contexts).toEqual(['child', 'pregnancy', 'dialysis', 'inflammation'])
    expect(a.iron.notes).toEqual([{ text: rules.notes.pregnancy, sources: rules.notes.pregnancySources }])
    const adult = assessPatient(bundle, { age: 40 })
    expect(adult.iron.contexts).toEqual([])
    expect(adult.iron.notes).toEqual([])
  })

  it('the trimester reaches the iron rules only in pregnancy', () => {
    expect(ironStudiesInputFor(new Set(['pregnant']), '40', '20', 'first trimester')).toEqual({
      ferritin: '40',
      tsat: '20',
      child: false,
      dialysis: false,
      pregnant: true,
      pregnancyStage: 'first trimester',
      inflammation: false,
    })
    expect(ironStudiesInputFor(new Set(['child', 'dialysis', 'inflammation']), '40', '20', 'first trimester')).toEqual({
      ferritin: '40',
      tsat: '20',
      child: true,
      dialysis: true,
      pregnant: false,
      inflammation: true,
    })
  })

  it('a blank or missing TSAT is worked out from serum iron and TIBC; a typed one, even as a number, wins', () => {
    for (const tsat of ['  ', null, undefined]) {
      expect(assessPatient(bundle, { ferritin: '40', tsat, serumIron: '8', tibc: '45' }).iron.tsat, String(tsat)).toMatchObject({ value: 17.8, source: 'calculated' })
    }
    expect(assessPatient(bundle, { ferritin: '40', tsat: 30, serumIron: '8', tibc: '45' }).iron.tsat).toEqual({ value: 30, source: 'entered' })
    expect(assessPatient(bundle, { ferritin: '40' }).iron.tsat).toBeUndefined()
  })

  it('serum iron above TIBC is an error on the form, and no TSAT is worked out', () => {
    const a = assessPatient(bundle, { ferritin: '40', serumIron: '50', tibc: '40' })
    expect(a.errors.map((e) => e.field)).toEqual(['serumIron'])
    expect(a.iron.tsat).toBeUndefined()
    expect(assessPatient(bundle, { ferritin: '40', serumIron: '8', tibc: '45' }).errors).toEqual([])
  })
})
