/**
 * The workup screen: the checklist, the iron-studies interpreter, and the two ways out of
 * the app (paper and an EHR note). Ticks and typed values are React state only: nothing is
 * stored, nothing goes into the address, so a shared or kiosk browser keeps no patient data.
 */
import { startTransition, useCallback, useEffect, useMemo, useState } from 'react'
import { Link } from '@tanstack/react-router'
import { NeedsJavaScript } from '../../components/needs-javascript'
import { useBundle } from '../../data/bundle-query'
import { ChecklistPrintout, PrintTitle } from './checklist-printout'
import { CopyChecklistButton } from './copy-checklist-button'
import { formatChecklistAsText } from './format-checklist-as-text'
import { IronStudiesInterpreter } from './iron-studies-interpreter'
import { DiagnosisCodes } from '../../components/diagnosis-codes'
import { LabChecklist } from './lab-checklist'
import { PatientFields } from './patient-fields'
import { useInputTypedBeforeStart } from '../../lib/input-typed-before-start'

const CHECKLIST_PATH = `${import.meta.env.BASE_URL}workup`

/**
 * Where the printout and the note say the checklist came from. A prerendered page does not know
 * the host it will be served from: it carries the path (and hydrates with it), and the browser then
 * adds its origin. That update is a transition, so re-rendering the page for it never blocks input.
 */
function useChecklistAddress(): string {
  const [address, setAddress] = useState(CHECKLIST_PATH)
  useEffect(() => {
    startTransition(() => setAddress(`${window.location.origin}${CHECKLIST_PATH}`))
  }, [])
  return address
}

export function WorkupChecklistPage() {
  const bundle = useBundle()
  const [ticked, setTicked] = useState<ReadonlySet<string>>(() => new Set())
  const address = useChecklistAddress()
  const container = useInputTypedBeforeStart<HTMLDivElement>()

  const toggle = useCallback((labId: string, checked: boolean) => {
    setTicked((previous) => {
      const next = new Set(previous)
      if (checked) next.add(labId)
      else next.delete(labId)
      return next
    })
  }, [])

  const text = useMemo(
    () =>
      formatChecklistAsText({
        labs: bundle.labs,
        ticked,
        sources: bundle.sources,
        ironRules: bundle.ironRules,
        meta: bundle.meta,
        coding: bundle.coding,
        address,
      }),
    [bundle, ticked, address],
  )

  return (
    <div ref={container} className="print:bg-white print:text-black">
      <div className="print:hidden">
        <h1 className="text-2xl font-semibold">Workup checklist</h1>
        <p className="mt-1 max-w-3xl text-slate-700">
          The laboratory workup for a patient with RLS: what to order for everyone, what to add when indicated, and how to draw it.
          Ticks, values and names stay in this tab: nothing is stored.
        </p>
        <p className="mt-1 max-w-3xl">
          For one patient, the <Link to="/patient">patient workup</Link> keeps only the tests that apply and says why each
          is ordered.
        </p>
      </div>
      <NeedsJavaScript>
        The iron-studies interpreter, the printable checklist and Copy as text need JavaScript, which is off in this browser.
        The tests, how to draw them and the thresholds read below.
      </NeedsJavaScript>
      <PrintTitle />

      <div className="mt-4 flex flex-wrap items-center gap-3 print:hidden">
        <button
          type="button"
          onClick={() => window.print()}
          className="min-h-11 rounded-md bg-blue-900 px-4 py-2 font-medium text-white hover:bg-blue-800"
        >
          Print checklist
        </button>
        <CopyChecklistButton text={text} />
      </div>

      <div className="mt-4">
        <PatientFields />
      </div>

      <div className="mt-6 grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem] print:hidden">
        {/* The interpreter comes first on a phone (the answer before the list); on a wide screen it sits on the right. */}
        <div className="min-w-0 lg:col-start-2 lg:row-start-1">
          <div className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto">
            <IronStudiesInterpreter ironRules={bundle.ironRules} />
          </div>
        </div>
        <div className="min-w-0 lg:col-start-1 lg:row-start-1">
          {/* The codes belong with the requisition, after the interpreter's answer on a phone. */}
          <DiagnosisCodes coding={bundle.coding} />
          <LabChecklist labs={bundle.labs} causes={bundle.causes} ticked={ticked} onToggle={toggle} />
        </div>
      </div>

      <ChecklistPrintout bundle={bundle} ticked={ticked} address={address} />
    </div>
  )
}
