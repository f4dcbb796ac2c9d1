/**
 * A medication list written the way charts and discharge letters write them — US and UK brands,
 * combination products, tapers, misspellings and chart noise — screened line by line, each line
 * with the answer a clinician should get.
 */
import { describe, expect, it } from 'vitest'
import type { MedicationRole } from '../../../src/data/bundle-schema'
import { countsAsCause, leadingRole } from '../../../src/features/medications/drug-roles'
import { screenMedicationList, type ScreeningResult } from '../../../src/features/medications/screen-medication-list'
import { buildScreenerBeforeTests } from './screening-answer'
import { shippedBundle, shippedVocabulary } from '../../shipped-content'

const bundle = shippedBundle()
const vocabulary = shippedVocabulary()
buildScreenerBeforeTests(() => [bundle, vocabulary])

type Expected =
  | { flagged: string[]; kind: LineKind }
  | { recognised: true }
  | { notRecognised: true; suggests?: string }
  | { notMedication: 'heading' | 'note' | 'lab result' | 'device or supply' | 'social history' | 'date or number' }

/** A flagged line is an alert only for a drug that can trigger or worsen RLS; otherwise it is grouped by its first role. */
type LineKind = 'can trigger or worsen' | 'withdrawal risk' | 'rls treatment' | 'insufficient evidence'
const flag = (...ids: string[]): Expected => ({ flagged: ids, kind: 'can trigger or worsen' })
const weak = (...ids: string[]): Expected => ({ flagged: ids, kind: 'insufficient evidence' })
const withdrawal = (...ids: string[]): Expected => ({ flagged: ids, kind: 'withdrawal risk' })
const treatment = (...ids: string[]): Expected => ({ flagged: ids, kind: 'rls treatment' })
const kindOf = (roles: MedicationRole[]): LineKind => (countsAsCause(roles) ? 'can trigger or worsen' : (leadingRole(roles) as LineKind))
const RECOGNISED: Expected = { recognised: true }
const unknown = (suggests?: string): Expected => ({ notRecognised: true, ...(suggests ? { suggests } : {}) })
const noise = (reason: Extract<Expected, { notMedication: string }>['notMedication']): Expected => ({ notMedication: reason })

