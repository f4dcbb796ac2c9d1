/**
 * The checklist as plain text for an EHR note: no markup, one test per line with its tick
 * state and LOINC code, the thresholds with units and short citations, and the content version
 * so a reader of the note knows which reviewed thresholds were used.
 */
import type { Bundle, Lab } from '../../data/bundle-schema'
import { citationText } from '../../components/evidence'
import { CLINICAL_JUDGEMENT_LINE, describeLoinc, diagnosisCodesLine, groupLabs, labTitle } from './checklist-model'
import { describeIronRules } from './interpret-iron-studies'

export interface ChecklistTextInput {
  labs: readonly Lab[]
  /** Ids of the ticked tests. */
  ticked: ReadonlySet<string>
  sources: Bundle['sources']
  /** The iron-therapy thresholds, listed after the tests. */
  ironRules?: Bundle['ironRules']
  meta: Pick<Bundle['meta'], 'version' | 'reviewed'>
  /** The diagnosis codes, printed under the title for the requisition. */
  coding?: Bundle['coding']
  /** Where the checklist lives, e.g. https://example.org/workup. */
  address?: string
}

export const CHECKLIST_TITLE = 'RLS laboratory workup checklist'

export function formatChecklistAsText({ labs, ticked, sources, ironRules, meta, coding, address }: ChecklistTextInput): string {
  const cite = (ids: readonly string[]) => citationText(sources, ids)

  const lines: string[] = [CHECKLIST_TITLE, `Content version ${meta.version}, reviewed ${meta.reviewed}`]
  if (coding) lines.push(diagnosisCodesLine(coding))
  for (const group of groupLabs(labs)) {
    lines.push('', group.title.toUpperCase())
    for (const lab of group.labs) {
      lines.push(`${ticked.has(lab.id) ? '[x]' : '[ ]'} ${labTitle(lab)}, ${describeLoinc(lab).text}`)
      if (group.id !== 'all') lines.push(`    When: ${lab.when}`)
      for (const t of lab.thresholds) {
        const unconfirmed = t.unconfirmed ? ' (unconfirmed)' : ''
        lines.push(`    - ${t.meaning}: ${t.criterion} (${t.population})${unconfirmed}${cite(t.sources)}`)
      }
    }
  }
  if (ironRules) {
    lines.push('', 'IRON THRESHOLDS (ferritin in ng/mL = µg/L, TSAT in %)')
    for (const rule of describeIronRules(ironRules)) {
      lines.push(`- ${rule.label}: ${rule.text}${rule.unconfirmed ? ' (unconfirmed)' : ''}${cite(rule.sources)}`)
    }
  }
  lines.push('')
  if (address) lines.push(`From ${address}`)
  lines.push(CLINICAL_JUDGEMENT_LINE)
  return `${lines.join('\n')}\n`
}
