import type { Bundle } from '../../../src/data/bundle-schema'
import type { ScreeningResult } from '../../../src/features/medications/screen-medication-list'

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
