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
    <fieldset className="print:mb-[2mm]">
      <legend className="text-sm font-semibold text-slate-800 print:hidden">
        Patient details for the printout <span className="font-normal text-slate-700">(optional; printed, never stored)</span>
      </legend>
      <div className="mt-1 grid grid-cols-2 gap-2 lg:grid-cols-4 print:mt-0 print:grid-cols-[3fr_2fr_2fr_2fr] print:gap-[4mm]">
        {PATIENT_FIELDS.map((label, i) => (
          <div key={label} className="flex min-w-0 flex-col print:flex-row print:items-end print:gap-[1mm]">
            <label
              htmlFor={`${id}-${i}`}
              className="text-sm text-slate-700 print:shrink-0 print:text-[8pt] print:whitespace-nowrap print:text-black print:after:content-[':']"
            >
              {label}
            </label>
            <input
              id={`${id}-${i}`}
              type="text"
              autoComplete="off"
              spellCheck={false}
              className="min-h-10 w-full min-w-0 rounded border border-slate-500 px-2 py-1 text-base print:min-h-0 print:rounded-none print:border-0 print:border-b print:border-black print:px-0 print:py-0 print:text-[9pt]"
            />
          </div>
        ))}
      </div>
    </fieldset>
  )
}
