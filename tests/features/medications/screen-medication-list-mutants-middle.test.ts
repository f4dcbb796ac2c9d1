/**
 * The screener's reading of a line, middle steps: which of two overlapping names a line means, when
 * an ingredient written after a brand says which product the brand is, how a generic night-time
 * remedy is quoted, when a word is read by its class's stem, and how a pasted list is split and
 * numbered. Each test pins an answer a clinician would see change if the rule were written slightly wrong.
 */
import { describe, expect, it } from 'vitest'
import { screenMedicationList, type ScreeningResult } from '../../../src/features/medications/screen-medication-list'
import { realScreeningContent } from './screening-answer'

const real = realScreeningContent()

const screen = (text: string): ScreeningResult => screenMedicationList(text, real.bundle, real.vocabulary)

/** The content's drugs and the classes read on a single flagged line, in the order shown. */
function readAs(line: string): string[] {
  const flagged = screen(line).flagged[0]
  return [...(flagged?.matches.map((match) => match.medication.id) ?? []), ...(flagged?.classMatches.map((match) => match.medicationClass.id) ?? [])]
}

describe('an ingredient written after a brand of another drug says what the product is', () => {
  it('"Zantac (famotidine)", the brand now sold as famotidine, is famotidine, not the withdrawn ranitidine', () => {
    const flagged = screen('Zantac (famotidine) 20 mg').flagged[0]
    expect(flagged?.matches.map((match) => [match.medication.id, match.matchedText])).toEqual([['famotidine', 'famotidine']])
    expect(flagged?.alsoNamed).toEqual([])
  })

  it('"Dramamine (meclozine)", the ingredient by its other name, is meclizine alone', () => {
    const flagged = screen('Dramamine (meclozine) 25 mg').flagged[0]
    expect(flagged?.matches.map((match) => [match.medication.id, match.matchedText, match.matchedAs])).toEqual([['meclizine', 'meclozine', ['alias']]])
    expect(flagged?.matches[0]?.ambiguous).toBeUndefined()
  })

  it('a brand of a trigger offered with "or" beside another drug is still flagged ("Phenergan or ondansetron", "Nytol or melatonin")', () => {
    const phenergan = screen('Phenergan or ondansetron prn nausea').flagged[0]
    expect(phenergan?.matches.map((match) => [match.medication.id, match.matchedText])).toEqual([['promethazine', 'Phenergan']])
    expect(phenergan?.alsoNamed.map((named) => named.name)).toEqual(['Ondansetron'])
    expect(readAs('Nytol or melatonin at night')).toEqual(['diphenhydramine'])
    expect(readAs('Reglan OR ondansetron')).toEqual(['metoclopramide'])
  })

  it('a brand followed by another brand keeps its drug: "Reglan switched to Zofran" names metoclopramide and ondansetron', () => {
    const flagged = screen('Reglan switched to Zofran for nausea').flagged[0]
    expect(flagged?.matches.map((match) => match.medication.id)).toEqual(['metoclopramide'])
    expect(flagged?.alsoNamed.map((named) => named.name)).toEqual(['Ondansetron'])
  })

  it('a generic name is never set aside for a drug named after it: "Sertraline cross-taper to fluoxetine" names both', () => {
    expect(readAs('Sertraline cross-taper to fluoxetine')).toEqual(['sertraline', 'fluoxetine'])
  })

  it('a name the content gives as both brand and alias stays beside a drug named after it ("DDAVP switched to imipramine")', () => {
    const flagged = screen('DDAVP switched to imipramine for bedwetting').flagged[0]
    expect(flagged?.matches.map((match) => match.medication.id)).toEqual(['imipramine'])
    expect(flagged?.alsoNamed.map((named) => named.name)).toEqual(['Desmopressin'])
  })

  it('the brand reads as the ingredient that qualifies it even when another drug follows after a dose', () => {
    const flagged = screen('Zantac (famotidine) 20 mg and sertraline 50 mg').flagged[0]
    expect(flagged?.matches.map((match) => match.medication.id).sort()).toEqual(['famotidine', 'sertraline'])
  })

  it('an ingredient written with a misspelling the content lists still says which Dramamine it is ("Dramamine (meclizene)")', () => {
    const content = structuredClone({ medications: real.bundle.medications, medicationClasses: real.bundle.medicationClasses })
    content.medications.find((medication) => medication.id === 'meclizine')!.matchOnly = ['meclizene']
    const flagged = screenMedicationList('Dramamine (meclizene) 25 mg', content, real.vocabulary).flagged[0]
    expect(flagged?.matches.map((match) => [match.medication.id, match.matchedAs])).toEqual([['meclizine', ['spelling variant']]])
  })

  it('a brand written after an ingredient keeps its own drug: "Famotidine then Zantac" names both', () => {
    expect(readAs('Famotidine then Zantac')).toEqual(['famotidine', 'ranitidine'])
  })
})

