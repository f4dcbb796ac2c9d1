/**
 * The screener's reading of a generic night-time remedy, the cases the other files leave open: a
 * night word beside a drug that is not a painkiller is the time of an evening dose ("Metformin PM",
 * "Quetiapine PM 25 mg"), never a guess that the pack holds a sedating antihistamine. Each test pins
 * an answer a clinician would see change if the rule were written slightly wrong.
 */
import { describe, expect, it } from 'vitest'
import { screenMedicationList, type ScreeningResult } from '../../../src/features/medications/screen-medication-list'
import { realScreeningContent } from './screening-answer'

const real = realScreeningContent()

const screen = (text: string): ScreeningResult => screenMedicationList(text, real.bundle, real.vocabulary)

describe('a night word beside a drug that is not a painkiller is the time of an evening dose', () => {
  it.each([
    ['Metformin PM 500 mg', 'Metformin'],
    ['Zopiclone sleep 7.5 mg', 'Zopiclone'],
    ['Ondansetron night', 'Ondansetron'],
  ])('"%s" is the drug the vocabulary knows, with no known association, not a night-time remedy', (line, name) => {
    const result = screen(line)
    expect(result.flagged).toEqual([])
    expect(result.recognised.map((recognised) => recognised.matches.map((match) => match.name))).toEqual([[name]])
  })

  it.each([
    ['Quetiapine PM 25 mg', 'quetiapine'],
    ['Mirtazapine night 15 mg', 'mirtazapine'],
  ])('"%s" is flagged for the listed drug alone, with no sedating antihistamine guessed', (line, drug) => {
    const flagged = screen(line).flagged
    expect(flagged.map((entry) => entry.matches.map((match) => match.medication.id))).toEqual([[drug]])
    expect(flagged[0]?.classMatches).toEqual([])
  })

  it('the same night word beside a painkiller still reads as a night-time remedy', () => {
    // The control for the lines above: the rule is not simply switched off for "PM".
    const flagged = screen('Paracetamol PM 500 mg').flagged[0]
    expect(flagged?.classMatches.map((match) => [match.medicationClass.id, match.matchedText])).toEqual([['sedating-antihistamines', 'Paracetamol PM']])
  })
})
