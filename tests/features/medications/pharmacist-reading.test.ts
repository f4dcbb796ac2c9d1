/**
 * Lines read as a pharmacist reads them: the ingredient a line names wins over a brand word other
 * products share; the route and form are read, and a form with little systemic exposure keeps the
 * drug's roles but is not a cause; a generic night-time painkiller or cold remedy is answered
 * "usually contains a sedating antihistamine"; allergy lines and vital signs are not medications.
 * Each test fails without its rule.
 */
import { describe, expect, it } from 'vitest'
import { countsAsCause } from '../../../src/features/medications/drug-roles'
import { screenMedicationList, type ScreeningResult } from '../../../src/features/medications/screen-medication-list'
import { assessPatient, screenedMedicationsFrom } from '../../../src/features/patient/assess-patient'
import { buildScreenerBeforeTests } from './screening-answer'
import { shippedBundle, shippedVocabulary } from '../../shipped-content'

const bundle = shippedBundle()
const vocabulary = shippedVocabulary()
buildScreenerBeforeTests(() => [bundle, vocabulary])
const screen = (text: string) => screenMedicationList(text, bundle, vocabulary)

/** The one answer a single line got: its group, and what was read on it. */
function answer(line: string) {
  const result = screen(line)
  const groups = (Object.keys(result) as (keyof ScreeningResult)[]).filter((group) => result[group].length > 0)
  expect(groups, `"${line}" should get exactly one answer`).toHaveLength(1)
  return { group: groups[0], result }
}

const NIGHT_ANSWER = 'usually contains a sedating antihistamine (diphenhydramine or doxylamine): check the pack'

describe('an ingredient named on the line wins over a shared brand word', () => {
  it('reads "Benadryl Allergy (cetirizine)" as cetirizine, not diphenhydramine', () => {
    const { group, result } = answer('Benadryl Allergy (cetirizine)')
    expect(group).toBe('recognised')
    expect(result.recognised[0]?.matches.map((match) => match.name)).toEqual(['Cetirizine'])
  })

  it('reads "Dramamine Non-Drowsy (ginger)" as ginger, not dimenhydrinate or meclizine', () => {
    const { group, result } = answer('Dramamine Non-Drowsy (ginger)')
    expect(group).toBe('recognised')
    expect(result.recognised[0]?.matches.map((match) => match.name)).toEqual(['Ginger root'])
  })

  it('still flags the brand when the line names its own ingredient, or another drug after a dose', () => {
    expect(screen('Benadryl (diphenhydramine) 25 mg').flagged[0]?.matches.map((match) => match.medication.id)).toEqual(['diphenhydramine'])
    expect(screen('Tylenol PM (acetaminophen)').flagged[0]?.matches.map((match) => match.medication.id)).toEqual(['diphenhydramine'])
    expect(screen('Dramamine 50 mg, ginger').flagged[0]?.matches.map((match) => match.medication.id)).toContain('dimenhydrinate')
  })
})

