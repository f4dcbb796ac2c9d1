/**
 * The paper checklist: hidden on screen, the only part of the page (with the patient lines)
 * that prints. Compact by design so the whole workup fits one A4 or US Letter page:
 * a drawn box per test (a real border, so it prints even with "background graphics" off),
 * ✓ in it for a ticked test, the thresholds with units and short citations, and the version line.
 */
import type { Bundle, Lab } from '../../data/bundle-schema'
import { citationText } from '../../components/evidence'
import { CLINICAL_JUDGEMENT_LINE, describeLoinc, diagnosisCodesLine, groupLabs } from './checklist-model'
import { describeIronRules } from './interpret-iron-studies'

export const PRINT_TITLE = 'Restless legs syndrome (RLS): laboratory workup'

/** The printout's title; the patient lines print between it and the checklist. */
export function PrintTitle() {
  return <p className="hidden text-[11pt] font-bold print:mb-[1.5mm] print:block">{PRINT_TITLE}</p>
}

export function ChecklistPrintout({
  bundle,
  ticked,
  address,
}: {
  bundle: Bundle
  ticked: ReadonlySet<string>
  address: string
}) {
  const cite = (ids: readonly string[]) => citationText(bundle.sources, ids)

  return (
    <div className="hidden text-[7.5pt] leading-[1.2] text-black print:block">
      <p className="mb-[1mm] font-bold">{diagnosisCodesLine(bundle.coding)}</p>
      <div className="columns-2 gap-[5mm]">
        {groupLabs(bundle.labs).map((group) => (
          <section key={group.id} className="mb-[1.5mm]">
            <h2 className="border-b border-black text-[8.5pt] font-bold break-after-avoid">{group.title}</h2>
            <ul>
              {group.labs.map((lab) => (
                <PrintedLab key={lab.id} lab={lab} ticked={ticked.has(lab.id)} showIndication={group.id !== 'all'} cite={cite} />
              ))}
            </ul>
          </section>
        ))}
        <section className="mb-[1.5mm] break-inside-avoid">
          <h2 className="border-b border-black text-[8.5pt] font-bold">Iron therapy thresholds (ferritin ng/mL = µg/L; TSAT %)</h2>
          <ul>
            {describeIronRules(bundle.ironRules).map((rule) => (
              <li key={rule.rule} className="mt-[0.5mm]">
                <b>{rule.label}:</b> {rule.text}
                {rule.unconfirmed && ' (unconfirmed)'}
                {cite(rule.sources)}
              </li>
            ))}
          </ul>
        </section>
      </div>
      <footer className="mt-[2mm] border-t border-black pt-[1mm] text-[7pt]">
        <p>
          Content version {bundle.meta.version}, reviewed {bundle.meta.reviewed} · {address}
        </p>
        <p>
          <b>{CLINICAL_JUDGEMENT_LINE}</b> “(unconfirmed)”: not verified in a primary source. Local laboratory reference ranges still
          apply.
        </p>
      </footer>
    </div>
  )
}

function PrintedLab({
  lab,
  ticked,
  showIndication,
  cite,
}: {
  lab: Lab
  ticked: boolean
  showIndication: boolean
  cite: (ids: readonly string[]) => string
}) {
  const loinc = describeLoinc(lab)
  return (
    <li className="mt-[0.8mm] flex break-inside-avoid gap-[1.5mm]">
      <span
        data-print-box={ticked ? 'ticked' : 'empty'}
        className="mt-[0.3mm] inline-flex h-[3mm] w-[3mm] shrink-0 items-center justify-center border border-black text-[8pt] leading-none font-bold"
      >
        {ticked ? '✓' : ''}
      </span>
      <div className="min-w-0">
        <b>{lab.name}</b>
        {lab.abbreviations.length > 0 && ` (${lab.abbreviations.join(', ')})`} · {loinc.text}
        {showIndication && <div>If: {lab.when}</div>}
        {lab.thresholds.map((t) => (
          <div key={`${t.meaning}-${t.criterion}-${t.population}`}>
            {t.meaning}: {t.criterion}
            {t.unconfirmed && ' (unconfirmed)'}
            {cite(t.sources)}
          </div>
        ))}
      </div>
    </li>
  )
}
