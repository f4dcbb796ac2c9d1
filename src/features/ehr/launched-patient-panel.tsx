/**
 * The head of the patient workup when the patient came from the EHR: who it is (also on the
 * printout, so nobody works on the wrong patient) and every value filled in from the chart, with
 * its date and a warning when it is older than six months. The form below stays editable.
 */
import type { ChartPrefill } from './chart-prefill'
import type { LaunchedPatient } from './launched-patient'

export function LaunchedPatientPanel({ launched, prefill }: { launched: LaunchedPatient; prefill: ChartPrefill }) {
  const { patient } = launched
  return (
    <section aria-label="Patient from the EHR" className="mt-4 rounded-md border-2 border-blue-900 p-3 print:mt-0 print:border-0 print:p-0">
      <p className="text-xl font-semibold print:text-[11pt]" data-testid="ehr-patient">
        {patient.name ?? 'Name not given by the EHR'}, born {patient.birthDate ?? 'date not given'}
      </p>
      <div className="print:hidden">
        <p className="mt-1 text-sm text-slate-700">
          Read from the EHR on {launched.readOn}, read-only: nothing is written back. Check each value; every field below
          can be changed.
        </p>
        <ul aria-label="Filled in from the EHR" className="mt-2 list-disc pl-5 text-sm">
          {prefill.lines.map((line) => (
            <li key={line.text} className={line.old ? 'font-medium text-amber-900' : undefined}>
              {line.text}
            </li>
          ))}
        </ul>
        {patient.notFilled.length > 0 && (
          <ul aria-label="Not filled in" className="mt-2 list-disc pl-5 text-sm text-red-900">
            {patient.notFilled.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        )}
      </div>
    </section>
  )
}
