/**
 * What prints: one page for the chart (the patient lines print above it), then the patient
 * handout in plain language. Hidden on screen; black on white, compact, so the two fit in at
 * most two A4 or Letter pages. Flagged drugs print with the chart line as written, so the
 * clinician can find it in the chart; the iron reading prints with its safety cautions.
 */
import type { Bundle } from '../../data/bundle-schema'
import { citationText } from '../../components/evidence'
import { CLINICAL_JUDGEMENT_LINE } from '../workup/checklist-model'
import type { FlaggedLine } from '../medications/screen-medication-list'
import type { PatientAssessment } from './assess-patient'
import { buildHandout } from './patient-handout'
import { noteCodes } from './assess-patient'
import { testReasonText } from './tests-section'
import { nextStepsNoteLines } from './next-steps'

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)

export const CHART_TITLE = 'Restless legs syndrome (RLS): patient workup'

/** "Stemetil 5mg tds: prochlorperazine": the line as written in the chart, then the drugs it names. */
export function flaggedLineText(line: FlaggedLine): string {
  const names = [...new Set([...line.matches.map((m) => lowerFirst(m.medication.name)), ...line.classMatches.map((m) => `${m.matchedText} (${lowerFirst(m.medicationClass.name)})`)])]
  return `${line.line.trim()}: ${names.join(', ')}`
}

export function PatientPrintout({ bundle, assessment, flaggedLines }: { bundle: Bundle; assessment: PatientAssessment; flaggedLines: readonly FlaggedLine[] }) {
  const cite = (ids: readonly string[]) => citationText(bundle.sources, ids)
  const { interpretation } = assessment.iron
  const handout = buildHandout(bundle.patientWorkup.handout, assessment.tests)
  const version = `Content version ${bundle.meta.version}, reviewed ${bundle.meta.reviewed}`
  return (
    <div className="hidden text-[8pt] leading-[1.25] text-black print:block">
      <section aria-label="Chart page">
        <h2 className="mt-[2mm] border-b border-black text-[11pt] font-bold">{CHART_TITLE}</h2>
        <p className="mt-[1mm]">
          Restless legs syndrome: {noteCodes(bundle)}
        </p>
        <h3 className="mt-[2mm] text-[9.5pt] font-bold">Likely form</h3>
        <p>
          {assessment.likelyForm.label}.{' '}
          {[...assessment.likelyForm.primary.map((f) => `Primary: ${f.text}${cite(f.sources)}`), ...assessment.likelyForm.secondary.map((f) => `Secondary: ${f.text}${cite(f.sources)}`)].join('. ')}
        </p>
        <h3 className="mt-[2mm] text-[9.5pt] font-bold">Causes to look for</h3>
        <p>{assessment.causes.map((c) => `${c.cause.name} (${c.cause.grade})`).join('; ')}</p>
        <h3 className="mt-[2mm] text-[9.5pt] font-bold">Medications</h3>
        {assessment.medicationNote.map((line) => (
          <p key={line}>{line}</p>
        ))}
        {flaggedLines.length > 0 && <p>As written in the list: {flaggedLines.map(flaggedLineText).join('; ')}.</p>}
        <h3 className="mt-[2mm] text-[9.5pt] font-bold">Iron studies</h3>
        <p>
          {interpretation.status === 'empty' || interpretation.status === 'invalid' ? 'No reading: enter ferritin and TSAT.' : interpretation.summary}
          {assessment.iron.tsat?.source === 'calculated' && assessment.iron.tsat.text ? ` (${assessment.iron.tsat.text}.)` : ''}
        </p>
        {interpretation.status !== 'empty' &&
          interpretation.cautions.map((caution) => (
            <p key={caution.text}>
              <b>Caution:</b> {caution.text}
              {caution.unconfirmed ? ' (unconfirmed)' : ''}
              {cite(caution.sources)}
            </p>
          ))}
        {assessment.iron.notes.map((note) => (
          <p key={note.text}>
            {note.text}
            {note.unconfirmed ? ' (unconfirmed)' : ''}
            {cite(note.sources)}
          </p>
        ))}
        {assessment.nextSteps && (
          <>
            <h3 className="mt-[2mm] text-[9.5pt] font-bold">Next steps</h3>
            {nextStepsNoteLines(assessment.nextSteps).map((line) => (
              <p key={line}>{line}</p>
            ))}
          </>
        )}
        <h3 className="mt-[2mm] text-[9.5pt] font-bold">Tests to order</h3>
        <ul>
          {assessment.tests.map((test) => (
            <li key={test.lab.id} className="mt-[0.8mm] flex gap-[1.5mm] break-inside-avoid">
              <span className="mt-[0.3mm] inline-block h-[3mm] w-[3mm] shrink-0 border border-black" />
              <span>
                <b>{test.lab.name}</b>
                {test.lab.loinc ? ` · LOINC ${test.lab.loinc}` : ''} — {test.resultEntered ? 'result entered: repeat when due; ' : ''}
                {lowerFirst(testReasonText(test))}
              </span>
            </li>
          ))}
        </ul>
        <p className="mt-[1mm]">
          {bundle.patientWorkup.notes.drawIron}
          {cite(bundle.patientWorkup.notes.drawIronSources)}
        </p>
        <footer className="mt-[3mm] border-t border-black pt-[1mm] text-[7.5pt]">
          <p>{version}</p>
          <p>
            <b>{CLINICAL_JUDGEMENT_LINE}</b> Local laboratory reference ranges still apply.
          </p>
        </footer>
      </section>

      <section aria-label="Patient handout" className="break-before-page text-[10.5pt] leading-[1.35]">
        <h2 className="border-b border-black text-[15pt] font-bold">{handout.title}</h2>
        {handout.sections.map((section) => (
          <div key={section.heading} className="break-inside-avoid">
            <h3 className="mt-[3mm] text-[12pt] font-bold">{section.heading}</h3>
            {section.list ? (
              <ul className="list-disc pl-[6mm]">
                {section.paragraphs.map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ul>
            ) : (
              section.paragraphs.map((text) => (
                <p key={text} className="mt-[1mm]">
                  {text}
                </p>
              ))
            )}
          </div>
        ))}
        <p className="mt-[4mm] text-[8pt]">{version}.</p>
      </section>
    </div>
  )
}
