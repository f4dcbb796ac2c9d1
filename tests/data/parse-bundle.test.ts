import { bundleErrorMessageOf } from './bundle-error-message'
import { describe, expect, it } from 'vitest'
import { formatIssuePath, parseBundle } from '../../src/data/parse-bundle'
import { readBundleFile } from '../../mocks/handlers/bundle'

const good = () => structuredClone(readBundleFile()) as Record<string, any>

describe('parseBundle', () => {
  it('accepts the shipped bundle', () => {
    expect(parseBundle(good()).meta.version).toMatch(/^\d+\.\d+\.\d+$/)
  })

  it('names the path of a missing array', () => {
    const bundle = good()
    delete bundle.causes[0].sources
    expect(bundleErrorMessageOf(() => parseBundle(bundle))).toContain('causes[0].sources: expected array')
  })

  it('names the path of a grade outside the vocabulary', () => {
    const bundle = good()
    bundle.labs[0].grade = 'Likely'
    expect(bundleErrorMessageOf(() => parseBundle(bundle))).toMatch(/labs\[0\]\.grade: expected one of "Established", "Probable", "Possible", "Disputed"/)
  })

  it('names the path of a malformed LOINC code and DOI', () => {
    const bundle = good()
    bundle.labs[0].loinc = '2276'
    bundle.sources[0].doi = 'doi.org/10.5664'
    const message = bundleErrorMessageOf(() => parseBundle(bundle))
    expect(message).toContain('labs[0].loinc: expected a LOINC code')
    expect(message).toContain('sources[0].doi: expected a DOI')
  })

  it('rejects a reference to an unknown source or lab, with its path', () => {
    const bundle = good()
    bundle.causes[0].sources.push('no-such-source')
    bundle.causes[0].checks.push('no-such-lab')
    const message = bundleErrorMessageOf(() => parseBundle(bundle))
    expect(message).toMatch(/causes\[0\]\.sources\[\d+\]: unknown source id "no-such-source"/)
    expect(message).toMatch(/causes\[0\]\.checks\[\d+\]: unknown lab id "no-such-lab"/)
  })

  describe('the drug-role model (each refinement fed a bundle that breaks it)', () => {
    const at = (bundle: Record<string, any>, list: 'medications' | 'medicationClasses', id: string) =>
      (bundle[list] as { id: string }[]).findIndex((item) => item.id === id)

    it('rejects a drug or a class without a role, with a role outside the vocabulary, or one listed twice', () => {
      const bundle = good()
      const amlodipine = at(bundle, 'medications', 'amlodipine')
      const ssris = at(bundle, 'medicationClasses', 'ssris')
      const tcas = at(bundle, 'medicationClasses', 'tcas')
      bundle.medications[amlodipine].roles = []
      bundle.medicationClasses[ssris].roles = ['trigger']
      const message = bundleErrorMessageOf(() => parseBundle(bundle))
      expect(message).toContain(`medications[${amlodipine}].roles: expected at least one role`)
      expect(message).toMatch(new RegExp(`medicationClasses\\[${ssris}\\]\\.roles\\[0\\]: expected one of`))
      // Checked with the cross-references, once the shape is right.
      const twice = good()
      twice.medicationClasses[tcas].roles = ['worsens', 'worsens']
      expect(bundleErrorMessageOf(() => parseBundle(twice))).toContain(`medicationClasses[${tcas}].roles: a role is listed twice`)
    })

    it('rejects an RLS treatment or a weak report beside "triggers" or "worsens"', () => {
      const bundle = good()
      const pramipexole = at(bundle, 'medications', 'pramipexole')
      const amlodipine = at(bundle, 'medications', 'amlodipine')
      bundle.medications[pramipexole].roles = ['rls treatment', 'triggers']
      bundle.medications[amlodipine].roles = ['insufficient evidence', 'worsens']
      const message = bundleErrorMessageOf(() => parseBundle(bundle))
      expect(message).toContain(`medications[${pramipexole}].roles: "rls treatment" sits beside "triggers"`)
      expect(message).toContain(`medications[${amlodipine}].roles: "insufficient evidence" sits beside "worsens"`)
    })

    it('rejects a drug that lacks its class’s role', () => {
      const bundle = good()
      const methadone = at(bundle, 'medications', 'methadone')
      bundle.medications[methadone].roles = ['rls treatment']
      expect(bundleErrorMessageOf(() => parseBundle(bundle))).toContain(`medications[${methadone}].roles: lacks its class's role "withdrawal risk"`)
    })

    it('rejects an effect the roles do not allow', () => {
      const bundle = good()
      const sertraline = at(bundle, 'medications', 'sertraline')
      const gabapentin = at(bundle, 'medications', 'gabapentin')
      const levodopa = at(bundle, 'medications', 'levodopa')
      bundle.medications[sertraline].effect = 'withdrawal'
      bundle.medications[gabapentin].roles = ['rls treatment']
      bundle.medications[gabapentin].effect = 'treats'
      bundle.medicationClasses[at(bundle, 'medicationClasses', 'dopaminergic-augmentation')].roles = ['worsens']
      bundle.medications[levodopa].roles = ['worsens']
      const message = bundleErrorMessageOf(() => parseBundle(bundle))
      expect(message).toContain(`medications[${sertraline}].effect: the effect "withdrawal" needs the role "withdrawal risk"`)
      expect(message).toContain(`medications[${levodopa}].effect: the effect "augmentation" needs the role "rls treatment"`)
      expect(message).not.toContain(`medications[${gabapentin}]`)
    })

    it('rejects a cause that is not a treatment complication listing a class of RLS treatments', () => {
      const bundle = good()
      const cause = bundle.causes.findIndex((c: { id: string }) => c.id === 'drug-antidepressants')
      bundle.causes[cause].medicationClasses.push('alpha-2-delta-ligands')
      const message = bundleErrorMessageOf(() => parseBundle(bundle))
      expect(message).toMatch(new RegExp(`causes\\[${cause}\\]\\.medicationClasses\\[\\d+\\]: a secondary cause lists the RLS-treatment class "alpha-2-delta-ligands"`))
    })
  })

  it('rejects duplicate ids', () => {
    const bundle = good()
    bundle.sources.push(bundle.sources[0])
    expect(bundleErrorMessageOf(() => parseBundle(bundle))).toMatch(/sources\[\d+\]\.id: duplicate id/)
  })

  it('rejects a duplicate category', () => {
    const bundle = good()
    bundle.categories.push(bundle.categories[0])
    expect(bundleErrorMessageOf(() => parseBundle(bundle))).toMatch(/categories\[\d+\]\.id: duplicate id/)
  })

  it('rejects an empty object, a non-object and a newer major version with their own messages', () => {
    expect(bundleErrorMessageOf(() => parseBundle({}))).toMatch(/empty/)
    expect(bundleErrorMessageOf(() => parseBundle(null))).toMatch(/empty/)
    const next = good()
    next.meta.version = '2.1.0'
    expect(bundleErrorMessageOf(() => parseBundle(next))).toMatch(/version 2\.1\.0, newer than/)
  })

  it('caps a long list of problems', () => {
    const bundle = good()
    bundle.meta = {}
    bundle.categories = 'none'
    bundle.labs = 3
    bundle.sources = null
    expect(bundleErrorMessageOf(() => parseBundle(bundle))).toMatch(/and \d+ more/)
  })
})

describe('formatIssuePath', () => {
  it('writes array indices in brackets', () => {
    expect(formatIssuePath(['causes', 3, 'sources'])).toBe('causes[3].sources')
    expect(formatIssuePath([])).toBe('')
  })
})
