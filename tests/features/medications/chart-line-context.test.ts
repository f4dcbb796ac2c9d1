/**
 * What a pasted chart line reads as, apart from the drug names on it: a medication (dose, route,
 * frequency), a lab result, a vital sign, an allergy note, social history, a device, a date, and
 * the route or form it names. Read with the real vocabulary's chart words, as the screener does.
 */
import { describe, expect, it } from 'vitest'
import { PhraseSet, chartWordsFor, readLine } from '../../../src/features/medications/chart-line-context'
import { spacedTokens } from '../../../src/features/medications/fold-text'
import { shippedVocabulary } from '../../shipped-content'

const vocabulary = shippedVocabulary()
const words = chartWordsFor(vocabulary.chartNoise)
const read = (line: string) => readLine(line, words)

describe('chart phrases are found as whole words, the longest first', () => {
  it('a two-word analyte wins over its first word: "Free T4 1.2" is free T4, not "free"', () => {
    const analytes = new PhraseSet(['free', 'free t4', 'free t3'])
    // "T4" is two words once folded: "t", "4".
    expect(analytes.matchAt(spacedWords('Free T4 1.2'), 0)).toBe(3)
    expect(analytes.matchAt(spacedWords('free T3'), 0)).toBe(3)
    expect(analytes.matchAt(spacedWords('free T5'), 0)).toBe(1)
    expect(analytes.matchAt(spacedWords('free text'), 0)).toBe(1)
    expect(analytes.matchAt(spacedWords('free'), 0)).toBe(1)
  })

  it('a phrase is matched where it starts on the line, and only there', () => {
    const frequencies = new PhraseSet(['at night', 'at bedtime'])
    const tokens = spacedWords('take two at bedtime')
    expect(frequencies.matchAt(tokens, 2)).toBe(2)
    expect(frequencies.matchAt(tokens, 0)).toBe(0)
    expect(frequencies.matchAt(tokens, 3)).toBe(0)
    expect(frequencies.matchAt(spacedWords('at noon'), 0)).toBe(0)
    expect(frequencies.matchAt(spacedWords('at'), 0)).toBe(0)
    expect(frequencies.hasAnywhere(tokens)).toBe(true)
    expect(frequencies.hasAnywhere(spacedWords('bedtime at'))).toBe(false)
    expect(frequencies.hasAnywhere([])).toBe(false)
  })

  it('a phrase is read in any case and punctuation, as the chart writes it', () => {
    const headings = new PhraseSet(['Past Medical History', 'NKDA'])
    expect(headings.has('PAST MEDICAL HISTORY')).toBe(true)
    expect(headings.has('past-medical history')).toBe(true)
    expect(headings.has('nkda.')).toBe(true)
  })

  it('a heading is the whole label, not a label that starts with it or a blank label', () => {
    const headings = new PhraseSet(['allergies', 'past medical history', ''])
    expect(headings.has('Allergies')).toBe(true)
    expect(headings.has('Allergies reviewed today')).toBe(false)
    expect(headings.has('Past medical')).toBe(false)
    expect(headings.has('')).toBe(false)
    expect(headings.has(' — ')).toBe(false)
  })

  it('the chart words are built once per vocabulary, not on every line', () => {
    expect(chartWordsFor(vocabulary.chartNoise)).toBe(words)
    // Another vocabulary gets its own words.
    const other = { ...vocabulary.chartNoise, vitalSigns: ['bp'] }
    expect(chartWordsFor(other)).not.toBe(words)
    expect(chartWordsFor(other).vitalSigns.has('heart rate')).toBe(false)
    expect(words.vitalSigns.has('heart rate')).toBe(true)
  })
})

/** A line's words as the screener folds them: "Free T4 1.2" is free, t, 4, 1, 2. */
function spacedWords(text: string): string[] {
  return spacedTokens(text).split(' ')
}

