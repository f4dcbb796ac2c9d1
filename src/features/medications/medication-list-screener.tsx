/**
 * Paste a patient's medication list and see, line by line, one of three answers: flagged (a
 * drug with a known RLS association), recognised with no known association, or not recognised
 * (check the spelling); headings, lab results, supplies and social history are set apart as not
 * medication lines. The list is patient data: it lives in React state only — never in storage,
 * the URL or a request — and the browser's spelling service is switched off for the field.
 */
import { memo, startTransition, useCallback, useDeferredValue, useId, useMemo, useRef, useState, type ReactNode } from 'react'
import { useQuery } from '@tanstack/react-query'
import { GradeBadge } from '../../components/evidence'
import type { MedicationRole } from '../../data/bundle-schema'
import { useBundle } from '../../data/bundle-query'
import { drugVocabularyQuery } from '../../data/drug-vocabulary-query'
import { useInputTypedBeforeStart } from '../../lib/input-typed-before-start'
import { AlternativesList } from './alternatives-list'
import { LITTLE_SYSTEMIC_EXPOSURE, ROLE_LABELS, ROLE_ORDER, countsAsCause, leadingRole } from './drug-roles'
import { EFFECT_WORDS } from './effect-words'
import {
  screenMedicationList,
  type ClassMatch,
  type FlaggedLine,
  type MatchedAs,
  type MedicationMatch,
  type NotMedicationLine,
  type NotMedicationReason,
  type RecognisedLine,
  type RecognisedMatch,
  type ScreeningResult,
  type UnrecognisedLine,
} from './screen-medication-list'
import type { SpellingSuggestion } from './spelling-suggestions'

function plural(count: number, one: string, many: string) {
  return `${count} ${count === 1 ? one : many}`
}

function summary(result: ScreeningResult): string {
  const { flagged, recognised, notRecognised, notMedication, notChecked } = result
  const total = flagged.length + recognised.length + notRecognised.length + notMedication.length + notChecked.length
  if (total === 0) return 'Nothing to screen yet: paste a list above.'
  if (flagged.length + recognised.length === 0 && notChecked.length === 0 && notRecognised.length > 0) {
    return `No line names a drug this reference recognises (${plural(notRecognised.length, 'line', 'lines')} not recognised): check the spelling, and paste one medication per line.`
  }
  if (flagged.length + recognised.length + notRecognised.length + notChecked.length === 0) {
    return `None of the ${plural(total, 'line', 'lines')} is a medication line: paste the patient’s medications, one per line.`
  }
  const parts = [
    `${plural(flagged.length, 'line', 'lines')} flagged`,
    `${recognised.length} recognised, no known association`,
    `${notRecognised.length} not recognised`,
  ]
  if (notMedication.length > 0) parts.push(`${notMedication.length} not ${notMedication.length === 1 ? 'a medication line' : 'medication lines'}`)
  if (notChecked.length > 0) parts.push(`${notChecked.length} not checked yet`)
  return `${plural(total, 'line', 'lines')}: ${parts.join('; ')}.`
}

// No props: typing in the filter (a URL change) never re-renders the screener.
export const MedicationListScreener = memo(function MedicationListScreener() {
  const bundle = useBundle()
  const [text, setText] = useState('')
  const [wanted, setWanted] = useState(false)
  // The vocabulary of other drugs loads the first time the screener is used, not with the page.
  const vocabulary = useQuery({ ...drugVocabularyQuery, enabled: wanted || text !== '' })
  // A long paste is screened a moment later rather than holding up the textarea.
  const deferredText = useDeferredValue(text)
  const result = useMemo(() => screenMedicationList(deferredText, bundle, vocabulary.data), [deferredText, bundle, vocabulary.data])
  const { refetch } = vocabulary
  const retryVocabulary = useCallback(() => void refetch(), [refetch])
  const textareaRef = useRef<HTMLTextAreaElement>(null)
  const container = useInputTypedBeforeStart<HTMLElement>()
  const textareaId = useId()
  const hintId = useId()

  return (
    <section ref={container} aria-labelledby="screener-heading" className="mt-6 rounded-md border border-slate-400 p-4 print:hidden">
      <h2 id="screener-heading" className="text-xl font-semibold">
        Screen a medication list
      </h2>
      <p className="mt-1 max-w-3xl text-slate-700">
        One medication per line, as it comes from the chart or a discharge letter: brand or generic names, combination
        products, doses, routes and frequencies are all fine. Each line is flagged, recognised with no known association,
        or not recognised.
      </p>
      <label htmlFor={textareaId} className="mt-3 block font-semibold">
        Paste the patient’s medication list
      </label>
      <textarea
        id={textareaId}
        ref={textareaRef}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onFocus={() => setWanted(true)}
        aria-describedby={hintId}
        rows={8}
        dir="auto"
        autoComplete="off"
        autoCorrect="off"
        autoCapitalize="off"
        spellCheck={false}
        placeholder={'e.g.\nSertraline 50 mg PO daily\nTylenol PM 2 at night\nMetformin 500 mg bd'}
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

      {/* Busy while the answer catches up with the text: a keystroke paints first, the answer follows. */}
      <div data-testid="screening-results" aria-busy={deferredText !== text}>
        <ScreeningResults result={result} vocabularyFailed={vocabulary.isError} onRetryVocabulary={retryVocabulary} />
      </div>
    </section>
  )
})

