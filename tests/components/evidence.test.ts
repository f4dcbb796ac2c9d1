import { describe, expect, it } from 'vitest'
import { citeLabel } from '../../src/components/evidence'
import type { Source } from '../../src/data/bundle-schema'
import { shippedBundle } from '../shipped-content'

const source = (fields: Partial<Source>): Source => ({
  id: 'x',
  authors: 'Not stated',
  title: 'T',
  journal: 'J Clin Sleep Med',
  year: 2010,
  type: 'study',
  ...fields,
})

describe('citeLabel', () => {
  it('uses the first author’s surname and the year', () => {
    expect(citeLabel(source({ authors: 'Winkelman JW, Berkowski JA, DelRosso LM' , year: 2024 }))).toBe('Winkelman 2024')
    expect(citeLabel(source({ authors: 'Helvacı Yılmaz N, Arıcı Düz Ö', year: 2016 }))).toBe('Helvacı Yılmaz 2016')
    expect(citeLabel(source({ authors: 'Szatmari S Jr, Bereczki D', year: 2017 }))).toBe('Szatmari 2017')
    expect(citeLabel(source({ authors: 'Winkelman JW (interviewed)', year: null }))).toBe('Winkelman')
  })

  it('names an organisation, or the journal when no author is given', () => {
    expect(citeLabel(source({ authors: 'NHS Highland', year: null }))).toBe('NHS Highland')
    expect(citeLabel(source({ authors: 'Medscape Reference (eMedicine)', year: null }))).toBe('Medscape Reference')
    expect(citeLabel(source({ authors: 'Not shown in the copy read' }))).toBe('J Clin Sleep Med 2010')
    expect(citeLabel(source({ id: 'seed-003', type: 'consumer article', year: 2012 }))).toBe('Seed 003')
  })

  it('gives every real source a short label without placeholder words', () => {
    for (const s of shippedBundle().sources) {
      expect(citeLabel(s), s.id).not.toMatch(/^(Not|Various)\b/)
      expect(citeLabel(s).length, s.id).toBeLessThan(45)
    }
  })
})