const CHART: [string, Expected][] = [
  ['DISCHARGE MEDICATIONS:', noise('heading')],
  ['Allergies: NKDA', noise('note')],
  ['Allergies: codeine (rash)', noise('note')],
  ['1. Sertraline 50 mg PO daily', flag('sertraline')],
  ['2. ZOLOFT® 100mg mane', flag('sertraline')],
  ['3. Lustral 50 mg od', flag('sertraline')],
  ['4. Citalopram 20mg OD', flag('citalopram')],
  ['5. Cipralex 10 mg', flag('escitalopram')],
  ['6. Reglan10mg before meals', flag('metoclopramide')],
  ['7. Quetiapine XL 50 mg nocte', flag('quetiapine')],
  ['8. Abilify 5 mg daily', flag('aripiprazole')],
  ['9. Haloperidol decanoate 50 mg IM monthly', flag('haloperidol')],
  ['Mirtazapine 15 mg ON', flag('mirtazapine')],
  ['Amitriptyline 10mg nocte for neuropathic pain', flag('amitriptyline')],
  ['Effexor XR 75 mg', flag('venlafaxine')],
  ['Cymbalta 60 mg daily', flag('duloxetine')],
  ['Tylenol PM 2 caplets at bedtime', flag('diphenhydramine')],
  ['Advil PM 1-2 tabs qhs prn sleep', flag('diphenhydramine')],
  ['NyQuil 30 mL at night prn', flag('doxylamine')],
  ['Night Nurse liquid 20ml at night', flag('promethazine')],
  ['Nytol One-A-Night 50mg', flag('diphenhydramine')],
  ['Unisom SleepTabs 25 mg qhs', flag('doxylamine')],
  ['ZzzQuil 2 liquicaps prn', flag('diphenhydramine')],
  ['Dramamine 50 mg before travel', flag('dimenhydrinate', 'meclizine')],
  ['Stugeron 15 mg tds', flag('cinnarizine')],
  ['Diclegis 2 tabs qhs (nausea of pregnancy)', flag('doxylamine')],
  ['Xonvea 10/10 mg gastro-resistant tablets', flag('doxylamine')],
  ['Phenergan 25 mg nocte', flag('promethazine')],
  ['Piriton 4mg prn', flag('chlorphenamine')],
  ['Chlorpheniramine maleate 4 mg q6h prn itch', flag('chlorphenamine')],
  ['Percocet 5/325 1 tab q6h prn', withdrawal('oxycodone')],
  ['Norco 10/325 q4-6h prn pain', withdrawal('hydrocodone')],
  ['Co-codamol 30/500 two tablets QDS', withdrawal('codeine')],
  ['co dydramol 10/500 prn', withdrawal('dihydrocodeine')],
  ['Tylenol #3 1 tab q4h prn', withdrawal('codeine')],
  ['Tramadol 50mg QDS PRN', withdrawal('tramadol')],
  ['Clonazepam 0.5 mg bd, tapering by 0.25 mg every 2 weeks', withdrawal('clonazepam')],
  ['Lorazepam 1mg prn anxiety', withdrawal('lorazepam')],
  ['Diazepam 2 mg tds reducing', withdrawal('diazepam')],
  ['Ropinirole 0.25 mg 2 h before bed', treatment('ropinirole')],
  ['Sinemet 25/100 tds', treatment('levodopa')],
  ['Metoprolol succinate 25 mg daily', weak('metoprolol')],
  ['Amlodipine 5mg OD', weak('amlodipine')],
  ['Levothyroxine 100 micrograms OD', weak('levothyroxine')],
  ['Li 400 mg bd', flag('lithium-carbonate')],
  ['Lithium level 0.7 mmol/L', flag('lithium-carbonate')],
  ['Metformin 500 mg BD with meals', RECOGNISED],
  ['Atorvastatin 40mg nocte', RECOGNISED],
  ['Lisinopril 10 mg daily', RECOGNISED],
  ['Paracetamol 1g QDS PRN', RECOGNISED],
  ['Acetaminophen 650 mg q6h prn', RECOGNISED],
  ['Augmentin 625 mg TDS x 5 days', RECOGNISED],
  ['Ventolin inhaler 2 puffs prn', RECOGNISED],
  ['Omeprazole 20mg OD', RECOGNISED],
  ['Colecalciferol 800 units daily', RECOGNISED],
  ['Ferrous sulphate 200 mg od', treatment('ferrous-sulfate')],
  // Iron without its salt is still iron: an RLS treatment (ask which), never "no known association".
  ['Iron tablets one daily', treatment('oral-iron-salt-not-stated')],
  ['Iron 200 mg od', treatment('oral-iron-salt-not-stated')],
  ['Iron: 200mg tds', treatment('oral-iron-salt-not-stated')],
  // "Iron" without a dose is not the drug: a problem list, a test, a result.
  ['Iron deficiency anaemia', noise('note')],
  ['Vitamin D deficiency', noise('note')],
  ['Iron studies', unknown()],
  ['Iron 12 umol/L', noise('lab result')],
  ['Folate 5 mg od', RECOGNISED],
  ['Folate 3.1 ug/L', noise('lab result')],
  ['Gabapentin 300 mg tds', treatment('gabapentin')],
  ['Eliquis 5 mg BID', RECOGNISED],
  ['Claritin 10 mg daily', RECOGNISED],
  ['Zyrtec 10 mg', RECOGNISED],
  ['Sertaline 50 mg daily', unknown('Sertraline')],
  ['Metforminn 500mg bd', unknown('Metformin')],
  ['Xyzzyl 10 mg od', unknown()],
  ['Free T4 1.2', noise('lab result')],
  ['TSH 2.1 mU/L', noise('lab result')],
  ['Ferritin 18 ng/mL', noise('lab result')],
  ['Hearing aid: lithium battery', noise('device or supply')],
  ['Alcohol prep pads', noise('device or supply')],
  ['Glucose meter test strips x 100', noise('device or supply')],
  ['Lancets', noise('device or supply')],
  ['Non-smoker', noise('social history')],
  ['Ex-smoker, quit 2015', noise('social history')],
  ['Alcohol: none', noise('social history')],
  // "Nicotine" alone is also a name of nicotine replacement: with "never" or "no" it is the smoking history.
  ['Nicotine: never', noise('social history')],
  ['No nicotine', noise('social history')],
  ['Never smoked nicotine', noise('social history')],
  ['Nicotine patch 21 mg/24 h', RECOGNISED],
  ['Drinks socially', noise('social history')],
  ['12/03/2024', noise('date or number')],
  ['Coffee 4 cups/day', flag('caffeine-substance')],
]

function answerFor(result: ScreeningResult) {
  const flagged = result.flagged[0]
  if (flagged) return { flagged: [...flagged.matches.map((m) => m.medication.id), ...flagged.classMatches.map((m) => m.medicationClass.id)], kind: kindOf(flagged.roles) }
  if (result.recognised[0]) return { recognised: true }
  if (result.notRecognised[0]) return { notRecognised: true, suggestions: result.notRecognised[0].suggestions.map((s) => s.name) }
  return { notMedication: result.notMedication[0]?.reason }
}

