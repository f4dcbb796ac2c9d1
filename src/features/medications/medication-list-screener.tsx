/**
 * Paste a patient's medication list, see at once which lines name a drug that can trigger or
 * worsen RLS. The list is patient data: it lives in React state only — never in storage, the
 * URL or a request — and the browser's spelling service is switched off for the field.
 */
import { memo, useDeferredValue, useId, useMemo, useRef, useState } from 'react'
import { GradeBadge } from '../../components/evidence'
import { useBundle } from '../../data/bundle-query'
import { AlternativesList } from './alternatives-list'
import { EFFECT_WORDS } from './effect-words'
import {
  screenMedicationList,
  type FlaggedLine,
  type MatchedAs,
  type MedicationMatch,
  type ScreeningResult,
} from './screen-medication-list'

function plural(count: number, one: string, many: string) {
  return `${count} ${count === 1 ? one : many}`
}

function summary(result: ScreeningResult): string {
  const flagged = result.flagged.length
  const unmatched = result.unmatched.length
  if (flagged + unmatched === 0) return 'Nothing to screen yet: paste a list above.'
  const drugs = result.flagged.reduce((total, line) => total + line.matches.length, 0)
  return (
    `${plural(flagged, 'line', 'lines')} of ${flagged + unmatched} flagged` +
    (flagged > 0 ? ` (${plural(drugs, 'drug', 'drugs')})` : '') +
    `; ${plural(unmatched, 'line has', 'lines have')} no known association in this reference.`
  )
}

// No props: typing in the filter (a URL change) never re-renders the screener.
export const MedicationListScreener = memo(function MedicationListScreener() {
  const bundle = useBundle()
  const [text, setText] = useState('')
  // A long paste is screened a moment later rather than holding up the textarea.
  const deferredText = useDeferredValue(text)
  const result = useMemo(() => screenMedicationList(deferredText, bundle), [deferredText, bundle])
  const textareaRef = useRef<HTMLTextAreaElement>(null)
  const textareaId = useId()
  const hintId = useId()

  return (
    <section aria-labelledby="screener-heading" className="mt-6 rounded-md border border-slate-400 p-4 print:hidden">
      <h2 id="screener-heading" className="text-xl font-semibold">
        Screen a medication list
      </h2>
      <p className="mt-1 max-w-3xl text-slate-700">
        One medication per line, as it comes from the chart or a discharge letter: brand or generic names, doses, routes
        and frequencies are all fine.
      </p>
      <label htmlFor={textareaId} className="mt-3 block font-semibold">
        Paste the patient’s medication list
      </label>
      <textarea
        id={textareaId}
        ref={textareaRef}
        value={text}
        onChange={(event) => setText(event.target.value)}
        aria-describedby={hintId}
        rows={8}
        dir="auto"
        autoComplete="off"
        autoCorrect="off"
        autoCapitalize="off"
        spellCheck={false}
        placeholder={'e.g.\nSertraline 50 mg PO daily\nReglan 10mg before meals'}
        className="mt-1 block w-full rounded-md border border-slate-500 px-3 py-2 font-mono text-sm"
      />
      <div className="mt-2 flex flex-wrap items-center justify-between gap-2">
        <p id={hintId} className="text-sm text-slate-700">
          Stays in this browser tab: nothing you paste is stored or sent.
        </p>
        <button
          type="button"
          onClick={() => {
            setText('')
            textareaRef.current?.focus()
          }}
          className="min-h-11 rounded-md border border-slate-600 bg-white px-4 py-2 font-medium hover:bg-slate-100"
        >
          Clear
        </button>
      </div>

      <ScreeningResults result={result} />
    </section>
  )
})

/**
 * What the screener found in a list: the summary line, the flagged drugs with their
 * alternatives, and the lines with no known association. Shared by the medications page and
 * the patient workup, so both show the same answer.
 */
