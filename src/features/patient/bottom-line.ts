/**
 * The answer first: one line at the top of the results with the leaning, the drugs to review,
 * the iron verdict and the number of tests. Pure: read from the assessment.
 */
import type { PatientAssessment } from './assess-patient'

export interface BottomLine {
  leaning: string
  medications: string
  iron: string
  tests: string
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

export function bottomLineOf(assessment: PatientAssessment, medicationListEntered: boolean): BottomLine {
  const { interpretation } = assessment.iron
  const drugs = assessment.flaggedMedications.length
  const toOrder = assessment.tests.filter((test) => !test.resultEntered).length
  const toRepeat = assessment.tests.length - toOrder
  return {
    leaning: assessment.likelyForm.label,
    medications: medicationListEntered
      ? drugs === 0
        ? 'No flagged drug to review'
        : `${plural(drugs, 'drug', 'drugs')} to review`
      : 'Medication list not entered',
    iron:
      interpretation.status === 'empty'
        ? 'Iron studies: not entered'
        : interpretation.status === 'invalid'
          ? 'Iron studies: check the values entered'
          : interpretation.primary?.status === 'verdict'
            ? `Iron: ${interpretation.primary.verdictLabel} (${interpretation.primary.ruleLabel})`
            : 'Iron: no verdict yet, a value is missing',
    tests: `${plural(toOrder, 'test', 'tests')} to order${toRepeat > 0 ? `, ${toRepeat} to repeat` : ''}`,
  }
}
