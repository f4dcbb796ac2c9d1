/**
 * The screener's answer for a line, where screen-medication-list-mutants-end.test.ts leaves gaps: what a
 * combination brings to the screen, which reason a line without a drug is given when two could apply,
 * and the order a line's drugs are shown in. Each test pins an answer a clinician would see change.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { DrugVocabulary } from '../../../src/data/drug-vocabulary-schema'
import { screenMedicationList, type ScreeningResult } from '../../../src/features/medications/screen-medication-list'
import { answerOf, contentWithoutClass, realScreeningContent } from './screening-answer'

const real = realScreeningContent()

const screen = (text: string) => screenMedicationList(text, real.bundle, real.vocabulary)

/** The group a single line lands in, and what it says there in brief. */
const answer = (line: string, result: ScreeningResult = screen(line)): string[] => answerOf(result)

describe('a night-time painkiller beside another drug read by its stem', () => {
  it('a benzodiazepine read by its stem does not hide the antihistamine a night-time painkiller usually holds', () => {
    const flagged = screen('Acetaminophen PM, bromazepam 3 mg').flagged[0]
    expect(flagged?.classMatches.map((match) => [match.medicationClass.id, match.matchedText, match.mayContain])).toEqual([
      ['benzodiazepine-withdrawal', 'bromazepam', undefined],
      ['sedating-antihistamines', 'Acetaminophen PM', real.vocabulary.chartNoise.nightRemedies.answer],
    ])
    expect(flagged?.roles).toContain('worsens')
  })
})

describe('a negated substance is social history; a negated drug is not', () => {
  it('"Coffee: none" is social history, not caffeine the patient takes', () => {
    expect(answer('Coffee: none')).toEqual(['not a medication', 'social history'])
  })

  it('a stopped drug whose class the content lacks is still flagged, not read as social history', () => {
    const content = contentWithoutClass(real.bundle, 'sedating-antihistamines')
    expect(answer('Stopped diphenhydramine', screenMedicationList('Stopped diphenhydramine', content, real.vocabulary))).toEqual(['flagged', 'diphenhydramine'])
  })
})

describe('why a line without a drug is not a medication', () => {
  /** The vocabulary with one more social-history phrase, as short as a drug abbreviation ("IDU", injecting drug use). */
  let withShortSocialPhrase: DrugVocabulary
  beforeAll(() => {
    withShortSocialPhrase = { ...real.vocabulary, chartNoise: { ...real.vocabulary.chartNoise, socialPhrases: [...real.vocabulary.chartNoise.socialPhrases, 'idu'] } }
  })

  it('a three-letter social-history phrase the content adds is social history, though too short to be read as a name', () => {
    expect(answer('IDU', screenMedicationList('IDU', real.bundle, withShortSocialPhrase))).toEqual(['not a medication', 'social history'])
    expect(answer('IDU')).toEqual(['not recognised'])
  })
})
