/**
 * The patient workup: one screen for the patient in front of the clinician. What is typed lives
 * in the tab's patient store (`patient-store.ts`): in memory only — never stored, never sent,
 * never in the address — kept while the clinician opens a cause or a test and comes Back, and
 * forgotten on reload, on "Start a new patient" and after 30 minutes without input. Every answer
 * comes from `assessPatient` (rules in the bundle), the medication screener and the iron
 * interpreter; each result section is a component of its own.
 */
import { useEffect, useId, useMemo } from 'react'
import { useBundle } from '../../data/bundle-query'
import { useInputTypedBeforeStart } from '../../lib/input-typed-before-start'
import { NeedsJavaScript } from '../../components/needs-javascript'
import { PatientFields } from '../workup/patient-fields'
import { BottomLinePanel } from './bottom-line-panel'
import { CausesSection } from './causes-section'
import { FlaggedMedicationsSection } from './flagged-medications-section'
import { IronSection } from './iron-section'
import { LikelyFormSection } from './likely-form-section'
import { NextStepsSection } from './next-steps-section'
import { PatientForm } from './patient-form'
import { chartPrefill } from '../ehr/chart-prefill'
import { useLaunchedPatient } from '../ehr/launched-patient'
import { LaunchedPatientPanel } from '../ehr/launched-patient-panel'
import { PatientPrintout } from './patient-printout'
import {
  dropUnreadableNumbers,
  forgetPatientIfIdle,
  IDLE_LIMIT_MINUTES,
  startNewPatient,
  updatePatientForm,
  usePatient,
  type PatientForm as PatientFormValues,
  type PrintedIdentifiers,
} from './patient-store'
import { SummaryNoteSection } from './summary-note-section'
import { TestsSection } from './tests-section'
import { usePatientAssessment } from './use-patient-assessment'

/** The printed identifier lines, in the order `PatientFields` shows them. */
const IDENTIFIER_ORDER: readonly (keyof PrintedIdentifiers)[] = ['name', 'dateOfBirth', 'recordNumber', 'date']

export function PatientWorkupPage() {
  const { form, generation, forgotten } = usePatient()
  // A tab left asleep past the limit may not have run its timer: check on arrival. A number the
  // browser could not read cannot be shown again in a remounted field: it is emptied.
  useEffect(() => {
    forgetPatientIfIdle()
    dropUnreadableNumbers()
  }, [])
  // The generation rises when the patient is forgotten: the uncontrolled number fields start empty again.
  return <PatientWorkup key={generation} form={form} forgotten={forgotten} />
}

function PatientWorkup({ form, forgotten }: { form: PatientFormValues; forgotten: 'idle' | undefined }) {
  const bundle = useBundle()
  const resultsId = useId()
  const answer = usePatientAssessment(bundle, form)
  const { assessment } = answer
  // A patient opened from the EHR: who it is, and where each filled value came from.
  const launched = useLaunchedPatient()
  const prefill = useMemo(
    () => (launched ? chartPrefill(launched, (id) => bundle.patientWorkup.findings.find((f) => f.id === id)?.label ?? id) : undefined),
    [launched, bundle],
  )
  const container = useInputTypedBeforeStart<HTMLDivElement>()
  const setIdentifier = (index: number, value: string) => {
    const key = IDENTIFIER_ORDER[index]
    if (key) updatePatientForm({ identifiers: { ...form.identifiers, [key]: value } })
  }

  return (
    <div ref={container}>
      <div className="print:hidden">
        <h1 className="text-2xl font-semibold">Patient workup</h1>
        <p className="mt-1 max-w-3xl text-slate-700">
          Enter what you know about one patient; every field is optional and the answer updates as you type. A field left empty
          counts as unknown, never as “no”.
        </p>
        <p className="mt-2 max-w-3xl rounded border border-slate-400 bg-slate-50 p-2 text-sm font-medium">
          Private by design: nothing you enter here is stored, sent or put in the address. It stays in this tab while you use the app,
          and is forgotten on reload, on “Start a new patient” and after {IDLE_LIMIT_MINUTES} minutes without input.
        </p>
        {forgotten === 'idle' && (
          <p role="status" className="mt-2 max-w-3xl rounded border-l-4 border-amber-700 bg-amber-50 p-2 font-medium">
            The last patient was forgotten after {IDLE_LIMIT_MINUTES} minutes without input. The form is empty.
          </p>
        )}
        <NeedsJavaScript>
          The patient workup works out its answer in this browser, which needs JavaScript: it is off, so the form below cannot
          answer. The causes, medications and workup pages read without it.
        </NeedsJavaScript>
        <div className="mt-3 flex flex-wrap gap-3">
          <button
            type="button"
            onClick={() => window.print()}
            className="min-h-11 rounded-md bg-blue-900 px-4 py-2 font-medium text-white hover:bg-blue-800"
          >
            Print chart page and handout
          </button>
          <button
            type="button"
            onClick={startNewPatient}
            className="min-h-11 rounded-md border border-slate-600 bg-white px-4 py-2 font-medium hover:bg-slate-100"
          >
            Start a new patient
          </button>
        </div>
      </div>

      {launched && prefill && <LaunchedPatientPanel launched={launched} prefill={prefill} />}
      <div className="mt-4 print:mt-0">
        <PatientFields values={IDENTIFIER_ORDER.map((key) => form.identifiers[key])} onChange={setIdentifier} />
      </div>

      {/* The bottom line comes before the form on a phone, and tops the results column on a wide screen. */}
      <div className="mt-6 grid gap-6 lg:grid-cols-[minmax(0,26rem)_minmax(0,1fr)] print:hidden">
        <div className="min-w-0 lg:col-start-2 lg:row-start-1">
          <BottomLinePanel assessment={assessment} medicationListEntered={answer.medications.trim() !== ''} resultsId={resultsId} />
        </div>
        <div className="min-w-0 lg:col-start-1 lg:row-span-2 lg:row-start-1">
          <PatientForm bundle={bundle} form={form} assessment={assessment} />
        </div>
        <div id={resultsId} tabIndex={-1} className="min-w-0 space-y-6 focus:outline-none lg:col-start-2 lg:row-start-2">
          <LikelyFormSection assessment={assessment} bundle={bundle} />
          <CausesSection assessment={assessment} />
          <FlaggedMedicationsSection answer={answer} bundle={bundle} />
          <IronSection assessment={assessment} />
          <NextStepsSection steps={assessment.nextSteps} />
          <TestsSection assessment={assessment} notes={bundle.patientWorkup.notes} />
          <SummaryNoteSection assessment={assessment} />
        </div>
      </div>

      <PatientPrintout bundle={bundle} assessment={assessment} flaggedLines={answer.screening.flagged} />
    </div>
  )
}
