import type { Bundle } from '../../data/bundle-schema'
import { countsAsCause } from '../medications/drug-roles'
import { ScreeningResults } from '../medications/medication-list-screener'
import type { PatientAnswer } from './use-patient-assessment'
import { ResultSection } from './result-section'

export function FlaggedMedicationsSection({ answer, bundle }: { answer: PatientAnswer; bundle: Bundle }) {
  return (
    <ResultSection title="Flagged medications">
      {answer.medications.trim() === '' ? (
        <p className="text-slate-700">No medication list entered: paste one in the form to screen it.</p>
      ) : (
        <>
          <ScreeningResults
            result={answer.screening}
            vocabularyFailed={answer.vocabularyFailed}
            onRetryVocabulary={answer.retryVocabulary}
            flaggedHeading={false}
          />
          {answer.assessment.flaggedMedications.some((m) => countsAsCause(m.roles, m.littleSystemicExposure) || m.roles.includes('insufficient evidence')) && (
            <p className="mt-3 font-medium">{bundle.patientWorkup.notes.weakTrigger}</p>
          )}
        </>
      )}
    </ResultSection>
  )
}