/**
 * What the screener found in a list: the summary line and the three answers (flagged, recognised
 * with no known association, not recognised), with the lines set apart as not medications. Shared
 * by the medications page and the patient workup, so both give the same answer.
 */
export const ScreeningResults = memo(function ScreeningResults({
  result,
  vocabularyFailed = false,
  onRetryVocabulary,
  flaggedHeading = true,
}: {
  result: ScreeningResult
  vocabularyFailed?: boolean
  onRetryVocabulary?: () => void
  /** Off where the page's own section is already headed "Flagged medications" (the patient workup). */
  flaggedHeading?: boolean
}) {
  const flaggedId = useId()
  const flaggedLines = useMemo(() => byRole(result.flagged), [result.flagged])
  const [flaggedShown, showAllFlagged] = useCollapsedCount(flaggedLines.length)
  const lineCount =
    result.flagged.length + result.recognised.length + result.notRecognised.length + result.notMedication.length + result.notChecked.length
  return (
    <>
      <p role="status" aria-label="Screening summary" className={`mt-4 ${lineCount > 0 ? 'font-semibold' : 'text-slate-700'}`}>
        {summary(result)}
      </p>
      {vocabularyFailed && (
        <div role="alert" className="mt-2 rounded-md border border-red-800 bg-red-50 p-3">
          <p>
            The list of other drugs could not be loaded, so lines without a flagged drug could not be checked: they are
            listed as not checked. Flagged lines are complete.
          </p>
          <button
            type="button"
            onClick={onRetryVocabulary}
            className="mt-2 min-h-11 rounded-md border border-slate-600 bg-white px-4 py-2 font-medium hover:bg-slate-100"
          >
            Try again
          </button>
        </div>
      )}

      {lineCount > 0 && (
        <>
          {result.flagged.length > 0 ? (
            <>
              {flaggedHeading && (
                <h3 id={flaggedId} className="mt-4 text-lg font-semibold">
                  Flagged medications
                </h3>
              )}
              <p className="mt-1 max-w-3xl text-sm text-slate-700">
                Each flagged drug has a reported link with RLS. Weigh it against why it was prescribed before any change.
              </p>
              <ul
                {...(flaggedHeading ? { 'aria-labelledby': flaggedId } : { 'aria-label': 'Flagged medications' })}
                className="mt-2 space-y-3"
              >
                {flaggedLines.slice(0, flaggedShown).map((line) => (
                  <FlaggedItem key={line.lineNumber} line={line} />
                ))}
              </ul>
              <ShowAll shown={flaggedShown} total={flaggedLines.length} onShowAll={showAllFlagged} what="flagged lines" />
            </>
          ) : (
            <p className="mt-2">No line names a drug that this reference links with RLS.</p>
          )}

          <ResultGroup
            title="Recognised, no known association"
            explanation="These drugs are recognised, and this reference knows of no association with RLS. That is not a safety check of the drug itself."
            lines={result.recognised}
            detail={recognisedDetail}
          />

          <ResultGroup
            title="Not recognised: check the spelling"
            explanation="This reference does not know these names. A misspelt or unfamiliar drug may still be a trigger: check the spelling, or look the drug up."
            lines={result.notRecognised}
            detail={notRecognisedDetail}
          />

          <ResultGroup
            title="Not checked yet"
            explanation={
              vocabularyFailed
                ? 'These lines name no drug this reference links with RLS, but they could not be checked against the list of other drugs.'
                : 'Checking these lines against the list of other drugs…'
            }
            lines={result.notChecked}
          />

          <ResultGroup
            title="Not a medication line"
            explanation="Headings, notes, lab results, supplies and social history are not screened as drugs. Alcohol, caffeine and nicotine can worsen RLS: ask about them."
            lines={result.notMedication}
            detail={notMedicationDetail}
          />
        </>
      )}
    </>
  )
})

function recognisedDetail(line: RecognisedLine) {
  return (
    <>
      <span> — {line.matches.map(recognisedWords).join('; ')}</span>
      {line.form && <span className="block text-slate-700">Form: {line.form}</span>}
      {line.matches.map((match) =>
        match.ambiguous ? (
          <span key={match.name} className="block text-slate-700">
            {match.ambiguous}
          </span>
        ) : null,
      )}
    </>
  )
}

