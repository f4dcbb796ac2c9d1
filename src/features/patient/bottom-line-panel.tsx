import { useId } from 'react'
import type { PatientAssessment } from './assess-patient'
import { bottomLineOf } from './bottom-line'

/** The bottom line, first in the results: it updates as the form is filled. */
export function BottomLinePanel({ assessment, medicationListEntered, resultsId }: { assessment: PatientAssessment; medicationListEntered: boolean; resultsId: string }) {
  const id = useId()
  const line = bottomLineOf(assessment, medicationListEntered)
  return (
    <section aria-labelledby={id} data-testid="bottom-line" className="rounded-md border-2 border-blue-900 bg-blue-50 p-3">
      <h2 id={id} className="text-base font-semibold">
        Bottom line
      </h2>
      <ul className="mt-1 grid gap-x-4 gap-y-0.5 sm:grid-cols-2">
        <li className="font-semibold">{line.leaning}</li>
        <li>{line.medications}</li>
        <li>{line.iron}</li>
        <li>{line.tests}</li>
        {line.nextSteps && <li>{line.nextSteps}</li>}
      </ul>
      <a
        href={`#${resultsId}`}
        className="mt-1 inline-flex min-h-11 items-center lg:hidden"
        onClick={(event) => {
          // Scroll without touching the address: the router owns it.
          event.preventDefault()
          const target = document.getElementById(resultsId)
          target?.scrollIntoView({ block: 'start' })
          target?.focus({ preventScroll: true })
        }}
      >
        Go to the full results
      </a>
    </section>
  )
}
