/**
 * How the lab list is arranged for the checklist, its printout and its plain-text copy:
 * one place decides the groups, their order and how a LOINC code is labelled.
 */
import type { Coding, Lab } from '../../data/bundle-schema'

export type LabGroup = Lab['group']

/** Closes the printout and the text copy: the checklist is an aid, the decision stays the clinician's. */
export const CLINICAL_JUDGEMENT_LINE = 'This checklist supports, and does not replace, clinical judgement.'

export const LAB_GROUPS: readonly { id: LabGroup; title: string; hint: string }[] = [
  { id: 'all', title: 'All patients', hint: 'Order for every patient with clinically significant RLS.' },
  { id: 'indicated', title: 'If indicated', hint: 'Order when the indication applies.' },
  { id: 'not routine', title: 'Not routine', hint: 'Not part of the routine workup; only for a specific question.' },
]

/** The labs of each group in bundle order; groups with no lab are left out. */
export function groupLabs(labs: readonly Lab[]): { id: LabGroup; title: string; hint: string; labs: Lab[] }[] {
  return LAB_GROUPS.map((group) => ({ ...group, labs: labs.filter((lab) => lab.group === group.id) })).filter(
    (group) => group.labs.length > 0,
  )
}

/** "Serum ferritin (SF)" */
export function labTitle(lab: Lab): string {
  return lab.abbreviations.length > 0 ? `${lab.name} (${lab.abbreviations.join(', ')})` : lab.name
}

/**
 * The code and, where the content says it is not settled, a warning to show beside it:
 * an unconfirmed code ordered from an EHR picks the wrong test.
 */
export function describeLoinc(lab: Lab): { code: string | null; warning: string | null; text: string } {
  if (lab.loinc === null || lab.loincStatus === 'not applicable') {
    const warning = lab.loincStatus === 'unconfirmed' ? 'LOINC unconfirmed' : null
    return { code: null, warning, text: warning ?? 'no LOINC code' }
  }
  const warning =
    lab.loincStatus === 'unconfirmed' ? 'LOINC unconfirmed' : lab.loincStatus === 'partly confirmed' ? 'LOINC partly confirmed' : null
  return { code: lab.loinc, warning, text: `LOINC ${lab.loinc}${warning ? ` (${warning})` : ''}` }
}

/**
 * Tests drawn the same way as an earlier test in the list (the iron panel shares one set of
 * instructions): each maps to that earlier test, so the screen says "as for serum ferritin"
 * instead of repeating the same steps four times.
 */
export function sameHowToDrawAs(labs: readonly Lab[]): Map<string, Lab> {
  const firstWith = new Map<string, Lab>()
  const same = new Map<string, Lab>()
  for (const lab of labs) {
    if (lab.how.length === 0) continue
    const key = JSON.stringify(lab.how)
    const first = firstWith.get(key)
    if (first) same.set(lab.id, first)
    else firstWith.set(key, lab)
  }
  return same
}

/** "ICD-10-CM G25.81 · ICD-11 7A80 · ...": the diagnosis codes as one line for a requisition or a note. */
export function diagnosisCodesLine(coding: Coding): string {
  return `Restless legs syndrome: ${coding.codes.map((c) => `${c.system} ${c.code}`).join(' · ')}`
}
