import { CopyChecklistButton } from '../workup/copy-checklist-button'
import type { PatientAssessment } from './assess-patient'
import { ResultSection } from './result-section'

export function SummaryNoteSection({ assessment }: { assessment: PatientAssessment }) {
  return (
    <ResultSection title="Summary note">
      <p className="text-sm text-slate-700">For the chart: assessment and plan, with the ICD codes. Check it before you paste it.</p>
      <p data-testid="summary-note" className="mt-2 rounded border border-slate-400 bg-slate-50 p-3 text-sm whitespace-pre-line wrap-anywhere">
        {assessment.summary}
      </p>
      <div className="mt-2">
        <CopyChecklistButton
          text={assessment.summary}
          label="Copy summary"
          copiedMessage="Copied: the summary is on the clipboard, ready to paste into the chart."
          textLabel="Summary as text"
        />
      </div>
    </ResultSection>
  )
}
