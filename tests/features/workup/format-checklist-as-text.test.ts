import { describe, expect, it } from 'vitest'
import { citeLabel } from '../../../src/components/evidence'
import { byId } from '../../../src/data/lookup'
import { formatChecklistAsText, CHECKLIST_TITLE, type ChecklistTextInput } from '../../../src/features/workup/format-checklist-as-text'
import { CLINICAL_JUDGEMENT_LINE, LAB_GROUPS, describeLoinc, groupLabs, labTitle } from '../../../src/features/workup/checklist-model'
import { shippedBundle } from '../../shipped-content'

const bundle = shippedBundle()
const lab = (id: string) => {
  const found = bundle.labs.find((l) => l.id === id || l.loinc === id)
  if (!found) throw new Error(`the bundle has no lab ${id}`)
  return found
}
const input = (overrides: Partial<ChecklistTextInput> = {}): ChecklistTextInput => ({
  labs: bundle.labs,
  ticked: new Set(),
  sources: bundle.sources,
  ironRules: bundle.ironRules,
  meta: bundle.meta,
  address: 'https://rls.example/workup',
  ...overrides,
})
const lineOf = (text: string, l: (typeof bundle.labs)[number]) =>
  text.split('\n').find((line) => line.slice(4).startsWith(`${labTitle(l)}, `))

describe('formatChecklistAsText', () => {
  it('starts with the title and the content version and review date', () => {
    const lines = formatChecklistAsText(input()).split('\n')
    expect(lines[0]).toBe(CHECKLIST_TITLE)
    expect(lines[1]).toBe(`Content version ${bundle.meta.version}, reviewed ${bundle.meta.reviewed}`)
  })

  it('lists every test once, unticked, with its LOINC code', () => {
    const text = formatChecklistAsText(input())
    for (const l of bundle.labs) {
      const line = lineOf(text, l)
      expect(line, l.id).toBe(`[ ] ${labTitle(l)}, ${describeLoinc(l).text}`)
      if (l.loinc && l.loincStatus !== 'not applicable') expect(line).toContain(`LOINC ${l.loinc}`)
    }
    expect(text.match(/^\[[ x]\] /gm)).toHaveLength(bundle.labs.length)
    expect(text).toContain('LOINC 2276-4')
    expect(text).toContain('LOINC 2502-3')
  })

  it('marks ticked tests [x] and only those', () => {
    const ticked = new Set([lab('2276-4').id, lab('2502-3').id])
    const text = formatChecklistAsText(input({ ticked }))
    for (const l of bundle.labs) expect(lineOf(text, l)?.slice(0, 3), l.id).toBe(ticked.has(l.id) ? '[x]' : '[ ]')
    expect(text.match(/^\[x\] /gm)).toHaveLength(2)
  })

  it('groups tests under their headings in checklist order, with the indication for non-routine groups', () => {
    const text = formatChecklistAsText(input())
    const groups = groupLabs(bundle.labs)
    const positions = groups.map((g) => text.indexOf(`\n${g.title.toUpperCase()}\n`))
    expect(positions.every((p) => p > 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    expect(groups.map((g) => g.id)).toEqual(LAB_GROUPS.map((g) => g.id).filter((id) => bundle.labs.some((l) => l.group === id)))
    for (const l of bundle.labs.filter((x) => x.group !== 'all')) expect(text).toContain(`    When: ${l.when}`)
  })

  it('gives each threshold with its criterion (units included), population and short citation', () => {
    const text = formatChecklistAsText(input())
    const sources = byId(bundle.sources)
    const withThresholds = bundle.labs.filter((l) => l.thresholds.length > 0)
    expect(withThresholds.length).toBeGreaterThan(0)
    for (const l of withThresholds) {
      for (const t of l.thresholds) {
        const cites = t.sources.map((id) => citeLabel(sources.get(id)!)).join('; ')
        expect(text).toContain(`- ${t.meaning}: ${t.criterion} (${t.population})${t.unconfirmed ? ' (unconfirmed)' : ''} [${cites}]`)
      }
    }
  })

  it('lists the iron-therapy thresholds from the bundle rules with their citations', () => {
    const text = formatChecklistAsText(input())
    expect(text).toContain('IRON THRESHOLDS (ferritin in ng/mL = µg/L, TSAT in %)')
    expect(text).toContain(`- AASM 2024, adults: iron (oral or IV) if ferritin ≤${bundle.ironRules.aasm2024.ironIfFerritinAtMost} ng/mL or TSAT <${bundle.ironRules.aasm2024.ironIfTsatBelow}%`)
    expect(text).toContain(`- AASM 2024, children: iron if ferritin <${bundle.ironRules.children.ironIfFerritinBelow} ng/mL`)
    expect(formatChecklistAsText(input({ ironRules: undefined }))).not.toContain('IRON THRESHOLDS')
  })

  it('labels a code the content marks unconfirmed, and a test with no code', () => {
    const ferritin = lab('2276-4')
    const unconfirmed = { ...ferritin, loincStatus: 'unconfirmed' as const }
    const procedure = { ...ferritin, id: 'procedure', loinc: null, loincStatus: 'not applicable' as const }
    const text = formatChecklistAsText(input({ labs: [unconfirmed, procedure] }))
    expect(text).toContain(`[ ] ${labTitle(ferritin)}, LOINC 2276-4 (LOINC unconfirmed)`)
    expect(text).toContain(`[ ] ${labTitle(ferritin)}, no LOINC code`)
  })

  it('ends with the address and the clinical-judgement line, as plain text', () => {
    const text = formatChecklistAsText(input())
    expect(text.endsWith(`From https://rls.example/workup\n${CLINICAL_JUDGEMENT_LINE}\n`)).toBe(true)
    expect(text).not.toMatch(/<[a-z/]/i)
    expect(formatChecklistAsText(input({ address: undefined }))).not.toContain('From ')
  })

  it('is deterministic and leaves its inputs untouched', () => {
    const ticked = new Set([lab('2276-4').id])
    const before = JSON.stringify(bundle.labs)
    expect(formatChecklistAsText(input({ ticked }))).toBe(formatChecklistAsText(input({ ticked: new Set(ticked) })))
    expect(JSON.stringify(bundle.labs)).toBe(before)
    expect([...ticked]).toEqual([lab('2276-4').id])
  })
})
