/**
 * The answer first: one line at the top of the results with the leaning, the drugs to review,
 * the iron verdict and the number of tests. Pure: read from the assessment.
 */
import { countsAsCause } from '../medications/drug-roles'
import type { PatientAssessment } from './assess-patient'

export interface BottomLine {
  leaning: string
  medications: string
  iron: string
  tests: string
  /** How significant the RLS is (the AASM treatment gate), and possible augmentation. */
  nextSteps: string
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

export function bottomLineOf(assessment: PatientAssessment, medicationListEntered: boolean): BottomLine {
  const { interpretation } = assessment.iron
  const drugs = assessment.flaggedMedications
  const toOrder = assessment.tests.filter((test) => !test.resultEntered).length
  const toRepeat = assessment.tests.length - toOrder
  // Named by role: a drug that can cause RLS to review, one not to stop abruptly, a line to re-read.
  const causal = drugs.filter((drug) => countsAsCause(drug.roles, drug.littleSystemicExposure)).length
  const withdrawal = drugs.filter((drug) => drug.roles.includes('withdrawal risk')).length
  const unread = assessment.unrecognisedLines
  const medicationParts = [
    ...(causal > 0 ? [`${plural(causal, 'drug', 'drugs')} that can trigger or worsen RLS to review`] : []),
    ...(withdrawal > 0 ? [`${plural(withdrawal, 'drug', 'drugs')} not to stop abruptly`] : []),
    ...(unread > 0 ? [`${plural(unread, 'line', 'lines')} not recognised`] : []),
  ]
  return {
    leaning: assessment.likelyForm.label,
    medications: medicationListEntered
      ? medicationParts.length > 0
        ? medicationParts.join('; ')
        : 'No drug that can trigger or worsen RLS'
      : 'Medication list not entered',
    iron:
      interpretation.status === 'empty'
        ? 'Iron studies: not entered'
        : interpretation.status === 'invalid'
          ? 'Iron studies: check the values entered'
          : interpretation.primary?.status === 'verdict'
            ? `Iron: ${interpretation.primary.verdictLabel} (${interpretation.primary.ruleLabel})`
            : 'Iron: no verdict yet, a value is missing',
    nextSteps: nextStepsLine(assessment),
    tests: `${plural(toOrder, 'test', 'tests')} to order${toRepeat > 0 ? `, ${toRepeat} to repeat` : ''}`,
  }
}

function nextStepsLine(assessment: PatientAssessment): string {
  const steps = assessment.nextSteps
  if (!steps) return ''
  const severity =
    steps.severity.status === 'significant'
      ? 'Clinically significant RLS'
      : steps.severity.status === 'not-significant'
        ? 'Not clinically significant by the answers'
        : 'Frequency and distress not asked'
  const augmentation =
    steps.augmentation.status === 'possible' ? '; possible augmentation' : steps.augmentation.status === 'unanswered' ? '; augmentation risk: check' : ''
  const referral = steps.referral.now.length > 0 ? '; consider referral' : ''
  return `${severity}${augmentation}${referral}`
}