function notRecognisedDetail(line: UnrecognisedLine) {
  return line.suggestions.length > 0 && <span> — did you mean {line.suggestions.map(suggestionWords).join(' or ')}?</span>
}

function notMedicationDetail(line: NotMedicationLine) {
  return <span> — {REASON_WORDS[line.reason]}</span>
}

/**
 * Lines a group shows before "Show all": a 2,000-line paste answers at once, and a keystroke in
 * it lays out a few hundred lines, not thousands. The summary above always counts every line.
 */
const FIRST_LINES = 100

/** How many of a group's lines to show: the first hundred, or all once asked. */
function useCollapsedCount(total: number): [shown: number, showAll: () => void] {
  const [expanded, setExpanded] = useState(false)
  // Drawing every line is background work: the page stays responsive while it happens.
  const showAll = useCallback(() => startTransition(() => setExpanded(true)), [])
  return [expanded ? total : Math.min(FIRST_LINES, total), showAll]
}

/** "Show all 1431" under a group cut short. */
function ShowAll({ shown, total, onShowAll, what }: { shown: number; total: number; onShowAll: () => void; what: string }) {
  if (shown >= total) return null
  return (
    <p className="mt-2 text-sm text-slate-800">
      Showing the first {shown} of {total} {what}.{' '}
      <button
        type="button"
        onClick={onShowAll}
        className="min-h-11 rounded-md border border-slate-600 bg-white px-3 py-1 font-medium hover:bg-slate-100"
      >
        Show all {total}
      </button>
    </p>
  )
}

/**
 * One group of screened lines under its heading, with what the group means; nothing when empty.
 * Each line shows as pasted, with what the screener made of it after.
 */
function ResultGroup<T extends { lineNumber: number; line: string }>({
  title,
  explanation,
  lines,
  detail,
}: {
  title: string
  explanation: string
  lines: readonly T[]
  detail?: (line: T) => ReactNode
}) {
  const headingId = useId()
  const [shown, showAll] = useCollapsedCount(lines.length)
  if (lines.length === 0) return null
  return (
    <div className="mt-6">
      <h3 id={headingId} className="text-lg font-semibold">
        {title}
      </h3>
      <p className="mt-1 max-w-3xl text-sm text-slate-800">{explanation}</p>
      <ul aria-labelledby={headingId} className="mt-2 space-y-1">
        {lines.slice(0, shown).map((line) => (
          <ResultLine key={line.lineNumber} line={line} detail={detail} />
        ))}
      </ul>
      <ShowAll shown={shown} total={lines.length} onShowAll={showAll} what="lines in this group" />
    </div>
  )
}

/** One screened line; drawn again only when its line changes (the screener keeps unchanged lines the same object). */
const ResultLine = memo(function ResultLine<T extends { lineNumber: number; line: string }>({
  line,
  detail,
}: {
  line: T
  detail?: ((line: T) => ReactNode) | undefined
}) {
  return (
    <li className="text-sm wrap-anywhere text-slate-800">
      <span className="font-mono">
        <LineText lineNumber={line.lineNumber} line={line.line} />
      </span>
      {detail?.(line)}
    </li>
  )
}) as <T extends { lineNumber: number; line: string }>(props: { line: T; detail?: ((line: T) => ReactNode) | undefined }) => ReactNode

const REASON_WORDS: Record<NotMedicationReason, string> = {
  heading: 'a heading',
  note: 'a note or allergy line, not a medication taken',
  'vital sign': 'a vital sign',
  'lab result': 'a lab result',
  'device or supply': 'a device or supply',
  'social history': 'social history',
  'date or number': 'a date or number',
}

/** Flagged lines grouped by their leading role: drugs that can trigger or worsen RLS first. */
function byRole(lines: readonly FlaggedLine[]): FlaggedLine[] {
  const rank = (line: FlaggedLine) => (countsAsCause(line.roles, line.littleSystemicExposure) ? 0 : ROLE_ORDER.indexOf(leadingRole(line.roles)))
  return [...lines].sort((a, b) => rank(a) - rank(b))
}

/** One badge per role, naming it ("Can trigger RLS", "RLS treatment"), never "known trigger". */
function RoleBadges({ roles }: { roles: readonly MedicationRole[] }) {
  return (
    <p className="flex flex-wrap gap-2">
      {roles.map((role) => (
        <span key={role} data-role={role} className={`rounded border px-1.5 text-sm font-semibold tracking-wide uppercase ${ROLE_STYLE[role]}`}>
          {ROLE_LABELS[role]}
        </span>
      ))}
    </p>
  )
}

function recognisedWords(match: RecognisedMatch): string {
  if (match.matchedAs.includes('combination product')) return `${match.name}: ${match.ingredients.join(' + ')} (combination)`
  return match.name
}

