import { beforeAll } from 'vitest'
import type { Bundle } from '../../../src/data/bundle-schema'
import type { DrugVocabulary } from '../../../src/data/drug-vocabulary-schema'
import { screenMedicationList, type ScreeningContent, type ScreeningResult } from '../../../src/features/medications/screen-medication-list'
import { shippedBundle, shippedVocabulary } from '../../shipped-content'

/** The group a single line lands in, and what it says there in brief: what a clinician reads first. */
export function answerOf(result: ScreeningResult): string[] {
  const flagged = result.flagged[0]
  if (flagged) return ['flagged', ...flagged.matches.map((match) => match.medication.id), ...flagged.classMatches.map((match) => match.medicationClass.id)]
  const recognised = result.recognised[0]
  if (recognised) return ['recognised', ...recognised.matches.map((match) => match.name)]
  const notMedication = result.notMedication[0]
  if (notMedication) return ['not a medication', notMedication.reason]
  if (result.notRecognised[0]) return ['not recognised']
  if (result.notChecked[0]) return ['not checked']
  return []
}

/** The bundle's drugs with one class taken out, as content edited without that class would be. */
export function contentWithoutClass(bundle: Bundle, classId: string) {
  return { medications: bundle.medications, medicationClasses: bundle.medicationClasses.filter((medicationClass) => medicationClass.id !== classId) }
}

/**
 * The screener builds its name matcher once per bundle and vocabulary, at the first line it reads.
 * Built inside a test, a mutation run (`npm run mutation`) credits the whole construction to the
 * file's first test and tries each mutant of it against that test alone, so a mistake the other
 * tests would catch survives. Built here, before the file's tests, it counts as shared by all of
 * them, and each mutant of it is tried against every test.
 */
export function buildScreenerBeforeTests(content: () => [ScreeningContent, DrugVocabulary]) {
  beforeAll(() => {
    const [bundle, vocabulary] = content()
    screenMedicationList('warm-up', bundle, vocabulary)
    screenMedicationList('warm-up', bundle)
  })
}

/**
 * The real bundle and drug vocabulary, parsed before the file's tests, with the screener's matcher
 * built for them (`buildScreenerBeforeTests`): read `content.bundle` and `content.vocabulary` inside tests.
 */
export function realScreeningContent(): { bundle: Bundle; vocabulary: DrugVocabulary } {
  const content = {} as { bundle: Bundle; vocabulary: DrugVocabulary }
  beforeAll(() => {
    content.bundle = shippedBundle()
    content.vocabulary = shippedVocabulary()
  })
  buildScreenerBeforeTests(() => [content.bundle, content.vocabulary])
  return content
}