describe('a dose, a route or a frequency makes a line read as a medication', () => {
  it('a measuring unit counts as a dose only after a number: "5 mg" is a dose, "mg" alone is not', () => {
    for (const unit of ['mg', 'mcg', 'µg', 'μg', 'ug', 'microgram', 'micrograms', 'g', 'gram', 'grams', 'ml', 'units', 'unit', 'iu', 'mmol']) {
      expect(read(`Ask about the ${unit}`).readsAsMedication, `"${unit}" alone`).toBe(false)
      expect(read(`Take 5 ${unit}`).readsAsMedication, `"5 ${unit}"`).toBe(true)
      expect(read(`${unit}`).readsAsMedication, `"${unit}" opening the line`).toBe(false)
    }
    expect(read('Take 20mg').readsAsMedication).toBe(true)
  })

  it('a form word is a dose on its own: "2 tablets", "capsules", "cream"', () => {
    expect(read('Capsules').readsAsMedication).toBe(true)
    expect(read('Sertraline tablets').readsAsMedication).toBe(true)
    expect(read('Apply the cream').readsAsMedication).toBe(true)
  })

  it('a route or a frequency alone makes a medication line', () => {
    expect(read('Sertraline PO').readsAsMedication).toBe(true)
    expect(read('Sertraline nocte').readsAsMedication).toBe(true)
    expect(read('Sertraline at bedtime').readsAsMedication).toBe(true)
    expect(read('Sertraline').readsAsMedication).toBe(false)
  })

  it('a number on a line that names no dose is not a dose: "Ward 12 bay 4"', () => {
    const line = read('Ward 12 bay 4')
    expect(line.readsAsMedication).toBe(false)
    expect(line.readsAsLabResult).toBe(false)
    expect(line.readsAsVitalSign).toBe(false)
  })
})

describe('a lab result is not a dose', () => {
  it('a lab unit after a number makes a lab result: "Ferritin 12 µg/L", "Potassium 4.1 mmol/L"', () => {
    for (const line of ['Ferritin 12 µg/L', 'Potassium 4.1 mmol/L', 'Li 0.7 mmol/L', 'eGFR 45 mL/min/1.73m2']) {
      expect(read(line).readsAsLabResult, line).toBe(true)
      // "mmol" and "mL" are dose units too, but not inside a lab unit.
      expect(read(line).readsAsMedication, line).toBe(false)
    }
  })

  it('a lab unit with no number before it is not a result: "units of mmol/L"', () => {
    expect(read('Results in mmol/L').readsAsLabResult).toBe(true) // "results" is a lab word
    expect(read('Convert to mmol/L please').readsAsLabResult).toBe(false)
  })

  it('a line that reports a level and also starts capsules reads as a medication: "Vit D 25 nmol/L capsules"', () => {
    const line = read('Vit D 25 nmol/L capsules')
    expect(line.readsAsMedication).toBe(true)
    expect(line.readsAsLabResult).toBe(false)
  })

  it('a later unit with no number does not undo an earlier dose: "Mg tablets; serum Mg normal"', () => {
    const line = read('Magnesium tablets; serum Mg normal')
    expect(line.readsAsMedication).toBe(true)
    expect(line.readsAsLabResult).toBe(false)
  })

  it('a lab word makes a lab result: "Lithium level 0.8", "Ferritin low"', () => {
    expect(read('Lithium level 0.8').readsAsLabResult).toBe(true)
    expect(read('Ferritin low').readsAsLabResult).toBe(true)
    expect(read('Lithium 400 mg level due').readsAsLabResult).toBe(false)
  })

  it('an analyte then a number, after any list numbering, is a result: "3. TSH 2.1", "Free T4 1.2"', () => {
    expect(read('3. TSH 2.1').readsAsLabResult).toBe(true)
    expect(read('12. Free T4 14').readsAsLabResult).toBe(true)
    expect(read('3. Ferritin 12 yesterday').readsAsLabResult).toBe(true)
    expect(read('2) Ferritin 40').readsAsLabResult).toBe(true)
  })

  it('an analyte with no number after it is not a result: "2. Ferritin pending", "TSH next week"', () => {
    expect(read('2. Ferritin pending').readsAsLabResult).toBe(false)
    expect(read('TSH next week').readsAsLabResult).toBe(false)
    // An analyte must open the line: a number after a drug name is its dose, not a result.
    expect(read('Sertraline ferritin 50').readsAsLabResult).toBe(false)
  })
})