function suggestionWords(suggestion: SpellingSuggestion): string {
  const drug = suggestion.drug === suggestion.name ? '' : ` (${suggestion.drug})`
  return `“${suggestion.name}”${drug}${suggestion.known === 'flagged' ? ', a flagged drug' : ''}`
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

const ROLE_STYLE: Record<MedicationRole, string> = {
  triggers: 'border-amber-800 bg-amber-50',
  worsens: 'border-amber-800 bg-amber-50',
  'withdrawal risk': 'border-sky-800 bg-sky-50',
  'rls treatment': 'border-violet-800 bg-violet-50',
  'insufficient evidence': 'border-slate-600 bg-slate-50',
}

const FlaggedItem = memo(function FlaggedItem({ line }: { line: FlaggedLine }) {
  return (
    <li className={`rounded-md border border-l-4 p-3 ${ROLE_STYLE[leadingRole(line.roles)]}`}>
      <p className="font-mono text-sm wrap-anywhere">
        <LineText lineNumber={line.lineNumber} line={line.line} />
      </p>
      {line.form && <FormWords form={line.form} />}
      {line.matches.map((match) => (
        <MatchDetails key={match.medication.id} match={match} />
      ))}
      {line.classMatches.map((match) => (
        <ClassMatchDetails key={match.medicationClass.id} match={match} />
      ))}
      {line.alsoNamed.length > 0 && (
        <p className="mt-2 text-sm text-slate-800">
          Also on this line, no known association: {line.alsoNamed.map((match) => match.ingredients.join(', ')).join('; ')}.
        </p>
      )}
    </li>
  )
})

/** The route or form the line names. */
function FormWords({ form }: { form: string }) {
  return <p className="mt-1 text-sm text-slate-800">Form: {form}</p>
}

/** A drug applied where little reaches the blood: its roles are shown, but it is not counted as a cause. */
function LittleSystemicExposure() {
  return (
    <p className="mt-1 text-sm font-semibold text-slate-800">
      {LITTLE_SYSTEMIC_EXPOSURE}: not counted as a cause of RLS here.
    </p>
  )
}

function ClassMatchDetails({ match }: { match: ClassMatch }) {
  return (
    <div className="mt-2 border-t border-slate-300 pt-2 first-of-type:border-t-0 first-of-type:pt-0">
      <RoleBadges roles={match.roles} />
      <p className="wrap-anywhere">
        <span className="font-semibold">
          <bdi>{match.matchedText}</bdi>
        </span>
        <span className="text-slate-800">
          {' '}
          {match.mayContain
            ? `· ${match.mayContain} (${match.medicationClass.name})`
            : `· read as ${match.medicationClass.name} by its name ending “-${match.stem ?? ''}”; not listed by name in this reference`}
        </span>
      </p>
      {match.littleSystemicExposure && <LittleSystemicExposure />}
      {match.fromLabResult && <NamedInLabResult />}
      <p className="mt-1">
        {EFFECT_WORDS[match.effect]} <GradeBadge grade={match.grade} />
      </p>
      <p className="mt-1 font-semibold">{match.advice}</p>
      {match.alternatives.length > 0 && (
        <div className="mt-1 text-sm">
          <p className="font-semibold">Safer alternatives</p>
          <AlternativesList alternatives={match.alternatives} />
        </div>
      )}
    </div>
  )
}

function NamedInLabResult() {
  return (
    <p className="mt-1 text-sm text-slate-800">
      Named in a lab result: a measured level of this drug means the patient takes it, so it is flagged. Confirm with the patient.
    </p>
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
    <div className="mt-2 border-t border-slate-300 pt-2 first-of-type:border-t-0 first-of-type:pt-0">
      <RoleBadges roles={match.roles} />
      <p className="wrap-anywhere">
        <span className="font-semibold">{match.medication.name}</span>
        {match.product ? (
          <span className="text-slate-800">
            {' '}
            (in “<bdi>{match.matchedText}</bdi>”, a combination product)
          </span>
        ) : (
          viaOtherName && (
            <span className="text-slate-800">
              {' '}
              (matched “<bdi>{match.matchedText}</bdi>”, {matchedAsWords(match.matchedAs)})
            </span>
          )
        )}
        <span className="text-slate-800"> · {match.className}</span>
      </p>
      <p className="mt-1">
        {EFFECT_WORDS[match.effect]} <GradeBadge grade={match.grade} />
      </p>
      <p className="mt-1 font-semibold">{match.advice}</p>
      {match.littleSystemicExposure && <LittleSystemicExposure />}
      {match.ambiguous && <p className="mt-1 text-sm text-slate-800">Check the pack: {match.ambiguous}</p>}
      {match.fromLabResult && <NamedInLabResult />}
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