export function ScreeningResults({ result }: { result: ScreeningResult }) {
  const flaggedHeadingId = useId()
  const unmatchedHeadingId = useId()
  const hasLines = result.flagged.length + result.unmatched.length > 0
  return (
    <>
      <p role="status" aria-label="Screening summary" className={`mt-4 ${hasLines ? 'font-semibold' : 'text-slate-700'}`}>
        {summary(result)}
      </p>

      {hasLines && (
        <>
          {result.flagged.length > 0 ? (
            <>
              <h3 id={flaggedHeadingId} className="mt-4 text-lg font-semibold">
                Flagged medications
              </h3>
              <p className="mt-1 max-w-3xl text-sm text-slate-700">
                Each flagged drug is reported to trigger or worsen RLS. Weigh it against why it was prescribed before any
                change.
              </p>
              <ul aria-labelledby={flaggedHeadingId} className="mt-2 space-y-3">
                {result.flagged.map((line) => (
                  <FlaggedItem key={line.lineNumber} line={line} />
                ))}
              </ul>
            </>
          ) : (
            <p className="mt-2">No line names a drug that this reference lists as an RLS trigger.</p>
          )}

          {result.unmatched.length > 0 && (
            <div className="mt-6">
              <h3 id={unmatchedHeadingId} className="text-lg font-semibold">
                No known association in this reference
              </h3>
              <p className="mt-1 max-w-3xl text-sm text-slate-800">
                Absence from the flagged list does not mean a drug is safe: this reference holds known RLS triggers only,
                and it does not recognise misspellings or names it does not hold.
              </p>
              <ul aria-labelledby={unmatchedHeadingId} className="mt-2 space-y-1">
                {result.unmatched.map((line) => (
                  <li key={line.lineNumber} className="font-mono text-sm wrap-anywhere text-slate-800">
                    <LineText lineNumber={line.lineNumber} line={line.line} />
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </>
  )
}

/** The line as pasted, as text (never markup), with its number in the pasted list. */
function LineText({ lineNumber, line }: { lineNumber: number; line: string }) {
  return (
    <>
      <span className="text-slate-600">Line {lineNumber}: </span>
      <bdi>{line}</bdi>
    </>
  )
}

function FlaggedItem({ line }: { line: FlaggedLine }) {
  return (
    <li className="rounded-md border border-l-4 border-amber-800 bg-amber-50 p-3">
      <p className="font-mono text-sm wrap-anywhere">
        <LineText lineNumber={line.lineNumber} line={line.line} />
      </p>
      {line.matches.map((match) => (
        <MatchDetails key={match.medication.id} match={match} />
      ))}
    </li>
  )
}

/** "US brand", "UK brand", "US and UK brand", "alias". */
function matchedAsWords(kinds: readonly MatchedAs[]): string {
  if (kinds.includes('US brand') && kinds.includes('UK brand')) return 'US and UK brand'
  return kinds.join(' or ')
}

function MatchDetails({ match }: { match: MedicationMatch }) {
  const viaOtherName = !match.matchedAs.includes('generic name')
  return (
    <div className="mt-2 border-t border-amber-300 pt-2 first-of-type:border-t-0 first-of-type:pt-0">
      <p className="wrap-anywhere">
        <span className="font-semibold">{match.medication.name}</span>
        {viaOtherName && (
          <span className="text-slate-800">
            {' '}
            (matched “<bdi>{match.matchedText}</bdi>”, {matchedAsWords(match.matchedAs)})
          </span>
        )}
        <span className="text-slate-800"> · {match.className}</span>
      </p>
      <p className="mt-1">
        {EFFECT_WORDS[match.effect]} <GradeBadge grade={match.grade} />
      </p>
      {match.alternatives.length > 0 ? (
        <div className="mt-1 text-sm">
          <p className="font-semibold">Safer alternatives</p>
          <AlternativesList alternatives={match.alternatives} />
        </div>
      ) : (
        <p className="mt-1 text-sm text-slate-700">No alternative is listed in this reference.</p>
      )}
    </div>
  )
}