describe('vital signs, allergy notes, negations, devices, social history and dates', () => {
  it('a vital sign’s name then a number is a vital sign: "BP 120/80", "RR 16", "1. Wt 70 kg"', () => {
    for (const line of ['BP 120/80', 'RR 16', '1. Wt 70 kg', 'Heart rate 72', 'SpO2 97%']) expect(read(line).readsAsVitalSign, line).toBe(true)
  })

  it('a vital sign’s name with no number after it, or after a drug, is not a vital sign', () => {
    expect(read('2. Weight pending').readsAsVitalSign).toBe(false)
    expect(read('Sertraline BP 120').readsAsVitalSign).toBe(false)
    // A dose on the line makes it a medication, not a vital sign.
    expect(read('Temp 38 paracetamol 1 g').readsAsVitalSign).toBe(false)
  })

  it('a line that opens with an allergy phrase is an allergy note, after any numbering, and only if it opens with it', () => {
    expect(read('Allergic to penicillin').opensWithAllergy).toBe(true)
    expect(read('NKDA').opensWithAllergy).toBe(true)
    expect(read('2. Allergy to codeine (rash)').opensWithAllergy).toBe(true)
    expect(read('Sertraline 50 mg, allergic to codeine').opensWithAllergy).toBe(false)
    expect(read('Sertraline').opensWithAllergy).toBe(false)
  })

  it('reads a negation, a device and social history anywhere on the line', () => {
    expect(read('Alcohol: none').negated).toBe(true)
    expect(read('Alcohol 14 units').negated).toBe(false)
    expect(read('Insulin pen needles').namesDevice).toBe(true)
    expect(read('Insulin glargine').namesDevice).toBe(false)
    expect(read('Ex-smoker, 20 pack years').namesSocialHistory).toBe(true)
    expect(read('Nicotine patch').namesSocialHistory).toBe(false)
  })

  it('a line of numbers, dates and month names is a date, not a drug: "12 Jan 2024", "Mon 3"', () => {
    expect(read('12 Jan 2024').onlyNumbersOrDates).toBe(true)
    expect(read('03/02/2024').onlyNumbersOrDates).toBe(true)
    expect(read('Mon 3 September').onlyNumbersOrDates).toBe(true)
    expect(read('12 Jan sertraline').onlyNumbersOrDates).toBe(false)
    expect(read('—').onlyNumbersOrDates).toBe(false)
    expect(read('—').tokens).toEqual([])
  })
})

describe('the route or form a line names', () => {
  it('names eye drops, a cream or a patch, with whether little of the drug reaches the blood', () => {
    expect(read('Timolol 0.5% eye drops bd')).toMatchObject({ form: { form: 'eye drops', littleSystemicExposure: true } })
    expect(read('Hydrocortisone 1% cream')).toMatchObject({ form: { form: 'cream', littleSystemicExposure: true } })
    expect(read('Rotigotine 2 mg/24 h transdermal patch')).toMatchObject({ form: { form: 'patch', littleSystemicExposure: false } })
    expect(read('Sertraline 50 mg PO').form).toBeUndefined()
  })

  it('keeps the drugs absorbed through the skin in a form counted: doxepin cream', () => {
    expect(read('Doxepin 5% cream').form?.stillSystemic.has('doxepin')).toBe(true)
    expect(read('Doxepin 5% cream').form?.stillSystemic.has('sertraline')).toBe(false)
  })

  it('a line that names two forms takes the first in the vocabulary’s order', () => {
    const order = vocabulary.chartNoise.forms.list.map((entry) => entry.form)
    expect(order.indexOf('eye drops')).toBeLessThan(order.indexOf('ointment'))
    expect(read('Chloramphenicol ointment or eye drops').form?.form).toBe('eye drops')
  })
})
