import { describe, expect, it } from 'vitest'
import { citingEntriesBySource } from '../../../src/features/sources/cited-by'
import { shippedBundle } from '../../shipped-content'

const bundle = shippedBundle()

describe('citingEntriesBySource', () => {
  it('lists, for each source, every cause that cites it', () => {
    const index = citingEntriesBySource(bundle)
    for (const cause of bundle.causes) {
      for (const id of cause.sources) {
        expect(index.get(id)?.some((entry) => entry.kind === 'cause' && entry.id === cause.id)).toBe(true)
      }
    }
  })

  it('lists each entry once per source even when cited twice', () => {
    const index = citingEntriesBySource(bundle)
    for (const entries of index.values()) {
      const keys = entries.map((e) => `${e.kind}:${e.id}`)
      expect(new Set(keys).size).toBe(keys.length)
    }
  })

  it('reaches every source, the augmentation section and class classifications included', () => {
    const index = citingEntriesBySource(bundle)
    expect(bundle.sources.filter((source) => (index.get(source.id) ?? []).length === 0).map((s) => s.id)).toEqual([])
    expect(index.get('garcia-borreguero-2016')?.some((entry) => entry.kind === 'augmentation')).toBe(true)
    expect(index.get('who-atc')?.some((entry) => entry.kind === 'medication class')).toBe(true)
  })

  it('cites a dopaminergic RLS treatment for augmentation, never as a trigger', () => {
    const index = citingEntriesBySource(bundle)
    const levodopa = index.get('garcia-borreguero-2016')?.find((entry) => entry.kind === 'medication' && entry.id === 'levodopa')
    expect(levodopa?.label).toBe('Levodopa (augmentation risk when used for RLS)')
  })
})