describe('a chart-style medication list, line by line', () => {
  it('has at least 60 lines', () => {
    expect(CHART.length).toBeGreaterThanOrEqual(60)
  })

  it.each(CHART)('%s', (line, expected) => {
    const answer = answerFor(screenMedicationList(line, bundle, vocabulary))
    if ('flagged' in expected) {
      expect(answer).toMatchObject({ flagged: expect.arrayContaining(expected.flagged), kind: expected.kind })
    } else if ('recognised' in expected) expect(answer).toEqual({ recognised: true })
    else if ('notRecognised' in expected) {
      expect(answer).toMatchObject({ notRecognised: true })
      if (expected.suggests) expect((answer as { suggestions: string[] }).suggestions).toContain(expected.suggests)
    } else expect(answer).toEqual({ notMedication: expected.notMedication })
  })

  it('screens the whole list at once, each line in exactly one group, numbered as pasted', () => {
    const text = CHART.map(([line]) => line).join('\n')
    const result = screenMedicationList(text, bundle, vocabulary)
    const numbers = [
      ...result.flagged,
      ...result.recognised,
      ...result.notRecognised,
      ...result.notMedication,
      ...result.notChecked,
    ].map((line) => line.lineNumber)
    expect(numbers.sort((a, b) => a - b)).toEqual(CHART.map((_, i) => i + 1))
    expect(result.notChecked).toEqual([])
    // A misspelt or unknown line is never in the reassuring group.
    const recognisedLines = new Set(result.recognised.map((line) => line.line))
    for (const [line, expected] of CHART) if (!('recognised' in expected)) expect(recognisedLines.has(line), line).toBe(false)
  })

  it('withdrawal drugs say to taper, augmentation drugs say augmentation, combinations name the product', () => {
    const result = screenMedicationList('Clonazepam 0.5 mg bd\nRopinirole 0.25 mg nocte\nTylenol PM 2 qhs', bundle, vocabulary)
    const [clonazepam, ropinirole, tylenolPm] = result.flagged
    expect(clonazepam?.matches[0]?.advice.toLowerCase()).toContain('do not stop abruptly; taper')
    expect(ropinirole?.roles).toEqual(['rls treatment'])
    expect(ropinirole?.matches[0]?.effect).toBe('augmentation')
    expect(tylenolPm?.matches[0]).toMatchObject({ matchedText: 'Tylenol PM', matchedAs: ['combination product'], product: { id: 'tylenol-pm' } })
    expect(tylenolPm?.alsoNamed.flatMap((match) => match.ingredients)).toContain('Paracetamol (acetaminophen)')
  })

  it('flags a drug named in a lab result, and says why', () => {
    const match = screenMedicationList('Li 0.7 mmol/L', bundle, vocabulary).flagged[0]?.matches[0]
    expect(match).toMatchObject({ fromLabResult: true })
    // A short alias alone, with no dose, unit or frequency, is not taken for the drug.
    expect(screenMedicationList('Li', bundle, vocabulary).flagged).toEqual([])
    expect(screenMedicationList('T4', bundle, vocabulary).flagged).toEqual([])
    expect(screenMedicationList('DPH', bundle, vocabulary).flagged).toEqual([])
    expect(screenMedicationList('DPH 25 mg qhs', bundle, vocabulary).flagged[0]?.matches[0]?.medication.id).toBe('diphenhydramine')
  })

  it('reads an unlisted class member by its name stem', () => {
    const line = screenMedicationList('Bromazepam 3 mg tds', bundle, vocabulary).flagged[0]
    expect(line?.classMatches[0]).toMatchObject({ stem: 'azepam', medicationClass: { id: 'benzodiazepine-withdrawal' } })
  })

  it('does not read a drug of another class by the ending it shares with a trigger class', () => {
    // Metixene (anticholinergic), Nipride (nitroprusside), fenspiride (antitussive), triapine
    // (antineoplastic), pipradrol (stimulant), diketopiperazine (a chemical class).
    const lines = ['Methixene 2.5 mg tds', 'Nipride infusion', 'Fenspiride 80 mg bd', 'Triapine', 'Pipradrol', 'Diketopiperazine']
    for (const line of lines) expect(screenMedicationList(line, bundle, vocabulary).flagged, line).toEqual([])
    // Their true neighbours still are.
    for (const line of ['Flupentixol 1 mg', 'Sulpiride 200 mg bd', 'Asenapine 5 mg', 'Tapentadol 50 mg']) {
      expect(screenMedicationList(line, bundle, vocabulary).flagged, line).toHaveLength(1)
    }
  })

  it('says plainly when a paste names nothing', () => {
    const nonsense = screenMedicationList('asdfgh\nqwerty uiop\n!!!', bundle, vocabulary)
    expect(nonsense.flagged).toEqual([])
    expect(nonsense.recognised).toEqual([])
    expect(nonsense.notRecognised.length + nonsense.notMedication.length).toBe(3)
  })

  it('without the vocabulary, still flags triggers and calls nothing else recognised or unknown', () => {
    const result = screenMedicationList('Sertraline 50 mg\nMetformin 500 mg\nXyzzy', bundle)
    expect(result.flagged).toHaveLength(1)
    expect(result.recognised).toEqual([])
    expect(result.notRecognised).toEqual([])
    expect(result.notChecked.map((line) => line.lineNumber)).toEqual([2, 3])
  })
})
