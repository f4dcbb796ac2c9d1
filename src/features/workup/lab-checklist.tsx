/**
 * The on-screen checklist: every test with what a clinician needs to order and draw it.
 * Ticks are React state only; the printout and the text copy read the same state.
 */
import { useEffect, useId, type ReactNode } from 'react'
import { useLocation } from '@tanstack/react-router'
import type { Cause, Lab } from '../../data/bundle-schema'
import { causesOrdering } from '../../data/lookup'
import { Citations, GradeBadge, UnconfirmedNotes, UnconfirmedTag } from '../../components/evidence'
import { openDetailsAt } from '../../lib/open-details-at'
import { describeLoinc, groupLabs, sameHowToDrawAs } from './checklist-model'

export function LabChecklist({
  labs,
  causes,
  ticked,
  onToggle,
}: {
  labs: readonly Lab[]
  /** The causes whose `checks` name each lab: "Asked for by" is derived from them. */
  causes: readonly Cause[]
  ticked: ReadonlySet<string>
  onToggle: (labId: string, checked: boolean) => void
}) {
  const baseId = useId()
  // A link to one test (from a cause, a patient's plan, the lookup) shows it whole.
  const linked = useLocation({ select: (location) => location.hash })
  useEffect(() => {
    if (linked) openDetailsAt(linked)
  }, [linked])
  const sameHow = sameHowToDrawAs(labs)
  return (
    <div className="space-y-6">
      {groupLabs(labs).map((group) => (
        // Group ids have spaces ("not routine"); an id reference list would split on them.
        <section key={group.id} aria-labelledby={`${baseId}-${group.id.replace(/\s+/g, '-')}`}>
          <h2 id={`${baseId}-${group.id.replace(/\s+/g, '-')}`} className="text-xl font-semibold">
            {group.title} <span className="text-base font-normal text-slate-600">({group.labs.length})</span>
          </h2>
          <p className="text-sm text-slate-700">{group.hint}</p>
          <ul className="mt-2 divide-y divide-slate-200 border-y border-slate-200">
            {group.labs.map((lab) => (
              <LabItem
                key={lab.id}
                lab={lab}
                id={`${baseId}-lab-${lab.id}`}
                checked={ticked.has(lab.id)}
                showIndication={group.id !== 'all'}
                sameHowAs={sameHow.get(lab.id)}
                askedForBy={causesOrdering(lab.id, causes, labs).map((cause) => cause.name)}
                calculatedFrom={labs.filter((other) => lab.calculatedFrom?.includes(other.id)).map((other) => other.name)}
                onToggle={onToggle}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}

function LabItem({
  lab,
  id,
  checked,
  showIndication,
  sameHowAs,
  askedForBy,
  calculatedFrom,
  onToggle,
}: {
  askedForBy: string[]
  calculatedFrom: string[]
  lab: Lab
  id: string
  checked: boolean
  showIndication: boolean
  sameHowAs: Lab | undefined
  onToggle: (labId: string, checked: boolean) => void
}) {
  const loinc = describeLoinc(lab)
  return (
    // `lab-<id>` is the anchor that causes pages and the lookup link to.
    <li id={`lab-${lab.id}`} className="scroll-mt-4 py-3 target:bg-amber-50">
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(event) => onToggle(lab.id, event.currentTarget.checked)}
          className="mt-0.5 h-6 w-6 shrink-0 accent-blue-800"
        />
        <div className="min-w-0 flex-1">
          <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
            <label htmlFor={id} className="font-semibold text-slate-900">
              {lab.name}
            </label>
            {lab.abbreviations.length > 0 && <span className="text-slate-700">({lab.abbreviations.join(', ')})</span>}
            <span className="font-mono text-sm whitespace-nowrap text-slate-800">
              {loinc.code ? `LOINC ${loinc.code}` : 'No LOINC code'}
            </span>
            {loinc.warning && (
              <span className="inline-block rounded border border-dashed border-slate-700 px-1 text-xs font-semibold text-slate-800 uppercase">
                {loinc.warning}
              </span>
            )}
            <GradeBadge grade={lab.grade} />
          </div>
          <p className="mt-1 text-sm">
            <span className="font-semibold text-slate-700">{showIndication ? 'Indication' : 'When'}:</span> {lab.when}
          </p>
          {calculatedFrom.length > 0 && (
            <p className="text-sm">
              <span className="font-semibold text-slate-700">Calculated from</span> {calculatedFrom.join(' and ')}: order them together.
            </p>
          )}
          {/* Folded: the checklist reads as a list of tests in a few phone screens, and the browser lays out
              only what is open. A link to the test (/workup#lab-ferritin) opens it. */}
          <details data-opens-on-link className="text-sm">
            <summary className="cursor-pointer py-2.5 text-blue-900"><span className="underline">{detailsSummary(lab, sameHowAs)}</span></summary>
            <dl className="grid grid-cols-1 gap-x-3 pb-1 sm:grid-cols-[6rem_1fr]">
              <Row term="Why">{lab.why}</Row>
              {lab.loincNote && <Row term="Code note">{lab.loincNote}</Row>}
              {askedForBy.length > 0 && <Row term="Asked for by">{askedForBy.join(', ')}</Row>}
              <Row term="Specimen">{lab.specimen}</Row>
              {sameHowAs && <Row term="How to draw">As for {sameHowAs.name.charAt(0).toLowerCase() + sameHowAs.name.slice(1)} (above).</Row>}
              {lab.how.length > 0 && !sameHowAs && (
                <Row term="How to draw">
                  <ul className="list-disc pl-4">
                    {lab.how.map((step) => (
                      <li key={step}>{step}</li>
                    ))}
                  </ul>
                </Row>
              )}
              {lab.thresholds.length > 0 && (
                <Row term="Thresholds">
                  <ul className="list-disc pl-4">
                    {lab.thresholds.map((t) => (
                      <li key={`${t.meaning}-${t.criterion}-${t.population}`}>
                        <span className="font-medium">{t.meaning}:</span> {t.criterion}{' '}
                        <span className="text-slate-700">({t.population})</span> <Citations ids={t.sources} />
                        {t.unconfirmed && <UnconfirmedTag />}
                      </li>
                    ))}
                  </ul>
                </Row>
              )}
              <Row term="Evidence">
                {lab.gradeRationale} <Citations ids={lab.sources} />
              </Row>
            </dl>
          </details>
          <UnconfirmedNotes items={lab.unconfirmed} about={lab.name} />
        </div>
      </div>
    </li>
  )
}

/** What the folded part holds, so a clinician knows whether to open it: "Why, specimen, how to draw, thresholds and evidence". */
function detailsSummary(lab: Lab, sameHowAs: Lab | undefined): string {
  const parts = ['Why', 'specimen']
  if (sameHowAs || lab.how.length > 0) parts.push('how to draw')
  const unconfirmed = lab.thresholds.filter((t) => t.unconfirmed).length
  if (lab.thresholds.length > 0) parts.push(unconfirmed > 0 ? `thresholds (${unconfirmed} unconfirmed)` : 'thresholds')
  return `${parts.join(', ')} and evidence`
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-semibold text-slate-700 sm:font-medium">{term}</dt>
      <dd className="mb-1 min-w-0 sm:mb-0.5">{children}</dd>
    </>
  )
}
