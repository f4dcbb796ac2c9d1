import { bundleErrorMessageOf } from './bundle-error-message'
import { noteCodes } from '../../src/features/patient/assess-patient'
import { describe, expect, it } from 'vitest'
import { parseBundle } from '../../src/data/parse-bundle'
import { readBundleFile } from '../../mocks/handlers/bundle'

const good = () => structuredClone(readBundleFile()) as Record<string, any>
const bundle = parseBundle(good())
const rules = bundle.patientWorkup

describe('patient workup rules in the bundle', () => {
  it.each([
    ['cause', (b: Record<string, any>): void => void b.patientWorkup.causeRules[0].causes.push('no-such-cause'), 'patientWorkup.causeRules[0].causes[1]: unknown cause id "no-such-cause"'],
    ['lab', (b: Record<string, any>): void => void (b.patientWorkup.labRules[0].lab = 'no-such-lab'), 'patientWorkup.labRules[0].lab: unknown lab id "no-such-lab"'],
    ['finding', (b: Record<string, any>): void => void (b.patientWorkup.formRules[0].finding = 'no-such-finding'), 'patientWorkup.formRules[0].finding: unknown finding id "no-such-finding"'],
    ['source', (b: Record<string, any>): void => void (b.patientWorkup.formRules[1].sources = ['no-such-source']), 'patientWorkup.formRules[1].sources[0]: unknown source id "no-such-source"'],
  ] as const)('rejects a rule naming an unknown %s, with its path', (_kind, breakIt, expected) => {
    const broken = good()
    breakIt(broken)
    expect(bundleErrorMessageOf(() => parseBundle(broken))).toContain(expected)
  })

  it('rejects a derived finding without its rule', () => {
    const broken = good()
    const child = broken.patientWorkup.findings.find((f: { id: string }) => f.id === 'child')
    delete child.derived
    expect(bundleErrorMessageOf(() => parseBundle(broken))).toContain('a derived finding needs a rule')
  })

  it('gives every finding a consequence: a cause, a leaning, a test or a next step', () => {
    const used = new Set([
      ...[...rules.causeRules, ...rules.formRules, ...rules.labRules].map((rule) => rule.finding),
      ...(rules.nextSteps?.augmentation.findings ?? []),
    ])
    expect(rules.findings.filter((f) => !used.has(f.id)).map((f) => f.id)).toEqual([])
  })

  it('asks on the form, with the words the issue names, for the key findings', () => {
    const labels = rules.findings.filter((f) => f.input === 'checkbox' && f.prominent).map((f) => f.label)
    for (const words of ['Pregnant', 'dialysis', 'Chronic kidney disease', 'Diabetes', 'Numbness, tingling or burning in the feet', 'A parent, sibling or child has RLS']) {
      expect(labels.filter((label) => label.includes(words)), words).toHaveLength(1)
    }
  })

  it('cites every leaning, and never lists a cause that treats RLS', () => {
    for (const rule of rules.formRules) expect(rule.sources.length, rule.finding).toBeGreaterThan(0)
    // Every cause a rule names exists, and none is reached through a class of RLS treatments
    // (alpha-2-delta ligands, iron, dopaminergic drugs), unless it is itself a treatment complication.
    const treatmentClasses = new Set(bundle.medicationClasses.filter((c) => c.roles.includes('rls treatment')).map((c) => c.id))
    expect([...treatmentClasses].sort()).toEqual(['alpha-2-delta-ligands', 'dopaminergic-augmentation', 'iron-preparations'])
    const named = [...rules.everyPatientCauses.map((r) => r.cause), ...rules.causeRules.flatMap((r) => r.causes)]
    for (const id of named) {
      const cause = bundle.causes.find((c) => c.id === id)
      expect(cause, id).toBeDefined()
      if (cause?.role === 'treatment complication') continue
      expect((cause?.medicationClasses ?? []).filter((classId) => treatmentClasses.has(classId)), id).toEqual([])
      expect(cause?.role, id).not.toBe('treatment complication')
    }
  })

  it('writes the ICD-10-CM and ICD-11 codes for RLS into the note from the bundle\'s one list of codes', () => {
    expect(noteCodes(bundle)).toBe('ICD-10-CM G25.81; ICD-11 7A80')
  })
})