describe('a generic night-time painkiller is read wherever it stands on the line', () => {
  it('a painkiller after another word, with a night word after it, is a night-time remedy quoted as written ("Take paracetamol PM")', () => {
    const flagged = screen('Take paracetamol PM 2 tablets').flagged[0]
    expect(flagged?.classMatches.map((match) => [match.medicationClass.id, match.matchedText, Boolean(match.mayContain)])).toEqual([['sedating-antihistamines', 'paracetamol PM', true]])
  })
})

describe('a word no list gives is read by its class’s stem only where the content allows', () => {
  it('a drug the stem list excepts is not read as a class member, not even by a part of its name ("Triapine", a cancer drug, is no antipsychotic)', () => {
    const result = screen('Triapine 10 mg')
    expect(result.flagged).toEqual([])
    expect(result.notRecognised.map((line) => line.line)).toEqual(['Triapine 10 mg'])
  })

  it('an unlisted class member written before a listed drug is still read ("Bromazepam then sertraline")', () => {
    expect(readAs('Bromazepam 3 mg then sertraline 50 mg')).toEqual(['sertraline', 'benzodiazepine-withdrawal'])
  })
})

describe('a pasted list is split into lines as written', () => {
  it('a blank line, or one of spaces and tabs, gets no answer but keeps the numbering of the lines after it', () => {
    const result = screen('Sertraline 50 mg\n\n \t \r\nReglan 10 mg')
    expect(result.flagged.map((line) => [line.lineNumber, line.line])).toEqual([
      [1, 'Sertraline 50 mg'],
      [4, 'Reglan 10 mg'],
    ])
    expect([...result.recognised, ...result.notRecognised, ...result.notMedication, ...result.notChecked]).toEqual([])
  })

  it('the same list screened again gives the very same line answers, so a list shown line by line redraws only what changed', () => {
    const text = 'Sertraline 50 mg\nMetformin 500 mg\nZzyxq 5 mg'
    const before = screen(text)
    const after = screen(text)
    expect(after.flagged[0]).toBe(before.flagged[0])
    expect(after.recognised[0]).toBe(before.recognised[0])
    expect(after.notRecognised[0]).toBe(before.notRecognised[0])
    expect(after.notRecognised.map((line) => line.lineNumber)).toEqual([3])
  })

  it('Unicode line and paragraph separators part lines too, and each line keeps its number', () => {
    const result = screen('Sertraline 50 mg\u2028Reglan 10 mg\u2029Metformin 500 mg')
    expect(result.flagged.map((line) => [line.lineNumber, line.matches[0]?.medication.id])).toEqual([
      [1, 'sertraline'],
      [2, 'metoclopramide'],
    ])
    expect(result.recognised.map((line) => [line.lineNumber, line.line])).toEqual([[3, 'Metformin 500 mg']])
  })

  it('spaces and tabs around a line are not part of the line quoted back', () => {
    expect(screen('  \tSertraline 50 mg \t').flagged.map((line) => [line.lineNumber, line.line])).toEqual([[1, 'Sertraline 50 mg']])
  })
})
