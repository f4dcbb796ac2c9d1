/**
 * The screener reads its answers from the content: a content editor may give a class no advice,
 * list no drug in it yet, or list drugs of mixed effects in one class. These tests screen against a
 * copy of the shipped bundle edited that way and check that the answer still follows the content,
 * and falls back to the safe words when the content says nothing.
 */
import { describe, expect, it } from 'vitest'
import type { Medication, MedicationClass } from '../../../src/data/bundle-schema'
import { screenMedicationList, type ScreeningContent } from '../../../src/features/medications/screen-medication-list'
import { buildScreenerBeforeTests } from './screening-answer'
import { shippedBundle, shippedVocabulary } from '../../shipped-content'

const bundle = shippedBundle()
const vocabulary = shippedVocabulary()
buildScreenerBeforeTests(() => [bundle, vocabulary])
const BENZODIAZEPINES = 'benzodiazepine-withdrawal'

/** The shipped medications and classes, with `edit` applied to a copy. */
function editedContent(edit: (content: { medications: Medication[]; medicationClasses: MedicationClass[] }) => void): ScreeningContent {
  const content = structuredClone({ medications: bundle.medications, medicationClasses: bundle.medicationClasses })
  edit(content)
  return content
}

/** What "Bromazepam 3 mg" (no listed drug: read by its -azepam stem) is read as against `content`. */
function bromazepamAgainst(content: ScreeningContent) {
  const line = screenMedicationList('Bromazepam 3 mg tds', content, vocabulary).flagged[0]
  expect(line?.matches).toEqual([])
  return line?.classMatches[0]
}

describe('a name read by its class’s stem takes the class’s standing from the content', () => {
  it('takes the effect most of the class’s listed drugs have, whichever is listed first', () => {
    const members = bundle.medications.filter((medication) => medication.class === BENZODIAZEPINES)
    expect(members.length).toBeGreaterThanOrEqual(5)
    // A minority of the class (the first three listed) edited to "triggers": the majority's effect stands.
    const minority = editedContent((content) => {
      for (const medication of content.medications.filter((m) => m.class === BENZODIAZEPINES).slice(0, 3)) medication.effect = 'triggers'
    })
    expect(bromazepamAgainst(minority)?.effect).toBe('withdrawal')
    // All but two edited: now "triggers" is the majority.
    const majority = editedContent((content) => {
      for (const medication of content.medications.filter((m) => m.class === BENZODIAZEPINES).slice(2)) medication.effect = 'triggers'
    })
    expect(bromazepamAgainst(majority)?.effect).toBe('triggers')
  })

  it('shows the class’s own advice, grade and roles, not a member drug’s', () => {
    const match = bromazepamAgainst(bundle)
    const benzodiazepines = bundle.medicationClasses.find((c) => c.id === BENZODIAZEPINES)
    expect(match).toMatchObject({ stem: 'azepam', matchedText: 'Bromazepam', advice: benzodiazepines?.advice, grade: benzodiazepines?.grade })
    expect([...(match?.roles ?? [])].sort()).toEqual([...(benzodiazepines?.roles ?? [])].sort())
  })

  it('a class the content gives no advice shows its first listed drug’s advice', () => {
    const content = editedContent((edited) => {
      const benzodiazepines = edited.medicationClasses.find((c) => c.id === BENZODIAZEPINES)
      if (benzodiazepines) delete benzodiazepines.advice
    })
    const first = content.medications.find((m) => m.class === BENZODIAZEPINES)
    expect(first?.advice).toBeTruthy()
    expect(bromazepamAgainst(content)?.advice).toBe(first?.advice)
  })

  it('a class with no advice and no listed drug says not to stop a needed drug for this alone, and reads as a trigger', () => {
    const content = editedContent((edited) => {
      edited.medications = edited.medications.filter((m) => m.class !== BENZODIAZEPINES)
      const benzodiazepines = edited.medicationClasses.find((c) => c.id === BENZODIAZEPINES)
      if (benzodiazepines) delete benzodiazepines.advice
    })
    const match = bromazepamAgainst(content)
    expect(match?.advice).toBe('Do not stop a needed drug for this alone.')
    expect(match?.effect).toBe('triggers')
  })

  it('a stem whose class the content does not list is not read at all', () => {
    const content = editedContent((edited) => {
      edited.medications = edited.medications.filter((m) => m.class !== BENZODIAZEPINES)
      edited.medicationClasses = edited.medicationClasses.filter((c) => c.id !== BENZODIAZEPINES)
    })
    const result = screenMedicationList('Bromazepam 3 mg tds', content, vocabulary)
    expect(result.flagged).toEqual([])
    expect(result.notRecognised.map((line) => line.line)).toEqual(['Bromazepam 3 mg tds'])
  })
})

