/**
 * The screener's reading of a line, middle steps: which of two overlapping names a line means, when
 * an ingredient written after a brand says which product the brand is, how a generic night-time
 * remedy is quoted, when a word is read by its class's stem, and how a pasted list is split and
 * numbered. Each test pins an answer a clinician would see change if the rule were written slightly wrong.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { readBundleFile } from '../../../mocks/handlers/bundle'
import { readDrugVocabularyFile } from '../../../mocks/handlers/drug-vocabulary'
import type { Bundle } from '../../../src/data/bundle-schema'
import type { DrugVocabulary } from '../../../src/data/drug-vocabulary-schema'
import { parseBundle } from '../../../src/data/parse-bundle'
import { parseDrugVocabulary } from '../../../src/data/parse-drug-vocabulary'
import { screenMedicationList, type ScreeningResult } from '../../../src/features/medications/screen-medication-list'

let bundle: Bundle
let vocabulary: DrugVocabulary

beforeAll(() => {
  bundle = parseBundle(readBundleFile())
  vocabulary = parseDrugVocabulary(readDrugVocabularyFile())
})

const screen = (text: string): ScreeningResult => screenMedicationList(text, bundle, vocabulary)

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

  it('a brand written after an ingredient keeps its own drug: "Famotidine then Zantac" names both', () => {
    expect(readAs('Famotidine then Zantac')).toEqual(['famotidine', 'ranitidine'])
  })
})

describe('a pasted list is split into lines as written', () => {
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