describe('the route and form', () => {
  it.each([
    ['Ketotifen eye drops 1 drop bd', 'eye drops'],
    ['Ciprofloxacin ear drops', 'ear drops'],
    ['Hydrocortisone cream 1%', 'cream'],
    ['Fusidic acid ointment', 'ointment'],
    ['Diclofenac gel', 'gel'],
    ['Nicotine patch 21 mg', 'patch'],
    ['Salbutamol inhaler 2 puffs prn', 'inhaler'],
    ['Mometasone nasal spray', 'nasal spray'],
    ['Chlorhexidine mouthwash', 'mouthwash'],
  ])('reads "%s" as %s', (line, form) => {
    const result = screen(line)
    const read = [...result.flagged, ...result.recognised]
    expect(read.map((entry) => entry.form)).toEqual([form])
  })

  it('shows a trigger in eye drops or a cream with its roles, marked topical, and does not count it as a cause', () => {
    for (const line of ['Chlorphenamine eye drops', 'Diphenhydramine cream']) {
      const flagged = screen(line).flagged[0]
      expect(flagged?.roles, line).toEqual(['worsens'])
      expect(flagged?.matches[0]?.littleSystemicExposure, line).toBe(true)
      expect(flagged?.littleSystemicExposure, line).toBe(true)
      expect(countsAsCause(flagged?.roles ?? [], flagged?.littleSystemicExposure)).toBe(false)
    }
  })

  it('still counts the same drug by mouth, in a patch, or doxepin cream (absorbed)', () => {
    expect(screen('Chlorphenamine 4 mg tds').flagged[0]?.littleSystemicExposure).toBeUndefined()
    expect(screen('Doxepin cream 5%').flagged[0]?.matches[0]?.littleSystemicExposure).toBeUndefined()
    expect(screen('Rotigotine patch 2 mg').flagged[0]?.form).toBe('patch')
    expect(screen('Rotigotine patch 2 mg').flagged[0]?.matches[0]?.littleSystemicExposure).toBeUndefined()
  })

  it('keeps a topical trigger out of the leaning, the causes and the note’s trigger line', () => {
    const patient = { age: '60', sex: 'female' as const, medicationListEntered: true }
    const topical = assessPatient(bundle, { ...patient, medications: screenedMedicationsFrom(screen('Chlorphenamine eye drops')) })
    const oral = assessPatient(bundle, { ...patient, medications: screenedMedicationsFrom(screen('Chlorphenamine 4 mg tds')) })
    const nothing = assessPatient(bundle, { ...patient, medications: screenedMedicationsFrom(screen('Cetirizine 10 mg od')) })
    expect(oral.findings.map((finding) => finding.id)).toContain('trigger-drug')
    expect(topical.findings.map((finding) => finding.id)).not.toContain('trigger-drug')
    expect(topical.likelyForm.leaning).toBe(nothing.likelyForm.leaning)
    expect(topical.causes.map((cause) => cause.cause.id)).toEqual(nothing.causes.map((cause) => cause.cause.id))
    expect(topical.flaggedMedications[0]?.littleSystemicExposure).toBe(true)
    expect(topical.medicationNote.join('\n')).toContain('topical: little systemic exposure')
  })

  it('counts a drug taken by mouth on another line even if eye drops name it too', () => {
    const drugs = screenedMedicationsFrom(screen('Chlorphenamine eye drops\nChlorphenamine 4 mg nocte')).drugs
    expect(drugs).toHaveLength(1)
    expect(countsAsCause(drugs[0]?.roles ?? [], drugs[0]?.littleSystemicExposure)).toBe(true)
  })
})

describe('a generic night-time painkiller or cold remedy', () => {
  it.each(['Acetaminophen PM', 'Ibuprofen PM', 'Night-time cold and flu', 'Tylenol Sleep', 'Paracetamol Night 500 mg'])(
    'flags "%s": it usually contains a sedating antihistamine',
    (line) => {
      const { group, result } = answer(line)
      expect(group).toBe('flagged')
      const classMatch = result.flagged[0]?.classMatches[0]
      expect(classMatch?.medicationClass.id).toBe('sedating-antihistamines')
      expect(classMatch?.mayContain).toBe(NIGHT_ANSWER)
      expect(result.flagged[0]?.roles).toEqual(['worsens'])
    },
  )

  it('reads a dose at night as the plain painkiller', () => {
    for (const line of ['Paracetamol 1 g at night', 'Ibuprofen 400 mg every night', 'Paracetamol 500 mg 8 PM']) {
      expect(answer(line).group, line).toBe('recognised')
    }
  })

  it('does not add a reminder where the product already names its antihistamine', () => {
    const flagged = screen('Tylenol PM').flagged[0]
    expect(flagged?.matches.map((match) => match.medication.id)).toEqual(['diphenhydramine'])
    expect(flagged?.classMatches).toEqual([])
  })
})

describe('allergy lines and vital signs are not medications', () => {
  it.each(['Allergic to penicillin', 'Allergy to codeine (rash)', 'NKDA', 'NKA', 'No known drug allergies', 'Intolerant of metoclopramide'])(
    '"%s" is an allergy note',
    (line) => {
      const { group, result } = answer(line)
      expect(group).toBe('notMedication')
      expect(result.notMedication[0]?.reason).toBe('note')
    },
  )

  it.each(['BP 120/80', 'HR 72', 'SpO2 98%', 'Temp 37.2', 'RR 16', 'Wt 70 kg'])('"%s" is a vital sign', (line) => {
    const { group, result } = answer(line)
    expect(group).toBe('notMedication')
    expect(result.notMedication[0]?.reason).toBe('vital sign')
  })
})
