/**
 * Lines for the patient's details on the printout. On screen they are plain text inputs so a
 * name can be typed before printing; the values live only in the inputs (no state, no storage),
 * and spell-check is off so no browser service ever sees a patient's name.
 */
import { useId } from 'react'

export const PATIENT_FIELDS = ['Patient name', 'Date of birth', 'Record number', 'Date'] as const

export function PatientFields() {
  const id = useId()
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-md border border-slate-300 p-3 print:mb-[2mm] print:border-0 print:p-0">
      <h2 id={`${id}-heading`} className="font-semibold print:hidden">
        Patient details for the printout
      </h2>
      <p className="text-sm text-slate-700 print:hidden">Optional. Printed only, never stored: leave blank to write them by hand.</p>
      <div className="mt-2 grid grid-cols-1 gap-2 sm:grid-cols-2 lg:grid-cols-4 print:mt-0 print:grid-cols-[3fr_2fr_2fr_2fr] print:gap-[4mm]">
        {PATIENT_FIELDS.map((label, i) => (
          <div key={label} className="flex flex-col print:flex-row print:items-end print:gap-[1mm]">
            <label htmlFor={`${id}-${i}`} className="text-sm font-medium print:shrink-0 print:text-[8pt] print:whitespace-nowrap print:after:content-[':']">
              {label}
            </label>
            <input
              id={`${id}-${i}`}
              type="text"
              autoComplete="off"
              spellCheck={false}
              className="min-h-11 rounded border border-slate-500 px-2 py-1 text-base print:min-h-0 print:w-full print:min-w-0 print:rounded-none print:border-0 print:border-b print:border-black print:px-0 print:py-0 print:text-[9pt]"
            />
          </div>
        ))}
      </div>
    </section>
  )
}
