/**
 * Lines for the patient's details on the printout. On screen they are plain text inputs so a
 * name can be typed before printing; spell-check is off so no browser service ever sees a
 * patient's name. The values live in memory only (never stored): in the page that passes
 * `values`, or in this component's own state.
 *
 * In print, a filled line prints as text that wraps (a long name or record number prints whole
 * on A4 and Letter); an empty one prints as an underlined blank to write on.
 */
import { useId, useState } from 'react'

export const PATIENT_FIELDS = ['Patient name', 'Date of birth', 'Record number', 'Date'] as const

const NO_VALUES: readonly string[] = PATIENT_FIELDS.map(() => '')

export function PatientFields({ values, onChange }: { values?: readonly string[]; onChange?: (index: number, value: string) => void } = {}) {
  const id = useId()
  const [own, setOwn] = useState(NO_VALUES)
  const current = values ?? own
  const change = onChange ?? ((index: number, value: string) => setOwn((previous) => previous.map((old, i) => (i === index ? value : old))))
  return (
    <fieldset className="print:mb-[2mm]">
      <legend className="text-sm font-semibold text-slate-800 print:hidden">
        Patient details for the printout <span className="font-normal text-slate-700">(optional; printed, never stored)</span>
      </legend>
      {/* In print the lines flow: short ones share a line; a long one takes a line of its own and wraps there. */}
      <div className="mt-1 grid grid-cols-2 gap-2 lg:grid-cols-4 print:mt-0 print:flex print:flex-wrap print:gap-x-[4mm] print:gap-y-[1mm]">
        {PATIENT_FIELDS.map((label, i) => {
          const value = current[i] ?? ''
          const filled = value.trim() !== ''
          return (
            <div key={label} className="flex min-w-0 flex-col print:max-w-full print:min-w-[38mm] print:flex-[1_1_auto] print:flex-row print:items-end print:gap-[1mm]">
              <label
                htmlFor={`${id}-${i}`}
                className="text-sm text-slate-700 print:shrink-0 print:self-start print:text-[8pt] print:whitespace-nowrap print:text-black print:after:content-[':']"
              >
                {label}
              </label>
              <input
                id={`${id}-${i}`}
                type="text"
                autoComplete="off"
                spellCheck={false}
                value={value}
                onChange={(event) => change(i, event.currentTarget.value)}
                className={`min-h-10 w-full min-w-0 rounded border border-slate-500 px-2 py-1 text-base print:min-h-0 print:rounded-none print:border-0 print:border-b print:border-black print:px-0 print:py-0 print:text-[9pt]${filled ? ' print:hidden' : ''}`}
              />
              {filled && (
                <span data-printed-identifier className="hidden min-w-0 flex-1 border-b border-black text-[9pt] wrap-anywhere print:block">
                  {value}
                </span>
              )}
            </div>
          )
        })}
      </div>
    </fieldset>
  )
}