describe('a drug the content lists wins over the drug vocabulary', () => {
  it('a vocabulary that also lists sertraline as "no known association" leaves it flagged, and not also recognised', () => {
    const sertraline = bundle.medications.find((m) => m.id === 'sertraline')
    const edited = {
      ...vocabulary,
      ingredients: [...vocabulary.ingredients, { id: 'sertraline', name: 'Sertraline', brands: { us: ['Zoloft'], uk: [] }, aliases: [], markets: ['us' as const] }],
    }
    const line = screenMedicationList('Zoloft 50 mg', bundle, edited).flagged[0]
    expect(line?.matches.map((match) => match.medication)).toEqual([sertraline])
    expect(line?.alsoNamed).toEqual([])
  })
})

describe('edited content is screened with the edit', () => {
  it('the same drugs with an edited class list show the edited class, not the one screened before', () => {
    const sertraline = bundle.medications.find((m) => m.id === 'sertraline')
    expect(screenMedicationList('Sertraline 50 mg', bundle, vocabulary).flagged[0]?.matches[0]?.className).not.toBe('Renamed SSRIs')
    const medicationClasses = structuredClone(bundle.medicationClasses)
    const ssris = medicationClasses.find((c) => c.id === sertraline?.class)
    if (ssris) ssris.name = 'Renamed SSRIs'
    const match = screenMedicationList('Sertraline 50 mg', { medications: bundle.medications, medicationClasses }, vocabulary).flagged[0]?.matches[0]
    expect(match?.className).toBe('Renamed SSRIs')
    expect(match?.medication).toBe(sertraline)
  })
})

describe('a generic night-time remedy is read with the sedating antihistamines’ standing', () => {
  it('takes the effect the sedating antihistamines have, not another class’s', () => {
    const night = vocabulary.chartNoise.nightRemedies.sedatingAntihistamineClass
    const effects = new Set(bundle.medications.filter((m) => m.class === night).map((m) => m.effect))
    expect(effects.size).toBe(1)
    const match = screenMedicationList('Acetaminophen PM', bundle, vocabulary).flagged[0]?.classMatches[0]
    expect(match?.effect).toBe([...effects][0])
    expect(match?.advice).toBe(bundle.medicationClasses.find((c) => c.id === night)?.advice)
  })

  it('without that class in the content, "Acetaminophen PM" is the plain painkiller', () => {
    const night = vocabulary.chartNoise.nightRemedies.sedatingAntihistamineClass
    const content = editedContent((edited) => {
      edited.medications = edited.medications.filter((m) => m.class !== night)
      edited.medicationClasses = edited.medicationClasses.filter((c) => c.id !== night)
    })
    const result = screenMedicationList('Acetaminophen PM', content, vocabulary)
    expect(result.flagged).toEqual([])
    expect(result.recognised.map((line) => line.line)).toEqual(['Acetaminophen PM'])
    // With it, the same line is flagged as a possible sedating antihistamine.
    expect(screenMedicationList('Acetaminophen PM', bundle, vocabulary).flagged[0]?.classMatches[0]?.medicationClass.id).toBe(night)
  })
})
