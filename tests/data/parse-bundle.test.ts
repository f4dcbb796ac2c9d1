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
